#pragma once

#include "model/Enums.h"

#include <string>
#include <string_view>

namespace rd {

class ReviewSink;

// Reads Amazon Reviews 2023 JSONL, one review object per line: rating (1-5, a float), title,
// text (its <br /> tags become line breaks), asin (-> SKU), user_id (-> customer id),
// timestamp (Unix ms), and the rest (parent_asin, images, verified_purchase, helpful_vote...)
// kept in the review's extra JSON. Identity: user_id|asin|timestamp (IdentityKey::amazon),
// or a "review_id" member when the file has one.
// The first record must be a JSON object, or the file is not JSONL and is rejected; a later
// line that is not valid JSON (a truncated last line, a stray edit) is skipped with its line
// number, the rest is imported.
class AmazonJsonlReader
{
public:
    // Returns false when the sink stopped the reading.
    static bool read(std::string_view text, ReviewSink& sink, Platform platform,
                     const std::string& shop);

    static const char* const kFields[];
};

} // namespace rd
