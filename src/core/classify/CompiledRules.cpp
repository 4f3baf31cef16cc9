#include "classify/CompiledRules.h"

#include <algorithm>

namespace rd {

CompiledRules::CompiledRules(const RuleSet& rules)
    : m_settings(rules.settings()), m_version(rules.version())
{
    std::vector<PendingUse> pending;
    for (const Rule& rule : rules.rules()) {
        const auto r = static_cast<std::uint32_t>(m_rules.size());
        m_rules.push_back({rule.id, rule.target,
                           rule.category ? static_cast<int>(*rule.category) : -1, rule.weight,
                           rule.languages, rule.negatable});
        for (const TermPattern& t : rule.terms) {
            addTerm(t, r, TermRole::Vote, pending);
        }
        for (const TermPattern& t : rule.exclude) {
            addTerm(t, r, TermRole::ExcludeOverlap, pending);
        }
        for (const TermPattern& t : rule.excludeClause) {
            addTerm(t, r, TermRole::ExcludeClause, pending);
        }
        for (const TermPattern& t : rule.excludeReview) {
            addTerm(t, r, TermRole::ExcludeReview, pending);
        }
    }
    m_hasVotes = std::any_of(m_terms.begin(), m_terms.end(),
                             [](const Term& t) { return t.role == TermRole::Vote; });
    for (Language language : {Language::Zh, Language::Ru, Language::En}) {
        const LanguageCues& cues = rules.cues(language);
        const auto l = static_cast<std::size_t>(language);
        m_windows[l] = cues.window;
        m_afterWindows[l] = cues.afterWindow;
        addCues(cues.negationBefore, UseKind::NegationBefore, language, pending);
        addCues(cues.negationAfter, UseKind::NegationAfter, language, pending);
        addCues(cues.negationIgnore, UseKind::NegationIgnore, language, pending);
        addCues(cues.contrast, UseKind::Contrast, language, pending);
        addCues(cues.concession, UseKind::Concession, language, pending);
    }
    // Group the uses by literal: uses(literal) is one contiguous span.
    std::stable_sort(pending.begin(), pending.end(), [](const PendingUse& a, const PendingUse& b) {
        return a.literal < b.literal;
    });
    m_useBegin.assign(m_literals.size() + 1, 0);
    m_uses.reserve(pending.size());
    for (const PendingUse& p : pending) {
        ++m_useBegin[p.literal + 1];
        m_uses.push_back(p.use);
    }
    for (std::size_t i = 1; i < m_useBegin.size(); ++i) {
        m_useBegin[i] += m_useBegin[i - 1];
    }
    m_index = {};
    m_matcher = std::make_unique<LiteralMatcher>(m_literals);
}

std::uint32_t CompiledRules::literalIndex(const std::string& text)
{
    const auto [it, inserted] =
        m_index.try_emplace(text, static_cast<std::uint32_t>(m_literals.size()));
    if (inserted) {
        m_literals.push_back(text);
        m_lengths.push_back(static_cast<std::uint32_t>(text.size()));
    }
    return it->second;
}

void CompiledRules::addTerm(const TermPattern& pattern, std::uint32_t rule, TermRole role,
                            std::vector<PendingUse>& pending)
{
    for (const TermPattern::Variant& variant : pattern.variants) {
        const auto term = static_cast<std::uint32_t>(m_terms.size());
        std::uint16_t adjacent = 0;
        for (std::size_t piece = 0; piece < variant.size(); ++piece) {
            adjacent |= variant[piece].adjacent ? std::uint16_t(1u << piece) : 0;
        }
        m_terms.push_back(
            {rule, role, static_cast<std::uint8_t>(variant.size()), adjacent, pattern.written});
        for (std::size_t piece = 0; piece < variant.size(); ++piece) {
            for (const TermLiteral& literal : variant[piece].alternatives) {
                pending.push_back(
                    {literalIndex(literal.text),
                     {UseKind::Term, literal.startBoundary, literal.endBoundary, literal.openStart,
                      literal.openEnd, static_cast<std::uint8_t>(piece), term}});
            }
        }
    }
}

void CompiledRules::addCues(const std::vector<TermPattern>& cues, UseKind kind, Language language,
                            std::vector<PendingUse>& pending)
{
    for (const TermPattern& cue : cues) {
        for (const TermLiteral& literal : cue.variants.front().front().alternatives) {
            pending.push_back({literalIndex(literal.text),
                               {kind, literal.startBoundary, literal.endBoundary, literal.openStart,
                                literal.openEnd, 0, static_cast<std::uint32_t>(language)}});
        }
    }
}

} // namespace rd
