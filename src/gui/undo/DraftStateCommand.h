#pragma once

#include "undo/ReviewCommand.h"

#include "model/Draft.h"

namespace rd::gui {

// Approves a reply or marks it exported (copied); undo sets the previous state back.
class DraftStateCommand : public ReviewCommand
{
public:
    DraftStateCommand(ReviewActions& actions, std::int64_t reviewId, DraftState before,
                      DraftState after);

    void redo() override;
    void undo() override;

private:
    DraftState m_before;
    DraftState m_after;
};

} // namespace rd::gui
