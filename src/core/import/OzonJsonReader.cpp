#include "import/OzonJsonReader.h"
#include "util/JsonOverflow.h"

#include "import/DateParser.h"
#include "import/ImportError.h"
#include "import/ImportText.h"
#include "import/JsonReviewFields.h"
#include "import/ReviewSink.h"

#include <nlohmann/json.hpp>

#include <vector>

namespace rd {
namespace {

using nlohmann::json;

// The line on which each element of the review array starts: the array that is the document
// itself, or the value of a "reviews" member. JSON is scanned for brackets outside strings.
std::vector<std::int64_t> elementLines(std::string_view text)
{
    std::vector<std::int64_t> lines;
    std::vector<char> stack; // '{', '[' or 'T' (the review array)
    std::int64_t line = 1;
    std::string lastString;
    std::string pendingKey;
    bool valueExpected = false; // inside the review array, before an element
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\n') {
            ++line;
        } else if (c == '"') {
            const std::size_t start = i + 1;
            for (++i; i < text.size() && text[i] != '"'; ++i) {
                i += text[i] == '\\' ? 1 : 0;
            }
            lastString.assign(text.substr(start, i - start));
            if (!stack.empty() && stack.back() == 'T' && valueExpected) {
                lines.push_back(line);
                valueExpected = false;
            }
        } else if (c == ':') {
            pendingKey = lastString;
        } else if (c == '{' || c == '[') {
            if (!stack.empty() && stack.back() == 'T' && valueExpected) {
                lines.push_back(line);
                valueExpected = false;
            }
            const bool target =
                c == '[' && (stack.empty() || (stack.back() == '{' && pendingKey == "reviews"));
            stack.push_back(target ? 'T' : c);
            valueExpected = target;
            pendingKey.clear();
        } else if (c == '}' || c == ']') {
            if (!stack.empty()) {
                stack.pop_back();
            }
        } else if (c == ',') {
            valueExpected = !stack.empty() && stack.back() == 'T';
            pendingKey.clear();
        } else if (c != ' ' && c != '\t' && c != '\r' && !stack.empty() && stack.back() == 'T' &&
                   valueExpected) {
            lines.push_back(line); // a number or literal element
            valueExpected = false;
        }
    }
    return lines;
}

const json* member(const json& object, const char* key)
{
    auto it = object.find(key);
    return it == object.end() ? nullptr : &*it;
}

// Fills `r` from one review object; false with `reason` when it cannot be a review.
bool toReview(const json& o, Review& r, std::string& reason)
{
    const json* id = member(o, "id");
    r.externalId = id ? JsonReviewFields::scalar(*id) : std::string();
    if (r.externalId.empty()) {
        reason = "review without an \"id\"";
        return false;
    }
    const json* text = member(o, "text");
    ImportText::assignClean(r.text, text && text->is_string() ? text->get<std::string>() : "");
    r.title.clear();
    if (!JsonReviewFields::readRating(member(o, "rating"), r, reason)) {
        return false;
    }
    if (r.text.empty() && !r.rating) {
        reason = "neither text nor rating";
        return false;
    }
    r.publishedAt.reset();
    if (const json* at = member(o, "published_at"); at && !at->is_null()) {
        const std::string s = JsonReviewFields::scalar(*at);
        r.publishedAt = DateParser::parse(s);
        if (!r.publishedAt) {
            reason = "unparseable date " + at->dump();
            return false;
        }
    }
    const json* sku = member(o, "sku");
    r.sku = sku ? JsonReviewFields::scalar(*sku) : std::string();
    r.extraJson = JsonReviewFields::extra(o, {"id", "text", "rating", "published_at", "sku"});
    return true;
}

// The review array of the document, or an ImportError about its shape.
const json& reviewArray(const json& doc)
{
    const json* node = &doc;
    if (node->is_object() && node->contains("result") && (*node)["result"].is_object()) {
        node = &(*node)["result"];
    }
    if (node->is_object() && node->contains("reviews")) {
        node = &(*node)["reviews"];
        if (!node->is_array()) {
            throw ImportError("\"reviews\" is not an array", 1);
        }
    }
    if (!node->is_array()) {
        throw ImportError("not an Ozon review list: expected {\"reviews\": [...]} or an array"
                          " of review objects",
                          1);
    }
    return *node;
}

} // namespace

const char* const OzonJsonReader::kFields[] = {"id",   "sku",          "rating",
                                               "text", "published_at", nullptr};

bool OzonJsonReader::read(std::string_view text, ReviewSink& sink, Platform platform,
                          const std::string& shop)
{
    json doc;
    try {
        doc = json::parse(text.begin(), text.end());
    } catch (const json::parse_error& e) {
        const std::size_t at = e.byte ? e.byte - 1 : 0;
        throw ImportError("not valid JSON (" + JsonReviewFields::parseErrorReason(e) + ")",
                          JsonReviewFields::lineAt(text, at));
    } catch (const json::out_of_range& e) {
        throw ImportError("not valid JSON (" + JsonOverflow::reason(e.what()) + ")",
                          JsonOverflow::line(text, e.what()));
    }
    const json& reviews = reviewArray(doc);
    const std::vector<std::int64_t> lines = elementLines(text);
    for (std::size_t i = 0; i < reviews.size(); ++i) {
        const std::int64_t line = i < lines.size() ? lines[i] : 0;
        if (!reviews[i].is_object()) {
            throw ImportError("review " + std::to_string(i + 1) + " of the list is not an object",
                              line);
        }
    }
    Review r;
    std::string reason;
    for (std::size_t i = 0; i < reviews.size(); ++i) {
        const std::int64_t line = i < lines.size() ? lines[i] : 0;
        reason.clear();
        r.platform = platform;
        r.shop = shop;
        r.language = Language::Unknown;
        r.id = 0;
        if (toReview(reviews[i], r, reason)) {
            if (!sink.add(r, line)) {
                return false;
            }
        } else {
            sink.skip(line, reason);
        }
        const std::size_t nextOffset = (i + 1) * text.size() / reviews.size();
        if (!sink.progress(nextOffset)) {
            return false;
        }
    }
    return true;
}

} // namespace rd
