#include "import/CsvReader.h"

#include "import/ImportError.h"

#include <cstring>

namespace rd {
namespace {

// Line breaks in [begin, end): LF, CRLF (counted once, at the LF) and a lone CR.
std::int64_t countBreaks(std::string_view text, std::size_t begin, std::size_t end)
{
    std::int64_t n = 0;
    for (std::size_t i = begin; i < end; ++i) {
        const char c = text[i];
        if (c == '\n' || (c == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n'))) {
            ++n;
        }
    }
    return n;
}

} // namespace

CsvReader::CsvReader(std::string_view text, char delimiter) : m_text(text), m_delimiter(delimiter)
{
    m_spans.reserve(32);
    m_stop[static_cast<unsigned char>(delimiter)] = true;
    m_stop['\n'] = true;
    m_stop['\r'] = true;
}

void CsvReader::newline(std::size_t& pos)
{
    if (m_text[pos] == '\r' && pos + 1 < m_text.size() && m_text[pos + 1] == '\n') {
        ++pos;
    }
    ++pos;
    ++m_line;
}

bool CsvReader::next(std::vector<std::string_view>& fields)
{
    fields.clear();
    m_spans.clear();
    m_scratch.clear();
    const std::size_t size = m_text.size();
    while (m_pos < size && (m_text[m_pos] == '\n' || m_text[m_pos] == '\r')) {
        newline(m_pos);
    }
    if (m_pos >= size) {
        return false;
    }
    m_recordLine = m_line;
    for (;;) {
        if (m_pos < size && m_text[m_pos] == '"') {
            readQuoted(m_pos);
        } else {
            const std::size_t start = m_pos;
            while (m_pos < size && !m_stop[static_cast<unsigned char>(m_text[m_pos])]) {
                ++m_pos;
            }
            m_spans.push_back({false, start, m_pos - start});
        }
        if (m_pos >= size) {
            break;
        }
        if (m_text[m_pos] == m_delimiter) {
            ++m_pos;
            continue;
        }
        newline(m_pos);
        break;
    }
    for (const Span& s : m_spans) {
        fields.push_back(s.scratch ? std::string_view(m_scratch).substr(s.offset, s.length)
                                   : m_text.substr(s.offset, s.length));
    }
    return true;
}

void CsvReader::readQuoted(std::size_t fieldStart)
{
    const std::size_t size = m_text.size();
    const std::int64_t openLine = m_line;
    const std::size_t contentStart = fieldStart + 1;
    std::size_t pos = contentStart;
    std::size_t contentEnd = size;
    bool scratch = false;
    const std::size_t scratchStart = m_scratch.size();
    for (;;) {
        const void* hit = pos < size ? std::memchr(m_text.data() + pos, '"', size - pos) : nullptr;
        if (!hit) {
            m_line += countBreaks(m_text, pos, size);
            if (!m_lenientEnd) {
                throw ImportError("unterminated quoted field: the quote opened on line " +
                                      std::to_string(openLine) + " is never closed",
                                  openLine);
            }
            m_pos = size;
            if (scratch) {
                m_scratch.append(m_text.substr(pos));
            }
            break;
        }
        const std::size_t q =
            static_cast<std::size_t>(static_cast<const char*>(hit) - m_text.data());
        m_line += countBreaks(m_text, pos, q);
        if (q + 1 < size && m_text[q + 1] == '"') { // "" is one quote
            if (!scratch) {
                scratch = true;
                m_scratch.append(m_text.substr(contentStart, q + 1 - contentStart));
            } else {
                m_scratch.append(m_text.substr(pos, q + 1 - pos));
            }
            pos = q + 2;
            continue;
        }
        if (scratch) {
            m_scratch.append(m_text.substr(pos, q - pos));
        }
        contentEnd = q;
        m_pos = q + 1;
        break;
    }
    // Text between the closing quote and the delimiter: kept, as spreadsheets do.
    std::size_t end = m_pos;
    while (end < size && m_text[end] != m_delimiter && m_text[end] != '\n' && m_text[end] != '\r') {
        ++end;
    }
    if (end > m_pos) {
        if (!scratch) {
            scratch = true;
            m_scratch.append(m_text.substr(contentStart, contentEnd - contentStart));
        }
        m_scratch.append(m_text.substr(m_pos, end - m_pos));
        m_pos = end;
    }
    if (scratch) {
        m_spans.push_back({true, scratchStart, m_scratch.size() - scratchStart});
    } else {
        m_spans.push_back({false, contentStart, contentEnd - contentStart});
    }
}

char CsvReader::sniffDelimiter(std::string_view text)
{
    constexpr std::size_t kSample = 64 * 1024;
    constexpr int kRecords = 20;
    const bool truncated = text.size() > kSample;
    const std::string_view sample = text.substr(0, kSample);
    char best = ',';
    std::size_t bestFields = 1;
    bool bestConsistent = false;
    for (char candidate : {',', ';', '\t'}) {
        CsvReader reader(sample, candidate);
        reader.setLenientEnd(true);
        std::vector<std::string_view> fields;
        std::vector<std::size_t> counts;
        while (counts.size() < kRecords && reader.next(fields)) {
            counts.push_back(fields.size());
        }
        if (truncated && counts.size() > 1 && reader.position() >= sample.size()) {
            counts.pop_back(); // the last record may be cut by the sample
        }
        if (counts.empty() || counts.front() < 2) {
            continue;
        }
        std::size_t same = 0;
        for (std::size_t c : counts) {
            same += c == counts.front() ? 1 : 0;
        }
        const bool consistent = same * 10 >= counts.size() * 8;
        if ((consistent && !bestConsistent) ||
            (consistent == bestConsistent && counts.front() > bestFields)) {
            best = candidate;
            bestFields = counts.front();
            bestConsistent = consistent;
        }
    }
    return best;
}

} // namespace rd
