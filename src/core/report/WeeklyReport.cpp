#include "report/WeeklyReport.h"

#include "report/PhraseNormalizer.h"
#include "store/ReportStore.h"
#include "util/Clock.h"

#include <algorithm>
#include <map>
#include <stdexcept>
#include <unordered_map>

namespace rd {

std::optional<double> CategoryChange::changePercent() const
{
    if (lastWeek == 0) {
        return std::nullopt;
    }
    return 100.0 * static_cast<double>(thisWeek - lastWeek) / static_cast<double>(lastWeek);
}

WeeklyReport WeeklyReport::build(ReportStore& store, const ReportOptions& options)
{
    return build(store, options, Clock::nowMs());
}

WeeklyReport WeeklyReport::build(ReportStore& store, const ReportOptions& options, Timestamp now)
{
    if (std::string problem = options.validate(); !problem.empty()) {
        throw std::invalid_argument(problem);
    }
    WeeklyReport report;
    report.m_options = options;
    report.m_generatedAt = now;
    for (int i = options.weeks - 1; i >= 0; --i) {
        report.m_weeks.push_back({options.week.plusWeeks(-i), {}});
    }
    report.loadRows(store);
    report.countWeeks();
    report.rankProducts();
    report.collectPhrases(store);
    const int last = options.weeks - 1;
    report.m_response = ResponseFigures::compute(report.m_rows, last, options.slaMs(), now);
    report.m_lastWeekResponse =
        ResponseFigures::compute(report.m_rows, last - 1, options.slaMs(), now);
    report.m_bursts = BurstDetector(options.burst).detect(report.m_rows, report.m_products);
    const Timestamp weekStart = options.week.start();
    const Timestamp weekEnd = options.week.end();
    // Consecutive complaints of a burst are at most `hours` <= 168 hours apart, so a burst
    // that overlaps the week has a complaint in it.
    std::erase_if(report.m_bursts,
                  [&](const Burst& b) { return b.last < weekStart || b.first >= weekEnd; });
    return report;
}

void WeeklyReport::loadRows(ReportStore& store)
{
    ComplaintScope scope;
    scope.from = m_weeks.front().week.start();
    scope.to = m_weeks.back().week.end();
    scope.platforms = m_options.platforms;
    scope.shops = m_options.shops;
    scope.product = m_options.product;
    scope.responseFrom = lastWeek().week.start(); // response figures: this and last week
    constexpr Timestamp kWeekMs = 7LL * 24 * 3'600'000;
    store.forEachComplaint(scope, [&](const ComplaintFact& f) {
        ReportRow r;
        r.reviewId = f.reviewId;
        r.at = f.at;
        r.firstResponseAt = f.firstResponseAt;
        r.product = m_products.intern(f);
        r.bucket = bucketOf(f.category);
        r.week = static_cast<int>((f.at - scope.from) / kWeekMs);
        r.resolved = f.resolvedAt.has_value();
        r.rated = f.rating.has_value();
        r.revisedUp = f.revisedUp;
        m_rows.push_back(r);
    });
    std::sort(m_rows.begin(), m_rows.end(), [](const ReportRow& a, const ReportRow& b) {
        return a.at != b.at ? a.at < b.at : a.reviewId < b.reviewId;
    });
    m_rowPhrases.resize(m_rows.size());
}

void WeeklyReport::countWeeks()
{
    for (const ReportRow& r : m_rows) {
        ++m_weeks[static_cast<std::size_t>(r.week)].counts[r.bucket];
    }
}

std::vector<CategoryChange> WeeklyReport::changes() const
{
    std::vector<CategoryChange> out;
    for (int b = 0; b < kBucketCount; ++b) {
        out.push_back({b, thisWeek().counts[b], lastWeek().counts[b]});
    }
    return out;
}

void WeeklyReport::rankProducts()
{
    const int last = m_options.weeks - 1;
    std::unordered_map<int, ProductRow> byProduct;
    for (const ReportRow& r : m_rows) {
        if (r.product < 0 || r.week < last - 1) {
            continue;
        }
        ProductRow& row = byProduct[r.product];
        if (r.week == last) {
            ++row.complaints;
            ++row.counts[r.bucket];
        } else {
            ++row.lastWeek;
        }
    }
    for (auto& [index, row] : byProduct) {
        if (row.complaints > 0) {
            row.product = m_products.at(index);
            m_topProducts.push_back(std::move(row));
        }
    }
    std::sort(m_topProducts.begin(), m_topProducts.end(),
              [](const ProductRow& a, const ProductRow& b) {
                  if (a.complaints != b.complaints) {
                      return a.complaints > b.complaints;
                  }
                  return a.product.key < b.product.key;
              });
    if (m_topProducts.size() > static_cast<std::size_t>(m_options.topProducts)) {
        m_topProducts.resize(static_cast<std::size_t>(m_options.topProducts));
    }
}

namespace {

// What one phrase group gathers before it is ranked.
struct PhraseTally
{
    std::int64_t reviews = 0;
    std::unordered_map<int, std::int64_t> terms;    // term index -> reviews, for the label
    std::unordered_map<int, std::int64_t> products; // product index -> reviews
};

// Rule terms as written, each with the index of its phrase key (-1: no key).
struct TermTable
{
    std::unordered_map<std::string, int> index;
    std::vector<std::string> text;
    std::vector<int> key;
};

// The label of a group: its most frequent term; ties go to the shorter, then the smaller.
std::string mostFrequent(const std::unordered_map<int, std::int64_t>& terms, const TermTable& table)
{
    const std::string* best = nullptr;
    std::int64_t bestCount = 0;
    for (const auto& [term, count] : terms) {
        const std::string& text = table.text[static_cast<std::size_t>(term)];
        if (!best || count > bestCount ||
            (count == bestCount &&
             (text.size() < best->size() || (text.size() == best->size() && text < *best)))) {
            best = &text;
            bestCount = count;
        }
    }
    return best ? *best : std::string();
}

// The index of `term` in `terms`, adding it (and its phrase key to `keys`) when new.
int termIndex(const std::string& term, TermTable& terms, std::vector<std::string>& keys)
{
    auto [it, added] = terms.index.try_emplace(term, static_cast<int>(terms.text.size()));
    if (added) {
        terms.text.push_back(term);
        const std::string key = PhraseNormalizer::key(term);
        int keyIndex = -1;
        if (!key.empty()) {
            auto found = std::find(keys.begin(), keys.end(), key);
            keyIndex = static_cast<int>(found - keys.begin());
            if (found == keys.end()) {
                keys.push_back(key);
            }
        }
        terms.key.push_back(keyIndex);
    }
    return it->second;
}

} // namespace

void WeeklyReport::collectPhrases(ReportStore& store)
{
    const int last = m_options.weeks - 1;
    std::unordered_map<std::int64_t, std::size_t> rowOf;
    std::vector<std::int64_t> ids;
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].week == last && m_rows[i].bucket != kUnclassifiedBucket) {
            rowOf.emplace(m_rows[i].reviewId, i);
            ids.push_back(m_rows[i].reviewId);
        }
    }
    TermTable terms;
    std::unordered_map<std::int64_t, PhraseTally> tallies; // bucket << 32 | key index
    store.forEachEvidence(ids, [&](std::int64_t id, const std::vector<Evidence>& evidence) {
        auto found = rowOf.find(id);
        if (found == rowOf.end()) {
            return;
        }
        const ReportRow& row = m_rows[found->second];
        std::vector<int>& seen = m_rowPhrases[found->second];
        for (const Evidence& e : evidence) {
            if (e.negated || e.target != bucketKey(row.bucket)) {
                continue;
            }
            const int term = termIndex(e.term, terms, m_phraseKeys);
            const int key = terms.key[static_cast<std::size_t>(term)];
            if (key < 0 || std::find(seen.begin(), seen.end(), key) != seen.end()) {
                continue; // no phrase, or counted already: a review counts once per phrase
            }
            seen.push_back(key);
            PhraseTally& t = tallies[(std::int64_t(row.bucket) << 32) | key];
            ++t.reviews;
            ++t.terms[term];
            if (row.product >= 0) {
                ++t.products[row.product];
            }
        }
    });
    for (auto& [packed, t] : tallies) {
        PhraseRow p;
        p.bucket = static_cast<int>(packed >> 32);
        p.key = m_phraseKeys[static_cast<std::size_t>(packed & 0xFFFFFFFF)];
        p.phrase = mostFrequent(t.terms, terms);
        p.reviews = t.reviews;
        for (const auto& [product, n] : t.products) {
            if (n > p.topProductReviews ||
                (n == p.topProductReviews && m_products.at(product).key < p.topProduct.key)) {
                p.topProduct = m_products.at(product);
                p.topProductReviews = n;
            }
        }
        m_phrases.push_back(std::move(p));
    }
    std::sort(m_phrases.begin(), m_phrases.end(), [](const PhraseRow& a, const PhraseRow& b) {
        if (a.bucket != b.bucket) {
            return a.bucket < b.bucket;
        }
        return a.reviews != b.reviews ? a.reviews > b.reviews : a.key < b.key;
    });
    std::array<int, kBucketCount> kept{};
    std::erase_if(m_phrases, [&](const PhraseRow& p) {
        return ++kept[static_cast<std::size_t>(p.bucket)] > m_options.topPhrases;
    });
}

