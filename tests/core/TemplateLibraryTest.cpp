#include "TestSupport.h"

#include "reply/TemplateError.h"
#include "reply/TemplateLibrary.h"
#include "reply/TemplateVariables.h"

#include <gtest/gtest.h>

#include <set>

using namespace rd;

namespace {

constexpr Language kLanguages[] = {Language::Zh, Language::Ru, Language::En};

TemplateQuery complaint(Category category, Language language, Platform platform = Platform::Other,
                        std::vector<std::vector<std::string>> evidence = {})
{
    TemplateQuery q;
    q.kind = TemplateKind::Complaint;
    q.category = category;
    q.language = language;
    q.platform = platform;
    q.evidence = std::move(evidence);
    return q;
}

TemplateQuery ofKind(TemplateKind kind, Language language)
{
    TemplateQuery q;
    q.kind = kind;
    q.language = language;
    return q;
}

// Expects `json` to be rejected and returns the error.
TemplateError rejected(TemplateLibrary& library, const std::string& json,
                       const std::string& name = "user.json")
{
    try {
        library.addJson(json, name);
    } catch (const TemplateError& e) {
        return e;
    }
    ADD_FAILURE() << "accepted: " << json;
    return TemplateError(name, 0, 0, "", "");
}

const char* kMinimal = R"({"templates": [
  {"id": "x.product", "category": "product", "variants": {"en": ["Sorry about {problem}."]}}
]})";

} // namespace

TEST(TemplateLibrary, BuiltInSetCoversEveryCategoryAndLanguageWithThreeVariants)
{
    const TemplateLibrary lib = TemplateLibrary::builtIn();
    for (Category c : kAllCategories) {
        for (Language l : kLanguages) {
            for (Platform p :
                 {Platform::Ozon, Platform::Amazon, Platform::Taobao, Platform::Other}) {
                const ReplyTemplate* t = lib.select(complaint(c, l, p));
                ASSERT_NE(t, nullptr) << toKey(c) << " " << toKey(l) << " " << toKey(p);
                EXPECT_TRUE(t->subReason.empty()) << t->id;
                EXPECT_GE(t->variantsFor(l)->size(), 3u) << t->id << " " << toKey(l);
            }
        }
    }
    for (TemplateKind k :
         {TemplateKind::Positive, TemplateKind::Suspicious, TemplateKind::Safety}) {
        for (Language l : kLanguages) {
            const ReplyTemplate* t = lib.select(ofKind(k, l));
            ASSERT_NE(t, nullptr) << toKey(k) << " " << toKey(l);
            EXPECT_GE(t->variantsFor(l)->size(), 3u) << t->id;
        }
    }
}

TEST(TemplateLibrary, BuiltInTextsFollowTheReplyPractice)
{
    const TemplateLibrary lib = TemplateLibrary::builtIn();
    for (const ReplyTemplate& t : lib.templates()) {
        for (const auto& [lang, texts] : t.variants) {
            std::set<std::string> distinct;
            for (const TemplateText& text : texts) {
                const std::string where = t.id + " " + std::string(toKey(lang));
                distinct.insert(text.source());
                const bool complaint = t.kind == TemplateKind::Complaint;
                // Complaints and safety name the buyer's problem (except "other", which has no
                // actionable cause) and offer the remedy; a suspicious review gets neither.
                if ((complaint && t.category != Category::Other) ||
                    t.kind == TemplateKind::Safety) {
                    EXPECT_TRUE(text.uses(TemplateVariables::kProblem)) << where;
                }
                if (complaint || t.kind == TemplateKind::Safety) {
                    EXPECT_TRUE(text.uses(TemplateVariables::kRemedy)) << where;
                    EXPECT_TRUE(t.remedy.count(lang)) << where;
                } else {
                    EXPECT_FALSE(text.uses(TemplateVariables::kRemedy)) << where;
                    // A thank-you names the problem only when it answers a remark.
                    EXPECT_EQ(text.uses(TemplateVariables::kProblem), !t.subReason.empty())
                        << where;
                }
                // Nothing is left to fill in when the review gives no name, shop or agent.
                TemplateText::Values values{{"problem", "x"}, {"remedy", "y"}};
                EXPECT_TRUE(text.render(values).missing.empty()) << where;
                EXPECT_TRUE(text.uses(TemplateVariables::kCustomerName)) << where;
                EXPECT_TRUE(text.uses(TemplateVariables::kAgentName)) << where;
            }
            EXPECT_EQ(distinct.size(), texts.size()) << t.id << ": identical variants";
        }
    }
}

