// The user rule file as the rule editor reads and writes it (UserRuleDocument, RuleDraft).
#include "classify/UserRuleDocument.h"
#include "classify/RuleFileParser.h"

#include "TestSupport.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

using namespace rd;

namespace {

std::optional<RuleFile> parse(const std::string& text, std::vector<RuleProblem>& problems)
{
    return RuleFileParser::parse(text, "rules.json", problems);
}

} // namespace

TEST(UserRuleDocumentTest, ReadsRulesDisabledIdsAndKeepsTheRest)
{
    const std::string text = R"(// my rules
{
  "description": "shop rules",
  "settings": {"minScore": 1.5},
  "rules": [
    {"id": "en.other.verdict", "disabled": true},
    {"id": "my.logistics.box", "target": "logistics", "weight": 2.5, "language": ["ru", "en"],
     "terms": ["коробк* ... мят*", "box crushed"], "excludeClause": ["not"], "negatable": false,
     "note": "boxes"}
  ]
})";
    std::string error;
    auto doc = UserRuleDocument::fromText(text, error);
    ASSERT_TRUE(doc) << error;
    EXPECT_EQ(doc->disabled(), std::vector<std::string>{"en.other.verdict"});
    ASSERT_EQ(doc->rules().size(), 1u);
    const RuleDraft& d = doc->rules()[0];
    EXPECT_EQ(d.id, "my.logistics.box");
    EXPECT_EQ(d.target, "logistics");
    EXPECT_DOUBLE_EQ(d.weight, 2.5);
    EXPECT_EQ(d.languages, (std::vector<std::string>{"ru", "en"}));
    EXPECT_EQ(d.terms, (std::vector<std::string>{"коробк* ... мят*", "box crushed"}));
    EXPECT_EQ(d.excludeClause, std::vector<std::string>{"not"});
    EXPECT_FALSE(d.negatable);
    EXPECT_EQ(d.note, "boxes");
    EXPECT_TRUE(d.unknownKeys.empty());

    // Written again: the parser accepts it and finds the same content.
    std::vector<int> lines;
    const std::string again = doc->toText(&lines);
    std::vector<RuleProblem> problems;
    auto file = parse(again, problems);
    ASSERT_TRUE(file) << (problems.empty() ? again : problems[0].toString());
    ASSERT_EQ(file->rules.size(), 1u);
    EXPECT_EQ(file->rules[0].id, "my.logistics.box");
    EXPECT_EQ(file->rules[0].line, lines.at(0));
    EXPECT_EQ(file->disabled.size(), 1u);
    EXPECT_EQ(file->settings.size(), 1u);
    const auto json = nlohmann::json::parse(again);
    EXPECT_EQ(json["description"], "shop rules");
    std::string error2;
    auto reread = UserRuleDocument::fromText(again, error2);
    ASSERT_TRUE(reread);
    EXPECT_TRUE(reread->rules()[0].sameContent(d));
    EXPECT_EQ(reread->toText(), again);
}

TEST(UserRuleDocumentTest, KeepsWhatItDoesNotKnowSoTheParserStillSeesIt)
{
    std::string error;
    auto doc = UserRuleDocument::fromText(
        R"({"rules": [{"id": "a.b", "target": "price", "wieght": 2, "terms": "cheap"}]})", error);
    ASSERT_TRUE(doc) << error;
    ASSERT_EQ(doc->rules().size(), 1u);
    EXPECT_FALSE(doc->rules()[0].unknownKeys.empty());
    std::vector<RuleProblem> problems;
    EXPECT_FALSE(parse(doc->toText(), problems));
    ASSERT_GE(problems.size(), 2u);
    std::string all;
    for (const RuleProblem& p : problems) {
        all += p.toString() + "\n";
        EXPECT_GT(p.line, 1);
    }
    EXPECT_NE(all.find("wieght"), std::string::npos) << all;
    EXPECT_NE(all.find("\"terms\""), std::string::npos) << all;
}

TEST(UserRuleDocumentTest, EmptyAndBrokenFiles)
{
    UserRuleDocument empty;
    std::vector<RuleProblem> problems;
    auto file = parse(empty.toText(), problems);
    ASSERT_TRUE(file) << empty.toText();
    EXPECT_TRUE(file->rules.empty());

    std::string error;
    EXPECT_FALSE(UserRuleDocument::fromText("{\n  \"rules\": [\n    {\"id\": }\n", error));
    EXPECT_EQ(error.rfind("3:", 0), 0u) << error;
    EXPECT_FALSE(UserRuleDocument::fromText("[1, 2]", error));
}

TEST(UserRuleDocumentTest, DisablingAndLookingUp)
{
    UserRuleDocument doc;
    doc.setDisabled("x.y", true);
    doc.setDisabled("x.y", true);
    EXPECT_EQ(doc.disabled().size(), 1u);
    EXPECT_TRUE(doc.isDisabled("x.y"));
    doc.setDisabled("x.y", false);
    EXPECT_FALSE(doc.isDisabled("x.y"));
    RuleDraft d;
    d.id = "mine";
    d.terms = {"word"};
    doc.rules().push_back(d);
    EXPECT_EQ(doc.indexOf("mine"), 0);
    EXPECT_EQ(doc.indexOf("other"), -1);
}

TEST(RuleDraftTest, BuiltinRulesAsDrafts)
{
    std::vector<RuleProblem> problems;
    const auto drafts = RuleDraft::builtin(test::fixture("evaluation/rules"), problems);
    EXPECT_TRUE(problems.empty());
    ASSERT_EQ(drafts.size(), 5u);
    EXPECT_EQ(drafts[0].id, "t.product.broken");
    EXPECT_EQ(drafts[0].terms, (std::vector<std::string>{"broke{,n}", "stopped working"}));
    EXPECT_EQ(drafts[0].languages, std::vector<std::string>{"en"});
    EXPECT_EQ(drafts[4].category, "product");
    EXPECT_GT(drafts[4].line, 1);
    EXPECT_NE(drafts[4].file.find("test.json"), std::string::npos);
}