int WeeklyReport::weekIndex(const IsoWeek& week) const
{
    for (std::size_t i = 0; i < m_weeks.size(); ++i) {
        if (m_weeks[i].week == week) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

std::vector<std::int64_t> WeeklyReport::reviewIds(const ReportSelection& s) const
{
    std::vector<std::int64_t> out;
    const int week = s.week ? weekIndex(*s.week) : -1;
    if (s.week && week < 0) {
        return out;
    }
    std::optional<int> product;
    if (s.productKey) {
        product = m_products.find(*s.productKey);
        if (!product) {
            return out;
        }
    }
    int phrase = -1;
    if (s.phraseKey) {
        auto it = std::find(m_phraseKeys.begin(), m_phraseKeys.end(), *s.phraseKey);
        if (it == m_phraseKeys.end()) {
            return out;
        }
        phrase = static_cast<int>(it - m_phraseKeys.begin());
    }
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        const ReportRow& r = m_rows[i];
        if ((s.week && r.week != week) || (s.bucket && r.bucket != *s.bucket) ||
            (product && r.product != *product)) {
            continue;
        }
        if (phrase >= 0 && std::find(m_rowPhrases[i].begin(), m_rowPhrases[i].end(), phrase) ==
                               m_rowPhrases[i].end()) {
            continue;
        }
        out.push_back(r.reviewId);
    }
    return out;
}

std::optional<ReviewFilter> WeeklyReport::queueFilter(const ReportSelection& selection) const
{
    return queueFilter(reviewIds(selection));
}

std::optional<ReviewFilter> WeeklyReport::queueFilter(const std::vector<std::int64_t>& ids)
{
    if (ids.empty()) {
        return std::nullopt;
    }
    ReviewFilter filter;
    filter.ids = ids;
    return filter;
}

} // namespace rd