TEST(TemplateLibrary, BuiltInRepliesFitThePlatformLimits)
{
    const TemplateLibrary lib = TemplateLibrary::builtIn();
    const std::string longProblem(80, 'x'); // the longest phrase ProblemPhrase takes
    for (const ReplyTemplate& t : lib.templates()) {
        for (const auto& [lang, texts] : t.variants) {
            const Platform platform = lang == Language::Zh   ? Platform::Taobao
                                      : lang == Language::Ru ? Platform::Ozon
                                                             : Platform::Amazon;
            for (const TemplateText& text : texts) {
                TemplateText::Values v{{"problem", longProblem},
                                       {"remedy", t.remedy.count(lang) ? t.remedy.at(lang) : ""},
                                       {"customer_name", "Customer Name"},
                                       {"agent_name", "Agent Name"},
                                       {"agent_title", "Customer Care Lead"},
                                       {"shop", "Shop Name"}};
                const std::string out = text.render(v).text;
                EXPECT_FALSE(lib.limits().exceeds(platform, out))
                    << t.id << " " << toKey(lang) << ": " << ReplyLimits::length(out);
            }
        }
    }
}

TEST(TemplateLibrary, SubReasonWinsWhenItsPatternMatchesTheEvidence)
{
    const TemplateLibrary lib = TemplateLibrary::builtIn();
    auto pick = [&](Category c, Language l, std::vector<std::vector<std::string>> ev) {
        const ReplyTemplate* t = lib.select(complaint(c, l, Platform::Ozon, std::move(ev)));
        return t ? t->id : std::string("none");
    };
    EXPECT_EQ(pick(Category::Product, Language::Ru, {{"маломерит"}}), "product.size");
    EXPECT_EQ(pick(Category::Product, Language::En, {{"runs", "small", "runs small"}}),
              "product.size");
    EXPECT_EQ(pick(Category::Product, Language::Zh, {{"尺码偏小"}}), "product.size");
    EXPECT_EQ(pick(Category::Product, Language::Ru, {{"сломался"}}), "product.defect");
    EXPECT_EQ(pick(Category::Product, Language::Ru, {{"запах"}}), "product");
    EXPECT_EQ(pick(Category::Logistics, Language::Zh, {{"物流太慢"}}), "logistics.late");
    EXPECT_EQ(pick(Category::Logistics, Language::En, {{"wrong item"}}), "logistics.wrong_item");
    EXPECT_EQ(pick(Category::AfterSales, Language::En, {{"refund"}}), "after_sales.refund");
    EXPECT_EQ(pick(Category::Price, Language::Ru, {{"цена упала"}}), "price.drop");
    // The strongest evidence decides between two sub-reasons.
    EXPECT_EQ(pick(Category::Product, Language::En, {{"broke"}, {"small"}}), "product.defect");
    EXPECT_EQ(pick(Category::Product, Language::En, {{"small"}, {"broke"}}), "product.size");
    // Rule ids match too.
    EXPECT_EQ(pick(Category::Product, Language::En, {{"en.product.size.small"}}), "product.size");
    // Within one evidence item, a pattern matching the buyer's words beats one matching only the
    // rule id (a rule may cover two sub-reasons, as "damaged_wrong" does).
    EXPECT_EQ(pick(Category::Logistics, Language::En,
                   {{"wrong item", "wrong", "item", "en.logistics.damaged_wrong"}}),
              "logistics.wrong_item");
    EXPECT_EQ(pick(Category::Logistics, Language::En, {{"crushed", "en.logistics.damaged_wrong"}}),
              "logistics.damaged");
    // The index of the evidence that chose the sub-reason is reported.
    std::optional<std::size_t> matched;
    lib.select(complaint(Category::Product, Language::En, Platform::Amazon, {{"smell"}, {"small"}}),
               &matched);
    EXPECT_EQ(matched, 1u);
    lib.select(complaint(Category::Product, Language::En, Platform::Amazon, {{"smell"}}), &matched);
    EXPECT_FALSE(matched);
    // A sub-reason of another category never applies.
    EXPECT_EQ(pick(Category::Price, Language::En, {{"broke"}}), "price");
}

