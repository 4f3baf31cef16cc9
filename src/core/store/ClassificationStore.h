#pragma once

#include "model/Classification.h"

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

namespace rd {

// Automatic classifications and manual overrides, kept apart: re-classification replaces the
// automatic result and never touches an override.
class ClassificationStore
{
public:
    virtual ~ClassificationStore() = default;

    // Replaces the automatic results of these reviews, in one transaction.
    virtual void saveAutomatic(
        const std::vector<std::pair<std::int64_t, Classification>>& results) = 0;
    virtual std::optional<Classification> automatic(std::int64_t reviewId) = 0;

    virtual void setOverride(std::int64_t reviewId, const ClassificationOverride& value) = 0;
    virtual void clearOverride(std::int64_t reviewId) = 0;
    virtual std::optional<ClassificationOverride> override(std::int64_t reviewId) = 0;
};

} // namespace rd
