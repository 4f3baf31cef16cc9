#include "import/FormatDetector.h"

#include "import/ImportText.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>

namespace rd {
namespace {

bool isObjectLine(std::string_view line)
{
    line = ImportText::trim(line);
    if (line.size() < 2 || line.front() != '{' || line.back() != '}') {
        return false;
    }
    return nlohmann::json::accept(line.begin(), line.end());
}

} // namespace

std::string FormatDetector::detect(std::string_view text)
{
    const std::string_view body = ImportText::trim(text);
    if (body.empty()) {
        return "csv";
    }
    if (body.front() == '[') {
        return "ozon-json";
    }
    if (body.front() != '{') {
        return "csv";
    }
    // One object on the first line, and the next non-empty line starts another (or there is
    // none): JSONL. A pretty-printed or single-line Ozon response is one object for the whole
    // text, which is told apart by its "reviews" member.
    const std::size_t end = body.find('\n');
    const std::string_view first = body.substr(0, end);
    if (isObjectLine(first)) {
        const auto doc = nlohmann::json::parse(first.begin(), first.end(), nullptr, false);
        const bool ozonShape =
            doc.is_object() && (doc.contains("reviews") || doc.contains("result"));
        if (!ozonShape) {
            return "amazon-jsonl";
        }
    }
    return "ozon-json";
}

std::string FormatDetector::canonicalName(std::string_view name)
{
    std::string key(name);
    std::transform(key.begin(), key.end(), key.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (key == "csv" || key == "tsv" || key == "txt") {
        return "csv";
    }
    if (key == "ozon-json" || key == "ozon" || key == "json" || key == "ozon_json") {
        return "ozon-json";
    }
    if (key == "amazon-jsonl" || key == "amazon" || key == "jsonl" || key == "amazon_jsonl" ||
        key == "ndjson") {
        return "amazon-jsonl";
    }
    return {};
}

} // namespace rd
