#pragma once

#include <QUndoCommand>

#include <cstdint>
#include <functional>

namespace rd {
class ReviewStore;
}

namespace rd::gui {

class ReviewActions;

// Base of the undoable edits of one review: runs a store write, reports a refused write
// (the command then becomes obsolete and leaves the stack) and announces the change.
class ReviewCommand : public QUndoCommand
{
public:
    ReviewCommand(ReviewActions& actions, std::int64_t reviewId, const QString& text);

    std::int64_t reviewId() const { return m_reviewId; }

protected:
    ReviewStore& store() const;
    ReviewActions& actions() const { return m_actions; }
    // Runs `write`; true when it worked.
    bool apply(const std::function<void()>& write);

private:
    ReviewActions& m_actions;
    std::int64_t m_reviewId;
};

} // namespace rd::gui
