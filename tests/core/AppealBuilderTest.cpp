#include "appeal/AppealBuilder.h"

#include <gtest/gtest.h>

using namespace rd;

namespace {

Review ozonReview()
{
    Review r;
    r.platform = Platform::Ozon;
    r.externalId = "OZ-77";
    r.sku = "123456";
    r.product = "Настольная лампа";
    r.orderId = "0412-55";
    r.customerName = "Иван";
    r.rating = 1;
    r.publishedAt = 1'700'000'000'000; // 2023-11-14 22:13 UTC
    r.text = "Верните 5000 рублей, иначе оставлю плохой отзыв 😡 на всё!";
    return r;
}

Evidence suspiciousAt(int begin, int end, std::string rule = "suspicious.extortion")
{
    Evidence e;
    e.ruleId = std::move(rule);
    e.target = "suspicious";
    e.begin = begin;
    e.end = end;
    return e;
}

bool has(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

} // namespace

TEST(AppealBuilder, OzonAppealIsRussianWithReviewOrderRuleEvidenceAndContacts)
{
    AppealRequest req;
    req.review = ozonReview();
    req.evidence = {suspiciousAt(0, 7)}; // "Верните"
    ContactEntry call;
    call.channel = ContactChannel::Phone;
    call.at = 1'700'100'000'000;
    call.offered = "замена лампы";
    call.buyerAnswer = "требует деньги";
    req.contacts = {call};
    req.agentName = "Ли Мин";
    const std::string text = AppealBuilder::build(req);
    EXPECT_TRUE(has(text, "Жалоба на отзыв"));
    EXPECT_TRUE(has(text, "OZ-77"));
    EXPECT_TRUE(has(text, "Заказ: 0412-55"));
    EXPECT_TRUE(has(text, "Артикул: 123456"));
    EXPECT_TRUE(has(text, "Оценка: 1 из 5"));
    EXPECT_TRUE(has(text, "2023-11-14 22:13 UTC"));
    EXPECT_TRUE(has(text, "Правила публикации отзывов Ozon"));
    EXPECT_TRUE(has(text, "вымогательство"));
    EXPECT_TRUE(has(text, "телефон; предложено: замена лампы; ответ покупателя: требует деньги"));
    EXPECT_TRUE(has(text, "«Верните 5000 рублей, иначе…»"));
    EXPECT_TRUE(has(text, "Ли Мин"));
    EXPECT_FALSE(has(text, "Amazon"));
}

TEST(AppealBuilder, WordingFollowsTheMarketplace)
{
    AppealRequest req;
    req.review = ozonReview();
    req.review.platform = Platform::Amazon;
    req.ground = AppealGround::Advertising;
    const std::string en = AppealBuilder::build(req);
    EXPECT_TRUE(has(en, "Amazon's Community Guidelines prohibit promotional content"));
    EXPECT_TRUE(has(en, "No contact with the buyer took place."));

    req.review.platform = Platform::Taobao;
    req.review.rating.reset();
    req.review.polarity = Polarity::Negative;
    req.ground = AppealGround::Unrelated;
    const std::string zh = AppealBuilder::build(req);
    EXPECT_TRUE(has(zh, "《淘宝网评价规范》"));
    EXPECT_TRUE(has(zh, "无关"));
    EXPECT_TRUE(has(zh, "评价类型: 差评"));
    EXPECT_EQ(AppealBuilder::languageFor(Platform::Wildberries), Language::Ru);

    // Every platform and ground has its own rule sentence.
    for (Platform p : kAllPlatforms) {
        for (AppealGround g : kAllAppealGrounds) {
            EXPECT_FALSE(AppealBuilder::ruleText(p, g).empty());
        }
    }
}

TEST(AppealBuilder, EvidenceOffsetsAreCodePointsAndBadOnesAreSkipped)
{
    Review r = ozonReview();
    r.text = "𝒜😡 плати или 1 звезда";
    // "плати" starts after two non-BMP characters and a space: code points 3..8.
    auto quotes = AppealBuilder::quotedEvidence(
        r, {suspiciousAt(3, 8), suspiciousAt(3, 8), suspiciousAt(5, 999), suspiciousAt(4, 2)});
    ASSERT_EQ(quotes.size(), 1u); // duplicates merged, impossible offsets dropped
    EXPECT_EQ(quotes[0], "𝒜😡 плати или 1 звезда");

    Evidence negated = suspiciousAt(3, 8);
    negated.negated = true;
    Evidence category = suspiciousAt(3, 8);
    category.target = "product";
    EXPECT_TRUE(AppealBuilder::quotedEvidence(r, {negated, category}).empty());
}

TEST(AppealBuilder, SuggestsTheGroundFromTheRules)
{
    EXPECT_EQ(AppealBuilder::suggestGround({}), AppealGround::Extortion);
    EXPECT_EQ(AppealBuilder::suggestGround({suspiciousAt(0, 1, "susp.competitor_ad")}),
              AppealGround::Advertising);
    EXPECT_EQ(AppealBuilder::suggestGround({suspiciousAt(0, 1, "offtopic.boycott"),
                                            suspiciousAt(0, 1, "offtopic.news"),
                                            suspiciousAt(0, 1, "threat.rating")}),
              AppealGround::Unrelated);
    EXPECT_EQ(appealGroundFromKey("abuse"), AppealGround::Abuse);
    EXPECT_FALSE(appealGroundFromKey("spam"));
}
