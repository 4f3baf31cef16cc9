#include "ReportFixture.h"

#include "report/BurstDetector.h"

using namespace rd;
using namespace rd::test;

namespace {

class ReportBurstTest : public ReportFixture
{
protected:
    // Complaints of one category on SKU-1 at these hours after `base`; returns their ids.
    std::vector<std::int64_t> series(std::initializer_list<Timestamp> hours,
                                     Category category = Category::Product,
                                     const std::string& sku = "SKU-1", Timestamp base = kW47)
    {
        std::vector<std::int64_t> ids;
        for (Timestamp h : hours) {
            ids.push_back(add({base + h * kHour, 1, category, sku}));
        }
        return ids;
    }

    std::vector<Burst> bursts(int count, double hours)
    {
        ReportOptions o = options();
        o.burst = {count, hours};
        return report(o).bursts();
    }
};

} // namespace

TEST_F(ReportBurstTest, ExactlyNWithinHHoursIsABurst)
{
    // 3 complaints spanning exactly 24 hours: the window's edges are inclusive.
    const auto ids = series({10, 20, 34});
    const auto found = bursts(3, 24);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].product.key, "SKU-1");
    EXPECT_EQ(found[0].category, Category::Product);
    EXPECT_EQ(found[0].complaints, 3);
    EXPECT_EQ(found[0].peak, 3);
    EXPECT_EQ(found[0].first, kW47 + 10 * kHour);
    EXPECT_EQ(found[0].last, kW47 + 34 * kHour);
    EXPECT_EQ(found[0].reviewIds, ids);
}

TEST_F(ReportBurstTest, OneMillisecondTooWideIsNoBurst)
{
    add({kW47 + 10 * kHour, 1});
    add({kW47 + 20 * kHour, 1});
    add({kW47 + 34 * kHour + 1, 1});
    EXPECT_TRUE(bursts(3, 24).empty());
    EXPECT_EQ(bursts(3, 25).size(), 1u);
}

TEST_F(ReportBurstTest, NMinusOneIsNoBurst)
{
    series({1, 2});
    EXPECT_TRUE(bursts(3, 24).empty());
    EXPECT_EQ(bursts(2, 24).size(), 1u);
}

TEST_F(ReportBurstTest, CountsOneCategoryOnOneProductOnly)
{
    series({1, 2}, Category::Product, "SKU-1");
    series({3}, Category::Logistics, "SKU-1");
    series({4}, Category::Product, "SKU-2");
    add({kW47 + 5 * kHour, 1, std::nullopt, "SKU-1"});      // unclassified: never part of a burst
    add({kW47 + 6 * kHour, 5, Category::Product, "SKU-1"}); // praise: not a complaint
    EXPECT_TRUE(bursts(3, 24).empty());
    series({7});
    const auto found = bursts(3, 24);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].complaints, 3);
}

TEST_F(ReportBurstTest, OverlappingWindowsAreOneBurstAndAGapStartsAnother)
{
    // Windows {0,1,2} and {1,2,20} overlap: one burst of four. 30 h has only 20 h within 24 h.
    const auto first = series({0, 1, 2, 20, 30});
    // Two days later another three within 24 hours.
    const auto second = series({80, 90, 100});
    const auto found = bursts(3, 24);
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0].complaints, 4);
    EXPECT_EQ(found[0].peak, 4);
    EXPECT_EQ(found[0].reviewIds, std::vector<std::int64_t>(first.begin(), first.begin() + 4));
    EXPECT_EQ(found[1].reviewIds, second);
    EXPECT_EQ(BurstDetector::reviewIds(found).size(), 7u);
}

TEST_F(ReportBurstTest, ReportListsOnlyBurstsTouchingItsWeek)
{
    const Timestamp w46 = kW47 - 7 * kDay;
    series({1, 2, 3}, Category::Product, "SKU-1", w46);             // inside last week only
    series({-3, -2, 0}, Category::Product, "SKU-2", kW47);          // crosses into this week
    series({1, 2, 3}, Category::Product, "SKU-3", kW47 + 7 * kDay); // next week: not loaded
    const auto found = bursts(3, 24);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].product.key, "SKU-2");
    EXPECT_EQ(found[0].complaints, 3);
}

TEST_F(ReportBurstTest, ActiveBurstsForTheQueue)
{
    const auto ids = series({0, 1, 2});
    series({0, 1}, Category::Product, "SKU-2");
    BurstDetector detector({3, 24});
    const Timestamp last = kW47 + 2 * kHour;
    auto active = detector.active(store->reports(), last + 24 * kHour);
    ASSERT_EQ(active.size(), 1u);
    EXPECT_EQ(active[0].product.key, "SKU-1");
    EXPECT_EQ(BurstDetector::reviewIds(active), ids);
    // Once its last complaint is more than 24 hours old it is over.
    EXPECT_TRUE(detector.active(store->reports(), last + 24 * kHour + 1).empty());
    // Before the third complaint arrived there was no burst yet.
    EXPECT_TRUE(detector.active(store->reports(), last - 1).empty());
    // Filters narrow it like the report's.
    ComplaintScope onlyAmazon;
    onlyAmazon.platforms = {Platform::Amazon};
    EXPECT_TRUE(detector.active(store->reports(), last + kHour, onlyAmazon).empty());
}

TEST_F(ReportBurstTest, DetectorWorksOnRowsInAnyOrder)
{
    ProductIndex products;
    ComplaintFact fact;
    fact.sku = "SKU-9";
    const int product = products.intern(fact);
    std::vector<ReportRow> rows;
    for (Timestamp h : {5, 1, 3, 100}) {
        ReportRow r;
        r.reviewId = h;
        r.at = h * kHour;
        r.product = product;
        r.bucket = 1;
        rows.push_back(r);
    }
    const auto found = BurstDetector({3, 4}).detect(rows, products);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].category, Category::Logistics);
    EXPECT_EQ(found[0].reviewIds, (std::vector<std::int64_t>{1, 3, 5}));
}

TEST(ReportBurstSettings, Validates)
{
    EXPECT_TRUE((BurstSettings{2, 0.5}).validate().empty());
    EXPECT_TRUE((BurstSettings{5, 168}).validate().empty());
    EXPECT_FALSE((BurstSettings{1, 24}).validate().empty());
    EXPECT_FALSE((BurstSettings{5, 0}).validate().empty());
    EXPECT_FALSE((BurstSettings{5, -1}).validate().empty());
    EXPECT_FALSE((BurstSettings{5, 168.5}).validate().empty());
}
