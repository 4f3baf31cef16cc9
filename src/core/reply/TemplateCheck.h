#pragma once

#include "model/Enums.h"
#include "reply/ReplyTemplate.h"
#include "reply/TemplateText.h"

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace rd {

class ReplyLimits;
class TemplateLibrary;

// Checks of template texts beyond their syntax, for the template editor and for saving the user
// file (docs/templates.md, "Template editor"): a text must fit the length limit of every platform
// it is used on when filled with long values (an 80-character problem phrase, the template's
// remedy, a full signature). A generic template is checked against its language's home platform
// (zh Taobao, ru Ozon, en Amazon), as the built-in texts are.
class TemplateCheck
{
public:
    static constexpr int kLongProblemChars = 80; // the longest phrase ProblemPhrase takes

    struct Length
    {
        Platform platform = Platform::Other;
        int length = 0; // characters of the text filled with lengthValues()
        int limit = 0;  // 0 = none
        bool over() const { return limit > 0 && length > limit; }
    };

    // The syntax error of `text` (unknown variable, unbalanced braces...), or nothing.
    static std::optional<TemplateSyntaxError> syntax(std::string_view text);
    // The values a text is measured with: long but realistic.
    static TemplateText::Values lengthValues(const ReplyTemplate& tmpl, Language language);
    // The platforms a text of `tmpl` in `language` is measured for.
    static std::vector<Platform> checkedPlatforms(const ReplyTemplate& tmpl, Language language);
    static Platform homePlatform(Language language);
    // The measured length of `text` on each checked platform.
    static std::vector<Length> lengths(const TemplateText& text, const ReplyTemplate& tmpl,
                                       Language language, const ReplyLimits& limits);
    // Throws a TemplateError naming `file` and the template when a text of one of the templates
    // `ids` is over a limit.
    static void checkLengths(const TemplateLibrary& library,
                             const std::set<std::string, std::less<>>& ids,
                             const std::string& file);
};

} // namespace rd
