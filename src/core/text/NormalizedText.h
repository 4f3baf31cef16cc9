#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace rd {

// Text prepared for matching (TextNormalizer) together with the way back to the original:
// `origin[i]` is the code-point offset, in the original field, of the character that produced
// byte `i` of `text`. One buffer may hold several fields (title, then text) separated by '\n';
// the offsets of each field start at 0. `origin` has one entry more than `text` (a sentinel:
// the length of the last field in code points) once finish() has been called.
struct NormalizedText
{
    std::string text;
    std::vector<std::int32_t> origin;

    void clear()
    {
        text.clear();
        origin.clear();
    }

    // Ends the last field: `fieldLength` is its length in code points (as returned by
    // TextNormalizer::append).
    void finish(std::int32_t fieldLength) { origin.push_back(fieldLength); }

    // Maps the byte range [begin, end) of `text` (end > begin, end <= text.size()) to the
    // code-point range [first, last) of the original field it lies in. A range that starts or
    // ends inside the expansion of one original character (a ligature, "…" -> "...") covers that
    // whole character.
    std::pair<int, int> originalSpan(std::size_t begin, std::size_t end) const
    {
        const int first = origin[begin];
        int last = origin[end];
        if (last <= origin[end - 1]) {
            last = origin[end - 1] + 1;
        }
        return {first, last};
    }
};

} // namespace rd
