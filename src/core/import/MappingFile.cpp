#include "import/MappingFile.h"
#include "util/JsonOverflow.h"

#include "import/EncodingDetector.h"
#include "import/HeaderRecognizer.h"
#include "import/ImportError.h"
#include "import/JsonReviewFields.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>

namespace rd {
namespace {

using nlohmann::json;

std::int64_t lineOfOffset(std::string_view text, std::size_t offset)
{
    offset = std::min(offset, text.size());
    return 1 + std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset), '\n');
}

// The 1-based line where `"key"` first appears, for messages about a value (0 when unknown).
std::int64_t lineOfKey(std::string_view text, const std::string& key)
{
    const std::size_t at = text.find(json(key).dump());
    return at == std::string_view::npos ? 0 : lineOfOffset(text, at);
}

std::string stringMember(const json& j, const char* key, std::string_view text,
                         const std::string& name)
{
    if (!j.contains(key)) {
        return {};
    }
    if (!j[key].is_string()) {
        throw ImportError(std::string("\"") + key + "\" must be a string", lineOfKey(text, key),
                          name);
    }
    return j[key].get<std::string>();
}

bool isNumber(const std::string& s)
{
    return !s.empty() &&
           std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

} // namespace

MappingFile MappingFile::load(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw ImportError("cannot open the mapping file", 0, path);
    }
    std::ostringstream s;
    s << in.rdbuf();
    return parse(s.str(), path);
}

MappingFile MappingFile::parse(std::string_view text, const std::string& name)
{
    MappingFile m;
    m.m_name = name;
    json j;
    try {
        j = json::parse(text.begin(), text.end());
    } catch (const json::parse_error& e) {
        throw ImportError("not valid JSON (" + JsonReviewFields::parseErrorReason(e) + ")",
                          lineOfOffset(text, e.byte ? e.byte - 1 : 0), name);
    } catch (const json::out_of_range& e) {
        throw ImportError("not valid JSON (" + JsonOverflow::reason(e.what()) + ")",
                          JsonOverflow::line(text, e.what()), name);
    }
    if (!j.is_object() || !j.contains("columns") || !j["columns"].is_object()) {
        throw ImportError("a mapping file is a JSON object with a \"columns\" object", 1, name);
    }
    for (const auto& [column, value] : j["columns"].items()) {
        const auto field =
            value.is_string() ? importFieldFromKey(value.get<std::string>()) : std::nullopt;
        if (!field) {
            throw ImportError("column \"" + column + "\": unknown field " + value.dump() +
                                  " (one of id, platform, shop, sku, product, customer_id,"
                                  " customer, order_id, rating, polarity, title, text, date,"
                                  " extra, ignore)",
                              lineOfKey(text, column), name);
        }
        m.m_columns.emplace_back(column, *field);
    }
    m.readSettings(j, text);
    return m;
}

void MappingFile::readSettings(const json& j, std::string_view text)
{
    if (j.contains("header")) {
        if (!j["header"].is_boolean()) {
            throw ImportError("\"header\" must be true or false", lineOfKey(text, "header"),
                              m_name);
        }
        m_hasHeader = j["header"].get<bool>();
    }
    if (j.contains("recognize_other_columns")) {
        m_recognizeOthers =
            j["recognize_other_columns"].is_boolean() && j["recognize_other_columns"].get<bool>();
    }
    m_dateFormat = stringMember(j, "date_format", text, m_name);
    m_shop = stringMember(j, "shop", text, m_name);
    if (std::string enc = stringMember(j, "encoding", text, m_name); !enc.empty()) {
        m_encoding = EncodingDetector::canonicalName(enc);
        if (m_encoding.empty()) {
            throw ImportError("unknown encoding \"" + enc + "\"", lineOfKey(text, "encoding"),
                              m_name);
        }
    }
    if (std::string d = stringMember(j, "delimiter", text, m_name); !d.empty()) {
        if (d == "\\t" || d == "tab") {
            d = "\t";
        }
        if (d.size() != 1) {
            throw ImportError("\"delimiter\" must be one character", lineOfKey(text, "delimiter"),
                              m_name);
        }
        m_delimiter = d[0];
    }
    if (std::string p = stringMember(j, "platform", text, m_name); !p.empty()) {
        m_platform = platformFromKey(p);
        if (!m_platform) {
            throw ImportError("unknown platform \"" + p +
                                  "\" (ozon, amazon, taobao, wildberries or other)",
                              lineOfKey(text, "platform"), m_name);
        }
    }
}

ColumnMapping MappingFile::apply(const std::vector<std::string>& headers) const
{
    const bool header = m_hasHeader.value_or(true);
    ColumnMapping mapping;
    mapping.hasHeader = header;
    mapping.dateFormat = m_dateFormat;
    mapping.columns.assign(headers.size(), ImportField::Extra);
    std::vector<bool> named(headers.size(), false);
    for (const auto& [column, field] : m_columns) {
        int index = -1;
        if (header) {
            const std::string wanted = HeaderRecognizer::normalize(column);
            for (std::size_t i = 0; i < headers.size() && index < 0; ++i) {
                if (headers[i] == column ||
                    (!wanted.empty() && HeaderRecognizer::normalize(headers[i]) == wanted)) {
                    index = static_cast<int>(i);
                }
            }
        }
        if (index < 0 && isNumber(column) && column.size() <= 6) {
            index = std::stoi(column) - 1;
        }
        if (index < 0 || index >= static_cast<int>(headers.size())) {
            throw ImportError("the mapping names column \"" + column +
                                  "\", which the file does not have",
                              0, m_name);
        }
        mapping.columns[std::size_t(index)] = field;
        named[std::size_t(index)] = true;
    }
    if (header) {
        for (std::size_t i = 0; i < headers.size(); ++i) {
            if (named[i]) {
                continue;
            }
            ImportField f =
                m_recognizeOthers ? HeaderRecognizer::recognize(headers[i]) : ImportField::Ignore;
            if (f != ImportField::Extra && f != ImportField::Ignore && mapping.has(f)) {
                f = ImportField::Extra;
            }
            mapping.columns[i] = f;
        }
    } else {
        for (std::size_t i = 0; i < headers.size(); ++i) {
            if (!named[i]) {
                mapping.columns[i] = ImportField::Ignore;
            }
        }
    }
    return mapping;
}

} // namespace rd
