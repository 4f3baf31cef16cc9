#pragma once

#include "classify/Rule.h"
#include "classify/RuleFile.h"
#include "classify/RuleProblem.h"

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace rd {

// The merged rules of several files, in the order they were added: the built-in files first,
// then the user's file, which may replace a built-in rule (same id) or switch it off.
class RuleSet
{
public:
    // Adds the content of `file`. With `overriding` false (built-in files) a rule id that an
    // earlier file defined is an error and the later rule is left out; with `overriding` true
    // (the user's file) the later rule replaces the earlier one and "disabled" rules switch
    // earlier ones off. Problems are appended to `problems`.
    void add(const RuleFile& file, bool overriding, std::vector<RuleProblem>& problems);

    // Feeds the exact bytes of a file into the version hash; call once per file, in order.
    void addVersionInput(std::string_view content);

    const std::vector<Rule>& rules() const { return m_rules; }
    const LanguageCues& cues(Language language) const
    {
        return m_cues[static_cast<std::size_t>(language)];
    }
    const ScoringSettings& settings() const { return m_settings; }

    // "rs-" and 12 hex digits of a SHA-256 over the files' bytes: equal rule files give equal
    // versions on every machine.
    std::string version() const;

private:
    void applySetting(const std::string& key, double value);

    std::vector<Rule> m_rules;
    std::array<LanguageCues, 4> m_cues;
    ScoringSettings m_settings;
    std::string m_digests; // SHA-256 of each file, concatenated
};

} // namespace rd
