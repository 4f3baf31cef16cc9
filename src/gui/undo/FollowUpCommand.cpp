#include "undo/FollowUpCommand.h"

#include "ReviewActions.h"

#include "store/ReviewStore.h"
#include "store/WorkflowStore.h"

namespace rd::gui {

FollowUpCommand::FollowUpCommand(ReviewActions& actions, std::int64_t reviewId,
                                 std::optional<Timestamp> before, std::optional<Timestamp> after)
    : ReviewCommand(actions, reviewId,
                    after ? ReviewActions::tr("Set follow-up date")
                          : ReviewActions::tr("Clear follow-up date")),
      m_before(before), m_after(after)
{
}

void FollowUpCommand::redo()
{
    apply([this] { store().workflow().setFollowUp(reviewId(), m_after); });
}

void FollowUpCommand::undo()
{
    apply([this] { store().workflow().setFollowUp(reviewId(), m_before); });
}

} // namespace rd::gui
