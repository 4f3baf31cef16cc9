#pragma once

#include "classify/RuleTarget.h"
#include "classify/TermPattern.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace rd {

// Bit set of languages (1 << Language), as rules and negation cues use it.
using LanguageMask = std::uint8_t;
inline constexpr LanguageMask kAnyLanguage = 0x0F;
inline constexpr LanguageMask languageBit(Language language)
{
    return static_cast<LanguageMask>(1u << static_cast<unsigned>(language));
}

// One rule of a rule file (docs/rules.md): the terms that vote for a category or a flag.
struct Rule
{
    std::string id;
    RuleTarget target = RuleTarget::Other;
    double weight = 1.0;
    // A flag rule may vote for a category too, with the same weight ("safety" -> "product").
    std::optional<RuleTarget> category;
    LanguageMask languages = kAnyLanguage; // the language(s) its terms are written in
    std::vector<TermPattern> terms;
    std::vector<TermPattern> exclude;       // a match inside one of these phrases is cancelled
    std::vector<TermPattern> excludeClause; // ...or in a clause that contains one of these
    std::vector<TermPattern> excludeReview; // ...or in a review that contains one of these
    bool negatable = true;                  // negation cues cancel its matches
    std::string note;
    std::string file; // where it was defined
    int line = 0;
};

// Negation and contrast words of one language.
struct LanguageCues
{
    std::vector<TermPattern> negationBefore; // "не", "not", "没有": cancel a term shortly after
    std::vector<TermPattern> negationAfter; // "нет" in "брака нет": cancel a term just before
    std::vector<TermPattern> negationIgnore; // "не только", "not only": not a negation
    std::vector<TermPattern> contrast;       // "но", "but", "但是": the part after counts more
    std::vector<TermPattern> concession; // "хотя", "although", "虽然": its clause counts less
    int window = 2;      // words (or CJK characters) allowed between a cue and the term after it
    int afterWindow = 1; // the same for cues after the term
};

// How scores turn into a result (docs/rules.md, "Scoring"). Defaults are the documented ones.
struct ScoringSettings
{
    double minScore = 1.0;         // a category needs this much to be chosen, else "other"
    double positiveMinScore = 2.0; // the same for 4-5 star or positive reviews
    double alsoMinScore = 1.0;     // a further category needs this much to be listed in "also"
    double alsoRatio = 0.0;        // ...and this share of the primary category's score
    double flagMinScore = 1.0;     // a flag needs this much to be set
    double repeatFactor = 0.5;     // each further match of the same rule counts this much less
    double contrastBefore = 0.5;   // factor for matches before "but" in the same sentence
    double contrastAfter = 1.5;    // factor for matches after "but" in the same sentence
    double concessionFactor = 0.5; // factor for matches in an "although" clause
    double titleFactor = 1.0;      // factor for matches in the title
    int phraseGap = 6;             // words allowed between the parts of a "a ... b" term
    int maxEvidence = 200;         // evidence entries kept per review
};

} // namespace rd
