#pragma once

#include "undo/ReviewCommand.h"

#include "model/Workflow.h"

#include <optional>

namespace rd::gui {

// A status change, stamped by WorkflowStore::setStatus (first response, resolution, history).
// Undo writes the whole previous workflow state back; the status history keeps the change.
class StatusCommand : public ReviewCommand
{
public:
    StatusCommand(ReviewActions& actions, std::int64_t reviewId, Status status);

    void redo() override;
    void undo() override;

private:
    Status m_status;
    std::optional<WorkflowState> m_before;
};

} // namespace rd::gui
