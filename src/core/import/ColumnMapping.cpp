#include "import/ColumnMapping.h"

namespace rd {
namespace {

struct FieldKey
{
    ImportField field;
    std::string_view key;
};

constexpr FieldKey kKeys[] = {
    {ImportField::Ignore, "ignore"},
    {ImportField::ExternalId, "id"},
    {ImportField::Platform, "platform"},
    {ImportField::Shop, "shop"},
    {ImportField::Sku, "sku"},
    {ImportField::Product, "product"},
    {ImportField::CustomerId, "customer_id"},
    {ImportField::CustomerName, "customer"},
    {ImportField::OrderId, "order_id"},
    {ImportField::Rating, "rating"},
    {ImportField::Polarity, "polarity"},
    {ImportField::Title, "title"},
    {ImportField::Text, "text"},
    {ImportField::PublishedAt, "date"},
    {ImportField::Extra, "extra"},
};

} // namespace

std::string_view toKey(ImportField field)
{
    for (const FieldKey& k : kKeys) {
        if (k.field == field) {
            return k.key;
        }
    }
    return "ignore";
}

std::optional<ImportField> importFieldFromKey(std::string_view key)
{
    for (const FieldKey& k : kKeys) {
        if (k.key == key) {
            return k.field;
        }
    }
    return std::nullopt;
}

int ColumnMapping::columnOf(ImportField field) const
{
    for (std::size_t i = 0; i < columns.size(); ++i) {
        if (columns[i] == field) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

} // namespace rd
