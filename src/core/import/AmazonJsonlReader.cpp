#include "import/AmazonJsonlReader.h"
#include "util/JsonOverflow.h"

#include "import/DateParser.h"
#include "import/IdentityKey.h"
#include "import/ImportError.h"
#include "import/ImportText.h"
#include "import/JsonReviewFields.h"
#include "import/ReviewSink.h"

#include <nlohmann/json.hpp>

namespace rd {
namespace {

using nlohmann::json;

const json* member(const json& object, const char* key)
{
    auto it = object.find(key);
    return it == object.end() || it->is_null() ? nullptr : &*it;
}

// Amazon texts carry HTML line breaks: "<br />", "<br/>", "<br>".
void replaceBreaks(std::string& s)
{
    std::size_t at = s.find("<br");
    if (at == std::string::npos) {
        return;
    }
    std::string out;
    std::size_t from = 0;
    while (at != std::string::npos) {
        std::size_t end = at + 3;
        while (end < s.size() && (s[end] == ' ' || s[end] == '/')) {
            ++end;
        }
        if (end < s.size() && s[end] == '>') {
            out.append(s, from, at - from);
            out += '\n';
            from = end + 1;
        } else {
            out.append(s, from, end - from);
            from = end;
        }
        at = s.find("<br", from);
    }
    out.append(s, from, std::string::npos);
    s = ImportText::trim(out);
}

std::string stringMember(const json& o, const char* key)
{
    const json* v = member(o, key);
    return v ? JsonReviewFields::scalar(*v) : std::string();
}

// Unix milliseconds as a number (within the year 1900-9999 range), or a date string.
std::optional<Timestamp> timestampOf(const json& ts)
{
    if (!ts.is_number()) {
        return DateParser::parse(JsonReviewFields::scalar(ts));
    }
    const double ms = ts.get<double>();
    if (!(ms > -2.3e12 && ms < 2.6e14)) {
        return std::nullopt;
    }
    return ts.is_number_float() ? static_cast<Timestamp>(ms) : ts.get<std::int64_t>();
}

bool toReview(const json& o, Review& r, std::string& reason)
{
    if (!o.is_object()) {
        reason = "not a JSON object";
        return false;
    }
    ImportText::assignClean(r.text, stringMember(o, "text"));
    replaceBreaks(r.text);
    ImportText::assignClean(r.title, stringMember(o, "title"));
    replaceBreaks(r.title);
    if (!JsonReviewFields::readRating(member(o, "rating"), r, reason)) {
        return false;
    }
    if (r.text.empty() && r.title.empty() && !r.rating) {
        reason = "neither text nor rating";
        return false;
    }
    r.publishedAt.reset();
    if (const json* ts = member(o, "timestamp")) {
        r.publishedAt = timestampOf(*ts);
        if (!r.publishedAt) {
            reason = "unparseable timestamp " + ts->dump();
            return false;
        }
    }
    r.sku = stringMember(o, "asin");
    r.customerId = stringMember(o, "user_id");
    r.externalId = stringMember(o, "review_id");
    if (r.externalId.empty()) {
        if (r.customerId.empty() || r.sku.empty() || !r.publishedAt) {
            reason = "cannot identify the review: user_id, asin and timestamp are needed";
            return false;
        }
        r.externalId = IdentityKey::amazon(r.customerId, r.sku, *r.publishedAt);
    }
    r.extraJson = JsonReviewFields::extra(
        o, {"rating", "title", "text", "asin", "user_id", "timestamp", "review_id"});
    return true;
}

} // namespace

const char* const AmazonJsonlReader::kFields[] = {"user_id", "asin",      "rating", "title",
                                                  "text",    "timestamp", nullptr};

bool AmazonJsonlReader::read(std::string_view text, ReviewSink& sink, Platform platform,
                             const std::string& shop)
{
    Review r;
    std::string reason;
    std::int64_t line = 0;
    bool first = true;
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t end = text.find('\n', pos);
        end = end == std::string_view::npos ? text.size() : end;
        const std::string_view raw = ImportText::trim(text.substr(pos, end - pos));
        ++line;
        pos = end + 1;
        if (raw.empty()) {
            continue;
        }
        json o;
        try {
            o = json::parse(raw.begin(), raw.end());
        } catch (const json::exception& e) { // a syntax error, or a number out of range
            const auto* syntax = dynamic_cast<const json::parse_error*>(&e);
            const std::string why = "not valid JSON (" +
                                    (syntax ? JsonReviewFields::parseErrorReason(*syntax)
                                            : JsonOverflow::reason(e.what())) +
                                    ")";
            if (first) {
                throw ImportError("not an Amazon JSONL file: the first record is " + why, line);
            }
            sink.skip(line, why);
            if (!sink.progress(std::min(pos, text.size()))) {
                return false;
            }
            continue;
        }
        if (first && !o.is_object()) {
            throw ImportError("not an Amazon JSONL file: the first record is not a JSON object",
                              line);
        }
        first = false;
        reason.clear();
        r.platform = platform;
        r.shop = shop;
        r.language = Language::Unknown;
        r.id = 0;
        if (toReview(o, r, reason)) {
            if (!sink.add(r, line)) {
                return false;
            }
        } else {
            sink.skip(line, reason);
        }
        if (!sink.progress(std::min(pos, text.size()))) {
            return false;
        }
    }
    return true;
}

} // namespace rd
