#pragma once

#include "model/Enums.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace rd {

// Milliseconds since the Unix epoch, UTC.
using Timestamp = std::int64_t;

// One buyer review as the store keeps it. Identity is (platform, externalId); for sources
// without an id the importer derives a stable key (docs/formats.md).
struct Review
{
    std::int64_t id = 0; // store row id; 0 until stored
    Platform platform = Platform::Other;
    std::string externalId;
    std::string shop;
    std::string sku;
    std::string product;
    std::string customerId;
    std::string customerName;
    std::string orderId;
    std::optional<int> rating; // 1..5 stars; empty when the source gives only a polarity or none
    Polarity polarity = Polarity::Unknown;
    std::string title;
    std::string text;
    Language language = Language::Unknown;
    std::optional<Timestamp> publishedAt;
    Timestamp importedAt = 0;
    std::int64_t batchId = 0;
    std::string sourceFile;
    std::string extraJson; // source fields without a column of their own, as a JSON object
};

// A change of rating or text seen when a newer export of an already stored review is imported.
struct ReviewRevision
{
    std::int64_t id = 0;
    std::int64_t reviewId = 0;
    Timestamp changedAt = 0;
    std::int64_t batchId = 0;
    std::optional<int> oldRating;
    std::optional<int> newRating;
    std::string oldText;
    std::string newText;
};

} // namespace rd
