#include "ReviewActions.h"

#include "AppSettings.h"
#include "CategoryStyle.h"
#include "undo/AppealOutcomeCommand.h"
#include "undo/ContactCommand.h"
#include "undo/DraftEditCommand.h"
#include "undo/DraftStateCommand.h"
#include "undo/FollowUpCommand.h"
#include "undo/OverrideCommand.h"
#include "undo/StatusCommand.h"

#include "store/ClassificationStore.h"
#include "store/DraftStore.h"
#include "store/ReviewStore.h"
#include "store/WorkflowStore.h"
#include "util/Clock.h"

#include <QUndoStack>

namespace rd::gui {

ReviewActions::ReviewActions(QUndoStack* stack, QObject* parent) : QObject(parent), m_stack(stack)
{
}

void ReviewActions::setStore(ReviewStore* store)
{
    m_store = store;
    m_stack->clear(); // commands refer to the old database
}

QString ReviewActions::agent() const
{
    return AppSettings::instance()->agentName();
}

bool ReviewActions::ready() const
{
    return m_store != nullptr;
}

void ReviewActions::setOverride(std::int64_t reviewId, const ClassificationOverride& next,
                                const QString& text)
{
    auto before = m_store->classifications().override(reviewId);
    m_stack->push(new OverrideCommand(*this, reviewId, before, next, text));
}

void ReviewActions::setCategory(std::int64_t reviewId, Category category)
{
    if (!ready()) {
        return;
    }
    ClassificationOverride next =
        m_store->classifications().override(reviewId).value_or(ClassificationOverride{});
    if (next.category == category) {
        return;
    }
    next.category = category;
    next.by = agent().toStdString();
    next.at = Clock::nowMs();
    setOverride(reviewId, next, tr("Set category to %1").arg(CategoryStyle::name(category)));
}

void ReviewActions::setFlag(std::int64_t reviewId, Flag flag, bool on)
{
    if (!ready()) {
        return;
    }
    ClassificationOverride next =
        m_store->classifications().override(reviewId).value_or(ClassificationOverride{});
    (flag == Flag::Safety ? next.safety : next.suspicious) = on;
    next.by = agent().toStdString();
    next.at = Clock::nowMs();
    const QString name = flag == Flag::Safety ? tr("safety") : tr("suspicious");
    setOverride(reviewId, next,
                on ? tr("Mark as %1").arg(name) : tr("Clear the %1 flag").arg(name));
}

void ReviewActions::resetClassification(std::int64_t reviewId)
{
    if (!ready()) {
        return;
    }
    auto before = m_store->classifications().override(reviewId);
    if (!before) {
        return;
    }
    m_stack->push(new OverrideCommand(*this, reviewId, before, std::nullopt,
                                      tr("Reset to the automatic classification")));
}

void ReviewActions::setStatus(std::int64_t reviewId, Status status)
{
    if (ready() && m_store->workflow().state(reviewId).status != status) {
        m_stack->push(new StatusCommand(*this, reviewId, status));
    }
}

void ReviewActions::setFollowUp(std::int64_t reviewId, std::optional<Timestamp> at)
{
    if (!ready()) {
        return;
    }
    const auto before = m_store->workflow().state(reviewId).followUpAt;
    if (before != at) {
        m_stack->push(new FollowUpCommand(*this, reviewId, before, at));
    }
}

void ReviewActions::addContact(const ContactEntry& entry)
{
    if (ready()) {
        m_stack->push(new ContactCommand(*this, entry));
    }
}

void ReviewActions::editReply(std::int64_t reviewId, const QString& text)
{
    if (!ready()) {
        return;
    }
    const auto draft = m_store->drafts().draft(reviewId);
    const std::string after = text.toStdString();
    if (draft && draft->text == after) {
        return;
    }
    m_stack->push(new DraftEditCommand(
        *this, reviewId, draft ? std::optional<std::string>(draft->text) : std::nullopt, after));
}

void ReviewActions::setReplyState(std::int64_t reviewId, DraftState state)
{
    if (!ready()) {
        return;
    }
    const auto draft = m_store->drafts().draft(reviewId);
    if (draft && draft->state != state) {
        m_stack->push(new DraftStateCommand(*this, reviewId, draft->state, state));
    }
}

void ReviewActions::setAppealOutcome(std::int64_t reviewId, const QString& outcome)
{
    if (!ready()) {
        return;
    }
    const std::string before = m_store->workflow().state(reviewId).appealOutcome;
    if (before != outcome.toStdString()) {
        m_stack->push(new AppealOutcomeCommand(*this, reviewId, before, outcome.toStdString()));
    }
}

} // namespace rd::gui
