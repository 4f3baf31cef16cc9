#pragma once

#include "model/Enums.h"

#include <map>
#include <string_view>

namespace rd {

// The longest reply each marketplace takes, in characters (Unicode code points, which is how
// Taobao counts its 500 Chinese characters). 0 means no limit. Defaults (docs/templates.md):
// Taobao 500 (documented); Ozon, Wildberries, Amazon and other 1000 (no documented maximum:
// long enough for a full reply, short enough to be read on a phone). The template files'
// "limits" object overrides them. A draft over the limit is flagged, never cut.
class ReplyLimits
{
public:
    ReplyLimits();

    int limit(Platform platform) const;
    void setLimit(Platform platform, int maxChars);

    // Length as the limit counts it.
    static int length(std::string_view text);
    bool exceeds(Platform platform, std::string_view text) const;

private:
    std::map<Platform, int> m_limits;
};

} // namespace rd
