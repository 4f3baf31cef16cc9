#pragma once

#include "model/Review.h"

#include <string>
#include <vector>

namespace rd {

// What a rule term voted for: one of the categories, or one of the two flags.
enum class Flag
{
    Suspicious,
    Safety,
};

// One matched term: where it is in the original text and which rule it belongs to.
// Offsets are in Unicode code points of the original (not normalised) field, [begin, end).
struct Evidence
{
    std::string ruleId;
    std::string term;   // the rule's term as written in the rule file
    std::string target; // "product", ..., "other", "suspicious" or "safety"
    int begin = 0;
    int end = 0;
    double weight = 0.0;
    bool negated = false; // matched, but cancelled by a negation ("не сломан")
    bool inTitle = false; // offsets refer to the title rather than the text
};

// The classifier's automatic result for one review.
struct Classification
{
    Category category = Category::Other;
    std::vector<Category> also;
    bool suspicious = false;
    bool safety = false;
    double confidence = 0.0; // 0..1
    std::vector<Evidence> evidence;
    std::string rulesetVersion;
    Timestamp classifiedAt = 0;
};

// A person's correction. Kept apart from the automatic result, which re-classification may
// replace; the override always wins when the effective category is computed.
struct ClassificationOverride
{
    std::optional<Category> category;
    std::optional<bool> suspicious;
    std::optional<bool> safety;
    std::string by;
    Timestamp at = 0;
};

} // namespace rd
