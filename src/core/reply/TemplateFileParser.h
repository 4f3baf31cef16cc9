#pragma once

#include "model/Enums.h"
#include "reply/TemplateText.h"

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace rd {

// One template object of a file, checked field by field but not yet merged with the templates
// of earlier files (a user file may give only the fields it overrides).
struct TemplateFileEntry
{
    std::string id;
    nlohmann::json object;
    int line = 0; // line of the template's id in its file
};

struct TemplateFile
{
    std::string name;
    std::vector<std::pair<Platform, int>> limits;
    std::vector<TemplateFileEntry> templates;
};

// Reads one template library file (docs/templates.md) and checks everything that can be checked
// in the file alone: JSON syntax, field names and types, keys of languages, platforms,
// categories and kinds, and every text's variables. Errors are TemplateErrors naming the file,
// the line (and column where it can be found), and the template.
class TemplateFileParser
{
public:
    static TemplateFile parse(std::string_view text, const std::string& name);

private:
    TemplateFileParser(std::string_view text, const std::string& name);

    void parseTemplate(const nlohmann::json& object, std::size_t index, TemplateFile& out);
    void checkFields(const nlohmann::json& object, const std::string& id, int line);
    void checkVariants(const nlohmann::json& variants, const std::string& id, int line);
    void failInText(const std::vector<std::string>& pieces, const TemplateSyntaxError& error,
                    const std::string& id, const std::string& where, int line);
    [[noreturn]] void fail(int line, int column, const std::string& id,
                           const std::string& reason) const;

    // Line (1-based) of the first occurrence of `encoded` at or after `from`; updates `from`.
    int lineOf(const std::string& encoded, std::size_t& from) const;
    int lineAt(std::size_t offset) const;
    int columnAt(std::size_t offset) const;

    std::string_view m_text;
    std::string m_name;
    std::size_t m_searchFrom = 0;
};

} // namespace rd
