#include "import/ImportPreviewSink.h"

#include "import/AmazonJsonlReader.h"
#include "import/DateParser.h"
#include "import/OzonJsonReader.h"

#include <QDateTime>
#include <QTimeZone>

namespace rd {
namespace {

ImportField fieldOf(std::string_view name)
{
    if (name == "id") {
        return ImportField::ExternalId;
    }
    if (name == "sku" || name == "asin") {
        return ImportField::Sku;
    }
    if (name == "user_id") {
        return ImportField::CustomerId;
    }
    if (name == "published_at" || name == "timestamp") {
        return ImportField::PublishedAt;
    }
    return importFieldFromKey(name).value_or(ImportField::Extra);
}

} // namespace

ImportPreviewSink::ImportPreviewSink(ImportPreview& preview, const std::string& format, int maxRows)
    : m_preview(preview), m_maxRows(maxRows)
{
    const char* const* fields =
        format == "amazon-jsonl" ? AmazonJsonlReader::kFields : OzonJsonReader::kFields;
    m_preview.mapping = ColumnMapping{};
    for (; *fields; ++fields) {
        m_preview.headers.emplace_back(*fields);
        m_preview.mapping.columns.push_back(fieldOf(*fields));
    }
}

std::string ImportPreviewSink::cellText(const Review& r, ImportField field)
{
    switch (field) {
    case ImportField::ExternalId:
        return r.externalId;
    case ImportField::Platform:
        return std::string(toKey(r.platform));
    case ImportField::Shop:
        return r.shop;
    case ImportField::Sku:
        return r.sku;
    case ImportField::Product:
        return r.product;
    case ImportField::CustomerId:
        return r.customerId;
    case ImportField::CustomerName:
        return r.customerName;
    case ImportField::OrderId:
        return r.orderId;
    case ImportField::Rating:
        return r.rating ? std::to_string(*r.rating) : std::string(toKey(r.polarity));
    case ImportField::Polarity:
        return std::string(toKey(r.polarity));
    case ImportField::Title:
        return r.title;
    case ImportField::Text:
        return r.text;
    case ImportField::PublishedAt:
        return r.publishedAt ? QDateTime::fromMSecsSinceEpoch(*r.publishedAt, QTimeZone::utc())
                                   .toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"))
                                   .toStdString()
                             : std::string();
    case ImportField::Ignore:
    case ImportField::Extra:
        break;
    }
    return {};
}

bool ImportPreviewSink::add(Review& review, std::int64_t line)
{
    if (full()) {
        return false;
    }
    if (std::string future = DateParser::futureDateReason(review.publishedAt); !future.empty()) {
        skip(line, future); // as ImportBatchWriter will
        return !full();
    }
    std::vector<std::string> row;
    for (ImportField f : m_preview.mapping.columns) {
        row.push_back(cellText(review, f));
    }
    m_preview.rows.push_back(std::move(row));
    m_preview.rowLines.push_back(line);
    return !full();
}

void ImportPreviewSink::skip(std::int64_t line, const std::string& reason)
{
    if (!full()) {
        m_preview.problems.push_back({line, reason});
    }
}

} // namespace rd
