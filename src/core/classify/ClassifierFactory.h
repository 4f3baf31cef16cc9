#pragma once

#include "classify/Classifier.h"
#include "classify/RuleProblem.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace rd {

// Where the rules come from.
struct RuleSources
{
    // Folder of the built-in rule files (*.json, read in name order). Empty: the ones compiled
    // into the program (Qt resources ":/rules/").
    std::string builtinDir;
    // The user's rule file, which extends the built-in rules and may replace or switch off
    // built-in rules (same id). Empty: none. A missing file is not a problem.
    std::string userFile;
    // The user file's content given directly (the rule editor's draft): used instead of reading
    // `userFile`, which then only names it in messages; no last-good copy is read or written,
    // so a rejected draft leaves `rejected` set and the built-in rules alone in the classifier.
    std::optional<std::string> userText;
    // Keep a copy of the last user file that loaded ("<userFile>.last-good") and fall back to
    // it when the user file is broken, so the last good rules stay in force.
    bool keepLastGood = true;
    // Further files with the same powers as the user file, applied after it (CLI --rules). A
    // broken one is rejected like a broken user file, without a fallback copy.
    std::vector<std::string> extraFiles;

    // The built-in rules and the user file of the app-data folder (AppPaths::userRulesFile).
    static RuleSources standard();
};

// The outcome of loading rules: always a usable classifier (at worst the built-in rules alone)
// and the problems of the files that were rejected (errors) or merely odd (warnings).
struct ClassifierLoad
{
    std::shared_ptr<const Classifier> classifier;
    std::vector<RuleProblem> problems;
    std::vector<std::string> filesUsed; // in the order they were applied
    bool rejected = false;              // some user or extra file was rejected

    bool hasErrors() const
    {
        for (const RuleProblem& p : problems) {
            if (!p.warning) {
                return true;
            }
        }
        return false;
    }
};

// Loads built-in and user rules and builds the classifier (docs/rules.md, "Files").
class ClassifierFactory
{
public:
    // Throws std::runtime_error only when even the built-in rules cannot be compiled.
    static ClassifierLoad load(const RuleSources& sources = RuleSources::standard());
};

} // namespace rd