TEST(TemplateLibrary, PlatformSpecificTemplateWinsOverGeneric)
{
    TemplateLibrary lib = TemplateLibrary::builtIn();
    lib.addJson(R"({"templates": [{"id": "ozon.product", "category": "product",
        "platforms": ["ozon", "wildberries"], "variants": {"ru": ["Озон: {problem}"]}}]})",
                "user.json");
    EXPECT_EQ(lib.select(complaint(Category::Product, Language::Ru, Platform::Ozon))->id,
              "ozon.product");
    EXPECT_EQ(lib.select(complaint(Category::Product, Language::Ru, Platform::Wildberries))->id,
              "ozon.product");
    // Platform before sub-reason: the user's Ozon template also beats built-in sub-reasons.
    EXPECT_EQ(
        lib.select(complaint(Category::Product, Language::Ru, Platform::Ozon, {{"маломерит"}}))->id,
        "ozon.product");
    EXPECT_EQ(lib.select(complaint(Category::Product, Language::Ru, Platform::Amazon))->id,
              "product");
    // No Ozon text in English: the generic one is used.
    EXPECT_EQ(lib.select(complaint(Category::Product, Language::En, Platform::Ozon))->id,
              "product");
}

TEST(TemplateLibrary, NoTemplateForALanguageWithoutTexts)
{
    TemplateLibrary lib;
    lib.addJson(kMinimal, "min.json");
    EXPECT_NE(lib.select(complaint(Category::Product, Language::En)), nullptr);
    EXPECT_EQ(lib.select(complaint(Category::Product, Language::Ru)), nullptr);
    EXPECT_EQ(lib.select(complaint(Category::Price, Language::En)), nullptr);
    EXPECT_EQ(lib.select(ofKind(TemplateKind::Positive, Language::En)), nullptr);
}

TEST(TemplateLibrary, UserFileOverridesLanguageByLanguageAndCanDisable)
{
    test::TempDir dir;
    const std::string user = dir.file("templates.json");
    test::writeFile(user, R"({
  "format": "reviewdesk-templates", "version": 1,
  "limits": {"ozon": 3000, "taobao": 0},
  "templates": [
    {"id": "product", "variants": {"ru": ["Свой текст: «{problem}», {remedy}."]},
     "remedy": {"ru": "вернуть деньги"}},
    {"id": "price.gift", "disabled": true},
    {"id": "my.extra", "kind": "positive", "variants": {"en": ["Thanks, {customer_name|friend}!"]}}
  ]})");
    const TemplateLibrary lib = TemplateLibrary::withUserFile(user);
    const ReplyTemplate* product = lib.find("product");
    ASSERT_NE(product, nullptr);
    EXPECT_EQ(product->source, user);
    ASSERT_EQ(product->variantsFor(Language::Ru)->size(), 1u);
    EXPECT_EQ(product->remedy.at(Language::Ru), "вернуть деньги");
    EXPECT_GE(product->variantsFor(Language::En)->size(), 3u); // kept from the built-in set
    EXPECT_FALSE(product->remedy.at(Language::En).empty());
    EXPECT_EQ(product->category, Category::Product);
    EXPECT_EQ(lib.find("price.gift"), nullptr);
    // A later template of the same kind and specificity wins.
    EXPECT_EQ(lib.select(ofKind(TemplateKind::Positive, Language::En))->id, "my.extra");
    EXPECT_EQ(lib.select(ofKind(TemplateKind::Positive, Language::Ru))->id, "positive");
    EXPECT_EQ(lib.limits().limit(Platform::Ozon), 3000);
    EXPECT_EQ(lib.limits().limit(Platform::Taobao), 0);
    EXPECT_EQ(lib.limits().limit(Platform::Amazon), 1000);
    EXPECT_EQ(lib.sources().back(), user);
}

