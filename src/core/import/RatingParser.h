#pragma once

#include "model/Enums.h"

#include <optional>
#include <string>
#include <string_view>

namespace rd {

// A rating cell read: stars, or only a polarity, or nothing (an empty cell).
struct RatingValue
{
    std::optional<int> stars;
    Polarity polarity = Polarity::Unknown;
    bool empty() const { return !stars && polarity == Polarity::Unknown; }
};

// Reads the ratings review files carry (docs/formats.md, "Ratings"): 1-5 stars as "4", "4.0",
// "4,5" (rounded half up), "5/5", "8/10", "4 out of 5 stars", "4 звезды", "4星", "★★★☆☆";
// or a polarity word (好评/中评/差评, положительный/нейтральный/отрицательный,
// positive/neutral/negative, pos/neu/neg). In a label column (sentiment, label) the digits
// 1 and 0 mean positive and negative.
class RatingParser
{
public:
    // False with `reason` set when the cell holds something that is not a rating (a stars
    // value out of 1-5, an unknown word). An empty cell parses to an empty value.
    static bool parse(std::string_view cell, bool labelColumn, RatingValue& out,
                      std::string& reason);

    // A polarity word alone ("差评", "negative", "pos"), or nullopt.
    static std::optional<Polarity> polarityWord(std::string_view word);
};

} // namespace rd
