#include "reply/TemplateFileParser.h"
#include "util/JsonOverflow.h"

#include "reply/ReplyTemplate.h"
#include "reply/TemplateError.h"
#include "reply/TemplateText.h"
#include "text/Utf8.h"

#include <algorithm>
#include <set>

namespace rd {
namespace {

using nlohmann::json;

const std::set<std::string, std::less<>> kTemplateFields = {
    "id",        "kind",   "category", "sub_reason", "match",
    "platforms", "remedy", "variants", "disabled",   "comment",
};

std::string encoded(const std::string& text)
{
    return json(text).dump(-1, ' ', false, json::error_handler_t::replace);
}

bool isIdChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '.' || c == '-';
}

bool isLanguageKey(std::string_view key)
{
    auto lang = languageFromKey(key);
    return lang && *lang != Language::Unknown;
}

// The pieces of one variant: a string, or an array of lines joined by line breaks.
std::vector<std::string> variantPieces(const json& v)
{
    std::vector<std::string> pieces;
    if (v.is_string()) {
        pieces.push_back(v.get<std::string>());
    } else if (v.is_array()) {
        for (const auto& line : v) {
            if (!line.is_string()) {
                return {};
            }
            pieces.push_back(line.get<std::string>());
        }
    }
    return pieces;
}

} // namespace

TemplateFileParser::TemplateFileParser(std::string_view text, const std::string& name)
    : m_text(text), m_name(name)
{
}

void TemplateFileParser::fail(int line, int column, const std::string& id,
                              const std::string& reason) const
{
    throw TemplateError(m_name, line, column, id, reason);
}

int TemplateFileParser::lineAt(std::size_t offset) const
{
    offset = std::min(offset, m_text.size());
    return 1 + static_cast<int>(std::count(m_text.begin(), m_text.begin() + offset, '\n'));
}

int TemplateFileParser::columnAt(std::size_t offset) const
{
    offset = std::min(offset, m_text.size());
    const std::size_t lineStart = m_text.rfind('\n', offset == 0 ? 0 : offset - 1);
    const std::size_t start =
        lineStart == std::string_view::npos || offset == 0 ? 0 : lineStart + 1;
    return 1 + static_cast<int>(utf8::length(m_text.substr(start, offset - start)));
}

int TemplateFileParser::lineOf(const std::string& needle, std::size_t& from) const
{
    const std::size_t at = m_text.find(needle, from);
    if (at == std::string_view::npos) {
        return 0;
    }
    from = at;
    return lineAt(at);
}

TemplateFile TemplateFileParser::parse(std::string_view text, const std::string& name)
{
    TemplateFileParser parser(text, name);
    json root;
    try {
        root = json::parse(text);
    } catch (const json::parse_error& e) {
        const std::size_t at = e.byte > 0 ? e.byte - 1 : 0;
        std::string reason = e.what();
        const auto colon = reason.find("syntax error");
        parser.fail(parser.lineAt(at), parser.columnAt(at), "",
                    "not valid JSON: " +
                        (colon == std::string::npos ? reason : reason.substr(colon)));
    } catch (const json::out_of_range& e) {
        parser.fail(static_cast<int>(JsonOverflow::line(text, e.what())), 0, "",
                    "not valid JSON: " + JsonOverflow::reason(e.what()));
    }
    if (!root.is_object()) {
        parser.fail(1, 0, "", "a template file is a JSON object with a \"templates\" array");
    }
    TemplateFile out;
    out.name = name;
    for (const auto& [key, value] : root.items()) {
        if (key == "format") {
            if (value != "reviewdesk-templates") {
                parser.fail(0, 0, "", "\"format\" must be \"reviewdesk-templates\"");
            }
        } else if (key == "version") {
            if (!value.is_number_integer() || value.get<int>() != 1) {
                parser.fail(0, 0, "", "unsupported \"version\" (this build reads version 1)");
            }
        } else if (key == "limits") {
            if (!value.is_object()) {
                parser.fail(0, 0, "", "\"limits\" must map platforms to character counts");
            }
            for (const auto& [platform, limit] : value.items()) {
                auto p = platformFromKey(platform);
                if (!p || !limit.is_number_integer() || limit.get<long long>() < 0 ||
                    limit.get<long long>() > 1'000'000) {
                    std::size_t from = 0;
                    parser.fail(parser.lineOf(encoded(platform), from), 0, "",
                                "bad limit for \"" + platform +
                                    "\": a platform key (ozon, amazon, taobao, wildberries,"
                                    " other) with a whole number of characters, 0 = none");
                }
                out.limits.emplace_back(*p, limit.get<int>());
            }
        } else if (key == "templates") {
            if (!value.is_array()) {
                parser.fail(0, 0, "", "\"templates\" must be an array of template objects");
            }
            for (std::size_t i = 0; i < value.size(); ++i) {
                parser.parseTemplate(value[i], i, out);
            }
        } else if (key != "comment") {
            parser.fail(0, 0, "", "unknown top-level field \"" + key + "\"");
        }
    }
    return out;
}

void TemplateFileParser::parseTemplate(const json& object, std::size_t index, TemplateFile& out)
{
    const std::string where = "template #" + std::to_string(index + 1);
    if (!object.is_object()) {
        fail(0, 0, "", where + " is not a JSON object");
    }
    auto idIt = object.find("id");
    if (idIt == object.end() || !idIt->is_string() || idIt->get<std::string>().empty()) {
        fail(0, 0, "", where + " has no \"id\"");
    }
    const std::string id = idIt->get<std::string>();
    const int line = lineOf(encoded(id), m_searchFrom);
    if (!std::all_of(id.begin(), id.end(), isIdChar)) {
        fail(line, 0, id, "an id uses only letters, digits, '_', '.' and '-'");
    }
    for (const auto& entry : out.templates) {
        if (entry.id == id) {
            fail(line, 0, id,
                 "the id is used twice in this file (first at line " + std::to_string(entry.line) +
                     ")");
        }
    }
    checkFields(object, id, line);
    out.templates.push_back({id, object, line});
}

