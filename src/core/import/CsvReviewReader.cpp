#include "import/CsvReviewReader.h"

#include "import/CsvRecordMapper.h"
#include "import/HeaderRecognizer.h"
#include "import/ImportError.h"
#include "import/ImportText.h"
#include "import/MappingFile.h"
#include "import/ReviewSink.h"

namespace rd {
namespace {

char chooseDelimiter(std::string_view text, char given, const MappingFile* mappingFile)
{
    if (given) {
        return given;
    }
    if (mappingFile && mappingFile->delimiter()) {
        return mappingFile->delimiter();
    }
    return CsvReader::sniffDelimiter(text);
}

std::string joinHeaders(const std::vector<std::string>& headers)
{
    std::string out;
    for (std::size_t i = 0; i < headers.size() && i < 12; ++i) {
        out += (i ? ", \"" : "\"") + headers[i] + "\"";
    }
    return out + (headers.size() > 12 ? ", ..." : "");
}

} // namespace

CsvReviewReader::CsvReviewReader(std::string_view text, char delimiter,
                                 const std::optional<ColumnMapping>& given,
                                 const MappingFile* mappingFile, bool lenientEnd)
    : m_text(text), m_delimiter(chooseDelimiter(text, delimiter, mappingFile)),
      m_reader(text, m_delimiter)
{
    m_reader.setLenientEnd(lenientEnd);
    settleMapping(given, mappingFile);
}

void CsvReviewReader::settleMapping(const std::optional<ColumnMapping>& given,
                                    const MappingFile* mappingFile)
{
    if (!m_reader.next(m_fields)) {
        throw ImportError("the file has no records", 1);
    }
    const bool hasHeader = given         ? given->hasHeader
                           : mappingFile ? mappingFile->hasHeader().value_or(true)
                                         : true;
    for (std::size_t i = 0; i < m_fields.size(); ++i) {
        m_headers.emplace_back(hasHeader ? std::string(ImportText::trim(m_fields[i]))
                                         : "Column " + std::to_string(i + 1));
    }
    if (!hasHeader) { // the first record is data: start again
        const bool lenient = m_reader.lenientEnd();
        m_reader = CsvReader(m_text, m_delimiter);
        m_reader.setLenientEnd(lenient);
    }
    if (given) {
        m_mapping = *given;
        m_mapping.hasHeader = hasHeader;
    } else if (mappingFile) {
        m_mapping = mappingFile->apply(m_headers);
    } else {
        m_mapping = HeaderRecognizer::recognize(m_headers);
    }
    if (!m_mapping.has(ImportField::Text) && !m_mapping.has(ImportField::Title) &&
        !m_mapping.has(ImportField::Rating) && !m_mapping.has(ImportField::Polarity)) {
        throw ImportError(
            "no column holds review text or a rating (header: " + joinHeaders(m_headers) +
                "); name the columns with a column-mapping file (--mapping)",
            1);
    }
}

bool CsvReviewReader::read(ReviewSink& sink, Platform platform, const std::string& shop)
{
    CsvRecordMapper mapper(m_mapping, m_headers, platform, shop);
    Review review;
    std::string reason;
    while (m_reader.next(m_fields)) {
        reason.clear();
        if (mapper.map(m_fields, review, reason)) {
            if (!sink.add(review, m_reader.recordLine())) {
                return false;
            }
        } else {
            sink.skip(m_reader.recordLine(), reason);
        }
        if (!sink.progress(m_reader.position())) {
            return false;
        }
    }
    return true;
}

bool CsvReviewReader::nextRaw(std::vector<std::string>& cells, std::int64_t& line)
{
    if (!m_reader.next(m_fields)) {
        return false;
    }
    cells.assign(m_fields.begin(), m_fields.end());
    if (cells.size() < m_headers.size()) {
        cells.resize(m_headers.size());
    }
    line = m_reader.recordLine();
    return true;
}

bool CsvReviewReader::check(const std::vector<std::string>& cells, Platform platform,
                            std::string& reason)
{
    CsvRecordMapper mapper(m_mapping, m_headers, platform, {});
    std::vector<std::string_view> fields(cells.begin(), cells.end());
    Review review;
    return mapper.map(fields, review, reason);
}

} // namespace rd
