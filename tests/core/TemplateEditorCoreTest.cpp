// The core behind the template editor: length checks, the user file document (checked before it
// is written, written atomically), the coverage grid and drafting one chosen variant.
#include "TestSupport.h"

#include "reply/DraftGenerator.h"
#include "reply/TemplateCheck.h"
#include "reply/TemplateCoverage.h"
#include "reply/TemplateError.h"
#include "reply/TemplateLibrary.h"
#include "reply/TemplateUserFile.h"

#include <gtest/gtest.h>

using namespace rd;

namespace {

using Json = TemplateUserFile::Json;

Json entry(const std::string& id, const std::string& category, const std::string& en,
           Json platforms = Json::array())
{
    return Json{{"id", id},
                {"category", category},
                {"platforms", std::move(platforms)},
                {"variants", {{"en", Json::array({en})}}}};
}

std::string reasonOf(const TemplateUserFile& file, const TemplateLibrary& base)
{
    try {
        file.apply(base, "user.json");
    } catch (const TemplateError& e) {
        return e.what();
    }
    return {};
}

std::size_t rowOf(Category c)
{
    const auto& rows = TemplateCoverage::rows();
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (rows[i].category == c) {
            return i;
        }
    }
    return rows.size();
}

std::size_t columnOf(Language l, Platform p)
{
    const auto& columns = TemplateCoverage::columns();
    for (std::size_t i = 0; i < columns.size(); ++i) {
        if (columns[i].language == l && columns[i].platform == p) {
            return i;
        }
    }
    return columns.size();
}

} // namespace

TEST(TemplateCheck, SyntaxNamesUnknownVariablesAndUnbalancedBraces)
{
    EXPECT_FALSE(TemplateCheck::syntax("Hello {customer_name|there}, {{not a variable}}"));
    auto unknown = TemplateCheck::syntax("Hi\nSorry about {problme}.");
    ASSERT_TRUE(unknown);
    EXPECT_EQ(unknown->line, 2);
    EXPECT_EQ(unknown->column, 13);
    EXPECT_NE(unknown->message.find("unknown variable 'problme'"), std::string::npos);
    auto open = TemplateCheck::syntax("Sorry about {problem");
    ASSERT_TRUE(open);
    EXPECT_NE(open->message.find("unterminated '{'"), std::string::npos);
    auto close = TemplateCheck::syntax("Sorry about problem}");
    ASSERT_TRUE(close);
    EXPECT_EQ(close->column, 20);
    EXPECT_NE(close->message.find("unmatched '}'"), std::string::npos);
}

TEST(TemplateCheck, LengthsUseTheNamedPlatformsOrTheLanguagesHome)
{
    ReplyLimits limits;
    ReplyTemplate generic;
    generic.id = "g";
    TemplateSyntaxError error;
    const TemplateText text = *TemplateText::parse("About {problem}: {remedy}.", error);
    generic.remedy[Language::Zh] = "退货";
    auto zh = TemplateCheck::lengths(text, generic, Language::Zh, limits);
    ASSERT_EQ(zh.size(), 1u);
    EXPECT_EQ(zh[0].platform, Platform::Taobao);
    EXPECT_EQ(zh[0].limit, 500);
    // "About " + 80 x + ": " + 2 + "." = 6 + 80 + 2 + 2 + 1
    EXPECT_EQ(zh[0].length, 91);
    EXPECT_FALSE(zh[0].over());

    ReplyTemplate named = generic;
    named.platforms = {Platform::Ozon, Platform::Wildberries};
    limits.setLimit(Platform::Wildberries, 90);
    auto ru = TemplateCheck::lengths(text, named, Language::Ru, limits);
    ASSERT_EQ(ru.size(), 2u);
    EXPECT_EQ(ru[0].platform, Platform::Ozon);
    EXPECT_FALSE(ru[0].over());
    // No Russian remedy: the variable stays visible as "{remedy}", as in a draft needing input.
    EXPECT_EQ(ru[1].length, 97);
    EXPECT_TRUE(ru[1].over());
    limits.setLimit(Platform::Wildberries, 97);
    EXPECT_FALSE(TemplateCheck::lengths(text, named, Language::Ru, limits)[1].over());
    limits.setLimit(Platform::Wildberries, 96);
    EXPECT_TRUE(TemplateCheck::lengths(text, named, Language::Ru, limits)[1].over());
}