void TemplateFileParser::checkFields(const json& object, const std::string& id, int line)
{
    auto isStringArray = [](const json& v) {
        return v.is_array() && std::all_of(v.begin(), v.end(), [](const json& s) {
                   return s.is_string() && !s.get<std::string>().empty();
               });
    };
    for (const auto& [key, value] : object.items()) {
        if (!kTemplateFields.count(key)) {
            fail(line, 0, id, "unknown field \"" + key + "\"");
        }
        if (key == "kind" &&
            (!value.is_string() || !templateKindFromKey(value.get<std::string>()))) {
            fail(line, 0, id, "\"kind\" is one of complaint, positive, suspicious, safety");
        }
        if (key == "category" &&
            (!value.is_string() || !categoryFromKey(value.get<std::string>()))) {
            fail(line, 0, id,
                 "\"category\" is one of product, logistics, after_sales, price, other");
        }
        if ((key == "sub_reason" || key == "comment") && !value.is_string()) {
            fail(line, 0, id, "\"" + key + "\" must be a string");
        }
        if (key == "disabled" && !value.is_boolean()) {
            fail(line, 0, id, "\"disabled\" must be true or false");
        }
        if (key == "match" && !isStringArray(value)) {
            fail(line, 0, id, "\"match\" must be an array of non-empty patterns");
        }
        if (key == "platforms") {
            if (!isStringArray(value)) {
                fail(line, 0, id, "\"platforms\" must be an array of platform keys");
            }
            for (const auto& p : value) {
                const auto name = p.get<std::string>();
                if (!platformFromKey(name) && !(name == "generic" && value.size() == 1)) {
                    fail(line, 0, id,
                         "unknown platform \"" + name +
                             "\" (ozon, amazon, taobao, wildberries, other, or"
                             " \"generic\" alone)");
                }
            }
        }
        if (key == "remedy") {
            if (!value.is_object()) {
                fail(line, 0, id, "\"remedy\" maps languages (zh, ru, en) to text");
            }
            for (const auto& [lang, text] : value.items()) {
                if (!isLanguageKey(lang) || !text.is_string()) {
                    fail(line, 0, id,
                         "\"remedy\" maps languages (zh, ru, en) to text; bad"
                         " entry \"" +
                             lang + "\"");
                }
            }
        }
        if (key == "variants") {
            checkVariants(value, id, line);
        }
    }
}

void TemplateFileParser::checkVariants(const json& variants, const std::string& id, int line)
{
    if (!variants.is_object()) {
        fail(line, 0, id, "\"variants\" maps languages (zh, ru, en) to arrays of texts");
    }
    for (const auto& [lang, list] : variants.items()) {
        if (!isLanguageKey(lang)) {
            fail(line, 0, id, "unknown language \"" + lang + "\" in \"variants\" (zh, ru, en)");
        }
        if (!list.is_array() || list.empty()) {
            fail(line, 0, id, "\"variants\"." + lang + " must be a non-empty array of texts");
        }
        for (std::size_t i = 0; i < list.size(); ++i) {
            const std::string where = lang + " variant " + std::to_string(i + 1);
            const std::vector<std::string> pieces = variantPieces(list[i]);
            std::string joined;
            for (std::size_t k = 0; k < pieces.size(); ++k) {
                joined += (k ? "\n" : "") + pieces[k];
            }
            if (pieces.empty() || joined.find_first_not_of(" \t\r\n") == std::string::npos) {
                fail(line, 0, id, where + " must be a non-empty string or an array of lines");
            }
            TemplateSyntaxError error;
            if (!TemplateText::parse(joined, error)) {
                failInText(pieces, error, id, where, line);
            }
        }
    }
}

void TemplateFileParser::failInText(const std::vector<std::string>& pieces,
                                    const TemplateSyntaxError& error, const std::string& id,
                                    const std::string& where, int line)
{
    // A variant given as an array of lines has one piece per line; find the piece holding the
    // error in the file, then the column of the error inside its JSON string.
    const bool lines = pieces.size() > 1;
    const std::size_t piece =
        lines ? std::min<std::size_t>(static_cast<std::size_t>(error.line - 1), pieces.size() - 1)
              : 0;
    const std::string& text = pieces[piece];
    const int lineInPiece = lines ? 1 : error.line;
    std::size_t from = m_searchFrom;
    const int fileLine = lineOf(encoded(text), from);
    int column = 0;
    if (fileLine > 0) {
        std::size_t pos = 0;
        for (int l = 1; l < lineInPiece && pos < text.size(); ++l) {
            pos = text.find('\n', pos);
            pos = pos == std::string::npos ? text.size() : pos + 1;
        }
        for (int c = 1; c < error.column && pos < text.size(); ++c) {
            utf8::next(text, pos);
        }
        // The opening quote's column, plus the prefix as it is written in the file.
        column = columnAt(from) + static_cast<int>(utf8::length(encoded(text.substr(0, pos)))) - 1;
    }
    fail(fileLine > 0 ? fileLine : line, column, id,
         where + ", line " + std::to_string(error.line) + ", position " +
             std::to_string(error.column) + ": " + error.message);
}

} // namespace rd