TEST(TemplateLibrary, MissingUserFileMeansBuiltInOnly)
{
    test::TempDir dir;
    const TemplateLibrary lib = TemplateLibrary::withUserFile(dir.file("none.json"));
    EXPECT_EQ(lib.templates().size(), TemplateLibrary::builtIn().templates().size());
    EXPECT_EQ(lib.limits().limit(Platform::Taobao), 500);
}

TEST(TemplateLibrary, UnknownVariableNamesFileTemplateLineAndColumn)
{
    TemplateLibrary lib = TemplateLibrary::builtIn();
    const auto before = lib.templates().size();
    const std::string json = "{\"templates\": [\n"
                             "  {\"id\": \"ok\", \"category\": \"price\",\n"
                             "   \"variants\": {\"en\": [\"Fine {problem}\"]}},\n"
                             "  {\"id\": \"bad.one\", \"category\": \"product\",\n"
                             "   \"variants\": {\"ru\": [\"Первая {problem}\",\n"
                             "     [\"Здравствуйте!\", \"Ваш {agent} ответит\"]]}}\n"
                             "]}";
    const TemplateError e = rejected(lib, json, "/home/u/templates.json");
    EXPECT_EQ(e.file(), "/home/u/templates.json");
    EXPECT_EQ(e.templateId(), "bad.one");
    EXPECT_EQ(e.line(), 6);
    EXPECT_EQ(e.column(), 29); // the '{' of {agent} in the file's line 6
    EXPECT_NE(e.reason().find("ru variant 2"), std::string::npos) << e.what();
    EXPECT_NE(e.reason().find("unknown variable 'agent'"), std::string::npos);
    EXPECT_NE(std::string(e.what()).find("/home/u/templates.json:6:29: template 'bad.one'"),
              std::string::npos)
        << e.what();
    // Nothing of the rejected file was taken, not even its good template.
    EXPECT_EQ(lib.templates().size(), before);
    EXPECT_EQ(lib.find("ok"), nullptr);
}

TEST(TemplateLibrary, SyntaxErrorInsideOneStringReportsItsColumn)
{
    TemplateLibrary lib;
    const TemplateError e =
        rejected(lib, "{\"templates\": [{\"id\": \"t\", \"category\": \"other\",\n\"variants\": "
                      "{\"en\": [\"Hi {customer_name|x} and {oops\"]}}]}");
    EXPECT_EQ(e.line(), 2);
    EXPECT_EQ(e.column(), 47);
    EXPECT_NE(e.reason().find("unterminated"), std::string::npos);
}

TEST(TemplateLibrary, InvalidJsonNamesLineAndColumn)
{
    TemplateLibrary lib;
    const TemplateError e = rejected(lib, "{\"templates\": [\n  {\"id\": \"a\",,}\n]}");
    EXPECT_EQ(e.line(), 2);
    EXPECT_GT(e.column(), 0);
    EXPECT_NE(e.reason().find("not valid JSON"), std::string::npos);
}

