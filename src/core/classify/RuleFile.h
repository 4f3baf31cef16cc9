#pragma once

#include "classify/Rule.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace rd {

// The content of one rule file, parsed and checked (RuleFileParser).
struct RuleFile
{
    // Additions to the negation and contrast words of one language.
    struct CuePatch
    {
        Language language = Language::Unknown;
        LanguageCues cues; // the lists are added to what earlier files gave
        std::optional<int> window;
        std::optional<int> afterWindow;
    };

    std::string name;                                  // for messages: path or resource name
    std::vector<Rule> rules;                           // the rules it defines, in file order
    std::vector<std::pair<std::string, int>> disabled; // ids it switches off, with their line
    std::vector<CuePatch> cues;
    std::vector<std::pair<std::string, double>> settings; // "minScore" -> 1.5, ...
};

} // namespace rd
