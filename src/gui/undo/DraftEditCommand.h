#pragma once

#include "undo/ReviewCommand.h"

#include <optional>
#include <string>

namespace rd::gui {

// A person's edit of the reply text (DraftStore::saveEdit). Successive saves of the same
// review's text merge into one step, so Ctrl+Z takes back a whole editing session.
class DraftEditCommand : public ReviewCommand
{
public:
    static constexpr int kId = 0x5245; // QUndoCommand::id() for merging

    DraftEditCommand(ReviewActions& actions, std::int64_t reviewId,
                     std::optional<std::string> before, std::string after);

    void redo() override;
    void undo() override;
    int id() const override { return kId; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    std::optional<std::string> m_before; // no draft before
    std::string m_after;
};

} // namespace rd::gui
