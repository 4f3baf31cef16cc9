// Rule files: parsing, line numbers of problems, merging, user overrides, the built-in set.
#include "TestSupport.h"

#include "classify/ClassifierFactory.h"
#include "classify/RuleFileParser.h"
#include "classify/RuleSet.h"
#include "classify/TermPattern.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>

#include <set>

using namespace rd;

namespace {

std::vector<RuleProblem> problemsOf(const std::string& text)
{
    std::vector<RuleProblem> problems;
    RuleFileParser::parse(text, "test.json", problems);
    return problems;
}

RuleProblem onlyProblem(const std::string& text)
{
    auto problems = problemsOf(text);
    EXPECT_EQ(problems.size(), 1u);
    return problems.empty() ? RuleProblem{} : problems.front();
}

Review reviewOf(const std::string& text)
{
    Review r;
    r.text = text;
    r.rating = 1;
    return r;
}

RuleSources fixtureSources(const std::string& user = {})
{
    RuleSources s;
    s.builtinDir = test::fixture("rules/engine");
    s.userFile = user;
    return s;
}

} // namespace

TEST(TermPatternTest, ParsesWildcardsBracesPartsAndBoundaries)
{
    std::string error;
    auto stem = TermPattern::parse("Достав*", true, error);
    ASSERT_TRUE(stem) << error;
    ASSERT_EQ(stem->variants.size(), 1u);
    const TermLiteral& l = stem->variants[0][0].alternatives[0];
    EXPECT_EQ(l.text, "достав");
    EXPECT_TRUE(l.startBoundary);
    EXPECT_FALSE(l.endBoundary);
    EXPECT_TRUE(l.openEnd);

    auto forms = TermPattern::parse("сломал{ся,ась,ось}", true, error);
    ASSERT_TRUE(forms);
    EXPECT_EQ(forms->variants[0][0].alternatives.size(), 3u);

    auto parts = TermPattern::parse("размер ... {мал*,велик*}", true, error);
    ASSERT_TRUE(parts);
    ASSERT_EQ(parts->variants[0].size(), 2u);
    EXPECT_FALSE(parts->variants[0][1].adjacent);

    auto adjacent = TermPattern::parse("пункт* выдачи", true, error);
    ASSERT_TRUE(adjacent);
    ASSERT_EQ(adjacent->variants[0].size(), 2u);
    EXPECT_TRUE(adjacent->variants[0][1].adjacent);

    auto chinese = TermPattern::parse("质量差", true, error);
    ASSERT_TRUE(chinese);
    EXPECT_FALSE(chinese->variants[0][0].alternatives[0].startBoundary); // substrings

    auto fullWidth = TermPattern::parse("ＲＥＦＵＮＤ", true, error);
    ASSERT_TRUE(fullWidth);
    EXPECT_EQ(fullWidth->variants[0][0].alternatives[0].text, "refund");
}

TEST(TermPatternTest, RejectsBadTermsWithAReason)
{
    std::string error;
    EXPECT_FALSE(TermPattern::parse("", true, error));
    EXPECT_EQ(error, "empty term");
    EXPECT_FALSE(TermPattern::parse("  ", true, error));
    EXPECT_FALSE(TermPattern::parse("дос*тавка", true, error));
    EXPECT_NE(error.find("'*'"), std::string::npos);
    EXPECT_FALSE(TermPattern::parse("сломал{ся,ась", true, error));
    EXPECT_NE(error.find("'{'"), std::string::npos);
    EXPECT_FALSE(TermPattern::parse("a{b,{c,d}}", true, error));
    EXPECT_FALSE(TermPattern::parse("x ... ", true, error));
    EXPECT_FALSE(TermPattern::parse("a*", true, error)); // too short for a wildcard
    EXPECT_FALSE(TermPattern::parse("a ... b", false, error));
    EXPECT_FALSE(TermPattern::parse("line\nbreak", true, error));
    EXPECT_FALSE(TermPattern::parse("{a,b}{c,d}{e,f}{g,h}{i,j}{k,l}{m,n}{o,p}{q,r}", true, error));
    EXPECT_NE(error.find("more than"), std::string::npos);
}

TEST(RuleFileParserTest, SyntaxErrorNamesLineAndColumn)
{
    const std::string text = test::readFile(test::fixture("rules/broken-syntax.json"));
    const RuleProblem p = onlyProblem(text);
    EXPECT_EQ(p.file, "test.json");
    EXPECT_EQ(p.line, 5);
    EXPECT_EQ(p.column, 5);
    EXPECT_NE(p.message.find("not valid JSON"), std::string::npos) << p.message;
    EXPECT_EQ(p.toString().rfind("test.json:5:5: not valid JSON", 0), 0u) << p.toString();
}

