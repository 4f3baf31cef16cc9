#include "model/Draft.h"

#include <array>
#include <utility>

namespace rd {
namespace {
constexpr std::array<std::pair<DraftState, std::string_view>, 4> kStateKeys{{
    {DraftState::Draft, "draft"},
    {DraftState::Approved, "approved"},
    {DraftState::Exported, "exported"},
    {DraftState::Posted, "posted"},
}};
} // namespace

std::string_view toKey(DraftState state)
{
    for (const auto& [s, key] : kStateKeys) {
        if (s == state) {
            return key;
        }
    }
    return "draft";
}

std::optional<DraftState> draftStateFromKey(std::string_view key)
{
    for (const auto& [s, k] : kStateKeys) {
        if (k == key) {
            return s;
        }
    }
    return std::nullopt;
}

} // namespace rd
