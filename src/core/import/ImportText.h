#pragma once

#include <string>
#include <string_view>

namespace rd {

// Small text helpers shared by the format readers.
class ImportText
{
public:
    // Without leading and trailing white space (ASCII, NBSP, ideographic space) and a stray
    // U+FEFF at the start.
    static std::string_view trim(std::string_view s);

    // `out` = trim(in) with CR LF and lone CR turned into LF, so a re-export with other line
    // ends is not a revised text. Reuses out's buffer.
    static void assignClean(std::string& out, std::string_view in);

    // Appends `s` as a JSON string literal (quotes included; invalid UTF-8 replaced).
    static void appendJsonString(std::string& out, std::string_view s);
};

} // namespace rd
