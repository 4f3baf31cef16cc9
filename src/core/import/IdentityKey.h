#pragma once

#include "model/Review.h"

#include <string>
#include <string_view>

namespace rd {

// Identity of reviews whose source has no review id (docs/formats.md, "Identity").
//
// A CSV record without an id gets "k1:" + 32 hex digits of SHA-256 over the fields that stay
// the same when the marketplace exports the review again: order id, SKU, product, customer id,
// customer name and publication time. Rating and text are left out on purpose: they are what
// a buyer changes, and a changed review must be recognised as the same review (a revision).
// Only when none of order id, customer and date is present is the text (with the title) used,
// as the one thing that tells such reviews apart; an edited text then reads as a new review.
class IdentityKey
{
public:
    // Sets review.externalId from the review's other fields.
    static void assignForRecord(Review& review);

    // Amazon Reviews 2023: "user_id|asin|timestamp", e.g. "AE3Q...|B07X...|1588687728923".
    static std::string amazon(std::string_view userId, std::string_view asin,
                              std::int64_t timestampMs);
};

} // namespace rd
