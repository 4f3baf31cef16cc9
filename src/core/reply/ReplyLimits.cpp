#include "reply/ReplyLimits.h"

#include "text/Utf8.h"

namespace rd {

ReplyLimits::ReplyLimits()
    : m_limits{{Platform::Taobao, 500},
               {Platform::Ozon, 1000},
               {Platform::Wildberries, 1000},
               {Platform::Amazon, 1000},
               {Platform::Other, 1000}}
{
}

int ReplyLimits::limit(Platform platform) const
{
    auto it = m_limits.find(platform);
    return it == m_limits.end() ? 0 : it->second;
}

void ReplyLimits::setLimit(Platform platform, int maxChars)
{
    m_limits[platform] = maxChars < 0 ? 0 : maxChars;
}

int ReplyLimits::length(std::string_view text)
{
    return static_cast<int>(utf8::length(text));
}

bool ReplyLimits::exceeds(Platform platform, std::string_view text) const
{
    const int max = limit(platform);
    return max > 0 && length(text) > max;
}

} // namespace rd