TEST(TemplateLibrary, StructuralErrorsAreRejectedWithReasons)
{
    TemplateLibrary lib;
    auto reason = [&](const std::string& json) { return rejected(lib, json).reason(); };
    EXPECT_NE(reason(R"({"templates": [{"id": "a", "category": "product", "varaints": {}}]})")
                  .find("unknown field \"varaints\""),
              std::string::npos);
    EXPECT_NE(reason(R"({"templates": [{"id": "a", "variants": {"en": ["x"]}}]})")
                  .find("needs a \"category\""),
              std::string::npos);
    EXPECT_NE(reason(R"({"templates": [{"id": "a", "kind": "positive", "category": "price",
                 "variants": {"en": ["x"]}}]})")
                  .find("only complaint"),
              std::string::npos);
    EXPECT_NE(reason(R"({"templates": [{"id": "a", "category": "prodcut", "variants": {}}]})")
                  .find("\"category\" is one of"),
              std::string::npos);
    EXPECT_NE(reason(R"({"templates": [{"id": "a", "category": "price", "sub_reason": "x",
                 "variants": {"en": ["x"]}}]})")
                  .find("go together"),
              std::string::npos);
    EXPECT_NE(reason(R"({"templates": [{"id": "a", "category": "price", "platforms": ["ebay"],
                 "variants": {"en": ["x"]}}]})")
                  .find("unknown platform \"ebay\""),
              std::string::npos);
    EXPECT_NE(reason(R"({"templates": [{"id": "a", "category": "price",
                 "variants": {"de": ["x"]}}]})")
                  .find("unknown language \"de\""),
              std::string::npos);
    EXPECT_NE(reason(R"({"templates": [{"id": "a", "category": "price", "variants": {"en": []}}]})")
                  .find("non-empty array"),
              std::string::npos);
    EXPECT_NE(
        reason(R"({"templates": [{"id": "a", "category": "price", "variants": {"en": ["  "]}}]})")
            .find("non-empty string"),
        std::string::npos);
    EXPECT_NE(
        reason(R"({"templates": [{"id": "a", "category": "price"}]})").find("no \"variants\""),
        std::string::npos);
    EXPECT_NE(reason(R"({"templates": [{"category": "price"}]})").find("has no \"id\""),
              std::string::npos);
    EXPECT_NE(reason(R"({"templates": [{"id": "a b", "category": "price"}]})").find("an id uses"),
              std::string::npos);
    EXPECT_NE(reason(R"({"limits": {"ozon": -1}, "templates": []})").find("bad limit"),
              std::string::npos);
    EXPECT_NE(reason(R"({"version": 2, "templates": []})").find("version"), std::string::npos);
    EXPECT_NE(reason(R"([1, 2])").find("JSON object"), std::string::npos);
    EXPECT_NE(reason(R"({"templatez": []})").find("unknown top-level"), std::string::npos);
    const TemplateError dup = rejected(lib, "{\"templates\": [\n{\"id\": \"a\", \"category\": "
                                            "\"price\", \"variants\": {\"en\": [\"x\"]}},\n"
                                            "{\"id\": \"b\"},\n{\"id\": \"a\"}]}");
    EXPECT_NE(dup.reason().find("used twice"), std::string::npos);
    EXPECT_EQ(dup.line(), 4);
    EXPECT_TRUE(lib.templates().empty());
}

TEST(TemplateLibrary, BrokenUserFileIsRejectedNamingIt)
{
    test::TempDir dir;
    const std::string user = dir.file("templates.json");
    test::writeFile(user, R"({"templates": [{"id": "product", "variants": {"en": ["{nme}"]}}]})");
    try {
        TemplateLibrary::withUserFile(user);
        FAIL() << "accepted";
    } catch (const TemplateError& e) {
        EXPECT_EQ(e.file(), user);
        EXPECT_EQ(e.templateId(), "product");
        EXPECT_EQ(e.line(), 1);
    }
    TemplateLibrary lib;
    EXPECT_THROW(lib.addFile(dir.file("missing.json")), TemplateError);
}

TEST(TemplateLibrary, GlobMatching)
{
    EXPECT_TRUE(TemplateLibrary::globMatch("маломер*", "маломерит"));
    EXPECT_TRUE(TemplateLibrary::globMatch("*尺码*", "尺码偏小"));
    EXPECT_TRUE(TemplateLibrary::globMatch("*size*", "en.product.size"));
    EXPECT_TRUE(TemplateLibrary::globMatch("a*b*c", "aXXbYYc"));
    EXPECT_FALSE(TemplateLibrary::globMatch("a*b*c", "aXXbYY"));
    EXPECT_FALSE(TemplateLibrary::globMatch("мал", "маломерит"));
    EXPECT_TRUE(TemplateLibrary::globMatch("*", ""));
    EXPECT_EQ(TemplateLibrary::fold("МАЛОМЕРИТ Ёлка ＳＩＺＥ"), "маломерит елка size");
}
