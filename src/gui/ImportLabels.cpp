#include "ImportLabels.h"

namespace rd::gui {

QString ImportLabels::fieldName(ImportField field)
{
    switch (field) {
    case ImportField::Ignore:
        return tr("(ignore)");
    case ImportField::ExternalId:
        return tr("Review ID");
    case ImportField::Platform:
        return tr("Platform");
    case ImportField::Shop:
        return tr("Shop");
    case ImportField::Sku:
        return tr("SKU");
    case ImportField::Product:
        return tr("Product");
    case ImportField::CustomerId:
        return tr("Customer ID");
    case ImportField::CustomerName:
        return tr("Customer name");
    case ImportField::OrderId:
        return tr("Order ID");
    case ImportField::Rating:
        return tr("Rating");
    case ImportField::Polarity:
        return tr("Polarity");
    case ImportField::Title:
        return tr("Title");
    case ImportField::Text:
        return tr("Review text");
    case ImportField::PublishedAt:
        return tr("Date");
    case ImportField::Extra:
        return tr("Keep as extra field");
    }
    return {};
}

QString ImportLabels::formatName(const std::string& format)
{
    if (format == "csv") {
        return tr("CSV");
    }
    if (format == "ozon-json") {
        return tr("Ozon JSON");
    }
    if (format == "amazon-jsonl") {
        return tr("Amazon JSONL");
    }
    return QString::fromStdString(format);
}

QString ImportLabels::encodingName(const std::string& encoding)
{
    if (encoding == "utf-8") {
        return QStringLiteral("UTF-8");
    }
    if (encoding == "utf-16le") {
        return QStringLiteral("UTF-16 LE");
    }
    if (encoding == "utf-16be") {
        return QStringLiteral("UTF-16 BE");
    }
    if (encoding == "gb18030") {
        return tr("GB18030 (GBK)");
    }
    if (encoding == "windows-1251") {
        return QStringLiteral("Windows-1251");
    }
    return QString::fromStdString(encoding);
}

QString ImportLabels::delimiterName(char delimiter)
{
    switch (delimiter) {
    case ',':
        return tr("comma");
    case ';':
        return tr("semicolon");
    case '\t':
        return tr("tab");
    case 0:
        return tr("none");
    default:
        return QString(QLatin1Char(delimiter));
    }
}

QString ImportLabels::platformName(Platform platform)
{
    switch (platform) {
    case Platform::Ozon:
        return tr("Ozon");
    case Platform::Amazon:
        return tr("Amazon");
    case Platform::Taobao:
        return tr("Taobao / Tmall / JD");
    case Platform::Wildberries:
        return tr("Wildberries");
    case Platform::Other:
        return tr("Other");
    }
    return {};
}

QString ImportLabels::counts(const ImportCounts& c)
{
    return tr("%1 read: %2 added, %3 updated, %4 revised, %5 unchanged, %6 skipped.")
        .arg(c.read)
        .arg(c.added)
        .arg(c.updated)
        .arg(c.revised)
        .arg(c.unchanged)
        .arg(c.skipped);
}

QString ImportLabels::result(const ImportResult& r)
{
    switch (r.status) {
    case ImportResult::Status::Ok:
        return counts(r.counts);
    case ImportResult::Status::Cancelled:
        return tr("Cancelled: nothing from this file was stored.");
    case ImportResult::Status::Rejected:
        return tr("Not imported: %1").arg(QString::fromStdString(r.error));
    case ImportResult::Status::Failed:
        return tr("Failed, nothing stored: %1").arg(QString::fromStdString(r.error));
    }
    return {};
}

} // namespace rd::gui
