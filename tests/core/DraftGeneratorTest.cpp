#include "reply/DraftGenerator.h"
#include "reply/TemplateLibrary.h"
#include "reply/VariantPicker.h"

#include "text/Utf8.h"

#include <gtest/gtest.h>

#include <set>

using namespace rd;

namespace {

constexpr Timestamp kNow = 1'795'000'000'000; // 2026-11-18

Evidence evidenceFor(const std::string& text, const std::string& words, const std::string& target,
                     double weight = 1.0)
{
    const std::size_t byte = text.find(words);
    EXPECT_NE(byte, std::string::npos) << words;
    Evidence e;
    e.ruleId = "t." + target;
    e.term = words;
    e.target = target;
    e.begin = static_cast<int>(utf8::length(text.substr(0, byte)));
    e.end = e.begin + static_cast<int>(utf8::length(words));
    e.weight = weight;
    return e;
}

ReviewRecord record(const std::string& externalId, Platform platform, Language language, int stars,
                    const std::string& text, std::optional<Category> category)
{
    ReviewRecord rec;
    rec.review.id = 1;
    rec.review.externalId = externalId;
    rec.review.platform = platform;
    rec.review.language = language;
    rec.review.rating = stars;
    rec.review.polarity = polarityFromRating(stars);
    rec.review.text = text;
    rec.review.publishedAt = 1'794'500'000'000; // 2026-11-12
    rec.autoCategory = category;
    return rec;
}

class DraftGeneratorTest : public ::testing::Test
{
protected:
    TemplateLibrary library = TemplateLibrary::builtIn();
};

} // namespace

TEST_F(DraftGeneratorTest, ComplaintNamesTheProblemInTheReviewLanguage)
{
    const std::string text = "Платье красивое, но маломерит на два размера.";
    auto rec = record("ozon-1", Platform::Ozon, Language::Ru, 2, text, Category::Product);
    DraftGenerator gen(library, {});
    const DraftOutcome out = gen.generate(rec, {evidenceFor(text, "маломерит", "product")}, kNow);
    ASSERT_EQ(out.status, DraftOutcome::Status::Ok) << out.reason;
    const ReplyDraft& d = out.draft;
    EXPECT_EQ(d.templateId, "product.size");
    EXPECT_EQ(d.language, Language::Ru);
    EXPECT_NE(d.text.find("«маломерит на два размера»"), std::string::npos) << d.text;
    EXPECT_NE(d.text.find("обменять товар на другой размер"), std::string::npos) << d.text;
    EXPECT_NE(d.text.find("уважаемый покупатель"), std::string::npos); // no name: fallback
    EXPECT_NE(d.text.find("команда магазина"), std::string::npos);
    EXPECT_EQ(d.text.find('{'), std::string::npos) << d.text;
    EXPECT_TRUE(d.missing.empty());
    EXPECT_FALSE(d.overLimit);
    EXPECT_EQ(d.state, DraftState::Draft);
    EXPECT_EQ(d.reviewId, 1);
    EXPECT_EQ(d.createdAt, kNow);
}

TEST_F(DraftGeneratorTest, ChineseAndEnglishReviewsGetRepliesInTheirLanguage)
{
    const std::string zh = "物流太慢了，等了一个星期";
    auto zrec = record("tb-1", Platform::Taobao, Language::Zh, 1, zh, Category::Logistics);
    DraftGenerator gen(library, {});
    auto z = gen.generate(zrec, {evidenceFor(zh, "物流太慢", "logistics")}, kNow).draft;
    EXPECT_EQ(z.templateId, "logistics.late");
    EXPECT_NE(z.text.find("“物流太慢了”"), std::string::npos) << z.text;
    EXPECT_LE(ReplyLimits::length(z.text), 500);

    const std::string en = "Great color, but the zipper broke after two days.";
    auto erec = record("am-1", Platform::Amazon, Language::En, 1, en, Category::Product);
    auto e = gen.generate(erec, {evidenceFor(en, "broke", "product")}, kNow).draft;
    EXPECT_EQ(e.templateId, "product.defect");
    EXPECT_NE(e.text.find("\"the zipper broke after two days\""), std::string::npos) << e.text;
}

