#include "report/CategoryCounts.h"

namespace rd {

int bucketOf(std::optional<Category> category)
{
    return category ? static_cast<int>(*category) : kUnclassifiedBucket;
}

std::optional<Category> bucketCategory(int bucket)
{
    if (bucket < 0 || bucket >= kUnclassifiedBucket) {
        return std::nullopt;
    }
    return kAllCategories[bucket];
}

std::string_view bucketKey(int bucket)
{
    auto category = bucketCategory(bucket);
    return category ? toKey(*category) : std::string_view("unclassified");
}

std::optional<int> bucketFromKey(std::string_view key)
{
    if (key == "unclassified") {
        return kUnclassifiedBucket;
    }
    if (auto category = categoryFromKey(key)) {
        return bucketOf(category);
    }
    return std::nullopt;
}

std::int64_t CategoryCounts::total() const
{
    std::int64_t sum = 0;
    for (std::int64_t n : buckets) {
        sum += n;
    }
    return sum;
}

} // namespace rd
