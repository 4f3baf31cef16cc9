#pragma once

#include "model/Review.h"

#include <string>
#include <vector>

namespace rd {

enum class DraftState
{
    Draft,
    Approved,
    Exported,
    Posted,
};

std::string_view toKey(DraftState state);
std::optional<DraftState> draftStateFromKey(std::string_view key);

// The current reply draft of a review.
struct ReplyDraft
{
    std::int64_t reviewId = 0;
    std::string templateId;
    int variant = 0;
    Language language = Language::Unknown;
    std::string text;
    DraftState state = DraftState::Draft;
    bool humanEdited = false;             // a person changed the text: never regenerate over it
    std::vector<std::string> missing;     // variables with no value and no fallback
    bool overLimit = false;               // longer than the platform's reply limit
    Timestamp createdAt = 0;
    Timestamp updatedAt = 0;
};

// One step in a draft's life: generated, edited, approved, exported, posted.
struct DraftHistoryEntry
{
    std::int64_t id = 0;
    std::int64_t reviewId = 0;
    Timestamp at = 0;
    std::string action; // "generated", "edited", "state"
    std::string text;
    DraftState state = DraftState::Draft;
    std::string by;
};

} // namespace rd
