#include "undo/AppealOutcomeCommand.h"

#include "ReviewActions.h"

#include "store/ReviewStore.h"
#include "store/WorkflowStore.h"

namespace rd::gui {

AppealOutcomeCommand::AppealOutcomeCommand(ReviewActions& actions, std::int64_t reviewId,
                                           std::string before, std::string after)
    : ReviewCommand(actions, reviewId, ReviewActions::tr("Record appeal outcome")),
      m_before(std::move(before)), m_after(std::move(after))
{
}

void AppealOutcomeCommand::redo()
{
    apply([this] { store().workflow().setAppealOutcome(reviewId(), m_after); });
}

void AppealOutcomeCommand::undo()
{
    apply([this] { store().workflow().setAppealOutcome(reviewId(), m_before); });
}

} // namespace rd::gui
