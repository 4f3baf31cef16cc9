#include "model/Workflow.h"

#include <array>
#include <utility>

namespace rd {
namespace {
constexpr std::array<std::pair<ContactChannel, std::string_view>, 4> kChannelKeys{{
    {ContactChannel::Phone, "phone"},
    {ContactChannel::MarketplaceMessage, "marketplace"},
    {ContactChannel::Email, "email"},
    {ContactChannel::Other, "other"},
}};
} // namespace

std::string_view toKey(ContactChannel channel)
{
    for (const auto& [c, key] : kChannelKeys) {
        if (c == channel) {
            return key;
        }
    }
    return "other";
}

std::optional<ContactChannel> contactChannelFromKey(std::string_view key)
{
    for (const auto& [c, k] : kChannelKeys) {
        if (k == key) {
            return c;
        }
    }
    return std::nullopt;
}

} // namespace rd
