#pragma once

#include "import/ColumnMapping.h"

#include <nlohmann/json_fwd.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace rd {

// A column-mapping file (docs/formats.md, "Column mapping file"): a JSON object that tells the
// importer which column of a CSV file holds what, for headers it does not recognise, e.g.
//   {"columns": {"Отзыв покупателя": "text", "Звёзды": "rating", "3": "order_id"},
//    "header": true, "date_format": "%d.%m.%Y", "delimiter": ";",
//    "encoding": "windows-1251", "platform": "ozon", "shop": "Main"}
// Only "columns" is required. Columns it does not name are still recognised by their header
// unless "recognize_other_columns" is false.
class MappingFile
{
public:
    // Throws ImportError naming the mapping file, the line and the reason.
    static MappingFile load(const std::string& path);
    static MappingFile parse(std::string_view json, const std::string& name);

    // The mapping for a file with this header row (or, without a header, this many columns).
    // Throws ImportError when a named column is not in the file.
    ColumnMapping apply(const std::vector<std::string>& headers) const;

    std::optional<bool> hasHeader() const { return m_hasHeader; }
    const std::string& encoding() const { return m_encoding; }
    char delimiter() const { return m_delimiter; }
    std::optional<Platform> platform() const { return m_platform; }
    const std::string& shop() const { return m_shop; }

private:
    void readSettings(const nlohmann::json& j, std::string_view text);

    std::string m_name;
    std::vector<std::pair<std::string, ImportField>> m_columns;
    std::optional<bool> m_hasHeader;
    std::string m_dateFormat;
    std::string m_encoding;
    char m_delimiter = 0;
    std::optional<Platform> m_platform;
    std::string m_shop;
    bool m_recognizeOthers = true;
};

} // namespace rd
