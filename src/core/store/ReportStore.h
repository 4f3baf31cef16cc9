#pragma once

#include "model/Classification.h"
#include "model/Review.h"

#include <cstdint>
#include <functional>
#include <limits>
#include <optional>
#include <string>
#include <vector>

namespace rd {

// Which complaints a report reads: those whose report time lies in [from, to), narrowed by
// platform, shop and product. Empty lists and strings mean "any". `product` matches as
// ReviewFilter::product does: the exact SKU or a substring of the product name.
struct ComplaintScope
{
    Timestamp from = 0;
    Timestamp to = 0;
    std::vector<Platform> platforms;
    std::vector<std::string> shops;
    std::string product;
    // Complaints with a report time before this carry no response details (firstResponseAt,
    // resolvedAt and revisedUp stay empty): they cost a lookup per complaint, and the report
    // needs them for its last two weeks only.
    Timestamp responseFrom = std::numeric_limits<Timestamp>::min();
};

// One complaint, with what the report figures need of it. A complaint is a review rated 1-3
// stars, or with a negative or neutral polarity when it has no stars, or one whose rating was
// 1-3 before a recorded revision (docs/reports.md).
struct ComplaintFact
{
    std::int64_t reviewId = 0;
    Timestamp at = 0; // report time: published_at, or imported_at when the source gave no date
    Platform platform = Platform::Other;
    std::optional<Category> category; // effective: override, else automatic; empty: unclassified
    std::string sku;
    std::string product;
    std::optional<int> rating; // current stars
    std::optional<Timestamp> firstResponseAt;
    std::optional<Timestamp> resolvedAt;
    bool revisedUp = false; // a recorded revision raised the star rating
};

// Reads what the weekly report and the burst alerts aggregate. The figures themselves are
// computed in src/core/report from these rows, so every back end gives the same numbers.
class ReportStore
{
public:
    virtual ~ReportStore() = default;

    // Streams the complaints in `scope`, in no particular order. The callback must not use the
    // store.
    virtual void forEachComplaint(const ComplaintScope& scope,
                                  const std::function<void(const ComplaintFact&)>& callback) = 0;

    // Streams the automatic classification's evidence of these reviews; reviews without a
    // classification are skipped. The callback must not use the store.
    virtual void forEachEvidence(
        const std::vector<std::int64_t>& reviewIds,
        const std::function<void(std::int64_t, const std::vector<Evidence>&)>& callback) = 0;

    // The shop names that occur in the store, sorted, without the empty one (the report
    // window's shop filter).
    virtual std::vector<std::string> shops() = 0;
};

} // namespace rd
