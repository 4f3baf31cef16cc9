#pragma once

#include <string>

namespace rd {

// Strips inflectional endings so that forms of one word group together in the report's phrase
// table ("маломерит", "маломерят" -> "маломер"; "runs", "running" -> "run"). Words must be
// case-folded already (ё as е). Russian follows step 1, 2 and 4 of the Snowball Russian
// stemmer; English follows step 1 of Porter's algorithm (plurals, -ed, -ing, final -y). Other
// scripts are returned unchanged. A grouping key, not a linguistic analysis.
class LightStemmer
{
public:
    static std::u32string stem(const std::u32string& word);
    static std::u32string stemRussian(std::u32string word);
    static std::u32string stemEnglish(std::u32string word);
};

} // namespace rd
