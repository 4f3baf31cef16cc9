#pragma once

#include "model/Enums.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rd {

// A review field that a source column can feed (docs/formats.md, "Column mapping").
enum class ImportField
{
    Ignore, // the column is not imported (kept nowhere)
    ExternalId,
    Platform,
    Shop,
    Sku,
    Product,
    CustomerId,
    CustomerName,
    OrderId,
    Rating,   // stars 1-5 ("4", "4.0", "5/5", "★★★★"); a polarity word is accepted too
    Polarity, // 好评/差评, положительный, positive/negative, pos/neg, 1/0 labels
    Title,
    Text,
    PublishedAt,
    Extra, // kept in the review's extra JSON under the column's header
};

inline constexpr ImportField kAllImportFields[] = {
    ImportField::Ignore,     ImportField::ExternalId,   ImportField::Platform,
    ImportField::Shop,       ImportField::Sku,          ImportField::Product,
    ImportField::CustomerId, ImportField::CustomerName, ImportField::OrderId,
    ImportField::Rating,     ImportField::Polarity,     ImportField::Title,
    ImportField::Text,       ImportField::PublishedAt,  ImportField::Extra,
};

// Stable keys used in mapping files: "ignore", "id", "platform", "shop", "sku", "product",
// "customer_id", "customer", "order_id", "rating", "polarity", "title", "text", "date", "extra".
std::string_view toKey(ImportField field);
std::optional<ImportField> importFieldFromKey(std::string_view key);

// How the columns of a CSV file feed review fields. The importer fills one from the header
// (names in Chinese, Russian and English, see HeaderRecognizer); the user can replace it with
// a mapping file or, in the GUI's import dialog, column by column.
struct ColumnMapping
{
    // The field each source column feeds, in the file's column order. Columns past the end of
    // this list are ignored.
    std::vector<ImportField> columns;
    // False when the file has no header row: the first record is data.
    bool hasHeader = true;
    // Date format of the date column ("" = recognise ISO 8601, DD.MM.YYYY, YYYY/MM/DD, Unix
    // time...). Otherwise a strftime-like pattern with %Y %m %d %H %M %S, e.g. "%d/%m/%Y %H:%M".
    std::string dateFormat;

    // Index of the first column that feeds `field`, or -1.
    int columnOf(ImportField field) const;
    bool has(ImportField field) const { return columnOf(field) >= 0; }
};

} // namespace rd
