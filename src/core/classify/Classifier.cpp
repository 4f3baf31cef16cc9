#include "classify/Classifier.h"

#include "classify/ClassifierWorkspace.h"
#include "classify/CompiledRules.h"
#include "classify/ReviewAnalyzer.h"
#include "text/TextNormalizer.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <stdexcept>

namespace rd {
namespace {

using MatchStatus = ClassifierWorkspace::Status;
using Match = ClassifierWorkspace::Match;

constexpr double kEpsilon = 1e-9;
constexpr std::size_t kMaxPooled = 64;
constexpr std::size_t kMaxSpare = 256;

std::atomic<std::uint64_t> g_nextClassifierId{1};

double round3(double v)
{
    return std::round(v * 1000.0) / 1000.0;
}

} // namespace

Classifier::Classifier(const RuleSet& rules)
    : m_rules(std::make_unique<const CompiledRules>(rules)), m_id(g_nextClassifierId.fetch_add(1))
{
}

Classifier::~Classifier() = default;

std::string Classifier::rulesetVersion() const
{
    return m_rules->version();
}

std::size_t Classifier::ruleCount() const
{
    return m_rules->ruleCount();
}

std::size_t Classifier::termCount() const
{
    return m_rules->termCount();
}

std::size_t Classifier::literalCount() const
{
    return m_rules->literalCount();
}

std::unique_ptr<ClassifierWorkspace> Classifier::makeWorkspace() const
{
    auto ws = std::make_unique<ClassifierWorkspace>();
    ws->owner = m_id;
    ws->scratch = m_rules->matcher().makeScratch();
    return ws;
}

std::unique_ptr<ClassifierWorkspace> Classifier::borrow() const
{
    {
        std::lock_guard lock(m_poolMutex);
        if (!m_pool.empty()) {
            auto ws = std::move(m_pool.back());
            m_pool.pop_back();
            return ws;
        }
    }
    return makeWorkspace();
}

void Classifier::giveBack(std::unique_ptr<ClassifierWorkspace> ws) const
{
    std::lock_guard lock(m_poolMutex);
    if (m_pool.size() < kMaxPooled) {
        m_pool.push_back(std::move(ws));
    }
}

Classification Classifier::classify(const Review& review) const
{
    auto ws = borrow();
    Classification out;
    classify(review, *ws, out);
    giveBack(std::move(ws));
    return out;
}

void Classifier::prepare(const Review& review, ClassifierWorkspace& ws) const
{
    if (ws.owner != m_id) {
        throw std::invalid_argument("classifier workspace belongs to another classifier");
    }
    ws.clear();
    if (!review.title.empty()) {
        const std::int32_t titleLength = TextNormalizer::append(review.title, ws.norm);
        ws.titleEnd = static_cast<std::uint32_t>(ws.norm.text.size());
        TextNormalizer::appendSeparator(ws.norm, titleLength);
    }
    ws.norm.finish(TextNormalizer::append(review.text, ws.norm));
    if (m_rules->hasVotes()) {
        m_rules->matcher().scan(ws.norm.text, ws.scratch, ws.hits);
    }
}

void Classifier::classify(const Review& review, ClassifierWorkspace& ws, Classification& out) const
{
    prepare(review, ws);
    const bool found = !ws.hits.empty() && ReviewAnalyzer(*m_rules, ws).run();
    decide(review, ws, found, out, nullptr);
    ws.trim();
}

Explanation Classifier::explain(const Review& review) const
{
    auto ws = borrow();
    Explanation explanation;
    prepare(review, *ws);
    const bool found = !ws->hits.empty() && ReviewAnalyzer(*m_rules, *ws).run();
    decide(review, *ws, found, explanation.result, &explanation);
    explanation.normalizedText = ws->norm.text;
    if (found) {
        explainMatches(*ws, explanation);
    }
    ws->trim();
    giveBack(std::move(ws));
    return explanation;
}

void Classifier::score(ClassifierWorkspace& ws, std::array<double, kRuleTargetCount>& scores,
                       std::array<std::int64_t, kRuleTargetCount>& last) const
{
    const ScoringSettings& s = m_rules->settings();
    // Each rule: its strongest match counts fully, each further one repeatFactor less.
    ws.ruleWeights.clear();
    for (const Match& m : ws.matches) {
        if (m.status != MatchStatus::Counted) {
            continue;
        }
        const std::uint32_t r = m_rules->term(m.term).rule;
        const CompiledRules::CompiledRule& rule = m_rules->rule(r);
        ws.ruleWeights.emplace_back(r, rule.weight * m.factor);
        auto& l = last[static_cast<std::size_t>(rule.target)];
        l = std::max<std::int64_t>(l, m.begin);
        if (rule.category >= 0) {
            auto& lc = last[static_cast<std::size_t>(rule.category)];
            lc = std::max<std::int64_t>(lc, m.begin);
        }
    }
    std::sort(ws.ruleWeights.begin(), ws.ruleWeights.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first < b.first : a.second > b.second;
    });
    double damping = 1.0;
    for (std::size_t i = 0; i < ws.ruleWeights.size(); ++i) {
        const auto [rule, weight] = ws.ruleWeights[i];
        damping = (i == 0 || ws.ruleWeights[i - 1].first != rule) ? 1.0 : damping * s.repeatFactor;
        const CompiledRules::CompiledRule& r = m_rules->rule(rule);
        scores[static_cast<std::size_t>(r.target)] += weight * damping;
        if (r.category >= 0) {
            scores[static_cast<std::size_t>(r.category)] += weight * damping;
        }
    }
}

