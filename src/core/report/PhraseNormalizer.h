#pragma once

#include <string>
#include <string_view>

namespace rd {

// The grouping key of a matched rule term in the report's phrase table. The term is taken as
// the rule file writes it (e.g. "маломер*", "runs small", "尺码偏小"), case-folded with ё as е
// and full-width as half-width; wildcard and punctuation characters separate words; each
// Russian or English word is reduced by LightStemmer; runs of CJK characters stay as they are.
// "Маломерит", "маломерят" and "маломер*" share the key "маломер"; "runs small" and "run small"
// share "run small". Returns "" for a term with no letters or digits.
class PhraseNormalizer
{
public:
    static std::string key(std::string_view term);
};

} // namespace rd