TEST(RuleFileParserTest, SemanticErrorsNameTheLineOfTheOffendingValue)
{
    const std::string text = test::readFile(test::fixture("rules/broken-semantic.json"));
    std::vector<RuleProblem> problems;
    EXPECT_FALSE(RuleFileParser::parse(text, "broken-semantic.json", problems));
    ASSERT_EQ(problems.size(), 2u);
    EXPECT_EQ(problems[0].line, 6);
    EXPECT_EQ(problems[0].column, 16);
    EXPECT_NE(problems[0].message.find("unknown target 'delivery'"), std::string::npos);
    EXPECT_EQ(problems[1].line, 10);
    EXPECT_NE(problems[1].message.find("empty term"), std::string::npos);
}

TEST(RuleFileParserTest, RejectsTyposAndBadValues)
{
    auto p = onlyProblem(
        R"({"rules": [{"id": "a", "target": "product", "wieght": 2, "terms": ["x"]}]})");
    EXPECT_NE(p.message.find("unknown key 'wieght'"), std::string::npos);
    p = onlyProblem(
        R"({"rules": [{"id": "a", "target": "product", "weight": 0, "terms": ["x"]}]})");
    EXPECT_NE(p.message.find("\"weight\""), std::string::npos);
    p = onlyProblem(R"({"rules": [{"id": "a b", "target": "product", "terms": ["x"]}]})");
    EXPECT_NE(p.message.find("\"id\""), std::string::npos);
    p = onlyProblem(R"({"rules": [{"id": "a", "target": "product", "terms": []}]})");
    EXPECT_NE(p.message.find("is empty"), std::string::npos);
    p = onlyProblem(
        R"({"rules": [{"id": "a", "target": "product", "language": "de", "terms": ["x"]}]})");
    EXPECT_NE(p.message.find("unknown language 'de'"), std::string::npos);
    p = onlyProblem(R"({"settings": {"minScore": "high"}})");
    EXPECT_NE(p.message.find("minScore"), std::string::npos);
    p = onlyProblem(R"({"format": "other/2"})");
    EXPECT_NE(p.message.find("format"), std::string::npos);
    p = onlyProblem(
        R"({"rules": [{"id": "a", "target": "product", "category": "price", "terms": ["x"]}]})");
    EXPECT_NE(p.message.find("flag rules"), std::string::npos);
    p = onlyProblem("[]");
    EXPECT_NE(p.message.find("JSON object"), std::string::npos);
    p = onlyProblem("");
    EXPECT_EQ(p.line, 1);
    auto two = problemsOf(R"({"rules": [{"id": "a", "target": "product", "terms": ["x"]},
                                        {"id": "a", "target": "price", "terms": ["y"]}]})");
    ASSERT_EQ(two.size(), 1u);
    EXPECT_EQ(two[0].line, 2);
    EXPECT_NE(two[0].message.find("used twice"), std::string::npos);
}

TEST(RuleFileParserTest, AcceptsCommentsAndRecordsRuleLines)
{
    const std::string text = "// a comment\n{\n  /* block\n  comment */\n  \"rules\": [\n"
                             "    {\"id\": \"a\", \"target\": \"product\", \"terms\": [\"x\"]}\n"
                             "  ]\n}\n";
    std::vector<RuleProblem> problems;
    auto file = RuleFileParser::parse(text, "c.json", problems);
    ASSERT_TRUE(file);
    EXPECT_TRUE(problems.empty());
    ASSERT_EQ(file->rules.size(), 1u);
    EXPECT_EQ(file->rules[0].line, 6);
    EXPECT_EQ(file->rules[0].file, "c.json");
}

TEST(RuleSetTest, UserFileOverridesDisablesAndExtends)
{
    const ClassifierLoad load =
        ClassifierFactory::load(fixtureSources(test::fixture("rules/user-override.json")));
    ASSERT_TRUE(load.classifier);
    EXPECT_TRUE(load.problems.empty()) << load.problems.front().toString();
    const Classification late = load.classifier->classify(reviewOf("курьер опоздал"));
    EXPECT_EQ(late.category, Category::AfterSales); // the user's rule replaced the built-in one
    ASSERT_EQ(late.evidence.size(), 1u);
    EXPECT_EQ(late.evidence[0].ruleId, "ru.logistics.late");
    const Classification verdict = load.classifier->classify(reviewOf("ужас"));
    EXPECT_TRUE(verdict.evidence.empty()); // switched off
    EXPECT_EQ(load.classifier->classify(reviewOf("в магазине дешевле")).category, Category::Price);
}

