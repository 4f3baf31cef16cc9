#include "import/CsvRecordMapper.h"

#include "import/DateParser.h"
#include "import/HeaderRecognizer.h"
#include "import/IdentityKey.h"
#include "import/ImportText.h"
#include "import/RatingParser.h"

namespace rd {

CsvRecordMapper::CsvRecordMapper(const ColumnMapping& mapping,
                                 const std::vector<std::string>& headers, Platform defaultPlatform,
                                 std::string defaultShop)
    : m_mapping(mapping), m_fieldCount(headers.size()), m_defaultPlatform(defaultPlatform),
      m_defaultShop(std::move(defaultShop))
{
    m_index.fill(-1);
    for (std::size_t i = 0; i < mapping.columns.size(); ++i) {
        const ImportField f = mapping.columns[i];
        if (f == ImportField::Extra) {
            std::string key;
            const std::string name = i < headers.size() && !headers[i].empty()
                                         ? headers[i]
                                         : "column_" + std::to_string(i + 1);
            ImportText::appendJsonString(key, ImportText::trim(name));
            m_extras.emplace_back(static_cast<int>(i), key);
        } else if (f != ImportField::Ignore && m_index[std::size_t(f)] < 0) {
            m_index[std::size_t(f)] = static_cast<int>(i);
        }
    }
}

std::string_view CsvRecordMapper::cell(const std::vector<std::string_view>& fields,
                                       ImportField f) const
{
    const int i = m_index[std::size_t(f)];
    return i >= 0 && std::size_t(i) < fields.size() ? ImportText::trim(fields[std::size_t(i)])
                                                    : std::string_view();
}

std::optional<Platform> CsvRecordMapper::platformFromName(std::string_view name)
{
    const std::string n = HeaderRecognizer::normalize(name);
    if (auto p = platformFromKey(n)) {
        return p;
    }
    struct Name
    {
        std::string_view text;
        Platform platform;
    };
    static const Name names[] = {
        {"озон", Platform::Ozon},
        {"ozonru", Platform::Ozon},
        {"amazoncom", Platform::Amazon},
        {"амазон", Platform::Amazon},
        {"亚马逊", Platform::Amazon},
        {"淘宝", Platform::Taobao},
        {"天猫", Platform::Taobao},
        {"tmall", Platform::Taobao},
        {"京东", Platform::Taobao},
        {"jd", Platform::Taobao},
        {"jdcom", Platform::Taobao},
        {"wb", Platform::Wildberries},
        {"вайлдберриз", Platform::Wildberries},
        {"вб", Platform::Wildberries},
    };
    for (const Name& x : names) {
        if (n == x.text) {
            return x.platform;
        }
    }
    return std::nullopt;
}

bool CsvRecordMapper::readRating(const std::vector<std::string_view>& fields, Review& review,
                                 std::string& reason) const
{
    review.rating.reset();
    review.polarity = Polarity::Unknown;
    RatingValue value;
    if (std::string_view r = cell(fields, ImportField::Rating); !r.empty()) {
        if (!RatingParser::parse(r, false, value, reason)) {
            return false;
        }
        review.rating = value.stars;
        review.polarity = value.polarity;
    }
    if (review.rating) {
        return true; // stars decide; a polarity column beside them is not needed
    }
    if (std::string_view p = cell(fields, ImportField::Polarity); !p.empty()) {
        if (!RatingParser::parse(p, true, value, reason)) {
            return false;
        }
        review.rating = value.stars;
        review.polarity = value.polarity;
    }
    return true;
}

bool CsvRecordMapper::map(const std::vector<std::string_view>& fields, Review& review,
                          std::string& reason)
{
    const std::size_t columns = m_fieldCount;
    for (std::size_t i = columns; i < fields.size(); ++i) {
        if (!ImportText::trim(fields[i]).empty()) {
            reason = "the record has " + std::to_string(fields.size()) +
                     " fields where the header has " + std::to_string(columns) +
                     " (a delimiter or quote inside an unquoted field?)";
            return false;
        }
    }
    ImportText::assignClean(review.text, cell(fields, ImportField::Text));
    ImportText::assignClean(review.title, cell(fields, ImportField::Title));
    if (!readRating(fields, review, reason)) {
        return false;
    }
    if (review.text.empty() && review.title.empty() && review.polarity == Polarity::Unknown) {
        reason = "neither text nor rating";
        return false;
    }
    review.publishedAt.reset();
    if (std::string_view d = cell(fields, ImportField::PublishedAt); !d.empty()) {
        review.publishedAt = DateParser::parse(d, m_mapping.dateFormat);
        if (!review.publishedAt) {
            reason = "unparseable date '" + std::string(d) + "'";
            return false;
        }
        if (reason = DateParser::futureDateReason(review.publishedAt); !reason.empty()) {
            return false;
        }
    }
    std::string_view rawPlatform = cell(fields, ImportField::Platform);
    review.platform = m_defaultPlatform;
    if (!rawPlatform.empty()) {
        const auto p = platformFromName(rawPlatform);
        review.platform = p.value_or(Platform::Other);
        rawPlatform = p ? std::string_view() : rawPlatform;
    }
    const std::string_view shop = cell(fields, ImportField::Shop);
    review.shop.assign(shop.empty() ? std::string_view(m_defaultShop) : shop);
    review.sku.assign(cell(fields, ImportField::Sku));
    ImportText::assignClean(review.product, cell(fields, ImportField::Product));
    review.customerId.assign(cell(fields, ImportField::CustomerId));
    ImportText::assignClean(review.customerName, cell(fields, ImportField::CustomerName));
    review.orderId.assign(cell(fields, ImportField::OrderId));
    review.language = Language::Unknown;
    review.id = 0;
    review.importedAt = 0;
    if (std::string_view id = cell(fields, ImportField::ExternalId); !id.empty()) {
        review.externalId.assign(id);
    } else {
        IdentityKey::assignForRecord(review);
    }
    buildExtra(fields, rawPlatform, review);
    return true;
}

void CsvRecordMapper::buildExtra(const std::vector<std::string_view>& fields,
                                 std::string_view rawPlatform, Review& review) const
{
    review.extraJson.clear();
    auto add = [&review](std::string_view jsonKey, std::string_view value) {
        review.extraJson += review.extraJson.empty() ? '{' : ',';
        review.extraJson += jsonKey;
        review.extraJson += ':';
        ImportText::appendJsonString(review.extraJson, value);
    };
    for (const auto& [column, key] : m_extras) {
        if (std::size_t(column) < fields.size()) {
            const std::string_view v = ImportText::trim(fields[std::size_t(column)]);
            if (!v.empty()) {
                add(key, v);
            }
        }
    }
    if (!rawPlatform.empty()) {
        add("\"platform\"", rawPlatform);
    }
    if (!review.extraJson.empty()) {
        review.extraJson += '}';
    }
}

} // namespace rd
