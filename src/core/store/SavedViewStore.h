#pragma once

#include "model/SavedView.h"

#include <cstdint>
#include <string>
#include <vector>

namespace rd {

// The queue views a user saved, kept in the database so they travel with it.
class SavedViewStore
{
public:
    virtual ~SavedViewStore() = default;

    // In display order (position, then id).
    virtual std::vector<SavedView> list() = 0;
    // Adds a view at the end, or replaces the filter of the view with the same name. Returns
    // its id. Throws StoreError for an empty name.
    virtual std::int64_t save(const std::string& name, const std::string& filterJson,
                              Timestamp at) = 0;
    // Throws StoreError when another view already has `name`.
    virtual void rename(std::int64_t id, const std::string& name) = 0;
    virtual void remove(std::int64_t id) = 0;
};

} // namespace rd
