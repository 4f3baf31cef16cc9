#pragma once

#include "text/NormalizedText.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace rd {

// Normalises text for rule matching (docs/rules.md, "Normalisation"):
// - Unicode NFKC: full-width forms, compatibility ideographs, ligatures, circled and
//   mathematical letters, "…" become their plain equivalents, and a letter followed by
//   combining marks is composed (и + U+0306 -> й);
// - case folding (chars::fold, QChar folding for other scripts) and ё -> е;
// - every run of white space (including NBSP, ideographic space and control characters)
//   becomes one ASCII space, or one '\n' when it holds a line break (a sentence boundary);
//   zero-width characters, soft hyphens and BOMs vanish;
// - typographic apostrophes become ', typographic double quotes ", dashes -.
// Plain ASCII, Cyrillic, CJK ideographs, kana, Hangul and emoji take a fast path; only the
// rare characters that NFKC could change go through QString::normalized.
// Thread-safe (no state).
class TextNormalizer
{
public:
    // Appends the normalised form of the UTF-8 field `utf8` to `out` and records for every
    // byte written the code-point offset (within `utf8`) of the character it came from.
    // Returns the field's length in code points (ill-formed bytes count one each).
    static std::int32_t append(std::string_view utf8, NormalizedText& out);

    // Appends the field separator '\n' (a line break) that ends a field of `fieldLength` code
    // points.
    static void appendSeparator(NormalizedText& out, std::int32_t fieldLength);

    // The normalised form of `utf8` alone.
    static std::string normalize(std::string_view utf8);
};

} // namespace rd
