#pragma once

#include "model/Enums.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace rd {

// The category columns of the report: the five taxonomy categories in their usual order, then
// the complaints that are not classified yet. A column is addressed by its index, a "bucket".
inline constexpr int kBucketCount = 6;
inline constexpr int kUnclassifiedBucket = 5;

int bucketOf(std::optional<Category> category);
// The category of a bucket; empty for the unclassified bucket.
std::optional<Category> bucketCategory(int bucket);
// "product", "logistics", "after_sales", "price", "other" or "unclassified".
std::string_view bucketKey(int bucket);
std::optional<int> bucketFromKey(std::string_view key);

// Complaint counts per category column.
struct CategoryCounts
{
    std::array<std::int64_t, kBucketCount> buckets{};

    std::int64_t& operator[](int bucket) { return buckets[static_cast<std::size_t>(bucket)]; }
    std::int64_t operator[](int bucket) const { return buckets[static_cast<std::size_t>(bucket)]; }
    std::int64_t total() const;
};

} // namespace rd
