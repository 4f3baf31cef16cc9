#pragma once

#include "import/ColumnMapping.h"
#include "import/CsvReader.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rd {

class MappingFile;
class ReviewSink;

// Reads review CSV: picks the delimiter, reads the header, settles the column mapping (given,
// from a mapping file, or recognised from the header) and then turns each record into a
// review through CsvRecordMapper. The constructor throws ImportError when the file cannot be
// imported at all (no text or rating column); read() throws it for an unterminated quote.
class CsvReviewReader
{
public:
    // `delimiter` 0 = the mapping file's, else sniffed. `lenientEnd` for a preview prefix.
    CsvReviewReader(std::string_view text, char delimiter,
                    const std::optional<ColumnMapping>& given, const MappingFile* mappingFile,
                    bool lenientEnd);

    char delimiter() const { return m_delimiter; }
    const std::vector<std::string>& headers() const { return m_headers; }
    const ColumnMapping& mapping() const { return m_mapping; }

    // Imports every remaining record into `sink`. Returns false when the sink stopped it.
    bool read(ReviewSink& sink, Platform platform, const std::string& shop);

    // The next data record as text, for a preview; false at the end.
    bool nextRaw(std::vector<std::string>& cells, std::int64_t& line);
    // Maps raw cells as read() would; false with `reason` for a row that would be skipped.
    bool check(const std::vector<std::string>& cells, Platform platform, std::string& reason);

private:
    void settleMapping(const std::optional<ColumnMapping>& given, const MappingFile* mappingFile);

    std::string_view m_text;
    char m_delimiter;
    CsvReader m_reader;
    std::vector<std::string_view> m_fields;
    std::vector<std::string> m_headers;
    ColumnMapping m_mapping;
};

} // namespace rd
