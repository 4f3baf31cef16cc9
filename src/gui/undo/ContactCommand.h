#pragma once

#include "undo/ReviewCommand.h"

#include "model/Workflow.h"

namespace rd::gui {

// Adds an entry to the contact log; undo removes it again.
class ContactCommand : public ReviewCommand
{
public:
    ContactCommand(ReviewActions& actions, const ContactEntry& entry);

    void redo() override;
    void undo() override;

private:
    ContactEntry m_entry;
};

} // namespace rd::gui
