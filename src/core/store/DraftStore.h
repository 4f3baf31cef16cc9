#pragma once

#include "model/Draft.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace rd {

// Reply drafts and their history. Every change of text or state appends a history entry.
class DraftStore
{
public:
    virtual ~DraftStore() = default;

    virtual std::optional<ReplyDraft> draft(std::int64_t reviewId) = 0;
    // Stores a generated draft unless a person has edited the current one (returns false then).
    virtual bool saveGenerated(const ReplyDraft& draft) = 0;
    // Stores a person's edit of the text; the draft becomes human-edited.
    virtual void saveEdit(std::int64_t reviewId, const std::string& text, Timestamp at,
                          const std::string& by) = 0;
    virtual void setState(std::int64_t reviewId, DraftState state, Timestamp at,
                          const std::string& by) = 0;
    virtual std::vector<DraftHistoryEntry> history(std::int64_t reviewId) = 0;
};

} // namespace rd
