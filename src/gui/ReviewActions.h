#pragma once

#include "model/Classification.h"
#include "model/Draft.h"
#include "model/Workflow.h"

#include <QObject>
#include <QString>

#include <optional>

class QUndoStack;

namespace rd {
class ReviewStore;
}

namespace rd::gui {

// Every edit a person makes to a review, on the GUI thread's store connection, each one an
// undoable command on the window's QUndoStack (Ctrl+Z / Ctrl+Shift+Z): category and flag
// overrides, status, follow-up, contact log, reply text and reply state, appeal outcome.
// reviewChanged() follows every change, undo and redo included; failed() carries the store's
// message when a write is refused (the command is then dropped from the stack).
class ReviewActions : public QObject
{
    Q_OBJECT

public:
    explicit ReviewActions(QUndoStack* stack, QObject* parent = nullptr);

    void setStore(ReviewStore* store);
    ReviewStore* store() const { return m_store; }
    QUndoStack* undoStack() const { return m_stack; }
    // The person signing status changes, contacts and edits (Settings: agent name).
    QString agent() const;

    void setCategory(std::int64_t reviewId, Category category);
    void setFlag(std::int64_t reviewId, Flag flag, bool on);
    void resetClassification(std::int64_t reviewId);
    void setStatus(std::int64_t reviewId, Status status);
    void setFollowUp(std::int64_t reviewId, std::optional<Timestamp> at);
    void addContact(const ContactEntry& entry);
    void editReply(std::int64_t reviewId, const QString& text);
    void setReplyState(std::int64_t reviewId, DraftState state);
    void setAppealOutcome(std::int64_t reviewId, const QString& outcome);

    // For the commands.
    void notifyChanged(std::int64_t reviewId) { Q_EMIT reviewChanged(reviewId); }
    void notifyFailed(const QString& message) { Q_EMIT failed(message); }

Q_SIGNALS:
    void reviewChanged(qint64 reviewId);
    void failed(const QString& message);

private:
    bool ready() const;
    void setOverride(std::int64_t reviewId, const ClassificationOverride& next,
                     const QString& text);

    QUndoStack* m_stack;
    ReviewStore* m_store = nullptr;
};

} // namespace rd::gui
