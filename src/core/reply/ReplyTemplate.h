#pragma once

#include "model/Enums.h"
#include "reply/TemplateText.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rd {

// What a reply answers: a complaint of one category, a positive review, a review flagged
// suspicious (neutral, nothing offered) or one flagged for safety (escalation).
enum class TemplateKind
{
    Complaint,
    Positive,
    Suspicious,
    Safety,
};

std::string_view toKey(TemplateKind kind);
std::optional<TemplateKind> templateKindFromKey(std::string_view key);

// One reply template: where it applies and its texts, per language (docs/templates.md).
struct ReplyTemplate
{
    std::string id;
    TemplateKind kind = TemplateKind::Complaint;
    std::optional<Category> category; // complaints only
    // An optional finer cause ("size", "late"...). A sub-reason template applies only when one
    // of its `match` patterns fits the evidence of the review's category, and then wins over
    // the category's general template.
    std::string subReason;
    std::vector<std::string> match;         // case-folded glob patterns ('*' = any run)
    std::vector<Platform> platforms;        // empty: any platform (generic)
    std::map<Language, std::string> remedy; // default value of {remedy}
    std::map<Language, std::vector<TemplateText>> variants; // per language, at least one
    std::string source; // the file that defined it last (messages, the template editor)

    bool isGeneric() const { return platforms.empty(); }
    bool appliesTo(Platform platform) const;
    const std::vector<TemplateText>* variantsFor(Language language) const;
};

} // namespace rd