TEST(RuleSetTest, BrokenUserFileIsRejectedAndLastGoodRulesStayInForce)
{
    test::TempDir dir;
    const std::string user = dir.file("rules.json");
    test::writeFile(user, test::readFile(test::fixture("rules/user-override.json")));
    const ClassifierLoad good = ClassifierFactory::load(fixtureSources(user));
    EXPECT_FALSE(good.rejected);
    EXPECT_TRUE(QFile::exists(QString::fromStdString(user + ".last-good")));

    test::writeFile(user, test::readFile(test::fixture("rules/broken-semantic.json")));
    const ClassifierLoad broken = ClassifierFactory::load(fixtureSources(user));
    EXPECT_TRUE(broken.rejected);
    ASSERT_GE(broken.problems.size(), 2u);
    EXPECT_EQ(broken.problems[0].file, user);
    EXPECT_EQ(broken.problems[0].line, 6);
    // The last good copy is used: the override of ru.logistics.late still applies.
    EXPECT_EQ(broken.classifier->classify(reviewOf("курьер опоздал")).category,
              Category::AfterSales);
    EXPECT_EQ(broken.classifier->rulesetVersion(), good.classifier->rulesetVersion());

    // Without a last good copy only the built-in rules remain.
    QFile::remove(QString::fromStdString(user + ".last-good"));
    const ClassifierLoad bare = ClassifierFactory::load(fixtureSources(user));
    EXPECT_TRUE(bare.rejected);
    EXPECT_EQ(bare.classifier->classify(reviewOf("курьер опоздал")).category, Category::Logistics);
}

TEST(RuleSetTest, VersionFollowsTheRuleFiles)
{
    const auto a = ClassifierFactory::load(fixtureSources());
    const auto b = ClassifierFactory::load(fixtureSources());
    const auto c =
        ClassifierFactory::load(fixtureSources(test::fixture("rules/user-override.json")));
    EXPECT_EQ(a.classifier->rulesetVersion(), b.classifier->rulesetVersion());
    EXPECT_NE(a.classifier->rulesetVersion(), c.classifier->rulesetVersion());
    EXPECT_EQ(a.classifier->rulesetVersion().rfind("rs-", 0), 0u);
    EXPECT_EQ(a.classifier->rulesetVersion().size(), 15u);
}

TEST(RuleSetTest, DuplicateIdsAcrossBuiltinFilesAreReported)
{
    test::TempDir dir;
    const std::string rule = R"({"rules": [{"id": "same", "target": "product", "terms": ["x"]}]})";
    test::writeFile(dir.file("a.json"), rule);
    test::writeFile(dir.file("b.json"), rule);
    RuleSources s;
    s.builtinDir = dir.path();
    const ClassifierLoad load = ClassifierFactory::load(s);
    ASSERT_EQ(load.problems.size(), 1u);
    EXPECT_NE(load.problems[0].message.find("already defined"), std::string::npos);
    EXPECT_EQ(load.classifier->ruleCount(), 1u);
}

// The rule files shipped in resources/rules load cleanly, both from the source tree and from
// the program's resources, and cover every category and flag in every language.
TEST(BuiltinRulesTest, LoadWithoutProblemsAndCoverEveryTarget)
{
    for (const std::string& dir : {test::sourceDir() + "/resources/rules", std::string()}) {
        RuleSources s;
        s.builtinDir = dir;
        const ClassifierLoad load = ClassifierFactory::load(s);
        for (const RuleProblem& p : load.problems) {
            ADD_FAILURE() << p.toString();
        }
        ASSERT_GT(load.classifier->ruleCount(), 0u) << "no rules in '" << dir << "'";
    }
    std::set<std::pair<std::string, std::string>> covered;
    const QDir dir(QString::fromStdString(test::sourceDir() + "/resources/rules"));
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        std::vector<RuleProblem> problems;
        auto file = RuleFileParser::parse(test::readFile(dir.filePath(name).toStdString()),
                                          name.toStdString(), problems);
        ASSERT_TRUE(file);
        for (const Rule& r : file->rules) {
            for (Language l : {Language::Zh, Language::Ru, Language::En}) {
                if (r.languages & languageBit(l)) {
                    covered.emplace(std::string(toKey(l)), std::string(toKey(r.target)));
                }
            }
        }
    }
    for (const char* lang : {"zh", "ru", "en"}) {
        for (int t = 0; t < kRuleTargetCount; ++t) {
            EXPECT_TRUE(covered.count({lang, std::string(toKey(static_cast<RuleTarget>(t)))}))
                << lang << " has no rule for " << toKey(static_cast<RuleTarget>(t));
        }
    }
}
