#pragma once

#include "model/Review.h"

#include <cstdint>
#include <string>

namespace rd {

// Where the format readers deliver what they read: reviews, skipped rows, and how far they
// are. The store writer (ImportBatchWriter) and the preview collector implement it.
class ReviewSink
{
public:
    virtual ~ReviewSink() = default;

    // A review read from the record starting on `line`. The reader reuses `review` for the
    // next record. Returns false to stop reading (cancelled, or a preview has enough rows).
    virtual bool add(Review& review, std::int64_t line) = 0;
    // A record that cannot become a review, with the reason shown in the import summary.
    virtual void skip(std::int64_t line, const std::string& reason) = 0;
    // Called after every record with the offset reached in the decoded text; false stops.
    virtual bool progress(std::size_t textOffset) = 0;
};

} // namespace rd
