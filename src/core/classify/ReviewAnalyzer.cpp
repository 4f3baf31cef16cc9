#include "classify/ReviewAnalyzer.h"

#include <algorithm>
#include <array>
#include <limits>

namespace rd {
namespace {

using UseKind = CompiledRules::UseKind;
using TermRole = CompiledRules::TermRole;
using MatchStatus = ClassifierWorkspace::Status;

// More matches than this in one review (megabytes of complaint words) are not looked at.
constexpr std::size_t kMaxMatches = 100000;
// How far a negation search looks back or ahead, in cues.
constexpr std::size_t kCueLookaround = 32;

} // namespace

ReviewAnalyzer::ReviewAnalyzer(const CompiledRules& rules, ClassifierWorkspace& workspace)
    : m_rules(rules), m_ws(workspace), m_text(workspace.norm.text),
      m_structure(m_text, workspace.breaks, workspace.sentences)
{
}

bool ReviewAnalyzer::run()
{
    collect();
    if (m_ws.matches.empty() && m_ws.pieces.empty()) {
        return false;
    }
    // Sorted before the parts are joined: an "a ... b" term never spans a "but".
    std::sort(m_ws.cues.begin(), m_ws.cues.end(), [](const Cue& a, const Cue& b) {
        return a.begin != b.begin ? a.begin < b.begin : a.end < b.end;
    });
    assemblePieces();
    if (m_ws.matches.empty()) {
        return false;
    }
    applyExclusions();
    resolveContainment();
    if (!m_ws.cues.empty()) {
        markIgnoredCues();
        applyNegation();
    }
    applyFactors();
    std::sort(m_ws.matches.begin(), m_ws.matches.end(), [](const Match& a, const Match& b) {
        return a.begin != b.begin ? a.begin < b.begin
                                  : (a.end != b.end ? a.end > b.end : a.term < b.term);
    });
    return true;
}

void ReviewAnalyzer::addMatch(const Match& m)
{
    if (m_rules.term(m.term).role == TermRole::Vote) {
        if (m_ws.matches.size() < kMaxMatches) {
            m_ws.matches.push_back(m);
        }
    } else if (m_ws.exclusions.size() < kMaxMatches) {
        m_ws.exclusions.push_back(m);
        m_ws.longestExclusion = std::max(m_ws.longestExclusion, m.end - m.begin);
    }
}

void ReviewAnalyzer::collect()
{
    for (const LiteralMatcher::Hit& hit : m_ws.hits) {
        const std::uint32_t end = hit.end;
        const std::uint32_t begin = end - m_rules.literalLength(hit.literal);
        int startOk = -1; // unknown until a use needs it
        int endOk = -1;
        for (const CompiledRules::Use& use : m_rules.uses(hit.literal)) {
            if (use.startBoundary) {
                startOk = startOk < 0 ? int(m_structure.boundaryBefore(begin)) : startOk;
                if (!startOk) {
                    continue;
                }
            }
            if (use.endBoundary) {
                endOk = endOk < 0 ? int(m_structure.boundaryAfter(end)) : endOk;
                if (!endOk) {
                    continue;
                }
            }
            const std::uint32_t b = use.openStart ? m_structure.wordStart(begin) : begin;
            const std::uint32_t e = use.openEnd ? m_structure.wordEnd(end) : end;
            if (use.kind != UseKind::Term) {
                if (m_ws.cues.size() < kMaxMatches) {
                    m_ws.cues.push_back({static_cast<std::uint8_t>(use.kind),
                                         static_cast<std::uint8_t>(use.index), false, b, e,
                                         hit.literal});
                }
            } else if (m_rules.term(use.index).pieces > 1) {
                if (m_ws.pieces.size() < kMaxMatches) {
                    m_ws.pieces.push_back({use.index, b, e, use.piece});
                }
            } else {
                addMatch({use.index, b, e, b});
            }
        }
    }
}

void ReviewAnalyzer::assemblePieces()
{
    auto& pieces = m_ws.pieces;
    if (pieces.empty()) {
        return;
    }
    std::sort(pieces.begin(), pieces.end(), [](const auto& a, const auto& b) {
        if (a.term != b.term) {
            return a.term < b.term;
        }
        return a.piece != b.piece ? a.piece < b.piece : a.begin < b.begin;
    });
    std::size_t from = 0;
    for (std::size_t i = 1; i <= pieces.size(); ++i) {
        if (i == pieces.size() || pieces[i].term != pieces[from].term) {
            assembleTerm(from, i);
            from = i;
        }
    }
}

// Whether a contrast or concession cue lies wholly in [from, to) (cues are sorted by begin).
bool ReviewAnalyzer::contrastBetween(std::uint32_t from, std::uint32_t to) const
{
    const auto& cues = m_ws.cues;
    auto it = std::lower_bound(cues.begin(), cues.end(), from,
                               [](const Cue& c, std::uint32_t p) { return c.begin < p; });
    for (; it != cues.end() && it->begin < to; ++it) {
        const auto kind = static_cast<UseKind>(it->kind);
        if (it->end <= to && (kind == UseKind::Contrast || kind == UseKind::Concession)) {
            return true;
        }
    }
    return false;
}

// pieces[from, to) are the occurrences of one term, sorted by part and position. Every
// occurrence of the last part that has the earlier parts before it, in order, in the same
// clause, close enough and with no contrast or concession word between them (in "delivery
// was fast but the quality is awful" no "delivery ... awful"), makes one match.
void ReviewAnalyzer::assembleTerm(std::size_t from, std::size_t to)
{
    const auto& pieces = m_ws.pieces;
    const std::uint32_t term = pieces[from].term;
    const std::uint32_t parts = m_rules.term(term).pieces;
    const std::uint32_t adjacent = m_rules.term(term).adjacent;
    std::vector<std::size_t> partBegin(parts + 1, to);
    for (std::size_t i = to; i-- > from;) {
        partBegin[pieces[i].piece] = i;
    }
    for (std::uint32_t p = 0; p < parts; ++p) {
        if (partBegin[p] == to) {
            return; // a part never occurs
        }
    }
    const int gap = m_rules.settings().phraseGap;
    for (std::size_t last = partBegin[parts - 1]; last < partBegin[parts]; ++last) {
        std::uint32_t curBegin = pieces[last].begin;
        std::uint32_t gapBegin = curBegin; // where the term's own words before the last part end
        bool ok = true;
        for (std::uint32_t p = parts - 1; p-- > 0 && ok;) {
            // The latest occurrence of part p that ends before the current part starts.
            std::size_t found = to;
            for (std::size_t i = partBegin[p + 1]; i-- > partBegin[p];) {
                if (pieces[i].end <= curBegin) {
                    found = i;
                    break;
                }
            }
            if (found == to) {
                ok = false;
            } else if (adjacent & (1u << (p + 1))) {
                ok = pieces[found].end + 1 == curBegin && m_text[pieces[found].end] == ' ';
            } else {
                ok = m_structure.sameClause(pieces[found].end, curBegin) &&
                     m_structure.tokensBetween(pieces[found].end, curBegin) <= gap &&
                     !contrastBetween(pieces[found].end, curBegin);
            }
            if (ok) {
                if (p + 2 == parts) {
                    gapBegin = pieces[found].end;
                }
                curBegin = pieces[found].begin;
            }
        }
        if (ok) {
            addMatch({term, curBegin, pieces[last].end, pieces[last].begin, gapBegin});
        }
    }
}

void ReviewAnalyzer::applyExclusions()
{
    auto& ex = m_ws.exclusions;
    if (ex.empty()) {
        return;
    }
    auto key = [this](const Match& m) {
        const CompiledRules::Term& t = m_rules.term(m.term);
        return std::make_pair(t.rule, static_cast<int>(t.role));
    };
    std::sort(ex.begin(), ex.end(), [&](const Match& a, const Match& b) {
        const auto ka = key(a);
        const auto kb = key(b);
        return ka != kb ? ka < kb : a.begin < b.begin;
    });
    for (Match& m : m_ws.matches) {
        const std::int32_t cause = findExclusion(m);
        if (cause >= 0) {
            m.status = MatchStatus::Excluded;
            m.cause = cause;
        }
    }
}

// The index of an exclusion that cancels `m`, or -1.
std::int32_t ReviewAnalyzer::findExclusion(const Match& m) const
{
    const auto& ex = m_ws.exclusions;
    const std::uint32_t rule = m_rules.term(m.term).rule;
    auto range = [&](TermRole role) {
        const auto k = std::make_pair(rule, static_cast<int>(role));
        auto lo = std::lower_bound(ex.begin(), ex.end(), k, [&](const Match& e, const auto& kk) {
            const CompiledRules::Term& t = m_rules.term(e.term);
            return std::make_pair(t.rule, static_cast<int>(t.role)) < kk;
        });
        auto hi = lo;
        while (hi != ex.end() && m_rules.term(hi->term).rule == rule &&
               m_rules.term(hi->term).role == role) {
            ++hi;
        }
        return std::make_pair(lo, hi);
    };
    auto index = [&](auto it) { return static_cast<std::int32_t>(it - ex.begin()); };
    if (auto [lo, hi] = range(TermRole::ExcludeReview); lo != hi) {
        return index(lo);
    }
    if (auto [lo, hi] = range(TermRole::ExcludeClause); lo != hi) {
        const auto [start, stop] = m_structure.clauseAround(m.begin);
        auto it = std::lower_bound(lo, hi, start,
                                   [](const Match& e, std::uint32_t p) { return e.begin < p; });
        if (it != hi && it->begin < stop) {
            return index(it);
        }
    }
    if (auto [lo, hi] = range(TermRole::ExcludeOverlap); lo != hi) {
        const std::uint32_t from =
            m.begin > m_ws.longestExclusion ? m.begin - m_ws.longestExclusion : 0;
        auto it = std::lower_bound(lo, hi, from,
                                   [](const Match& e, std::uint32_t p) { return e.begin < p; });
        for (; it != hi && it->begin < m.end; ++it) {
            if (it->end > m.begin) {
                return index(it);
            }
        }
    }
    return -1;
}

// Of overlapping matches, one strictly inside another is dropped (the longer phrase is the
// more specific). Categories and flags are resolved separately: a safety term inside a product
// phrase still raises the flag.
void ReviewAnalyzer::resolveContainment()
{
    auto& order = m_ws.order;
    order.clear();
    for (std::uint32_t i = 0; i < m_ws.matches.size(); ++i) {
        if (m_ws.matches[i].status == MatchStatus::Counted) {
            order.push_back(i);
        }
    }
    auto flagOf = [this](std::uint32_t i) {
        return isFlag(m_rules.rule(m_rules.term(m_ws.matches[i].term).rule).target);
    };
    std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
        const Match& x = m_ws.matches[a];
        const Match& y = m_ws.matches[b];
        const bool fa = flagOf(a);
        const bool fb = flagOf(b);
        if (fa != fb) {
            return fb;
        }
        if (x.begin != y.begin) {
            return x.begin < y.begin;
        }
        if (x.end != y.end) {
            return x.end > y.end;
        }
        return x.term < y.term;
    });
    std::int32_t widest = -1;
    bool widestFlag = false;
    const Match* previous = nullptr;
    for (std::uint32_t i : order) {
        Match& m = m_ws.matches[i];
        const bool flag = flagOf(i);
        // Two terms of one rule on the same words count once.
        if (previous && previous->begin == m.begin && previous->end == m.end &&
            m_rules.term(previous->term).rule == m_rules.term(m.term).rule) {
            m.status = MatchStatus::Contained;
            m.cause = static_cast<std::int32_t>(previous->term);
            continue;
        }
        previous = &m;
        if (widest >= 0 && widestFlag == flag) {
            const Match& w = m_ws.matches[static_cast<std::size_t>(widest)];
            if (w.end > m.end || (w.end == m.end && w.begin < m.begin)) {
                m.status = MatchStatus::Contained;
                m.cause = static_cast<std::int32_t>(w.term);
                continue;
            }
        }
        if (widest < 0 || widestFlag != flag || m.end > m_ws.matches[widest].end) {
            widest = static_cast<std::int32_t>(i);
            widestFlag = flag;
        }
    }
}

