#pragma once

#include "classify/RuleDraft.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rd {

// The user rule file (AppPaths::userRulesFile) as the rule editor edits it: its rules, the
// built-in ids it switches off, and everything else of the file (description, language,
// languages, settings, unknown keys) kept as it was. Reading needs only valid JSON (comments
// allowed): a file that the rule parser rejects - a bad term, an unknown key - still opens, so
// that it can be corrected. toText() writes the whole file again as JSON; comments of the
// original are not kept (docs/rules.md, "Rule editor").
class UserRuleDocument
{
public:
    // An empty document (no rules).
    UserRuleDocument();

    // Parses `text`; nullopt with "line:column: reason" in `error` when it is no JSON object.
    static std::optional<UserRuleDocument> fromText(std::string_view text, std::string& error);

    // The file's text. `ruleLines`, if given, receives the 1-based line where each entry of
    // rules() starts (the disabled entries come first in the file, then the rules).
    std::string toText(std::vector<int>* ruleLines = nullptr) const;

    std::vector<RuleDraft>& rules() { return m_rules; }
    const std::vector<RuleDraft>& rules() const { return m_rules; }
    // Ids of earlier (built-in) rules the file switches off, in file order.
    const std::vector<std::string>& disabled() const { return m_disabled; }

    int indexOf(const std::string& id) const; // -1 when the file defines no such rule
    bool isDisabled(const std::string& id) const;
    void setDisabled(const std::string& id, bool disabled);

private:
    std::string m_other; // the file's other top-level keys, as a JSON object
    std::vector<RuleDraft> m_rules;
    std::vector<std::string> m_disabled;
};

} // namespace rd
