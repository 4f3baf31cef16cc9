#pragma once

#include "model/ReviewFilter.h"

#include <cstdint>
#include <string>

namespace rd {

// A named queue filter a user saved ("My Ozon logistics"). The filter is kept as JSON
// (model/ReviewFilterJson.h) so that new filter fields never need a schema change.
struct SavedView
{
    std::int64_t id = 0;
    std::string name;
    std::string filterJson;
    int position = 0; // order in the views list
    Timestamp createdAt = 0;
};

} // namespace rd
