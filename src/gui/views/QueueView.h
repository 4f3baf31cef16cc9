#pragma once

#include "model/ReviewFilter.h"

#include <QString>

#include <cstdint>
#include <optional>

namespace rd::gui {

// One entry of the views list: a built-in view or one the user saved in the database.
struct QueueView
{
    QString key; // "builtin:new_negative", "saved:12"
    QString title;
    ReviewFilter filter;
    std::int64_t savedId = 0; // 0 for built-in views
    QString problem;          // a saved view whose filter could not be read
    std::optional<std::int64_t> count;

    bool builtIn() const { return savedId == 0; }
};

} // namespace rd::gui
