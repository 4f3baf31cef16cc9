#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rd {

// Where a template text is malformed: 1-based line and column (in code points) inside the
// text, and the reason.
struct TemplateSyntaxError
{
    int line = 0;
    int column = 0;
    std::string message;
};

// One reply text with variables, parsed once when the template library is loaded.
//
// Syntax (docs/templates.md): `{name}` inserts a variable, `{name|fallback}` inserts the
// fallback text when the value is empty, `{{` and `}}` are literal braces. Only the names of
// TemplateVariables are accepted. Rendering is a single pass: values and fallbacks are inserted
// verbatim and never scanned for variables again, so a buyer called "{agent_name}" stays literal.
// A line that holds nothing but variables and blanks is dropped when they all come out empty
// (an optional signature line without a title, say).
class TemplateText
{
public:
    using Values = std::map<std::string, std::string, std::less<>>;

    struct Rendered
    {
        std::string text;
        // Variables with no value and no fallback, in order of first use; each is left in the
        // text as `{name}` so the agent sees where to fill it in.
        std::vector<std::string> missing;
    };

    // Parses `source`; on an error returns nothing and describes it in `error`.
    static std::optional<TemplateText> parse(std::string_view source, TemplateSyntaxError& error);

    Rendered render(const Values& values) const;

    const std::string& source() const { return m_source; }
    // The distinct variable names used, in order of first use.
    std::vector<std::string> variables() const;
    bool uses(std::string_view name) const;

private:
    struct Segment
    {
        std::string text; // literal text, or the variable's name
        bool isVariable = false;
        bool hasFallback = false;
        std::string fallback;
    };
    using Line = std::vector<Segment>;

    // One line of a template; the error's column and message are set on failure.
    static bool parseLine(std::string_view text, Line& line, TemplateSyntaxError& error);
    // The inside of {...}: name and fallback. Returns the reason when it is not valid.
    static std::string parseVariable(const std::string& inside, Segment& var);
    static bool isStandalone(const Line& line);

    std::string m_source;
    std::vector<Line> m_lines;
};

} // namespace rd
