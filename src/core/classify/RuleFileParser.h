#pragma once

#include "classify/RuleFile.h"
#include "classify/RuleProblem.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rd {

// Reads one rule file (JSON with // and /* */ comments; format in docs/rules.md) and checks
// everything it can on its own: syntax, keys, targets, weights, languages and every term.
// Problems carry the file name, the line and the reason.
class RuleFileParser
{
public:
    // The parsed file, or nullopt when it has errors (a file is accepted or rejected whole).
    // Every problem found, errors and warnings, is appended to `problems`.
    static std::optional<RuleFile> parse(std::string_view text, const std::string& name,
                                         std::vector<RuleProblem>& problems);

    // The value "format" must have when a file names it.
    static constexpr const char* kFormat = "reviewdesk-rules/1";
};

} // namespace rd