TEST_F(DraftGeneratorTest, KindOrderIsSafetySuspiciousPositiveComplaint)
{
    auto rec = record("1", Platform::Ozon, Language::Ru, 5, "Отлично", std::nullopt);
    EXPECT_EQ(DraftGenerator::kindOf(rec), TemplateKind::Positive);
    rec.suspicious = true;
    EXPECT_EQ(DraftGenerator::kindOf(rec), TemplateKind::Suspicious);
    rec.safety = true;
    EXPECT_EQ(DraftGenerator::kindOf(rec), TemplateKind::Safety);
    auto neutral = record("2", Platform::Ozon, Language::Ru, 3, "Так себе", Category::Other);
    EXPECT_EQ(DraftGenerator::kindOf(neutral), TemplateKind::Complaint);
    neutral.review.rating.reset();
    neutral.review.polarity = Polarity::Positive; // a 好评 label without stars
    EXPECT_EQ(DraftGenerator::kindOf(neutral), TemplateKind::Positive);
}

TEST_F(DraftGeneratorTest, PositiveSuspiciousAndSafetyTemplates)
{
    DraftGenerator gen(library, {});
    auto pos = record("p", Platform::Amazon, Language::En, 5, "Love it", std::nullopt);
    EXPECT_EQ(gen.generate(pos, {}, kNow).draft.templateId, "positive");

    auto sus = record("s", Platform::Ozon, Language::Ru, 1, "Верните деньги или поставлю 1",
                      Category::Price);
    sus.suspicious = true;
    const auto s = gen.generate(sus, {}, kNow).draft;
    EXPECT_EQ(s.templateId, "suspicious");
    EXPECT_TRUE(s.missing.empty());

    const std::string text = "Зарядка сильно нагрелась и задымилась";
    auto danger = record("d", Platform::Ozon, Language::Ru, 1, text, Category::Product);
    danger.safety = true;
    const auto d = gen.generate(danger,
                                {evidenceFor(text, "задымилась", "safety", 3),
                                 evidenceFor(text, "нагрелась", "product", 1)},
                                kNow)
                       .draft;
    EXPECT_EQ(d.templateId, "safety");
    EXPECT_NE(d.text.find("задымилась"), std::string::npos) << d.text;
    EXPECT_NE(d.text.find("вернуть деньги"), std::string::npos) << d.text;
}

TEST_F(DraftGeneratorTest, FourStarReviewWithACauseGetsAThankYouThatNamesTheRemark)
{
    DraftGenerator gen(library, {});
    const std::string text = "Крем хороший, но коробка пришла вся мятая.";
    const auto ev = std::vector<Evidence>{evidenceFor(text, "мятая", "logistics")};
    auto four = record("r4", Platform::Ozon, Language::Ru, 4, text, Category::Logistics);
    const auto d = gen.generate(four, ev, kNow).draft;
    EXPECT_EQ(d.templateId, "positive.remark");
    EXPECT_NE(d.text.find("«коробка пришла вся мятая»"), std::string::npos) << d.text;
    EXPECT_TRUE(d.missing.empty());
    // Five stars, or a four-star review with no actionable cause: the plain thank-you.
    auto five = record("r5", Platform::Ozon, Language::Ru, 5, text, Category::Logistics);
    EXPECT_EQ(gen.generate(five, ev, kNow).draft.templateId, "positive");
    auto plain = record("r6", Platform::Ozon, Language::Ru, 4, "Хороший крем", Category::Other);
    EXPECT_EQ(gen.generate(plain, {}, kNow).draft.templateId, "positive");
}

TEST_F(DraftGeneratorTest, ProblemComesFromTheEvidenceThatChoseTheSubReason)
{
    const std::string text = "Запах резкий, а ещё платье маломерит";
    auto rec = record("sr", Platform::Ozon, Language::Ru, 2, text, Category::Product);
    DraftGenerator gen(library, {});
    const auto d = gen.generate(rec, {evidenceFor(text, "Запах резкий", "product", 3.0),
                                      evidenceFor(text, "маломерит", "product", 1.0)},
                                kNow)
                       .draft;
    EXPECT_EQ(d.templateId, "product.size");
    EXPECT_NE(d.text.find("«платье маломерит»"), std::string::npos) << d.text;
    EXPECT_EQ(d.text.find("резкий"), std::string::npos) << d.text;
}

