#include "import/JsonReviewFields.h"

#include "import/RatingParser.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

namespace rd {

using nlohmann::json;

std::string JsonReviewFields::scalar(const json& v)
{
    if (v.is_string()) {
        return v.get<std::string>();
    }
    if (v.is_number_integer() || v.is_number_unsigned()) {
        return v.dump();
    }
    if (v.is_number_float()) {
        const double d = v.get<double>();
        return d == std::floor(d) && std::abs(d) < 1e15 ? std::to_string(std::int64_t(d))
                                                        : v.dump();
    }
    if (v.is_boolean()) {
        return v.get<bool>() ? "true" : "false";
    }
    return {};
}

bool JsonReviewFields::readRating(const json* value, Review& review, std::string& reason)
{
    review.rating.reset();
    review.polarity = Polarity::Unknown;
    if (!value || value->is_null()) {
        return true;
    }
    std::string cell;
    if (value->is_number()) {
        cell = value->dump();
    } else if (value->is_string()) {
        cell = value->get<std::string>();
    } else {
        reason = "rating " + value->dump() + " is not a number";
        return false;
    }
    RatingValue r;
    if (!RatingParser::parse(cell, false, r, reason)) {
        return false;
    }
    review.rating = r.stars;
    review.polarity = r.polarity;
    return true;
}

std::string JsonReviewFields::extra(const json& object,
                                    std::initializer_list<std::string_view> used)
{
    json out = json::object();
    for (const auto& [key, value] : object.items()) {
        if (std::find(used.begin(), used.end(), key) == used.end() && !value.is_null()) {
            out[key] = value;
        }
    }
    return out.empty() ? std::string() : out.dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string JsonReviewFields::parseErrorReason(const std::exception& error)
{
    std::string what = error.what();
    // "[json.exception.parse_error.101] parse error at line 1, column 5: syntax error ..."
    if (auto colon = what.find(": ");
        what.rfind("[json.exception", 0) == 0 && colon != std::string::npos) {
        what = what.substr(colon + 2);
    }
    return what;
}

std::int64_t JsonReviewFields::lineAt(std::string_view text, std::size_t offset)
{
    offset = std::min(offset, text.size());
    return 1 + std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset), '\n');
}

} // namespace rd