void ReviewAnalyzer::markIgnoredCues()
{
    auto& cues = m_ws.cues;
    for (std::size_t i = 0; i < cues.size(); ++i) {
        if (cues[i].kind != static_cast<std::uint8_t>(UseKind::NegationIgnore)) {
            continue;
        }
        const Cue& ignore = cues[i];
        for (std::size_t j = i; j-- > 0 && cues[j].begin + 64 >= ignore.begin;) {
            cues[j].ignored = cues[j].ignored || cues[j].end > ignore.begin;
        }
        for (std::size_t j = i + 1; j < cues.size() && cues[j].begin < ignore.end; ++j) {
            cues[j].ignored = true;
        }
    }
}

void ReviewAnalyzer::applyNegation()
{
    for (Match& m : m_ws.matches) {
        if (m.status != MatchStatus::Counted) {
            continue;
        }
        const CompiledRules::CompiledRule& rule = m_rules.rule(m_rules.term(m.term).rule);
        if (!rule.negatable) {
            continue;
        }
        // A term that itself starts with a negation ("не держится") is a complaint of its own:
        // an earlier cue does not turn it round ("не шлейфит и не держится").
        std::int32_t cue = startsWithNegation(m.begin, rule.languages)
                               ? -1
                               : negationBefore(m.begin, rule.languages);
        if (cue < 0 && m.lastBegin != m.begin) {
            // Only a cue between the parts counts: one inside the term's own words ("не
            // похож* на", "не соответствует ... фото") is part of the complaint.
            cue = negationBefore(m.lastBegin, rule.languages, m.gapBegin);
        }
        if (cue < 0) {
            cue = negationAfter(m.end, rule.languages);
        }
        if (cue >= 0) {
            m.status = MatchStatus::Negated;
            m.cause = cue;
        }
    }
}

