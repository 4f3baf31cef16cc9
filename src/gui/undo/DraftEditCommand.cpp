#include "undo/DraftEditCommand.h"

#include "ReviewActions.h"

#include "store/DraftStore.h"
#include "store/ReviewStore.h"
#include "util/Clock.h"

namespace rd::gui {

DraftEditCommand::DraftEditCommand(ReviewActions& actions, std::int64_t reviewId,
                                   std::optional<std::string> before, std::string after)
    : ReviewCommand(actions, reviewId, ReviewActions::tr("Edit reply")),
      m_before(std::move(before)), m_after(std::move(after))
{
}

void DraftEditCommand::redo()
{
    apply([this] {
        store().drafts().saveEdit(reviewId(), m_after, Clock::nowMs(),
                                  actions().agent().toStdString());
    });
}

void DraftEditCommand::undo()
{
    // The store keeps every version in the draft history; the text goes back to what it was
    // (empty when there was no draft).
    apply([this] {
        store().drafts().saveEdit(reviewId(), m_before.value_or(std::string()), Clock::nowMs(),
                                  actions().agent().toStdString());
    });
}

bool DraftEditCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = dynamic_cast<const DraftEditCommand*>(other);
    if (!next || next->reviewId() != reviewId()) {
        return false;
    }
    m_after = next->m_after;
    return true;
}

} // namespace rd::gui
