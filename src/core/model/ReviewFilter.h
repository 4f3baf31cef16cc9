#pragma once

#include "model/Classification.h"
#include "model/Workflow.h"

#include <optional>
#include <string>
#include <vector>

namespace rd {

enum class SortColumn
{
    Published,
    Imported,
    Rating,
    Platform,
    Category,
    Status,
    FollowUp,
    Product,
    Customer,
    Id,
};

// A query over the store. Empty lists and unset optionals mean "any".
struct ReviewFilter
{
    std::vector<Platform> platforms;
    std::vector<std::string> shops;
    std::optional<int> minRating;
    std::optional<int> maxRating;
    std::vector<Polarity> polarities;
    std::vector<Category> categories; // effective category (override wins over automatic)
    std::optional<bool> suspicious;
    std::optional<bool> safety;
    std::vector<Status> statuses;
    std::vector<Language> languages;
    std::optional<std::string> assignee;
    std::optional<Timestamp> publishedFrom; // inclusive
    std::optional<Timestamp> publishedTo;   // exclusive
    std::string product;                    // SKU or product name, exact SKU or name substring
    std::string customerId;
    std::string search;                     // full-text query over title and text
    std::vector<std::int64_t> ids;          // restrict to these review ids (drill-down)
    bool overdueOnly = false;               // follow-up date before `now`
    std::optional<Timestamp> now;           // reference time for overdueOnly
    bool unclassifiedOnly = false;

    SortColumn sort = SortColumn::Published;
    bool descending = true;
    std::optional<int> limit;
    int offset = 0;
};

} // namespace rd
