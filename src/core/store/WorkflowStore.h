#pragma once

#include "model/Workflow.h"

#include <cstdint>
#include <vector>

namespace rd {

// Status workflow, assignment, follow-ups and the contact log of each review.
class WorkflowStore
{
public:
    virtual ~WorkflowStore() = default;

    virtual WorkflowState state(std::int64_t reviewId) = 0;
    // Moves to `status`, stamping the first response (first move away from New), the resolved
    // time (Resolved, ReviewRevised, Closed) and the change history.
    virtual void setStatus(std::int64_t reviewId, Status status, Timestamp at,
                           const std::string& by) = 0;
    virtual void setAssignee(std::int64_t reviewId, const std::string& assignee) = 0;
    virtual void setFollowUp(std::int64_t reviewId, std::optional<Timestamp> at) = 0;
    virtual void setAppealOutcome(std::int64_t reviewId, const std::string& outcome) = 0;
    // Writes a whole state back as it was (used by undo).
    virtual void restoreState(std::int64_t reviewId, const WorkflowState& state) = 0;
    virtual std::vector<StatusChange> statusHistory(std::int64_t reviewId) = 0;

    virtual std::int64_t addContact(const ContactEntry& entry) = 0;
    virtual void removeContact(std::int64_t contactId) = 0;
    virtual std::vector<ContactEntry> contacts(std::int64_t reviewId) = 0;
};

} // namespace rd