TEST_F(DraftGeneratorTest, UnclassifiedComplaintGetsNoDraft)
{
    DraftGenerator gen(library, {});
    auto rec = record("u", Platform::Ozon, Language::Ru, 1, "Ужас", std::nullopt);
    const auto out = gen.generate(rec, {}, kNow);
    EXPECT_EQ(out.status, DraftOutcome::Status::Unclassified);
    EXPECT_FALSE(out.reason.empty());
}

TEST_F(DraftGeneratorTest, OverrideCategoryWithoutEvidenceNeedsTheProblem)
{
    const std::string text = "Коробка пришла мятая, внутри всё разбито";
    auto rec = record("o", Platform::Ozon, Language::Ru, 1, text, Category::Product);
    rec.overrideCategory = Category::Logistics;
    DraftGenerator gen(library, {});
    // The automatic evidence voted for product; the person said logistics.
    const auto d = gen.generate(rec, {evidenceFor(text, "разбито", "product")}, kNow).draft;
    EXPECT_EQ(d.templateId, "logistics");
    EXPECT_EQ(d.missing, std::vector<std::string>{"problem"});
    EXPECT_NE(d.text.find("{problem}"), std::string::npos);
}

TEST_F(DraftGeneratorTest, ContextAndReviewFieldsFillTheVariablesVerbatim)
{
    TemplateLibrary lib;
    lib.addJson(R"({"templates": [{"id": "t", "category": "price", "remedy": {"en": "refund"},
      "variants": {"en": [["Dear {customer_name}, order {order_id} of {product} ({sku}) {review_date}.",
        "{problem} / {remedy} / {today} / {follow_up_date|no follow-up}",
        "{agent_name}, {agent_title}, {shop}"]]}}]})",
                "t.json");
    const std::string text = "Price dropped next day";
    auto rec = record("x", Platform::Amazon, Language::En, 2, text, Category::Price);
    rec.review.customerName = "{agent_name} O'Brien";
    rec.review.orderId = "=1+2";
    rec.review.product = "Kettle {shop}";
    rec.review.sku = "K-1";
    DraftGenerator gen(lib, {"Li Wei", "Care lead", "Fallback shop", ""});
    auto d = gen.generate(rec, {evidenceFor(text, "Price dropped", "price")}, kNow).draft;
    EXPECT_EQ(d.text,
              "Dear {agent_name} O'Brien, order =1+2 of Kettle {shop} (K-1) November 12, 2026.\n"
              "price dropped next day / refund / November 18, 2026 / no follow-up\n"
              "Li Wei, Care lead, Fallback shop");
    EXPECT_TRUE(d.missing.empty());

    rec.review.shop = "Own shop";
    rec.workflow.followUpAt = 1'795'100'000'000;
    DraftGenerator withRemedy(lib, {"Li Wei", "Care lead", "Fallback shop", "send $5 back"});
    d = withRemedy.generate(rec, {evidenceFor(text, "Price dropped", "price")}, kNow).draft;
    EXPECT_NE(d.text.find("/ send $5 back /"), std::string::npos) << d.text;
    EXPECT_NE(d.text.find("November 19, 2026"), std::string::npos) << d.text;
    EXPECT_NE(d.text.find("Care lead, Own shop"), std::string::npos) << d.text;
}

TEST_F(DraftGeneratorTest, MissingValuesAreListed)
{
    TemplateLibrary lib;
    lib.addJson(R"({"templates": [{"id": "t", "kind": "positive",
      "variants": {"ru": ["Заказ {order_id}, {agent_name}: {customer_name|покупатель}"]}}]})",
                "t.json");
    auto rec = record("m", Platform::Ozon, Language::Ru, 5, "Супер", std::nullopt);
    DraftGenerator gen(lib, {});
    auto d = gen.generate(rec, {}, kNow).draft;
    EXPECT_EQ(d.missing, (std::vector<std::string>{"order_id", "agent_name"}));
    EXPECT_EQ(d.text, "Заказ {order_id}, {agent_name}: покупатель");
    rec.review.orderId = "777";
    DraftGenerator named(lib, {"Анна", "", "", ""});
    d = named.generate(rec, {}, kNow).draft;
    EXPECT_TRUE(d.missing.empty());
    EXPECT_EQ(d.text, "Заказ 777, Анна: покупатель");
}

