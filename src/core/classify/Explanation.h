#pragma once

#include "classify/RuleTarget.h"
#include "model/Classification.h"

#include <array>
#include <string>
#include <vector>

namespace rd {

// One match found while classifying, with what became of it.
struct ExplainedMatch
{
    Evidence evidence;  // weight: the rule's weight times `factor` (0 unless counted)
    std::string status; // "counted", "negated by 'не'", "excluded by 'быстр*'", "inside 'x'"
    double factor = 1.0; // contrast, concession and title factors applied to the match
};

// Everything Classifier::explain knows about one review: for rule authors and `--explain`.
struct Explanation
{
    Classification result;
    std::string normalizedText; // title and text as the matcher saw them (title first, '\n')
    bool positive = false;      // judged as a 4-5 star / positive review
    std::array<double, kRuleTargetCount> scores{}; // by RuleTarget
    std::vector<ExplainedMatch> matches;           // every match, in text order
};

} // namespace rd
