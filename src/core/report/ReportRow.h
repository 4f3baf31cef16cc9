#pragma once

#include "model/Review.h"

#include <cstdint>
#include <optional>

namespace rd {

// One complaint as the report keeps it in memory: a ComplaintFact with the product interned
// (ProductIndex) and the category turned into its report column (CategoryCounts.h).
struct ReportRow
{
    std::int64_t reviewId = 0;
    Timestamp at = 0;
    std::optional<Timestamp> firstResponseAt;
    int product = -1; // ProductIndex index; -1: no product
    int bucket = 0;   // category column
    int week = -1;    // index into the report's weeks; -1: outside them
    bool resolved = false;
    bool rated = false; // has stars, so a rating revision can be seen
    bool revisedUp = false;
};

} // namespace rd
