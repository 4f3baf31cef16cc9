#include "undo/DraftStateCommand.h"

#include "ReviewActions.h"

#include "store/DraftStore.h"
#include "store/ReviewStore.h"
#include "util/Clock.h"

namespace rd::gui {
namespace {

QString describe(DraftState state)
{
    switch (state) {
    case DraftState::Approved:
        return ReviewActions::tr("Approve reply");
    case DraftState::Exported:
        return ReviewActions::tr("Copy reply");
    case DraftState::Posted:
        return ReviewActions::tr("Mark reply as posted");
    case DraftState::Draft:
        break;
    }
    return ReviewActions::tr("Reopen reply");
}

} // namespace

DraftStateCommand::DraftStateCommand(ReviewActions& actions, std::int64_t reviewId,
                                     DraftState before, DraftState after)
    : ReviewCommand(actions, reviewId, describe(after)), m_before(before), m_after(after)
{
}

void DraftStateCommand::redo()
{
    apply([this] {
        store().drafts().setState(reviewId(), m_after, Clock::nowMs(),
                                  actions().agent().toStdString());
    });
}

void DraftStateCommand::undo()
{
    apply([this] {
        store().drafts().setState(reviewId(), m_before, Clock::nowMs(),
                                  actions().agent().toStdString());
    });
}

} // namespace rd::gui
