#pragma once

#include "model/Classification.h"

#include <string>
#include <string_view>
#include <vector>

namespace rd {

// The buyer's own words for their problem, taken from the classifier's evidence: the value of
// the {problem} template variable and the keys sub-reason templates are matched against.
//
// The evidence chosen is the strongest (highest weight) term that voted for the review's
// category and was not negated ("не сломан" never becomes the problem); ties go to the longer
// match, then the earlier one. Its words are widened to whole words and, when the clause around
// them is short, to that clause ("упаковка была надорвана", "物流太慢了"), with leading
// conjunctions ("но", "and", "但是"...) dropped. A long clause is first narrowed to the part
// between the joining words around the match ("и", "что", "but"...); if that is still long,
// the matched words alone are taken.
class ProblemPhrase
{
public:
    // The usable evidence of `target` ("product", ... or a flag), strongest first.
    static std::vector<const Evidence*> ranked(const std::vector<Evidence>& evidence,
                                               std::string_view target);

    // The phrase for the strongest evidence of `target`; "" when there is none.
    static std::string extract(const Review& review, const std::vector<Evidence>& evidence,
                               std::string_view target);
    // The phrase for one evidence item.
    static std::string phraseFor(const Review& review, const Evidence& evidence);

    // Case-folded keys of one evidence item for sub-reason patterns, most specific first: the
    // matched words (widened to whole words), each of them, the rule's term, the rule id.
    static std::vector<std::string> keys(const Review& review, const Evidence& evidence);

    // Code points [begin, end) of `text` as UTF-8 (clamped to the text).
    static std::string slice(std::string_view text, int begin, int end);
};

} // namespace rd
