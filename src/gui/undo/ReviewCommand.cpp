#include "undo/ReviewCommand.h"

#include "ReviewActions.h"

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
        write();
    } catch (const StoreError& e) {
        setObsolete(true);
        m_actions.notifyFailed(QString::fromUtf8(e.what()));
        return false;
    }
    m_actions.notifyChanged(m_reviewId);
    return true;
}

} // namespace rd::gui
