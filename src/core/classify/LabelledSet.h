#pragma once

#include "model/Enums.h"
#include "model/Review.h"

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace rd {

// A labelled review file that cannot be used: "file:line: reason" (line 0: the whole file).
class LabelError : public std::runtime_error
{
public:
    LabelError(std::string file, std::int64_t line, std::string reason);
    const std::string& file() const { return m_file; }
    std::int64_t line() const { return m_line; }
    const std::string& reason() const { return m_reason; }

private:
    std::string m_file;
    std::int64_t m_line;
    std::string m_reason;
};

// The correct answer for one review.
struct Label
{
    std::string id; // the review's id in the data file (external id in a store)
    Category category = Category::Other;
    std::vector<Category> also;
    bool suspicious = false;
    bool safety = false;
    std::int64_t line = 0; // where it is in the labelled file
};

// A labelled file in the taxonomy's format (taxonomy.md: header id,category,also,suspicious,
// safety; UTF-8, `,` `;` or tab). `id` and `category` are required; `also`, `suspicious` and
// `safety` may be left out (then nothing is listed / no flag). When the file also has a `text`
// column (and optionally title, rating, sentiment, as ReviewCsv reads them) it carries its own
// reviews and needs no other source of texts. Everything is checked: an unknown category, a
// flag other than 0/1, a repeated id, a row with another number of fields, bytes that are not
// UTF-8 - each is a LabelError with the line.
struct LabelledSet
{
    std::string name;
    std::vector<Label> labels;
    bool hasFlags = false;       // both flag columns are present
    bool hasTexts = false;       // the file has a text column: `reviews` is filled
    std::vector<Review> reviews; // with hasTexts: one per label, in the same order

    static LabelledSet read(std::string_view text, const std::string& name);
    static LabelledSet readFile(const std::string& path); // name: the path
};

} // namespace rd