void Classifier::decide(const Review& review, ClassifierWorkspace& ws, bool found,
                        Classification& out, Explanation* explanation) const
{
    const ScoringSettings& s = m_rules->settings();
    std::array<double, kRuleTargetCount> scores{};
    std::array<std::int64_t, kRuleTargetCount> last{};
    last.fill(-1);
    if (found) {
        score(ws, scores, last);
    }
    // The primary category: highest score; on a tie the cause named last (the one the buyer
    // ended on), then the taxonomy's order.
    auto better = [&](int a, int b) {
        if (std::abs(scores[a] - scores[b]) > kEpsilon) {
            return scores[a] > scores[b];
        }
        return last[a] != last[b] ? last[a] > last[b] : a < b;
    };
    const bool positive =
        review.rating ? *review.rating >= 4 : review.polarity == Polarity::Positive;
    const double threshold = positive ? s.positiveMinScore : s.minScore;
    int best = -1;
    for (int c = 0; c < kCategoryTargetCount; ++c) {
        if (scores[c] > kEpsilon && (best < 0 || better(c, best))) {
            best = c;
        }
    }
    const bool decided = best >= 0 && scores[best] + kEpsilon >= threshold &&
                         static_cast<RuleTarget>(best) != RuleTarget::Other;
    out.category = decided ? categoryOf(static_cast<RuleTarget>(best)) : Category::Other;
    out.also.clear();
    if (decided) {
        // Every other cause that is strong enough, strongest first.
        std::array<int, 4> others{};
        std::size_t n = 0;
        for (int c = 0; c < 4; ++c) {
            if (c != best && scores[c] > kEpsilon && scores[c] + kEpsilon >= s.alsoMinScore &&
                scores[c] + kEpsilon >= s.alsoRatio * scores[best]) {
                others[n++] = c;
            }
        }
        for (std::size_t i = 1; i < n; ++i) { // at most three: insertion sort
            for (std::size_t j = i; j > 0 && better(others[j], others[j - 1]); --j) {
                std::swap(others[j], others[j - 1]);
            }
        }
        for (std::size_t i = 0; i < n; ++i) {
            out.also.push_back(categoryOf(static_cast<RuleTarget>(others[i])));
        }
    }
    const auto flagSet = [&](RuleTarget t) {
        const double v = scores[static_cast<std::size_t>(t)];
        return v > kEpsilon && v + kEpsilon >= s.flagMinScore;
    };
    out.suspicious = flagSet(RuleTarget::Suspicious);
    out.safety = flagSet(RuleTarget::Safety);
    out.confidence = confidence(scores, best, decided, positive);
    out.rulesetVersion = m_rules->version();
    out.classifiedAt = 0;
    fillEvidence(ws, out);
    if (explanation) {
        explanation->scores = scores;
        explanation->positive = positive;
    }
}

