#pragma once

#include "model/Draft.h"

#include <cstdint>
#include <string>
#include <vector>

namespace rd {

class ReviewStore;

struct DraftTransitionResult
{
    std::int64_t changed = 0;
    std::int64_t unchanged = 0;  // already in the target state
    std::int64_t noDraft = 0;    // the review has no draft
    std::int64_t needsInput = 0; // refused: values still missing, or empty text
    std::int64_t wrongState = 0; // refused: the draft is past the target state
    std::vector<std::int64_t> changedIds;
};

// The life of a draft after it is written: draft -> approved -> exported -> posted. Each call
// changes many drafts in one transaction and records every change in the draft's history.
// A draft still needing input can be neither approved nor exported nor posted. Posting a reply
// is the team's first response: a review still `new` moves to `in_progress` (which stamps the
// first-response time the reports use).
class DraftWorkflow
{
public:
    DraftWorkflow(ReviewStore& store, std::string by);

    // draft -> approved.
    DraftTransitionResult approve(const std::vector<std::int64_t>& reviewIds, std::int64_t now);
    // draft or approved -> exported.
    DraftTransitionResult markExported(const std::vector<std::int64_t>& reviewIds,
                                       std::int64_t now);
    // draft, approved or exported -> posted.
    DraftTransitionResult markPosted(const std::vector<std::int64_t>& reviewIds, std::int64_t now);

    // True when the draft can leave the draft state: text present, nothing missing.
    static bool isComplete(const ReplyDraft& draft);

private:
    DraftTransitionResult move(const std::vector<std::int64_t>& reviewIds, DraftState target,
                               std::int64_t now);

    ReviewStore& m_store;
    std::string m_by;
};

} // namespace rd
