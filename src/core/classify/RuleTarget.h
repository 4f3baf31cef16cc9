#pragma once

#include "model/Enums.h"

#include <optional>
#include <string_view>

namespace rd {

// What a rule votes for: one of the taxonomy's five categories or one of its two flags.
enum class RuleTarget
{
    Product,
    Logistics,
    AfterSales,
    Price,
    Other,
    Suspicious,
    Safety,
};

inline constexpr int kRuleTargetCount = 7;
inline constexpr int kCategoryTargetCount = 5;

// "product", "logistics", "after_sales", "price", "other", "suspicious", "safety".
std::string_view toKey(RuleTarget target);
std::optional<RuleTarget> ruleTargetFromKey(std::string_view key);

inline bool isFlag(RuleTarget target)
{
    return target == RuleTarget::Suspicious || target == RuleTarget::Safety;
}

// The category a category target stands for (Other for the flags).
Category categoryOf(RuleTarget target);
RuleTarget targetOf(Category category);

} // namespace rd
