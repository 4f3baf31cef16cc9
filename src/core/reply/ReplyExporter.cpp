#include "reply/ReplyExporter.h"

#include "export/CsvWriter.h"
#include "export/ReviewSerializer.h"

#include <nlohmann/json.hpp>

#include <array>
#include <utility>

namespace rd {
namespace {

constexpr std::array<std::pair<ReplyExportFormat, std::string_view>, 3> kFormatKeys{{
    {ReplyExportFormat::Csv, "csv"},
    {ReplyExportFormat::OzonJson, "ozon-json"},
    {ReplyExportFormat::Text, "text"},
}};

constexpr std::string_view kRule = "========================================";

} // namespace

std::string_view toKey(ReplyExportFormat format)
{
    for (const auto& [f, key] : kFormatKeys) {
        if (f == format) {
            return key;
        }
    }
    return "csv";
}

std::optional<ReplyExportFormat> replyExportFormatFromKey(std::string_view key)
{
    for (const auto& [f, k] : kFormatKeys) {
        if (k == key) {
            return f;
        }
    }
    return std::nullopt;
}

ReplyExporter::ReplyExporter(std::ostream& out, ReplyExportFormat format, bool markProcessed)
    : m_out(out), m_format(format), m_markProcessed(markProcessed)
{
}

ReplyExporter::~ReplyExporter() = default;

std::vector<std::string> ReplyExporter::csvHeader()
{
    return {"review_id", "platform", "external_id", "language", "reply"};
}

void ReplyExporter::begin()
{
    switch (m_format) {
    case ReplyExportFormat::Csv:
        m_csv = std::make_unique<CsvWriter>(m_out);
        m_csv->writeRow(csvHeader());
        break;
    case ReplyExportFormat::OzonJson:
        m_out << '[';
        break;
    case ReplyExportFormat::Text:
        break;
    }
}

void ReplyExporter::write(const ReplyExportItem& item)
{
    switch (m_format) {
    case ReplyExportFormat::Csv:
        m_csv->writeRow({std::to_string(item.reviewId), std::string(toKey(item.platform)),
                         item.externalId, std::string(toKey(item.language)), item.text});
        break;
    case ReplyExportFormat::OzonJson: {
        nlohmann::ordered_json payload = {{"review_id", item.externalId},
                                          {"text", item.text},
                                          {"mark_review_as_processed", m_markProcessed}};
        m_out << (m_written ? ",\n  " : "\n  ")
              << payload.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        break;
    }
    case ReplyExportFormat::Text:
        writeTextBlock(item);
        break;
    }
    ++m_written;
}

void ReplyExporter::writeTextBlock(const ReplyExportItem& item)
{
    m_out << kRule << '\n'
          << "review " << item.reviewId << " | " << toKey(item.platform) << ' ' << item.externalId
          << " | " << toKey(item.language);
    if (item.rating) {
        m_out << " | " << *item.rating << "*";
    }
    if (item.publishedAt) {
        m_out << " | " << isoTime(item.publishedAt).substr(0, 10);
    }
    m_out << " | " << item.length;
    if (item.limit > 0) {
        m_out << '/' << item.limit;
    }
    m_out << " chars" << (item.limit > 0 && item.length > item.limit ? " OVER LIMIT" : "") << '\n';
    if (!item.reviewExcerpt.empty()) {
        m_out << "> " << item.reviewExcerpt << '\n';
    }
    m_out << kRule << '\n' << item.text << "\n\n";
}

void ReplyExporter::end()
{
    if (m_format == ReplyExportFormat::OzonJson) {
        m_out << (m_written ? "\n]\n" : "]\n");
    }
    m_out.flush();
}

} // namespace rd
