#include "ReportFixture.h"

#include "report/LightStemmer.h"
#include "report/PhraseNormalizer.h"

#include <algorithm>

using namespace rd;
using namespace rd::test;

TEST(ReportPhraseNormalizer, GroupsInflectedFormsOfARuleTerm)
{
    using P = PhraseNormalizer;
    EXPECT_EQ(P::key("маломерит"), P::key("Маломерят"));
    EXPECT_EQ(P::key("маломерит"), P::key("маломер*"));
    EXPECT_EQ(P::key("маломерит"), "маломер");
    EXPECT_EQ(P::key("сломался"), P::key("сломалась"));
    EXPECT_EQ(P::key("сломался"), P::key("сломан"));
    EXPECT_EQ(P::key("доставка"), P::key("доставки"));
    EXPECT_EQ(P::key("доставка"), P::key("доставку"));
    EXPECT_EQ(P::key("ещё"), P::key("еще"));
    EXPECT_EQ(P::key("Runs small"), "run small");
    EXPECT_EQ(P::key("runs  small"), P::key("running small"));
    EXPECT_EQ(P::key("deliver*"), "deliver");
    EXPECT_EQ(P::key("delivered"), "deliver");
    EXPECT_EQ(P::key("stopped working"), P::key("stop working"));
    EXPECT_EQ(P::key("ＦＡＫＥ"), "fake");
    // Chinese is matched as written: no stemming, no splitting.
    EXPECT_EQ(P::key("尺码偏小"), "尺码偏小");
    EXPECT_EQ(P::key("质量差 poor"), "质量差 poor");
    // Different words stay apart.
    EXPECT_NE(P::key("брак"), P::key("бракованный товар"));
    EXPECT_NE(P::key("runs small"), P::key("runs large"));
    // Nothing to group by.
    EXPECT_EQ(P::key("***"), "");
    EXPECT_EQ(P::key(""), "");
    // Bad UTF-8 does not break it.
    EXPECT_NO_THROW(P::key(std::string("\xff\xfe брак", 7)));
}

TEST(ReportLightStemmer, EnglishStepOne)
{
    auto s = [](const char32_t* w) { return LightStemmer::stemEnglish(w); };
    EXPECT_EQ(s(U"caresses"), U"caress");
    EXPECT_EQ(s(U"ponies"), U"poni");
    EXPECT_EQ(s(U"cats"), U"cat");
    EXPECT_EQ(s(U"agreed"), U"agree");
    EXPECT_EQ(s(U"hopping"), U"hop");
    EXPECT_EQ(s(U"filing"), U"file");
    EXPECT_EQ(s(U"sized"), U"size");
    EXPECT_EQ(s(U"happy"), U"happi");
    EXPECT_EQ(s(U"is"), U"is");
}

namespace {

class ReportPhraseTest : public ReportFixture
{
protected:
    std::int64_t complaint(int rating, Category category, const std::string& sku,
                           std::vector<Evidence> ev, Timestamp at = kW47 + kDay)
    {
        return add(Spec(at, rating, category, sku, sku == "SKU-1" ? "Dress" : "Cap", Platform::Ozon,
                        "Shop A", Polarity::Unknown, false, std::move(ev)));
    }
};

} // namespace

