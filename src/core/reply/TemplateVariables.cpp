#include "reply/TemplateVariables.h"

#include <algorithm>

namespace rd {

const std::vector<TemplateVariables::Variable>& TemplateVariables::all()
{
    static const std::vector<Variable> variables = {
        {kCustomerName, "the buyer's name as the marketplace gives it"},
        {kProduct, "the product name of the review"},
        {kSku, "the product's SKU / article"},
        {kOrderId, "the order number"},
        {kShop, "the shop: the review's own, else the one in the draft options"},
        {kAgentName, "the support agent's name (draft options)"},
        {kAgentTitle, "the support agent's title (draft options)"},
        {kProblem, "the buyer's own words that decided the category (from the evidence)"},
        {kRemedy, "the offered remedy: the draft options' one, else the template's default"},
        {kReviewDate, "the date the review was published"},
        {kFollowUpDate, "the follow-up date set on the review"},
        {kToday, "the date the draft is generated"},
    };
    return variables;
}

bool TemplateVariables::isKnown(std::string_view name)
{
    const auto& vars = all();
    return std::any_of(vars.begin(), vars.end(), [&](const Variable& v) { return v.name == name; });
}

} // namespace rd