TEST(TemplateUserFile, MissingFileIsAnEmptyDocument)
{
    test::TempDir dir;
    const TemplateUserFile file = TemplateUserFile::load(dir.file("none.json"));
    EXPECT_TRUE(file.ids().empty());
    const TemplateLibrary lib = file.apply(TemplateLibrary::builtIn(), "none.json");
    EXPECT_EQ(lib.templates().size(), TemplateLibrary::builtIn().templates().size());
}

TEST(TemplateUserFile, BrokenJsonNamesFileLineAndColumn)
{
    try {
        TemplateUserFile::fromText("{\n  \"templates\": [\n    {\"id\": }\n  ]\n}", "t.json");
        FAIL() << "accepted";
    } catch (const TemplateError& e) {
        EXPECT_EQ(e.file(), "t.json");
        EXPECT_EQ(e.line(), 3);
        EXPECT_GT(e.column(), 0);
    }
    EXPECT_THROW(TemplateUserFile::fromText("[]", "t.json"), TemplateError);
    EXPECT_THROW(TemplateUserFile::fromText("{\"templates\": 1}", "t.json"), TemplateError);
}

TEST(TemplateUserFile, EditsKeepOtherFieldsAndOrder)
{
    TemplateUserFile file = TemplateUserFile::fromText(
        R"({"comment": "mine", "limits": {"ozon": 800}, "templates": [
             {"id": "a.one", "category": "price", "variants": {"en": ["A {problem}"]}},
             {"id": "b.two", "category": "other", "variants": {"en": ["B"]}}]})",
        "u.json");
    EXPECT_EQ(file.ids(), (std::vector<std::string>{"a.one", "b.two"}));
    file.setEntry(entry("a.one", "price", "A2 {problem}"));
    file.setEntry(entry("c.three", "product", "C"));
    EXPECT_EQ(file.ids(), (std::vector<std::string>{"a.one", "b.two", "c.three"}));
    EXPECT_EQ((*file.entry("a.one"))["variants"]["en"][0], "A2 {problem}");
    EXPECT_TRUE(file.removeEntry("b.two"));
    EXPECT_FALSE(file.removeEntry("b.two"));
    EXPECT_EQ(file.entry("b.two"), nullptr);
    const Json written = Json::parse(file.text());
    EXPECT_EQ(written["comment"], "mine");
    EXPECT_EQ(written["limits"]["ozon"], 800);
    const TemplateLibrary lib = file.apply(TemplateLibrary::builtIn(), "u.json");
    EXPECT_EQ(lib.limits().limit(Platform::Ozon), 800);
    ASSERT_NE(lib.find("c.three"), nullptr);
}

TEST(TemplateUserFile, SaveRefusesAnInvalidDocumentAndLeavesTheFile)
{
    test::TempDir dir;
    const std::string path = dir.file("templates.json");
    const std::string before = R"({"templates": []})";
    test::writeFile(path, before);
    const TemplateLibrary base = TemplateLibrary::builtIn();

    TemplateUserFile unknown;
    unknown.setEntry(entry("x.size", "product", "Sorry about {custmer_name}."));
    EXPECT_NE(reasonOf(unknown, base).find("unknown variable 'custmer_name'"), std::string::npos);
    EXPECT_THROW(unknown.save(path, base), TemplateError);
    EXPECT_EQ(test::readFile(path), before);

    TemplateUserFile tooLong;
    tooLong.setEntry(
        entry("x.long", "price", std::string(990, 'y') + " {problem}", Json::array({"amazon"})));
    const std::string reason = reasonOf(tooLong, base);
    EXPECT_NE(reason.find("template 'x.long': en variant 1 is 1071 characters on amazon, over "
                          "its limit of 1000"),
              std::string::npos)
        << reason;
    EXPECT_THROW(tooLong.save(path, base), TemplateError);
    EXPECT_EQ(test::readFile(path), before);

    TemplateUserFile noCategory;
    noCategory.setEntry(Json{{"id", "x.none"}, {"variants", {{"en", {"Hi"}}}}});
    EXPECT_NE(reasonOf(noCategory, base).find("needs a \"category\""), std::string::npos);
}

