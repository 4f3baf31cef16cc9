#pragma once

#include "store/WorkflowStore.h"

namespace rd {

class SqliteConnection;

class SqliteWorkflowStore : public WorkflowStore
{
public:
    explicit SqliteWorkflowStore(SqliteConnection& connection)
        : m_connection(connection)
    {
    }

    WorkflowState state(std::int64_t reviewId) override;
    void setStatus(std::int64_t reviewId, Status status, Timestamp at,
                   const std::string& by) override;
    void setAssignee(std::int64_t reviewId, const std::string& assignee) override;
    void setFollowUp(std::int64_t reviewId, std::optional<Timestamp> at) override;
    void setAppealOutcome(std::int64_t reviewId, const std::string& outcome) override;
    void restoreState(std::int64_t reviewId, const WorkflowState& state) override;
    std::vector<StatusChange> statusHistory(std::int64_t reviewId) override;

    std::int64_t addContact(const ContactEntry& entry) override;
    void removeContact(std::int64_t contactId) override;
    std::vector<ContactEntry> contacts(std::int64_t reviewId) override;

private:
    void write(std::int64_t reviewId, const WorkflowState& state);

    SqliteConnection& m_connection;
};

} // namespace rd
