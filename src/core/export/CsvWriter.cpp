#include "export/CsvWriter.h"

namespace rd {

CsvWriter::CsvWriter(std::ostream& out, bool writeBom)
    : m_out(out)
{
    if (writeBom) {
        m_out << "\xEF\xBB\xBF";
    }
}

bool CsvWriter::looksLikeFormula(std::string_view text)
{
    if (text.empty()) {
        return false;
    }
    switch (text.front()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
        return true;
    default:
        return false;
    }
}

std::string CsvWriter::formatCell(std::string_view text)
{
    std::string cell;
    cell.reserve(text.size() + 3);
    if (looksLikeFormula(text)) {
        cell += '\'';
    }
    cell += text;
    if (cell.find_first_of(",\"\r\n") == std::string::npos) {
        return cell;
    }
    std::string quoted = "\"";
    for (char c : cell) {
        quoted += c;
        if (c == '"') {
            quoted += '"';
        }
    }
    quoted += '"';
    return quoted;
}

void CsvWriter::writeRow(const std::vector<std::string>& cells)
{
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (i) {
            m_out << ',';
        }
        m_out << formatCell(cells[i]);
    }
    m_out << "\r\n";
}

} // namespace rd
