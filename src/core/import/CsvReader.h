#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace rd {

// Reads RFC 4180 CSV from UTF-8 text without copying unquoted fields: quoted fields with
// embedded delimiters, line breaks and doubled quotes; records ended by CRLF, LF or a lone CR,
// mixed freely. Lenient where Excel and LibreOffice are: a quote inside an unquoted field is
// kept as text, and text after a closing quote is appended to the field. A quoted field still
// open at the end of the input is an ImportError naming the line where it starts.
class CsvReader
{
public:
    CsvReader(std::string_view text, char delimiter);

    // Reads the next record. The views stay valid until the next call. Blank lines are skipped.
    // Returns false at the end of the input.
    bool next(std::vector<std::string_view>& fields);

    // 1-based physical line where the record last returned starts.
    std::int64_t recordLine() const { return m_recordLine; }
    // Byte offset reached in the text.
    std::size_t position() const { return m_pos; }

    // With `lenientEnd`, an unterminated quote at the end of the input ends the input quietly
    // (a preview reads a prefix of a longer file).
    void setLenientEnd(bool lenient) { m_lenientEnd = lenient; }
    bool lenientEnd() const { return m_lenientEnd; }

    // The delimiter among , ; and tab that splits the first records most consistently.
    static char sniffDelimiter(std::string_view text);

private:
    struct Span
    {
        bool scratch;
        std::size_t offset;
        std::size_t length;
    };
    void readQuoted(std::size_t fieldStart);
    void newline(std::size_t& pos);

    std::string_view m_text;
    char m_delimiter;
    std::size_t m_pos = 0;
    std::int64_t m_line = 1;
    std::int64_t m_recordLine = 0;
    bool m_lenientEnd = false;
    std::string m_scratch;
    std::vector<Span> m_spans;
    std::array<bool, 256> m_stop{};
};

} // namespace rd
