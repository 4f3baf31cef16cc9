#pragma once

#include "model/Review.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace rd {

// A problem in a CSV of reviews or of labels: the 1-based line and the reason.
struct CsvProblem
{
    std::int64_t line = 0;
    std::string reason;
};

// The CSV of reviews that `reviewdesk-cli classify --input` and the rule editor's evaluation
// read (docs/rules.md): UTF-8, a header with at least `id` and `text` (also `review`); `title`,
// `rating` (or `stars`; 1-5, decimals rounded), `sentiment` (or `polarity`) and `product` are
// used when present, other columns are ignored.
class ReviewCsv
{
public:
    // Columns of the input, by header name; -1 when absent.
    struct Columns
    {
        int id = -1;
        int text = -1;
        int title = -1;
        int rating = -1;
        int sentiment = -1;
        int product = -1;
        std::size_t count = 0;
    };

    // Finds the columns of `header`; false (with line 1 and the reason) when id or text is
    // missing and `needText` is true.
    static bool findColumns(const std::vector<std::string_view>& header, Columns& columns,
                            CsvProblem& problem, bool needText = true);
    // One data row as a review; false with the reason when a field is unusable.
    static bool rowToReview(const std::vector<std::string_view>& fields, const Columns& columns,
                            Review& review, std::string& reason);
    // "" or "1".."5" (decimals rounded) into the review's rating and polarity.
    static bool parseRating(std::string_view field, Review& review, std::string& reason);
    // "pos", "neg", "neutral" (and synonyms) into the polarity of a review without stars.
    static bool parseSentiment(std::string_view field, Review& review, std::string& reason);
    // False with the line of the first byte that is not UTF-8.
    static bool checkUtf8(std::string_view text, CsvProblem& problem);
    // `text` without a leading UTF-8 byte-order mark.
    static std::string_view withoutBom(std::string_view text);
    // Reads every row of a CSV of reviews (BOM skipped, delimiter sniffed); false with the
    // line and reason of the first problem (then `reviews` holds the rows before it).
    static bool readAll(std::string_view text, std::vector<Review>& reviews, CsvProblem& problem);
    // Lower case (ASCII) without surrounding blanks: how header names and keys are compared.
    static std::string key(std::string_view field);
};

} // namespace rd
