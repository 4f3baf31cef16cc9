#include "reply/TemplateCheck.h"

#include "reply/ReplyLimits.h"
#include "reply/TemplateError.h"
#include "reply/TemplateLibrary.h"
#include "reply/TemplateVariables.h"

namespace rd {

std::optional<TemplateSyntaxError> TemplateCheck::syntax(std::string_view text)
{
    TemplateSyntaxError error;
    if (TemplateText::parse(text, error)) {
        return std::nullopt;
    }
    return error;
}

TemplateText::Values TemplateCheck::lengthValues(const ReplyTemplate& tmpl, Language language)
{
    using V = TemplateVariables;
    const auto remedy = tmpl.remedy.find(language);
    TemplateText::Values v{
        {std::string(V::kProblem), std::string(kLongProblemChars, 'x')},
        {std::string(V::kRemedy), remedy == tmpl.remedy.end() ? "" : remedy->second},
        {std::string(V::kCustomerName), "Customer Name"},
        {std::string(V::kAgentName), "Agent Name"},
        {std::string(V::kAgentTitle), "Customer Care Lead"},
        {std::string(V::kShop), "Shop Name"},
        {std::string(V::kProduct), "Product name of thirty chars."},
        {std::string(V::kSku), "SKU-0000000"},
        {std::string(V::kOrderId), "0000000000-0000"},
        {std::string(V::kReviewDate), "November 30, 2026"},
        {std::string(V::kFollowUpDate), "November 30, 2026"},
        {std::string(V::kToday), "November 30, 2026"},
    };
    return v;
}

Platform TemplateCheck::homePlatform(Language language)
{
    switch (language) {
    case Language::Zh:
        return Platform::Taobao;
    case Language::Ru:
        return Platform::Ozon;
    default:
        return Platform::Amazon;
    }
}

std::vector<Platform> TemplateCheck::checkedPlatforms(const ReplyTemplate& tmpl, Language language)
{
    if (tmpl.isGeneric()) {
        return {homePlatform(language)};
    }
    return tmpl.platforms;
}

std::vector<TemplateCheck::Length> TemplateCheck::lengths(const TemplateText& text,
                                                          const ReplyTemplate& tmpl,
                                                          Language language,
                                                          const ReplyLimits& limits)
{
    const int length = ReplyLimits::length(text.render(lengthValues(tmpl, language)).text);
    std::vector<Length> out;
    for (Platform p : checkedPlatforms(tmpl, language)) {
        out.push_back({p, length, limits.limit(p)});
    }
    return out;
}

void TemplateCheck::checkLengths(const TemplateLibrary& library,
                                 const std::set<std::string, std::less<>>& ids,
                                 const std::string& file)
{
    for (const ReplyTemplate& t : library.templates()) {
        if (!ids.count(t.id)) {
            continue;
        }
        for (const auto& [language, texts] : t.variants) {
            for (std::size_t i = 0; i < texts.size(); ++i) {
                for (const Length& l : lengths(texts[i], t, language, library.limits())) {
                    if (!l.over()) {
                        continue;
                    }
                    throw TemplateError(
                        file, 0, 0, t.id,
                        std::string(toKey(language)) + " variant " + std::to_string(i + 1) +
                            " is " + std::to_string(l.length) + " characters on " +
                            std::string(toKey(l.platform)) + ", over its limit of " +
                            std::to_string(l.limit) + " (measured with an " +
                            std::to_string(kLongProblemChars) +
                            "-character problem phrase and a full signature)");
                }
            }
        }
    }
}

} // namespace rd
