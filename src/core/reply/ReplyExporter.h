#pragma once

#include "model/Draft.h"

#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace rd {

class CsvWriter;

enum class ReplyExportFormat
{
    Csv,      // review_id, platform, external_id, language, reply (formula-guarded)
    OzonJson, // [{"review_id", "text", "mark_review_as_processed"}] for /v1/review/comment/create
    Text,     // a plain-text pack to paste from, one block per reply
};

std::string_view toKey(ReplyExportFormat format);
std::optional<ReplyExportFormat> replyExportFormatFromKey(std::string_view key);

// One reply leaving the store, with what the text pack shows to find its review.
struct ReplyExportItem
{
    std::int64_t reviewId = 0;
    Platform platform = Platform::Other;
    std::string externalId;
    Language language = Language::Unknown;
    std::string text;
    DraftState state = DraftState::Draft;
    std::optional<int> rating;
    std::optional<Timestamp> publishedAt;
    std::string reviewExcerpt; // the review's first words
    int length = 0;            // ReplyLimits::length(text)
    int limit = 0;             // the platform's limit, 0 = none
};

// Writes replies in one of the export formats, streaming: begin(), write() per reply, end().
// CSV goes through CsvWriter, so no cell can run as a spreadsheet formula; JSON is UTF-8 with
// ill-formed bytes replaced. The Ozon payload's review_id is the review's Ozon id (its
// external id); callers pass Ozon reviews only.
class ReplyExporter
{
public:
    ReplyExporter(std::ostream& out, ReplyExportFormat format, bool markProcessed = true);
    ~ReplyExporter();
    ReplyExporter(const ReplyExporter&) = delete;
    ReplyExporter& operator=(const ReplyExporter&) = delete;

    void begin();
    void write(const ReplyExportItem& item);
    void end();

    std::int64_t written() const { return m_written; }

    static std::vector<std::string> csvHeader();

private:
    void writeTextBlock(const ReplyExportItem& item);

    std::ostream& m_out;
    ReplyExportFormat m_format;
    bool m_markProcessed;
    std::unique_ptr<CsvWriter> m_csv;
    std::int64_t m_written = 0;
};

} // namespace rd
