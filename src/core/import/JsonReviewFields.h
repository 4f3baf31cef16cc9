#pragma once

#include "model/Review.h"

#include <nlohmann/json_fwd.hpp>

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>

namespace rd {

// Helpers shared by the Ozon JSON and Amazon JSONL readers.
class JsonReviewFields
{
public:
    // A string or number as text ("" for null, objects and arrays).
    static std::string scalar(const nlohmann::json& value);

    // Reads a rating given as a number or a string into review.rating / polarity. False with
    // `reason` when it is not a 1-5 rating. A missing or null rating leaves the review unrated.
    static bool readRating(const nlohmann::json* value, Review& review, std::string& reason);

    // The object's members other than `used`, as a JSON object text ("" when none).
    static std::string extra(const nlohmann::json& object,
                             std::initializer_list<std::string_view> used);

    // "syntax error while parsing value - unexpected end of input..." from a parse_error.
    static std::string parseErrorReason(const std::exception& error);

    static std::int64_t lineAt(std::string_view text, std::size_t offset);
};

} // namespace rd