bool ReviewAnalyzer::startsWithNegation(std::uint32_t pos, LanguageMask languages) const
{
    const auto& cues = m_ws.cues;
    auto it = std::lower_bound(cues.begin(), cues.end(), pos,
                               [](const Cue& c, std::uint32_t p) { return c.begin < p; });
    for (; it != cues.end() && it->begin == pos; ++it) {
        if (static_cast<UseKind>(it->kind) == UseKind::NegationBefore &&
            (languages & languageBit(static_cast<Language>(it->language)))) {
            return true;
        }
    }
    return false;
}

std::int32_t ReviewAnalyzer::negationBefore(std::uint32_t pos, LanguageMask languages,
                                            std::uint32_t floor) const
{
    const auto& cues = m_ws.cues;
    auto k = static_cast<std::size_t>(
        std::lower_bound(cues.begin(), cues.end(), pos,
                         [](const Cue& c, std::uint32_t p) { return c.begin < p; }) -
        cues.begin());
    for (std::size_t seen = 0; k-- > 0 && seen < kCueLookaround; ++seen) {
        const Cue& cue = cues[k];
        if (cue.end > pos) {
            continue; // overlaps the term itself
        }
        if (cue.begin < floor) {
            return -1; // inside the term's earlier words
        }
        const auto kind = static_cast<UseKind>(cue.kind);
        if (!m_structure.sameClause(cue.end, pos) || kind == UseKind::Contrast ||
            kind == UseKind::Concession) {
            return -1; // negation does not reach across a clause or a "but"
        }
        if (kind != UseKind::NegationBefore || cue.ignored ||
            !(languages & languageBit(static_cast<Language>(cue.language)))) {
            continue;
        }
        if (m_structure.tokensBetween(cue.end, pos) <= m_rules.window(cue.language)) {
            return static_cast<std::int32_t>(k);
        }
    }
    return -1;
}

