#pragma once

#include "model/ReviewFilter.h"

#include <string>
#include <string_view>

namespace rd {

// ReviewFilter <-> JSON, for saved views. Only the selection is kept: sort, limit, offset and
// the reference time `now` belong to the moment a view is shown, not to the view.
// Unknown keys are ignored (a newer version's view still opens); a value of the wrong type or
// an unknown enum key throws std::invalid_argument naming the key.
std::string filterToJson(const ReviewFilter& filter);
ReviewFilter filterFromJson(std::string_view json);

} // namespace rd
