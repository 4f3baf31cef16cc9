#pragma once

#include "model/Classification.h"
#include "model/Draft.h"
#include "model/Workflow.h"

#include <optional>

namespace rd {

// A review with everything the queue shows in one row: its effective classification,
// workflow state and draft state. Filled by one store query.
struct ReviewRecord
{
    Review review;
    std::optional<Category> autoCategory;
    std::optional<Category> overrideCategory;
    std::vector<Category> also;
    bool suspicious = false;
    bool safety = false;
    double confidence = 0.0;
    WorkflowState workflow;
    std::optional<DraftState> draftState;

    // The category the queue, reports and templates use: override, else automatic.
    std::optional<Category> category() const
    {
        return overrideCategory ? overrideCategory : autoCategory;
    }
};

} // namespace rd
