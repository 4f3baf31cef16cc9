#pragma once

#include "reply/ReplyLimits.h"
#include "reply/ReplyTemplate.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace rd {

// What a reply is wanted for.
struct TemplateQuery
{
    TemplateKind kind = TemplateKind::Complaint;
    std::optional<Category> category; // complaints
    Language language = Language::Unknown;
    Platform platform = Platform::Other;
    // The evidence of the review's category, strongest first: for each matched term its
    // case-folded keys, most specific first (the matched words, each word, the rule's term, the
    // rule id). Sub-reason patterns match these.
    std::vector<std::vector<std::string>> evidence;
};

// The reply templates in force: the built-in set (resources/templates/*.json, compiled in as
// ":/templates/") extended or overridden by later files, usually the user's templates.json
// (docs/templates.md). A template given again with the same id is merged into the earlier one:
// the fields it gives replace the earlier ones, "variants" and "remedy" language by language;
// "disabled": true removes it.
class TemplateLibrary
{
public:
    TemplateLibrary() = default;

    // The built-in set alone. Throws TemplateError when a built-in file is broken (a bug).
    static TemplateLibrary builtIn();
    // The built-in set plus `userFile` when that file exists. Throws TemplateError naming the
    // user file when it is broken.
    static TemplateLibrary withUserFile(const std::string& userFile);

    // Adds a file or in-memory text on top of what is loaded. On any error throws TemplateError
    // and leaves the library exactly as it was.
    void addFile(const std::string& path);
    void addJson(std::string_view text, const std::string& sourceName);

    // The best template for `query`, or nullptr when none fits. Candidates have the kind, the
    // category (complaints) and texts in the language, and apply to the platform. Preference:
    // made for this platform over generic; then a matching sub-reason (the one matching the
    // strongest evidence) over the category's general template; then the later-loaded one.
    // `matchedEvidence` receives the index of the evidence the chosen sub-reason matched.
    const ReplyTemplate* select(const TemplateQuery& query,
                                std::optional<std::size_t>* matchedEvidence = nullptr) const;

    const std::vector<ReplyTemplate>& templates() const { return m_templates; }
    const ReplyTemplate* find(std::string_view id) const;
    // The template object with this id as merged from every file (the fields of later files
    // over earlier ones), or nullptr; a disabled template's object too. The template editor
    // copies it into the user file.
    const nlohmann::json* definition(std::string_view id) const;
    // `update` merged into `base` as a later file's template is: fields replace fields,
    // "variants" and "remedy" merge language by language.
    static nlohmann::json merge(nlohmann::json base, const nlohmann::json& update);
    const ReplyLimits& limits() const { return m_limits; }
    ReplyLimits& limits() { return m_limits; }
    // Files added so far, in order.
    const std::vector<std::string>& sources() const { return m_sources; }

    // '*'-glob match of a case-folded pattern against a case-folded key.
    static bool globMatch(std::string_view pattern, std::string_view key);
    // Case folding used for patterns and evidence keys (chars::fold: also ё -> е, full-width).
    static std::string fold(std::string_view text);

private:
    struct Merged
    {
        nlohmann::json object;
        std::string source;
        int line = 0;
    };
    static ReplyTemplate build(const std::string& id, const Merged& merged);
    // The first evidence (and its first key) that one of the template's patterns matches.
    static std::optional<std::pair<std::size_t, std::size_t>>
    subReasonMatch(const ReplyTemplate& t, const TemplateQuery& query);
    // Replaces the templates by `merged`, building those in `changed` and keeping the others.
    void rebuild(std::vector<std::pair<std::string, Merged>> merged,
                 const std::set<std::string, std::less<>>& changed);

    std::vector<std::pair<std::string, Merged>> m_merged; // by id, in first-seen order
    std::vector<ReplyTemplate> m_templates;
    ReplyLimits m_limits;
    std::vector<std::string> m_sources;
};

} // namespace rd
