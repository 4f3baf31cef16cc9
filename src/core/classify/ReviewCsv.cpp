#include "classify/ReviewCsv.h"

#include "import/CsvReader.h"
#include "import/ImportError.h"
#include "text/Utf8.h"

#include <cstdlib>

namespace rd {
namespace {

std::int64_t lineOfOffset(std::string_view text, std::size_t offset)
{
    std::int64_t line = 1;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        line += text[i] == '\n' ? 1 : 0;
    }
    return line;
}

} // namespace

std::string ReviewCsv::key(std::string_view s)
{
    std::string out(s);
    for (char& c : out) {
        c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
    }
    while (!out.empty() && (out.back() == ' ' || out.back() == '\t')) {
        out.pop_back();
    }
    while (!out.empty() && (out.front() == ' ' || out.front() == '\t')) {
        out.erase(out.begin());
    }
    return out;
}

bool ReviewCsv::findColumns(const std::vector<std::string_view>& header, Columns& c,
                            CsvProblem& problem, bool needText)
{
    c = Columns();
    c.count = header.size();
    for (std::size_t i = 0; i < header.size(); ++i) {
        const std::string name = key(header[i]);
        const int index = static_cast<int>(i);
        int* slot = name == "id"                                ? &c.id
                    : name == "text" || name == "review"        ? &c.text
                    : name == "title"                           ? &c.title
                    : name == "rating" || name == "stars"       ? &c.rating
                    : name == "sentiment" || name == "polarity" ? &c.sentiment
                    : name == "product"                         ? &c.product
                                                                : nullptr;
        if (slot && *slot < 0) {
            *slot = index;
        }
    }
    if (c.id < 0 || (needText && c.text < 0)) {
        std::string found;
        for (std::string_view h : header) {
            if (!found.empty()) {
                found += ',';
            }
            found.append(h);
        }
        problem = {1, std::string("the header needs the columns id") +
                          (needText ? " and text" : "") + " (found: " + found + ")"};
        return false;
    }
    return true;
}

bool ReviewCsv::parseRating(std::string_view field, Review& r, std::string& reason)
{
    const std::string v = key(field);
    if (v.empty()) {
        return true;
    }
    char* end = nullptr;
    const double stars = std::strtod(v.c_str(), &end);
    if (end == v.c_str() || *end != '\0' || stars < 1.0 || stars > 5.0) {
        reason = "rating '" + std::string(field) + "' is not a number from 1 to 5";
        return false;
    }
    r.rating = static_cast<int>(stars + 0.5);
    r.polarity = polarityFromRating(*r.rating);
    return true;
}

bool ReviewCsv::parseSentiment(std::string_view field, Review& r, std::string& reason)
{
    const std::string v = key(field);
    if (v.empty()) {
        return true;
    }
    if (v == "pos" || v == "positive" || v == "1") {
        r.polarity = r.rating ? r.polarity : Polarity::Positive;
    } else if (v == "neg" || v == "negative" || v == "0") {
        r.polarity = r.rating ? r.polarity : Polarity::Negative;
    } else if (v == "neu" || v == "neutral") {
        r.polarity = r.rating ? r.polarity : Polarity::Neutral;
    } else {
        reason = "sentiment '" + std::string(field) + "' is not pos, neg or neutral";
        return false;
    }
    return true;
}

bool ReviewCsv::checkUtf8(std::string_view text, CsvProblem& problem)
{
    if (utf8::isValid(text)) {
        return true;
    }
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t before = pos;
        if (utf8::next(text, pos) == utf8::kReplacement && pos - before == 1) {
            problem = {lineOfOffset(text, before),
                       "not UTF-8 text (convert it, or import it with `reviewdesk-cli import`, "
                       "which detects GBK and Windows-1251)"};
            return false;
        }
    }
    return true;
}

std::string_view ReviewCsv::withoutBom(std::string_view text)
{
    if (text.substr(0, 3) == "\xEF\xBB\xBF") {
        text.remove_prefix(3);
    }
    return text;
}

bool ReviewCsv::rowToReview(const std::vector<std::string_view>& fields, const Columns& cols,
                            Review& review, std::string& reason)
{
    review = Review();
    review.externalId = std::string(fields[static_cast<std::size_t>(cols.id)]);
    if (cols.text >= 0) {
        review.text = std::string(fields[static_cast<std::size_t>(cols.text)]);
    }
    if (cols.title >= 0) {
        review.title = std::string(fields[static_cast<std::size_t>(cols.title)]);
    }
    if (cols.product >= 0) {
        review.product = std::string(fields[static_cast<std::size_t>(cols.product)]);
    }
    if (key(review.externalId).empty()) {
        reason = "empty id";
        return false;
    }
    return (cols.rating < 0 ||
            parseRating(fields[static_cast<std::size_t>(cols.rating)], review, reason)) &&
           (cols.sentiment < 0 ||
            parseSentiment(fields[static_cast<std::size_t>(cols.sentiment)], review, reason));
}

bool ReviewCsv::readAll(std::string_view text, std::vector<Review>& reviews, CsvProblem& problem)
{
    text = withoutBom(text);
    if (!checkUtf8(text, problem)) {
        return false;
    }
    try {
        CsvReader reader(text, CsvReader::sniffDelimiter(text));
        std::vector<std::string_view> fields;
        Columns cols;
        if (!reader.next(fields)) {
            problem = {1, "the file is empty: it needs a header with id and text"};
            return false;
        }
        if (!findColumns(fields, cols, problem)) {
            return false;
        }
        Review review;
        while (reader.next(fields)) {
            if (fields.size() != cols.count) {
                problem = {reader.recordLine(), std::to_string(fields.size()) +
                                                    " fields where the header has " +
                                                    std::to_string(cols.count)};
                return false;
            }
            if (!rowToReview(fields, cols, review, problem.reason)) {
                problem.line = reader.recordLine();
                return false;
            }
            reviews.push_back(std::move(review));
        }
    } catch (const ImportError& e) {
        problem = {e.line(), e.what()};
        return false;
    }
    return true;
}

} // namespace rd