std::int32_t ReviewAnalyzer::negationAfter(std::uint32_t pos, LanguageMask languages) const
{
    const auto& cues = m_ws.cues;
    auto k = static_cast<std::size_t>(
        std::lower_bound(cues.begin(), cues.end(), pos,
                         [](const Cue& c, std::uint32_t p) { return c.begin < p; }) -
        cues.begin());
    for (std::size_t seen = 0; k < cues.size() && seen < kCueLookaround; ++k, ++seen) {
        const Cue& cue = cues[k];
        const auto kind = static_cast<UseKind>(cue.kind);
        if (!m_structure.sameClause(pos, cue.begin) || kind == UseKind::Contrast ||
            kind == UseKind::Concession) {
            return -1;
        }
        if (kind != UseKind::NegationAfter || cue.ignored ||
            !(languages & languageBit(static_cast<Language>(cue.language)))) {
            continue;
        }
        if (m_structure.tokensBetween(pos, cue.begin) <= m_rules.afterWindow(cue.language)) {
            return static_cast<std::int32_t>(k);
        }
    }
    return -1;
}

void ReviewAnalyzer::applyFactors()
{
    const ScoringSettings& s = m_rules.settings();
    auto& contrasts = m_ws.contrasts;
    auto& concessions = m_ws.order;
    contrasts.clear();
    concessions.clear();
    for (std::uint32_t i = 0; i < m_ws.cues.size(); ++i) {
        const auto kind = static_cast<UseKind>(m_ws.cues[i].kind);
        if (kind == UseKind::Contrast) {
            contrasts.push_back(i);
        } else if (kind == UseKind::Concession) {
            concessions.push_back(i);
        }
    }
    auto firstAtOrAfter = [this](const std::vector<std::uint32_t>& list, std::uint32_t pos) {
        return std::lower_bound(
            list.begin(), list.end(), pos,
            [this](std::uint32_t c, std::uint32_t p) { return m_ws.cues[c].begin < p; });
    };
    for (Match& m : m_ws.matches) {
        if (m.status == MatchStatus::Excluded || m.status == MatchStatus::Contained) {
            continue;
        }
        double factor = m.begin < m_ws.titleEnd ? s.titleFactor : 1.0;
        auto next = firstAtOrAfter(contrasts, m.end);
        if (next != contrasts.end() && m_structure.sameSentence(m.end, m_ws.cues[*next].begin)) {
            factor *= s.contrastBefore;
        }
        auto prev = firstAtOrAfter(contrasts, m.begin);
        if (prev != contrasts.begin() && m_ws.cues[*std::prev(prev)].end <= m.begin &&
            m_structure.sameSentence(m_ws.cues[*std::prev(prev)].end, m.begin)) {
            factor *= s.contrastAfter;
        }
        auto concession = firstAtOrAfter(concessions, m.begin);
        if (concession != concessions.begin()) {
            const Cue& c = m_ws.cues[*std::prev(concession)];
            if (c.end <= m.begin && m_structure.sameClause(c.end, m.begin)) {
                factor *= s.concessionFactor;
            }
        }
        m.factor = factor;
    }
}

} // namespace rd
