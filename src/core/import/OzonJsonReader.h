#pragma once

#include "model/Enums.h"

#include <string>
#include <string_view>

namespace rd {

class ReviewSink;

// Reads Ozon Seller API review JSON: a /v1|v2/review/list response
// {"reviews": [...], "has_next": ..., "last_id": ...} (also wrapped in {"result": ...}), or a
// bare array of review objects as /v1/review/info returns them one by one. Fields: id, sku,
// text, published_at, rating, and the rest (status, order_status, comments_amount,
// photos_amount, videos_amount, is_rating_participant, ...) kept in the review's extra JSON.
// Invalid or truncated JSON and a document of another shape are an ImportError; a review
// object with a bad field is skipped with the line where it starts.
class OzonJsonReader
{
public:
    // Returns false when the sink stopped the reading.
    static bool read(std::string_view text, ReviewSink& sink, Platform platform,
                     const std::string& shop);

    // The field names shown as preview columns.
    static const char* const kFields[];
};

} // namespace rd
