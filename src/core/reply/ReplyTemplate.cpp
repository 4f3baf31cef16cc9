#include "reply/ReplyTemplate.h"

#include <algorithm>
#include <array>
#include <utility>

namespace rd {
namespace {
constexpr std::array<std::pair<TemplateKind, std::string_view>, 4> kKindKeys{{
    {TemplateKind::Complaint, "complaint"},
    {TemplateKind::Positive, "positive"},
    {TemplateKind::Suspicious, "suspicious"},
    {TemplateKind::Safety, "safety"},
}};
} // namespace

std::string_view toKey(TemplateKind kind)
{
    for (const auto& [k, key] : kKindKeys) {
        if (k == kind) {
            return key;
        }
    }
    return "complaint";
}

std::optional<TemplateKind> templateKindFromKey(std::string_view key)
{
    for (const auto& [k, name] : kKindKeys) {
        if (name == key) {
            return k;
        }
    }
    return std::nullopt;
}

bool ReplyTemplate::appliesTo(Platform platform) const
{
    return platforms.empty() ||
           std::find(platforms.begin(), platforms.end(), platform) != platforms.end();
}

const std::vector<TemplateText>* ReplyTemplate::variantsFor(Language language) const
{
    auto it = variants.find(language);
    return it == variants.end() || it->second.empty() ? nullptr : &it->second;
}

} // namespace rd