TEST_F(ReportPhraseTest, MostFrequentPhrasesPerCategoryThisWeek)
{
    const auto P = Category::Product;
    const auto L = Category::Logistics;
    const std::int64_t a = complaint(
        2, P, "SKU-1", {evidence("маломерит", "product"), evidence("маломерит", "product")});
    const std::int64_t b = complaint(2, P, "SKU-1", {evidence("маломерят", "product")});
    const std::int64_t c = complaint(1, P, "SKU-1",
                                     {evidence("маломер*", "product"), evidence("брак", "product"),
                                      evidence("курьер", "logistics")});
    const std::int64_t d = complaint(2, P, "SKU-2", {evidence("маломерит", "product")});
    complaint(3, P, "SKU-2", {evidence("маломерит", "product", true)}); // negated: not counted
    const std::int64_t e =
        complaint(1, L, "SKU-2", {evidence("курьер", "logistics"), evidence("брак", "product")});
    complaint(5, P, "SKU-1", {evidence("маломерит", "product")});         // praise: not a complaint
    complaint(1, P, "SKU-1", {evidence("брак", "product")}, kW47 - kDay); // last week

    const WeeklyReport r = report(options());
    const auto& phrases = r.phrases();
    ASSERT_EQ(phrases.size(), 3u);
    EXPECT_EQ(phrases[0].bucket, 0);
    EXPECT_EQ(phrases[0].key, "маломер");
    EXPECT_EQ(phrases[0].reviews, 4);          // once per review, whatever the repetitions
    EXPECT_EQ(phrases[0].phrase, "маломерит"); // the most frequent term as written
    EXPECT_EQ(phrases[0].topProduct.key, "SKU-1");
    EXPECT_EQ(phrases[0].topProductReviews, 3);
    EXPECT_EQ(phrases[1].key, "брак");
    EXPECT_EQ(phrases[1].reviews, 1);
    EXPECT_EQ(phrases[2].bucket, 1);
    EXPECT_EQ(phrases[2].key, "курьер");
    EXPECT_EQ(phrases[2].reviews, 1);

    std::vector<std::int64_t> ids = r.reviewIds({IsoWeek{2026, 47}, 0, {}, "маломер"});
    std::sort(ids.begin(), ids.end());
    EXPECT_EQ(ids, (std::vector<std::int64_t>{a, b, c, d}));
    EXPECT_EQ(r.reviewIds({IsoWeek{2026, 47}, 1, {}, "курьер"}), std::vector<std::int64_t>{e});
    EXPECT_TRUE(r.reviewIds({IsoWeek{2026, 47}, 0, {}, "курьер"}).empty());
    // Phrases belong to the report week only.
    EXPECT_TRUE(r.reviewIds({IsoWeek{2026, 46}, 0, {}, "брак"}).empty());
}

TEST_F(ReportPhraseTest, TiedTermsAreLabelledByTheShortest)
{
    complaint(2, Category::Product, "SKU-1", {evidence("маломерит", "product")});
    complaint(2, Category::Product, "SKU-1", {evidence("маломер*", "product")});
    const auto phrases = report(options()).phrases();
    ASSERT_EQ(phrases.size(), 1u);
    EXPECT_EQ(phrases[0].phrase, "маломер*");
    EXPECT_EQ(phrases[0].reviews, 2);
}

TEST_F(ReportPhraseTest, OverrideMovesAReviewsPhrasesToItsNewCategory)
{
    const std::int64_t a =
        complaint(2, Category::Product, "SKU-1",
                  {evidence("брак", "product"), evidence("упаковка", "logistics")});
    store->classifications().setOverride(a,
                                         {Category::Logistics, std::nullopt, std::nullopt, "m", 1});
    const auto phrases = report(options()).phrases();
    ASSERT_EQ(phrases.size(), 1u);
    EXPECT_EQ(phrases[0].bucket, 1);
    EXPECT_EQ(phrases[0].phrase, "упаковка");
}

TEST_F(ReportPhraseTest, KeepsTheTopNPerCategory)
{
    for (int i = 0; i < 4; ++i) {
        std::vector<Evidence> ev;
        for (int j = 0; j <= i; ++j) {
            ev.push_back(evidence("term" + std::string(1, char('a' + j)), "product"));
        }
        complaint(1, Category::Product, "SKU-1", ev);
    }
    ReportOptions o = options();
    o.topPhrases = 2;
    const auto phrases = report(o).phrases();
    ASSERT_EQ(phrases.size(), 2u);
    EXPECT_EQ(phrases[0].phrase, "terma");
    EXPECT_EQ(phrases[0].reviews, 4);
    EXPECT_EQ(phrases[1].phrase, "termb");
    EXPECT_EQ(phrases[1].reviews, 3);
}
