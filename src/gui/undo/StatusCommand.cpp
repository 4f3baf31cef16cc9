#include "undo/StatusCommand.h"

#include "CategoryStyle.h"
#include "ReviewActions.h"

#include "store/ReviewStore.h"
#include "store/WorkflowStore.h"
#include "util/Clock.h"

namespace rd::gui {

StatusCommand::StatusCommand(ReviewActions& actions, std::int64_t reviewId, Status status)
    : ReviewCommand(actions, reviewId,
                    ReviewActions::tr("Set status to %1").arg(CategoryStyle::name(status))),
      m_status(status)
{
}

void StatusCommand::redo()
{
    apply([this] {
        m_before = store().workflow().state(reviewId());
        store().workflow().setStatus(reviewId(), m_status, Clock::nowMs(),
                                     actions().agent().toStdString());
    });
}

void StatusCommand::undo()
{
    if (m_before) {
        apply([this] { store().workflow().restoreState(reviewId(), *m_before); });
    }
}

} // namespace rd::gui