double Classifier::confidence(const std::array<double, kRuleTargetCount>& scores, int best,
                              bool decided, bool positive)
{
    double categoryTotal = 0.0;
    for (int c = 0; c < kCategoryTargetCount; ++c) {
        categoryTotal += scores[c];
    }
    if (best >= 0 && (decided || static_cast<RuleTarget>(best) == RuleTarget::Other)) {
        const double strength = 1.0 - std::exp(-scores[best] / 2.0);
        return round3(scores[best] / categoryTotal * (0.5 + 0.5 * strength));
    }
    // No cause word (or too little of one): "other" because of the rating, not a guess.
    return categoryTotal > 0.0 ? 0.4 : (positive ? 0.4 : 0.6);
}

void Classifier::fillEvidence(ClassifierWorkspace& ws, Classification& out) const
{
    std::size_t n = 0;
    const auto limit = static_cast<std::size_t>(m_rules->settings().maxEvidence);
    for (const Match& m : ws.matches) {
        if (m.status != MatchStatus::Counted && m.status != MatchStatus::Negated) {
            continue;
        }
        if (n >= limit) {
            break;
        }
        if (out.evidence.size() <= n) {
            if (ws.spareEvidence.empty()) {
                out.evidence.emplace_back();
            } else {
                out.evidence.push_back(std::move(ws.spareEvidence.back()));
                ws.spareEvidence.pop_back();
            }
        }
        Evidence& e = out.evidence[n++];
        const CompiledRules::Term& term = m_rules->term(m.term);
        const CompiledRules::CompiledRule& rule = m_rules->rule(term.rule);
        e.ruleId = rule.id;
        e.term = term.written;
        e.target = toKey(rule.target);
        const auto [begin, end] = ws.norm.originalSpan(m.begin, m.end);
        e.begin = begin;
        e.end = end;
        e.negated = m.status == MatchStatus::Negated;
        e.weight = e.negated ? 0.0 : rule.weight * m.factor;
        e.inTitle = m.begin < ws.titleEnd;
    }
    for (std::size_t i = n; i < out.evidence.size() && ws.spareEvidence.size() < kMaxSpare; ++i) {
        ws.spareEvidence.push_back(std::move(out.evidence[i]));
    }
    out.evidence.resize(n);
}

void Classifier::explainMatches(const ClassifierWorkspace& ws, Explanation& explanation) const
{
    for (const Match& m : ws.matches) {
        ExplainedMatch x;
        const CompiledRules::Term& term = m_rules->term(m.term);
        const CompiledRules::CompiledRule& rule = m_rules->rule(term.rule);
        x.evidence.ruleId = rule.id;
        x.evidence.term = term.written;
        x.evidence.target = toKey(rule.target);
        const auto [begin, end] = ws.norm.originalSpan(m.begin, m.end);
        x.evidence.begin = begin;
        x.evidence.end = end;
        x.evidence.inTitle = m.begin < ws.titleEnd;
        x.evidence.negated = m.status == MatchStatus::Negated;
        x.factor = m.factor;
        x.evidence.weight = m.status == MatchStatus::Counted ? rule.weight * m.factor : 0.0;
        switch (m.status) {
        case MatchStatus::Counted:
            x.status = "counted";
            break;
        case MatchStatus::Negated:
            x.status = "negated by '" + m_rules->literal(ws.cues[m.cause].literal) + "'";
            break;
        case MatchStatus::Excluded:
            x.status = "excluded by '" + m_rules->term(ws.exclusions[m.cause].term).written + "'";
            break;
        case MatchStatus::Contained:
            x.status =
                "inside '" + m_rules->term(static_cast<std::uint32_t>(m.cause)).written + "'";
            break;
        }
        explanation.matches.push_back(std::move(x));
    }
}

} // namespace rd
