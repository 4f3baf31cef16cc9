#include "classify/RuleTarget.h"

#include <array>

namespace rd {
namespace {

constexpr std::array<std::string_view, kRuleTargetCount> kKeys{
    "product", "logistics", "after_sales", "price", "other", "suspicious", "safety"};

} // namespace

std::string_view toKey(RuleTarget target)
{
    return kKeys[static_cast<std::size_t>(target)];
}

std::optional<RuleTarget> ruleTargetFromKey(std::string_view key)
{
    for (std::size_t i = 0; i < kKeys.size(); ++i) {
        if (kKeys[i] == key) {
            return static_cast<RuleTarget>(i);
        }
    }
    return std::nullopt;
}

Category categoryOf(RuleTarget target)
{
    switch (target) {
    case RuleTarget::Product:
        return Category::Product;
    case RuleTarget::Logistics:
        return Category::Logistics;
    case RuleTarget::AfterSales:
        return Category::AfterSales;
    case RuleTarget::Price:
        return Category::Price;
    default:
        return Category::Other;
    }
}

RuleTarget targetOf(Category category)
{
    switch (category) {
    case Category::Product:
        return RuleTarget::Product;
    case Category::Logistics:
        return RuleTarget::Logistics;
    case Category::AfterSales:
        return RuleTarget::AfterSales;
    case Category::Price:
        return RuleTarget::Price;
    case Category::Other:
        break;
    }
    return RuleTarget::Other;
}

} // namespace rd
