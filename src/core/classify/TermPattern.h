#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rd {

// One string a term may match, already normalised (TextNormalizer), with the word-boundary
// checks done after the matcher reports it.
struct TermLiteral
{
    std::string text;
    bool startBoundary = true; // the character before must not be a letter or digit
    bool endBoundary = true;   // the character after must not be a letter or digit
    bool openStart = false;    // written "*x": the match grows back to the start of the word
    bool openEnd = false;      // written "x*": the match grows to the end of the word

    bool operator==(const TermLiteral&) const = default;
};

// One part of a term: alternative literals, and how it joins the part before it.
struct TermPiece
{
    std::vector<TermLiteral> alternatives;
    // true: right after the previous part, one space between ("пункт* выдачи");
    // false: later in the same clause, a few words between at most ("размер ... мал*").
    bool adjacent = false;
};

// A term of a rule file, parsed (docs/rules.md, "Terms"). A term is one or more variants
// (brace forms with a different shape expand into several); a variant is a sequence of parts
// that must occur in this order. A plain word or phrase is one variant of one part.
struct TermPattern
{
    using Variant = std::vector<TermPiece>;

    std::string written; // as in the rule file, for the evidence
    std::vector<Variant> variants;

    // Parses `written`. `allowPieces` permits parts ("a ... b", "word* word"); cues are plain.
    // On error returns nullopt and writes the reason (without file or line) to `error`.
    static std::optional<TermPattern> parse(std::string_view written, bool allowPieces,
                                            std::string& error);
};

} // namespace rd
