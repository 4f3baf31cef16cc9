#include "reply/DraftWorkflow.h"

#include "store/DraftStore.h"
#include "store/ReviewStore.h"
#include "store/WorkflowStore.h"

namespace rd {

DraftWorkflow::DraftWorkflow(ReviewStore& store, std::string by)
    : m_store(store), m_by(std::move(by))
{
}

bool DraftWorkflow::isComplete(const ReplyDraft& draft)
{
    return draft.missing.empty() && draft.text.find_first_not_of(" \t\r\n") != std::string::npos;
}

DraftTransitionResult DraftWorkflow::approve(const std::vector<std::int64_t>& ids, std::int64_t now)
{
    return move(ids, DraftState::Approved, now);
}

DraftTransitionResult DraftWorkflow::markExported(const std::vector<std::int64_t>& ids,
                                                  std::int64_t now)
{
    return move(ids, DraftState::Exported, now);
}

DraftTransitionResult DraftWorkflow::markPosted(const std::vector<std::int64_t>& ids,
                                                std::int64_t now)
{
    return move(ids, DraftState::Posted, now);
}

DraftTransitionResult DraftWorkflow::move(const std::vector<std::int64_t>& ids, DraftState target,
                                          std::int64_t now)
{
    DraftTransitionResult result;
    m_store.runInTransaction([&]() {
        DraftTransitionResult r;
        for (std::int64_t id : ids) {
            const auto draft = m_store.drafts().draft(id);
            if (!draft) {
                ++r.noDraft;
            } else if (draft->state == target) {
                ++r.unchanged;
            } else if (static_cast<int>(draft->state) > static_cast<int>(target)) {
                ++r.wrongState;
            } else if (!isComplete(*draft)) {
                ++r.needsInput;
            } else {
                m_store.drafts().setState(id, target, now, m_by);
                if (target == DraftState::Posted &&
                    m_store.workflow().state(id).status == Status::New) {
                    m_store.workflow().setStatus(id, Status::InProgress, now, m_by);
                }
                ++r.changed;
                r.changedIds.push_back(id);
            }
        }
        result = std::move(r);
    });
    return result;
}

} // namespace rd
