#pragma once

#include <string>
#include <string_view>

namespace rd {

// Tells the import formats apart by content, never by file name: a document that starts with
// '[' or with '{' and is not one object per line is Ozon JSON; lines that each hold a JSON
// object are Amazon JSONL; everything else is CSV.
class FormatDetector
{
public:
    // "csv", "ozon-json" or "amazon-jsonl", from the decoded UTF-8 text.
    static std::string detect(std::string_view text);

    // Canonical key of a user-given format name ("json", "ozon" -> "ozon-json"; "jsonl",
    // "amazon" -> "amazon-jsonl"; "csv", "tsv" -> "csv"), or "" when unknown.
    static std::string canonicalName(std::string_view name);
};

} // namespace rd
