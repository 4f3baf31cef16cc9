#include "reply/TemplateText.h"
#include "reply/TemplateVariables.h"

#include <gtest/gtest.h>

using namespace rd;

namespace {

TemplateText parseOk(const std::string& source)
{
    TemplateSyntaxError error;
    auto t = TemplateText::parse(source, error);
    EXPECT_TRUE(t.has_value()) << error.line << ":" << error.column << " " << error.message;
    return t ? *t : *TemplateText::parse("", error);
}

TemplateSyntaxError parseError(const std::string& source)
{
    TemplateSyntaxError error;
    EXPECT_FALSE(TemplateText::parse(source, error).has_value()) << source;
    return error;
}

} // namespace

TEST(TemplateText, InsertsValuesAndFallbacks)
{
    auto t = parseOk("Здравствуйте, {customer_name|уважаемый покупатель}! Заказ {order_id}.");
    auto named = t.render({{"customer_name", "Анна"}, {"order_id", "123-4"}});
    EXPECT_EQ(named.text, "Здравствуйте, Анна! Заказ 123-4.");
    EXPECT_TRUE(named.missing.empty());
    auto fallback = t.render({{"order_id", "9"}});
    EXPECT_EQ(fallback.text, "Здравствуйте, уважаемый покупатель! Заказ 9.");
    // A value of blanks counts as empty.
    auto blank = t.render({{"customer_name", "  "}, {"order_id", "9"}});
    EXPECT_EQ(blank.text, "Здравствуйте, уважаемый покупатель! Заказ 9.");
}

TEST(TemplateText, EmptyFallbackInsertsNothing)
{
    auto t = parseOk("Hi{customer_name|}!");
    EXPECT_EQ(t.render({}).text, "Hi!");
    EXPECT_TRUE(t.render({}).missing.empty());
}

TEST(TemplateText, FallbackKeepsBarsAndSpaces)
{
    auto t = parseOk("{ shop | a|b }");
    EXPECT_EQ(t.render({}).text, " a|b ");
    EXPECT_EQ(t.variables(), std::vector<std::string>{"shop"});
}

TEST(TemplateText, MissingValueWithoutFallbackIsListedAndLeftVisible)
{
    auto t = parseOk("Order {order_id}, {agent_name} / {order_id}");
    auto r = t.render({});
    EXPECT_EQ(r.missing, (std::vector<std::string>{"order_id", "agent_name"}));
    EXPECT_EQ(r.text, "Order {order_id}, {agent_name} / {order_id}");
    auto filled = t.render({{"order_id", "1"}, {"agent_name", "Li"}});
    EXPECT_TRUE(filled.missing.empty());
}

TEST(TemplateText, ValuesAreInsertedVerbatimAndNeverExpandedAgain)
{
    auto t = parseOk("Dear {customer_name}, from {agent_name}");
    auto r = t.render({{"customer_name", "{agent_name} {{x}} {unknown|y}"}, {"agent_name", "Li"}});
    EXPECT_EQ(r.text, "Dear {agent_name} {{x}} {unknown|y}, from Li");
    EXPECT_TRUE(r.missing.empty());
}

TEST(TemplateText, DoubledBracesAreLiteral)
{
    auto t = parseOk("{{customer_name}} is {customer_name|x} }}");
    EXPECT_EQ(t.render({}).text, "{customer_name} is x }");
    EXPECT_FALSE(t.uses("agent_name"));
    EXPECT_TRUE(t.uses("customer_name"));
}

TEST(TemplateText, UnknownVariableIsAnErrorWithPosition)
{
    auto e = parseError("Line one\nЗдравствуйте, {custmer_name|x}!");
    EXPECT_EQ(e.line, 2);
    EXPECT_EQ(e.column, 15); // code points, not bytes
    EXPECT_NE(e.message.find("unknown variable 'custmer_name'"), std::string::npos);
    EXPECT_NE(e.message.find("customer_name"), std::string::npos); // lists the known ones
}

TEST(TemplateText, MalformedBracesAreErrors)
{
    EXPECT_NE(parseError("Hi {customer_name").message.find("unterminated"), std::string::npos);
    EXPECT_NE(parseError("Hi {customer_name\n}").message.find("unterminated"), std::string::npos);
    auto stray = parseError("Hi customer_name}");
    EXPECT_NE(stray.message.find("unmatched"), std::string::npos);
    EXPECT_EQ(stray.column, 17);
    EXPECT_NE(parseError("{}").message.find("empty"), std::string::npos);
    EXPECT_NE(parseError("{ |fallback}").message.find("empty"), std::string::npos);
    EXPECT_NE(parseError("{a{b}}").message.find("inside"), std::string::npos);
    EXPECT_NE(parseError("{Customer_Name}").message.find("unknown"), std::string::npos);
    EXPECT_NE(parseError("{customer_name|{x}}").message.find("inside"), std::string::npos);
}

TEST(TemplateText, EveryKnownVariableParses)
{
    for (const auto& v : TemplateVariables::all()) {
        parseOk("{" + std::string(v.name) + "}");
        EXPECT_TRUE(TemplateVariables::isKnown(v.name));
    }
    EXPECT_FALSE(TemplateVariables::isKnown("agent"));
}

TEST(TemplateText, LineOfOnlyEmptyVariablesIsDropped)
{
    auto t = parseOk("Regards,\n{agent_name|Support}\n{agent_title|}\n  {shop|}  \nEnd");
    EXPECT_EQ(t.render({}).text, "Regards,\nSupport\nEnd");
    EXPECT_EQ(t.render({{"agent_title", "Lead"}, {"shop", "Acme"}}).text,
              "Regards,\nSupport\nLead\n  Acme  \nEnd");
    // A line with literal text stays even when its variables are empty.
    auto lit = parseOk("A\nTitle: {agent_title|}\nB");
    EXPECT_EQ(lit.render({}).text, "A\nTitle: \nB");
    // A missing value (no fallback) keeps its line: the placeholder is visible.
    auto missing = parseOk("A\n{agent_title}\nB");
    EXPECT_EQ(missing.render({}).text, "A\n{agent_title}\nB");
}

TEST(TemplateText, CarriageReturnsAreIgnored)
{
    auto t = parseOk("A\r\n{shop|}\r\nB");
    EXPECT_EQ(t.render({}).text, "A\nB");
}
