#pragma once

#include "classify/LiteralMatcher.h"
#include "classify/RuleSet.h"

#include <array>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

namespace rd {

// A RuleSet turned into what the classifier runs: every distinct literal of every term, cue
// and exclusion in one LiteralMatcher, and for each literal the list of its uses (which term
// piece or cue it is, with its word-boundary checks). Immutable once built.
class CompiledRules
{
public:
    enum class UseKind : std::uint8_t
    {
        Term,
        NegationBefore,
        NegationAfter,
        NegationIgnore,
        Contrast,
        Concession,
    };

    enum class TermRole : std::uint8_t
    {
        Vote,
        ExcludeOverlap,
        ExcludeClause,
        ExcludeReview,
    };

    struct Use
    {
        UseKind kind;
        bool startBoundary;
        bool endBoundary;
        bool openStart;      // "*x": the match extends to the start of the word
        bool openEnd;        // "x*": the match extends to the end of the word
        std::uint8_t piece;  // Term: which part of an "a ... b" term
        std::uint32_t index; // Term: term index; cues: the Language
    };

    // One variant of a written term (docs/rules.md: a brace form may give several).
    struct Term
    {
        std::uint32_t rule;
        TermRole role;
        std::uint8_t pieces;
        std::uint16_t adjacent; // bit p: part p follows part p-1 with one space between
        std::string written;
    };

    struct CompiledRule
    {
        std::string id;
        RuleTarget target;
        int category; // a flag rule's category vote (a RuleTarget), or -1
        double weight;
        LanguageMask languages;
        bool negatable;
    };

    // Throws std::runtime_error when the matcher cannot be built.
    explicit CompiledRules(const RuleSet& rules);

    const LiteralMatcher& matcher() const { return *m_matcher; }
    std::span<const Use> uses(std::uint32_t literal) const
    {
        return {m_uses.data() + m_useBegin[literal], m_uses.data() + m_useBegin[literal + 1]};
    }
    std::uint32_t literalLength(std::uint32_t literal) const { return m_lengths[literal]; }
    const std::string& literal(std::uint32_t literal) const { return m_literals[literal]; }
    const Term& term(std::uint32_t index) const { return m_terms[index]; }
    const CompiledRule& rule(std::uint32_t index) const { return m_rules[index]; }
    std::size_t ruleCount() const { return m_rules.size(); }
    std::size_t termCount() const { return m_terms.size(); }
    std::size_t literalCount() const { return m_literals.size(); }
    bool hasVotes() const { return m_hasVotes; }

    int window(std::uint32_t language) const { return m_windows[language]; }
    int afterWindow(std::uint32_t language) const { return m_afterWindows[language]; }
    const ScoringSettings& settings() const { return m_settings; }
    const std::string& version() const { return m_version; }

private:
    struct PendingUse
    {
        std::uint32_t literal;
        Use use;
    };

    void addTerm(const TermPattern& pattern, std::uint32_t rule, TermRole role,
                 std::vector<PendingUse>& pending);
    void addCues(const std::vector<TermPattern>& cues, UseKind kind, Language language,
                 std::vector<PendingUse>& pending);
    std::uint32_t literalIndex(const std::string& text);

    std::vector<std::string> m_literals;
    std::vector<std::uint32_t> m_lengths;
    std::vector<std::uint32_t> m_useBegin;
    std::vector<Use> m_uses;
    std::vector<Term> m_terms;
    std::vector<CompiledRule> m_rules;
    std::array<int, 4> m_windows{};
    std::array<int, 4> m_afterWindows{};
    ScoringSettings m_settings;
    std::string m_version;
    bool m_hasVotes = false;
    std::unique_ptr<LiteralMatcher> m_matcher;
    std::unordered_map<std::string, std::uint32_t> m_index; // only while building
};

} // namespace rd
