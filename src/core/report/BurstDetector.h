#pragma once

#include "report/ProductIndex.h"
#include "report/ReportRow.h"
#include "store/ReportStore.h"

#include <string>
#include <vector>

namespace rd {

// "At least `count` complaints of one category on one product within `hours` hours."
struct BurstSettings
{
    int count = 5;
    double hours = 24.0;

    Timestamp windowMs() const;
    // "" when usable, else the reason (count at least 2, hours above 0 and at most a week).
    std::string validate() const;
};

// One burst: a run of complaints of one category on one product in which every complaint lies
// in some window of `hours` hours holding at least `count` of them; overlapping windows are one
// burst (docs/reports.md, "Alerts").
struct Burst
{
    ProductInfo product;
    Category category = Category::Other;
    Timestamp first = 0; // report time of its first complaint
    Timestamp last = 0;  // and of its last
    std::int64_t complaints = 0;
    std::int64_t peak = 0;               // most complaints in one window of `hours` hours
    std::vector<std::int64_t> reviewIds; // ordered by report time, then id
};

class BurstDetector
{
public:
    explicit BurstDetector(const BurstSettings& settings) : m_settings(settings) {}

    // Bursts in `rows` (any order), ordered by first complaint, product key and category.
    // Complaints without a product or a category are never part of a burst.
    std::vector<Burst> detect(const std::vector<ReportRow>& rows,
                              const ProductIndex& products) const;

    // The bursts that are active at `now`, for marking the queue: their last complaint is at
    // most `hours` hours old. Reads the complaints of the 7 days plus `hours` before `now`
    // within `filters` (its time range is ignored).
    std::vector<Burst> active(ReportStore& store, Timestamp now,
                              const ComplaintScope& filters = {}) const;

    // The review ids of these bursts, sorted and unique (for ReviewFilter::ids).
    static std::vector<std::int64_t> reviewIds(const std::vector<Burst>& bursts);

private:
    BurstSettings m_settings;
};

} // namespace rd
