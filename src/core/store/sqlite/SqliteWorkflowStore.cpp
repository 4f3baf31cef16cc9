#include "store/sqlite/SqliteWorkflowStore.h"

#include "store/sqlite/SqliteConnection.h"
#include "store/sqlite/SqliteStatement.h"
#include "store/sqlite/SqliteTransaction.h"

namespace rd {
namespace {

bool isResolution(Status s)
{
    return s == Status::Resolved || s == Status::ReviewRevised || s == Status::Closed;
}

} // namespace

WorkflowState SqliteWorkflowStore::state(std::int64_t reviewId)
{
    auto st = m_connection.prepare(
        "SELECT status, assignee, first_response_at, follow_up_at, resolved_at,"
        " status_changed_at, appeal_outcome FROM workflow WHERE review_id = ?");
    st.bind(1, reviewId);
    WorkflowState w;
    if (st.step()) {
        w.status = statusFromKey(st.columnView(0)).value_or(Status::New);
        w.assignee = st.columnText(1);
        w.firstResponseAt = st.columnOptInt64(2);
        w.followUpAt = st.columnOptInt64(3);
        w.resolvedAt = st.columnOptInt64(4);
        w.statusChangedAt = st.columnInt64(5);
        w.appealOutcome = st.columnText(6);
    }
    return w;
}

void SqliteWorkflowStore::write(std::int64_t reviewId, const WorkflowState& w)
{
    auto st = m_connection.prepare(
        "INSERT OR REPLACE INTO workflow(review_id, status, assignee, first_response_at,"
        " follow_up_at, resolved_at, status_changed_at, appeal_outcome) VALUES(?,?,?,?,?,?,?,?)");
    st.bind(1, reviewId).bind(2, toKey(w.status)).bind(3, w.assignee).bind(4, w.firstResponseAt);
    st.bind(5, w.followUpAt).bind(6, w.resolvedAt).bind(7, w.statusChangedAt);
    st.bind(8, w.appealOutcome).run();
}

void SqliteWorkflowStore::setStatus(std::int64_t reviewId, Status status, Timestamp at,
                                    const std::string& by)
{
    SqliteTransaction tx(m_connection);
    WorkflowState w = state(reviewId);
    if (w.status == status) {
        return;
    }
    auto log = m_connection.prepare("INSERT INTO status_changes(review_id, from_status,"
                                    " to_status, at, by) VALUES(?,?,?,?,?)");
    log.bind(1, reviewId).bind(2, toKey(w.status)).bind(3, toKey(status)).bind(4, at);
    log.bind(5, by).run();
    if (!w.firstResponseAt && status != Status::New) {
        w.firstResponseAt = at;
    }
    if (isResolution(status)) {
        w.resolvedAt = at;
    } else if (status == Status::New || status == Status::InProgress ||
               status == Status::WaitingForBuyer) {
        w.resolvedAt.reset();
    }
    w.status = status;
    w.statusChangedAt = at;
    write(reviewId, w);
    tx.commit();
}

void SqliteWorkflowStore::setAssignee(std::int64_t reviewId, const std::string& assignee)
{
    SqliteTransaction tx(m_connection);
    WorkflowState w = state(reviewId);
    w.assignee = assignee;
    write(reviewId, w);
    tx.commit();
}

void SqliteWorkflowStore::setFollowUp(std::int64_t reviewId, std::optional<Timestamp> at)
{
    SqliteTransaction tx(m_connection);
    WorkflowState w = state(reviewId);
    w.followUpAt = at;
    write(reviewId, w);
    tx.commit();
}

void SqliteWorkflowStore::setAppealOutcome(std::int64_t reviewId, const std::string& outcome)
{
    SqliteTransaction tx(m_connection);
    WorkflowState w = state(reviewId);
    w.appealOutcome = outcome;
    write(reviewId, w);
    tx.commit();
}

void SqliteWorkflowStore::restoreState(std::int64_t reviewId, const WorkflowState& state)
{
    write(reviewId, state);
}

std::vector<StatusChange> SqliteWorkflowStore::statusHistory(std::int64_t reviewId)
{
    auto st = m_connection.prepare("SELECT from_status, to_status, at, by FROM status_changes"
                                   " WHERE review_id = ? ORDER BY id");
    st.bind(1, reviewId);
    std::vector<StatusChange> out;
    while (st.step()) {
        out.push_back({reviewId, statusFromKey(st.columnView(0)).value_or(Status::New),
                       statusFromKey(st.columnView(1)).value_or(Status::New), st.columnInt64(2),
                       st.columnText(3)});
    }
    return out;
}

std::int64_t SqliteWorkflowStore::addContact(const ContactEntry& e)
{
    auto st = m_connection.prepare("INSERT INTO contacts(review_id, channel, at, agent, offered,"
                                   " buyer_answer, note) VALUES(?,?,?,?,?,?,?)");
    st.bind(1, e.reviewId).bind(2, toKey(e.channel)).bind(3, e.at).bind(4, e.agent);
    st.bind(5, e.offered).bind(6, e.buyerAnswer).bind(7, e.note).run();
    return m_connection.lastInsertRowId();
}

void SqliteWorkflowStore::removeContact(std::int64_t contactId)
{
    auto st = m_connection.prepare("DELETE FROM contacts WHERE id = ?");
    st.bind(1, contactId).run();
}

std::vector<ContactEntry> SqliteWorkflowStore::contacts(std::int64_t reviewId)
{
    auto st = m_connection.prepare("SELECT id, channel, at, agent, offered, buyer_answer, note"
                                   " FROM contacts WHERE review_id = ? ORDER BY at, id");
    st.bind(1, reviewId);
    std::vector<ContactEntry> out;
    while (st.step()) {
        ContactEntry e;
        e.id = st.columnInt64(0);
        e.reviewId = reviewId;
        e.channel = contactChannelFromKey(st.columnView(1)).value_or(ContactChannel::Other);
        e.at = st.columnInt64(2);
        e.agent = st.columnText(3);
        e.offered = st.columnText(4);
        e.buyerAnswer = st.columnText(5);
        e.note = st.columnText(6);
        out.push_back(std::move(e));
    }
    return out;
}

} // namespace rd
