#include "undo/ContactCommand.h"

#include "ReviewActions.h"

#include "store/ReviewStore.h"
#include "store/WorkflowStore.h"

namespace rd::gui {

ContactCommand::ContactCommand(ReviewActions& actions, const ContactEntry& entry)
    : ReviewCommand(actions, entry.reviewId, ReviewActions::tr("Log contact")), m_entry(entry)
{
}

void ContactCommand::redo()
{
    apply([this] { m_entry.id = store().workflow().addContact(m_entry); });
}

void ContactCommand::undo()
{
    if (m_entry.id != 0) {
        apply([this] { store().workflow().removeContact(m_entry.id); });
        m_entry.id = 0;
    }
}

} // namespace rd::gui
