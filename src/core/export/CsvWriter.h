#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace rd {

// Writes RFC 4180 CSV: fields with a comma, quote, CR or LF are quoted and quotes doubled;
// records end in CRLF. Text cells that a spreadsheet would run as a formula (starting with
// = + - @, a tab or a CR) are neutralised by a leading apostrophe, which spreadsheets show as
// text and do not evaluate (OWASP "CSV injection").
class CsvWriter
{
public:
    explicit CsvWriter(std::ostream& out, bool writeBom = false);

    void writeRow(const std::vector<std::string>& cells);

    // One cell as it would be written (quoted when needed, formula-guarded).
    static std::string formatCell(std::string_view text);
    // True when a spreadsheet would treat `text` as a formula.
    static bool looksLikeFormula(std::string_view text);

private:
    std::ostream& m_out;
};

} // namespace rd
