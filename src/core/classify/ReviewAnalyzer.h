#pragma once

#include "classify/ClassifierWorkspace.h"
#include "classify/CompiledRules.h"

#include <cstdint>

namespace rd {

// Turns the raw matcher hits of one normalised review (in a ClassifierWorkspace) into term
// matches with a status and a weight factor (docs/rules.md, "How a review is scored"):
// word-boundary checks, "a ... b" terms, exclusions, the longest of overlapping matches,
// negation, contrast and concession, title factor. Used by Classifier; one per review.
class ReviewAnalyzer
{
public:
    ReviewAnalyzer(const CompiledRules& rules, ClassifierWorkspace& workspace);

    // Fills workspace.matches. Returns false when no vote term occurs at all.
    bool run();

    // Words (runs of letters and digits) plus CJK characters in [begin, end) of the text.
    static int tokensBetween(std::string_view text, std::uint32_t begin, std::uint32_t end);

private:
    using Match = ClassifierWorkspace::Match;
    using Cue = ClassifierWorkspace::Cue;

    void collect();
    void findBreaks();
    void assemblePieces();
    void assembleTerm(std::size_t from, std::size_t to);
    void applyExclusions();
    std::int32_t findExclusion(const Match& m) const;
    void resolveContainment();
    void markIgnoredCues();
    void applyNegation();
    std::int32_t negationBefore(std::uint32_t pos, LanguageMask languages) const;
    std::int32_t negationAfter(std::uint32_t pos, LanguageMask languages) const;
    void applyFactors();

    bool boundaryBefore(std::uint32_t pos) const;
    bool boundaryAfter(std::uint32_t pos) const;
    std::uint32_t wordStart(std::uint32_t pos) const;
    std::uint32_t wordEnd(std::uint32_t pos) const;
    std::size_t clauseIndex(std::uint32_t pos) const;
    bool sameClause(std::uint32_t a, std::uint32_t b) const
    {
        return clauseIndex(a) == clauseIndex(b);
    }
    std::uint32_t sentenceOf(std::uint32_t pos) const;
    void addMatch(const Match& m);

    const CompiledRules& m_rules;
    ClassifierWorkspace& m_ws;
    const std::string& m_text;
};

} // namespace rd
