#pragma once

#include <string>

namespace rd {

// Who writes the replies and what they offer: the values of the template variables that do not
// come from the review (GUI settings; CLI --agent, --agent-title, --shop, --remedy).
struct DraftContext
{
    std::string agentName;
    std::string agentTitle;
    std::string shop;   // used when the review names no shop
    std::string remedy; // replaces the templates' default offer when set (a verb phrase)
};

} // namespace rd
