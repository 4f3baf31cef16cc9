#include "undo/ReviewCommand.h"

#include "ReviewActions.h"
#include "WriteRetry.h"

#include "store/StoreError.h"

namespace rd::gui {

ReviewCommand::ReviewCommand(ReviewActions& actions, std::int64_t reviewId, const QString& text)
    : QUndoCommand(text), m_actions(actions), m_reviewId(reviewId)
{
}

ReviewStore& ReviewCommand::store() const
{
    return *m_actions.store();
}

bool ReviewCommand::apply(const std::function<void()>& write)
{
    try {
        // Waits while another program's import holds the write lock (WriteRetry).
        if (!WriteRetry::run(write)) {
            setObsolete(true);
            m_actions.notifyFailed(ReviewActions::tr(
                "You cancelled the change while another program was writing to the database."));
            return false;
        }
    } catch (const StoreError& e) {
        setObsolete(true);
        m_actions.notifyFailed(QString::fromUtf8(e.what()));
        return false;
    }
    m_actions.notifyChanged(m_reviewId);
    return true;
}

} // namespace rd::gui