TEST(TemplateUserFile, SaveWritesWhatLoadReadsBack)
{
    test::TempDir dir;
    const std::string path = dir.file("templates.json");
    const TemplateLibrary base = TemplateLibrary::builtIn();
    TemplateUserFile file;
    ASSERT_NE(base.definition("product"), nullptr);
    Json override = *base.definition("product");
    override["variants"]["en"] = Json::array({"Sorry, {customer_name|friend}: {problem}. We can "
                                              "{remedy}."});
    file.setEntry(override);
    file.save(path, base);
    const TemplateLibrary reloaded = TemplateLibrary::withUserFile(path);
    const ReplyTemplate* t = reloaded.find("product");
    ASSERT_NE(t, nullptr);
    ASSERT_EQ(t->variantsFor(Language::En)->size(), 1u);
    EXPECT_EQ(t->variantsFor(Language::En)->front().source(),
              "Sorry, {customer_name|friend}: {problem}. We can {remedy}.");
    EXPECT_EQ(t->source, path);
    // The other languages are the built-in ones, copied in full.
    EXPECT_EQ(t->variantsFor(Language::Ru)->size(),
              base.find("product")->variantsFor(Language::Ru)->size());
    EXPECT_EQ(TemplateUserFile::load(path).text(), file.text());
}

TEST(TemplateUserFile, SaveReportsAnUnwritableFolder)
{
    test::TempDir dir;
    const std::string path = dir.file("missing-folder/templates.json");
    try {
        TemplateUserFile().save(path, TemplateLibrary::builtIn());
        FAIL() << "saved into a missing folder";
    } catch (const TemplateError& e) {
        EXPECT_EQ(e.file(), path);
        EXPECT_NE(e.reason().find("cannot write"), std::string::npos);
    }
}

TEST(TemplateCoverage, BuiltInSetLeavesNoGapAndADisabledTemplateOpensOne)
{
    const TemplateLibrary base = TemplateLibrary::builtIn();
    EXPECT_EQ(TemplateCoverage::rows().size(), 8u);
    EXPECT_EQ(TemplateCoverage::columns().size(), 15u);
    EXPECT_EQ(TemplateCoverage(base).gaps(), 0);

    TemplateLibrary lib = base;
    lib.addJson(R"({"templates": [{"id": "price", "disabled": true}]})", "u.json");
    const TemplateCoverage coverage(lib);
    const auto cell = coverage.cell(rowOf(Category::Price), columnOf(Language::Ru, Platform::Ozon));
    EXPECT_FALSE(cell.covered);
    // price.drop and price.gift still apply, but only to reviews with matching evidence.
    EXPECT_EQ(cell.templates, 2);
    EXPECT_EQ(coverage.gaps(), 15);
    EXPECT_TRUE(coverage.cell(rowOf(Category::Product), 0).covered);
}

TEST(TemplateCoverage, PlatformTemplatesCoverOnlyTheirColumns)
{
    TemplateLibrary lib;
    lib.addJson(R"({"templates": [
        {"id": "p.ozon", "category": "price", "platforms": ["ozon"],
         "variants": {"ru": ["Цена: {problem}"]}}]})",
                "u.json");
    const TemplateCoverage coverage(lib);
    const std::size_t row = rowOf(Category::Price);
    EXPECT_TRUE(coverage.cell(row, columnOf(Language::Ru, Platform::Ozon)).covered);
    EXPECT_EQ(coverage.cell(row, columnOf(Language::Ru, Platform::Ozon)).templates, 1);
    EXPECT_FALSE(coverage.cell(row, columnOf(Language::Ru, Platform::Amazon)).covered);
    EXPECT_FALSE(coverage.cell(row, columnOf(Language::En, Platform::Ozon)).covered);
    EXPECT_EQ(coverage.templates(row, columnOf(Language::Ru, Platform::Ozon)).front()->id,
              "p.ozon");
    EXPECT_EQ(coverage.gaps(), 8 * 15 - 1);
}

