#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace rd {

// The variables a reply template may use (docs/templates.md). Templates are checked against
// this list when they are loaded: an unknown name is an error, never silently left in a reply.
class TemplateVariables
{
public:
    struct Variable
    {
        std::string_view name;
        std::string_view description;
    };

    static constexpr std::string_view kCustomerName = "customer_name";
    static constexpr std::string_view kProduct = "product";
    static constexpr std::string_view kSku = "sku";
    static constexpr std::string_view kOrderId = "order_id";
    static constexpr std::string_view kShop = "shop";
    static constexpr std::string_view kAgentName = "agent_name";
    static constexpr std::string_view kAgentTitle = "agent_title";
    static constexpr std::string_view kProblem = "problem";
    static constexpr std::string_view kRemedy = "remedy";
    static constexpr std::string_view kReviewDate = "review_date";
    static constexpr std::string_view kFollowUpDate = "follow_up_date";
    static constexpr std::string_view kToday = "today";

    // Every known variable with a one-line description (the template editor's completion).
    static const std::vector<Variable>& all();
    static bool isKnown(std::string_view name);
};

} // namespace rd
