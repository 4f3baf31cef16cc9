#include "report/BurstDetector.h"

#include "report/CategoryCounts.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

namespace rd {

Timestamp BurstSettings::windowMs() const
{
    return static_cast<Timestamp>(std::llround(hours * 3'600'000.0));
}

std::string BurstSettings::validate() const
{
    if (count < 2) {
        return "the burst count must be at least 2 complaints";
    }
    if (!(hours > 0.0) || hours > 168.0) {
        return "the burst window must be more than 0 and at most 168 hours";
    }
    return {};
}

namespace {

// Finds the bursts in one (product, category) series sorted by time.
void detectSeries(const std::vector<const ReportRow*>& series, const BurstSettings& settings,
                  const ProductInfo& product, Category category, std::vector<Burst>& out)
{
    const Timestamp window = settings.windowMs();
    const auto need = static_cast<std::size_t>(settings.count);
    std::size_t begin = 0;
    std::size_t burstEnd = 0; // one past the last complaint of the current burst
    Burst* current = nullptr;
    for (std::size_t end = 0; end < series.size(); ++end) {
        while (series[end]->at - series[begin]->at > window) {
            ++begin;
        }
        const std::size_t inWindow = end - begin + 1;
        if (inWindow < need) {
            continue;
        }
        if (current == nullptr || begin >= burstEnd) {
            out.push_back({product, category, series[begin]->at, 0, 0, 0, {}});
            current = &out.back();
            burstEnd = begin;
        }
        for (std::size_t i = burstEnd; i <= end; ++i) {
            current->reviewIds.push_back(series[i]->reviewId);
        }
        burstEnd = end + 1;
        current->last = series[end]->at;
        current->complaints = static_cast<std::int64_t>(current->reviewIds.size());
        current->peak = std::max(current->peak, static_cast<std::int64_t>(inWindow));
    }
}

} // namespace

std::vector<Burst> BurstDetector::detect(const std::vector<ReportRow>& rows,
                                         const ProductIndex& products) const
{
    std::map<std::pair<int, int>, std::vector<const ReportRow*>> series;
    for (const ReportRow& r : rows) {
        if (r.product >= 0 && r.bucket != kUnclassifiedBucket) {
            series[{r.product, r.bucket}].push_back(&r);
        }
    }
    std::vector<Burst> out;
    for (auto& [key, list] : series) {
        if (list.size() < static_cast<std::size_t>(m_settings.count)) {
            continue;
        }
        std::sort(list.begin(), list.end(), [](const ReportRow* a, const ReportRow* b) {
            return std::tie(a->at, a->reviewId) < std::tie(b->at, b->reviewId);
        });
        detectSeries(list, m_settings, products.at(key.first), *bucketCategory(key.second), out);
    }
    std::sort(out.begin(), out.end(), [](const Burst& a, const Burst& b) {
        return std::tie(a.first, a.product.key, a.category) <
               std::tie(b.first, b.product.key, b.category);
    });
    return out;
}

std::vector<Burst> BurstDetector::active(ReportStore& store, Timestamp now,
                                         const ComplaintScope& filters) const
{
    constexpr Timestamp kWeekMs = 7LL * 24 * 3'600'000;
    ComplaintScope scope = filters;
    scope.from = now - kWeekMs - m_settings.windowMs();
    scope.to = now + 1;
    scope.responseFrom = scope.to; // bursts need no response details
    ProductIndex products;
    std::vector<ReportRow> rows;
    store.forEachComplaint(scope, [&](const ComplaintFact& f) {
        ReportRow r;
        r.reviewId = f.reviewId;
        r.at = f.at;
        r.product = products.intern(f);
        r.bucket = bucketOf(f.category);
        rows.push_back(r);
    });
    std::vector<Burst> bursts = detect(rows, products);
    std::erase_if(bursts, [&](const Burst& b) { return b.last < now - m_settings.windowMs(); });
    return bursts;
}

std::vector<std::int64_t> BurstDetector::reviewIds(const std::vector<Burst>& bursts)
{
    std::vector<std::int64_t> ids;
    for (const Burst& b : bursts) {
        ids.insert(ids.end(), b.reviewIds.begin(), b.reviewIds.end());
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

} // namespace rd