TEST(DraftGeneratorVariant, RendersTheChosenVariantOrRefusesOneOutOfRange)
{
    TemplateLibrary lib;
    lib.addJson(R"({"templates": [
        {"id": "p", "category": "price",
         "variants": {"en": ["One {problem}", "Two {customer_name|friend}", "Three"]}}]})",
                "u.json");
    ReviewRecord rec;
    rec.review.id = 7;
    rec.review.platform = Platform::Amazon;
    rec.review.language = Language::En;
    rec.review.rating = 1;
    rec.review.text = "too expensive";
    rec.autoCategory = Category::Price;
    DraftGenerator gen(lib, {});
    const DraftOutcome two = gen.generate(rec, {}, 0, "p", 1);
    ASSERT_EQ(two.status, DraftOutcome::Status::Ok) << two.reason;
    EXPECT_EQ(two.draft.variant, 1);
    EXPECT_EQ(two.draft.text, "Two friend");
    const DraftOutcome none = gen.generate(rec, {}, 0, "p", 3);
    EXPECT_EQ(none.status, DraftOutcome::Status::NoTemplate);
    EXPECT_NE(none.reason.find("no en variant 4"), std::string::npos);
    EXPECT_EQ(gen.generate(rec, {}, 0, "p", -1).status, DraftOutcome::Status::NoTemplate);
}

TEST(TemplateUserFile, EditsOfABuiltInTemplateKeepOnlyWhatChanged)
{
    const TemplateLibrary base = TemplateLibrary::builtIn();
    TemplateUserFile file;
    const auto ru = file.texts("product", Language::Ru, base);
    ASSERT_GE(ru.size(), 3u);
    EXPECT_NE(ru[0].find('\n'), std::string::npos); // written as lines in the built-in file
    EXPECT_EQ(file.entry("product"), nullptr);

    auto changed = ru;
    changed[1] = "Здравствуйте!\nВы пишете: «{problem}».";
    changed.push_back("Одна строка {agent_name|}");
    file.setTexts("product", Language::Ru, changed);
    file.setRemedy("product", Language::Ru, "вернуть деньги");
    const Json* own = file.entry("product");
    ASSERT_NE(own, nullptr);
    EXPECT_FALSE(own->contains("category")); // inherited from the built-in template
    EXPECT_FALSE((*own)["variants"].contains("en"));
    EXPECT_EQ((*own)["variants"]["ru"][1],
              Json::array({"Здравствуйте!", "Вы пишете: «{problem}»."}));
    EXPECT_EQ((*own)["variants"]["ru"][3], "Одна строка {agent_name|}");
    EXPECT_EQ(file.texts("product", Language::Ru, base), changed);
    EXPECT_EQ(file.texts("product", Language::En, base),
              TemplateUserFile().texts("product", Language::En, base));

    const TemplateLibrary lib = file.apply(base, "u.json");
    const ReplyTemplate* t = lib.find("product");
    ASSERT_NE(t, nullptr);
    EXPECT_EQ(t->variantsFor(Language::Ru)->size(), changed.size());
    EXPECT_EQ(t->remedy.at(Language::Ru), "вернуть деньги");
    EXPECT_EQ(t->category, Category::Product);

    file.setField("product", "platforms", Json::array({"ozon"}));
    EXPECT_EQ(file.effective("product", base)["platforms"], Json::array({"ozon"}));
    EXPECT_TRUE(file.removeEntry("product"));
    EXPECT_EQ(file.texts("product", Language::Ru, base), ru);
    EXPECT_TRUE(file.texts("no.such", Language::Ru, base).empty());
    EXPECT_TRUE(file.effective("no.such", base).is_null());
}