TEST_F(DraftGeneratorTest, VariantIsStablePerReviewAndSpreadAcrossSimilarReviews)
{
    DraftGenerator gen(library, {});
    const std::string text = "Курьер привёз заказ на неделю позже срока";
    std::set<int> variants;
    std::set<std::string> texts;
    for (int i = 0; i < 30; ++i) {
        auto rec = record("ozon-" + std::to_string(1000 + i), Platform::Ozon, Language::Ru, 1, text,
                          Category::Logistics);
        rec.review.id = i + 1;
        const auto ev = std::vector<Evidence>{evidenceFor(text, "позже срока", "logistics")};
        const auto first = gen.generate(rec, ev, kNow).draft;
        const auto again = gen.generate(rec, ev, kNow + 5000).draft;
        EXPECT_EQ(first.variant, again.variant);
        EXPECT_EQ(first.text, again.text);
        variants.insert(first.variant);
        texts.insert(first.text);
    }
    EXPECT_EQ(variants.size(), 3u);
    EXPECT_EQ(texts.size(), 3u);
}

TEST_F(DraftGeneratorTest, VariantHashIsFixedAcrossMachines)
{
    Review r;
    r.platform = Platform::Ozon;
    r.externalId = "abc";
    EXPECT_EQ(VariantPicker::pick(r, "product", 3), 0);
    r.platform = Platform::Taobao;
    r.externalId = "zh-000123";
    EXPECT_EQ(VariantPicker::pick(r, "logistics.late", 3), 2);
    r.platform = Platform::Amazon;
    r.externalId = "en-000001";
    EXPECT_EQ(VariantPicker::pick(r, "positive", 4), 1);
    EXPECT_EQ(VariantPicker::pick(r, "positive", 1), 0);
}

TEST_F(DraftGeneratorTest, OverLongDraftIsFlaggedNotCut)
{
    const std::string text = "质量太差了";
    auto rec = record("t", Platform::Taobao, Language::Zh, 1, text, Category::Product);
    const std::string remedy(600, 'x');
    DraftGenerator gen(library, {"", "", "", remedy});
    const auto d = gen.generate(rec, {evidenceFor(text, "质量太差", "product")}, kNow).draft;
    EXPECT_TRUE(d.overLimit);
    EXPECT_NE(d.text.find(remedy), std::string::npos);
    EXPECT_GT(ReplyLimits::length(d.text), 600);

    TemplateLibrary unlimited = TemplateLibrary::builtIn();
    unlimited.limits().setLimit(Platform::Taobao, 0);
    DraftGenerator free(unlimited, {"", "", "", remedy});
    EXPECT_FALSE(
        free.generate(rec, {evidenceFor(text, "质量太差", "product")}, kNow).draft.overLimit);
}

TEST_F(DraftGeneratorTest, UnknownLanguageFollowsThePlatform)
{
    Review r;
    r.platform = Platform::Wildberries;
    EXPECT_EQ(DraftGenerator::replyLanguage(r), Language::Ru);
    r.platform = Platform::Taobao;
    EXPECT_EQ(DraftGenerator::replyLanguage(r), Language::Zh);
    r.platform = Platform::Other;
    EXPECT_EQ(DraftGenerator::replyLanguage(r), Language::En);
    r.language = Language::Ru;
    EXPECT_EQ(DraftGenerator::replyLanguage(r), Language::Ru);
}

TEST_F(DraftGeneratorTest, NoTemplateIsReported)
{
    TemplateLibrary lib;
    lib.addJson(R"({"templates": [{"id": "t", "category": "price", "variants": {"en": ["x"]}}]})",
                "t.json");
    DraftGenerator gen(lib, {});
    auto rec = record("n", Platform::Ozon, Language::Ru, 1, "Дорого", Category::Price);
    const auto out = gen.generate(rec, {}, kNow);
    EXPECT_EQ(out.status, DraftOutcome::Status::NoTemplate);
    EXPECT_NE(out.reason.find("ru"), std::string::npos);
}

TEST_F(DraftGeneratorTest, DatesAreWrittenPerLanguage)
{
    EXPECT_EQ(DraftGenerator::formatDate(1'794'500'000'000, Language::Ru), "12.11.2026");
    EXPECT_EQ(DraftGenerator::formatDate(1'794'500'000'000, Language::En), "November 12, 2026");
    EXPECT_EQ(DraftGenerator::formatDate(1'794'500'000'000, Language::Zh), "2026年11月12日");
}
