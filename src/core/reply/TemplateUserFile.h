#pragma once

#include "model/Enums.h"

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace rd {

class TemplateLibrary;

// The user's template file (AppPaths::userTemplatesFile()) as a document the template editor
// changes: its template objects by id, its limits and comments kept as they are. Nothing is
// written until save(), which checks the whole file against the built-in set first (syntax,
// fields, variables, lengths: TemplateCheck) and then replaces the file atomically, so a
// refused or failed save leaves the file on disk exactly as it was.
class TemplateUserFile
{
public:
    using Json = nlohmann::ordered_json;

    // An empty document ({"format", "version", "templates": []}).
    TemplateUserFile();

    // Reads `path`; a missing file gives an empty document. Throws TemplateError (file, line,
    // column) when the file cannot be read or is not a JSON object with a "templates" array.
    // The templates themselves are not checked here: check() reports what is wrong with them.
    static TemplateUserFile load(const std::string& path);
    static TemplateUserFile fromText(std::string_view text, const std::string& name);

    // Ids of the template objects, in file order.
    std::vector<std::string> ids() const;
    // The object with this id, or nullptr.
    const Json* entry(std::string_view id) const;
    // Replaces the object with the same "id", or appends it.
    void setEntry(const Json& object);
    bool removeEntry(std::string_view id);
    // The template as it is in force with this document over `base`: base's definition merged
    // with this document's entry (either may be missing; null when both are).
    Json effective(std::string_view id, const TemplateLibrary& base) const;

    // Edits of one template, written to its entry (created as {"id": id} when missing) so
    // that the entry holds only what the user changed over `base`: a language's texts and
    // remedy replace that language only (docs/templates.md, "Files and overrides").
    // The texts of `language` in force (base merged with this document).
    std::vector<std::string> texts(std::string_view id, Language language,
                                   const TemplateLibrary& base) const;
    // Sets the texts of `language`; a text with line breaks is written as an array of lines.
    void setTexts(std::string_view id, Language language, const std::vector<std::string>& texts);
    void setRemedy(std::string_view id, Language language, const std::string& remedy);
    // Sets one field ("platforms", "sub_reason", "match", "kind", "category"...).
    void setField(std::string_view id, const std::string& key, const Json& value);

    // The file's text as save() writes it (2-space indented JSON, a final line break).
    std::string text() const;

    // `base` (normally the built-in set) extended by this document, with every template the
    // document names checked for length. Throws TemplateError naming `name` on any problem.
    TemplateLibrary apply(const TemplateLibrary& base, const std::string& name) const;
    // Checks as apply() does, then writes `path` through a temporary file renamed over it.
    // Throws TemplateError; on any error the file is left untouched.
    void save(const std::string& path, const TemplateLibrary& base) const;

private:
    Json m_root;
};

} // namespace rd
