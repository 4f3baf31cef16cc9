#include "ReportFixture.h"

#include <algorithm>

using namespace rd;
using namespace rd::test;

namespace {

constexpr Timestamp kW46 = kW47 - 7 * kDay;
constexpr Timestamp kW45 = kW47 - 14 * kDay;
constexpr Timestamp kW44 = kW47 - 21 * kDay;
constexpr Timestamp kW48 = kW47 + 7 * kDay;
constexpr int kProduct = 0;
constexpr int kLogistics = 1;
constexpr int kAfterSales = 2;
constexpr int kPrice = 3;
constexpr int kOther = 4;

std::vector<std::int64_t> sorted(std::vector<std::int64_t> v)
{
    std::sort(v.begin(), v.end());
    return v;
}

class ReportFiguresTest : public ReportFixture
{
};

} // namespace

TEST_F(ReportFiguresTest, CountsComplaintsPerWeekAndCategory)
{
    // 2026-W47: what counts.
    add({kW47 + kHour, 1});
    add({kW47 + 2 * kDay, 2});
    add({kW47 + 3 * kDay, 3});
    add({kW47, 2, Category::Logistics}); // the week's first instant
    add({kW48 - 1, 1, std::nullopt});    // last instant, unclassified
    add({kW47 + kDay, std::nullopt, Category::Price, "SKU-2", "Cap", Platform::Taobao, "Shop A",
         Polarity::Negative}); // no stars, negative polarity
    add({kW47 + kDay, std::nullopt, Category::Other, "SKU-2", "Cap", Platform::Taobao, "Shop A",
         Polarity::Neutral}); // no stars, neutral
    add({kW47 + 4 * kDay, 2, Category::AfterSales, "", "", Platform::Ozon, "Shop A",
         Polarity::Unknown, true}); // no date: import time counts
    // 2026-W47: what does not count.
    add({kW47 + kHour, 4});
    add({kW47 + kHour, 5});
    add({kW47 + kHour, std::nullopt, Category::Other, "SKU-2", "Cap", Platform::Taobao, "Shop A",
         Polarity::Positive});
    add({kW47 + kHour, std::nullopt, Category::Other, "SKU-2", "Cap", Platform::Taobao, "Shop A",
         Polarity::Unknown});
    add({kW48, 1}); // next week
    // Earlier weeks.
    add({kW47 - 1, 1, Category::Logistics}); // W46's last instant
    add({kW46 + kDay, 2, Category::Logistics});
    add({kW46 + kDay, 3});
    add({kW45 + kDay, 1, Category::Other});
    add({kW44 + kDay, 1}); // before the trend

    const WeeklyReport r = report(options(3));
    ASSERT_EQ(r.weeks().size(), 3u);
    EXPECT_EQ(r.weeks()[0].week.toString(), "2026-W45");
    EXPECT_EQ(r.weeks()[2].week.toString(), "2026-W47");

    const CategoryCounts& w47 = r.thisWeek().counts;
    EXPECT_EQ(w47[kProduct], 3);
    EXPECT_EQ(w47[kLogistics], 1);
    EXPECT_EQ(w47[kAfterSales], 1);
    EXPECT_EQ(w47[kPrice], 1);
    EXPECT_EQ(w47[kOther], 1);
    EXPECT_EQ(w47[kUnclassifiedBucket], 1);
    EXPECT_EQ(w47.total(), 8);

    const CategoryCounts& w46 = r.lastWeek().counts;
    EXPECT_EQ(w46[kLogistics], 2);
    EXPECT_EQ(w46[kProduct], 1);
    EXPECT_EQ(w46.total(), 3);
    EXPECT_EQ(r.weeks()[0].counts[kOther], 1);
    EXPECT_EQ(r.weeks()[0].counts.total(), 1);

    const auto changes = r.changes();
    ASSERT_EQ(changes.size(), std::size_t(kBucketCount));
    EXPECT_EQ(changes[kProduct].thisWeek, 3);
    EXPECT_EQ(changes[kProduct].lastWeek, 1);
    EXPECT_EQ(changes[kProduct].change(), 2);
    EXPECT_DOUBLE_EQ(*changes[kProduct].changePercent(), 200.0);
    EXPECT_EQ(changes[kLogistics].change(), -1);
    EXPECT_DOUBLE_EQ(*changes[kLogistics].changePercent(), -50.0);
    EXPECT_EQ(changes[kPrice].change(), 1);
    EXPECT_FALSE(changes[kPrice].changePercent()); // nothing last week: no percentage
}

TEST_F(ReportFiguresTest, WeeksAcrossNewYearIncludeWeek53)
{
    const Timestamp w53 = IsoWeek::parse("2020-W53")->start();
    const Timestamp w01 = IsoWeek::parse("2021-W01")->start();
    add({w53 + 4 * kDay, 1}); // 2021-01-01, a Friday: still 2020-W53
    add({w01 - 1, 2});        // Sunday 2021-01-03 23:59:59.999
    add({w01, 3});            // 2021-W01
    add({w53 - 1, 1});        // 2020-W52
    ReportOptions o = options(3);
    o.week = *IsoWeek::parse("2021-W01");
    const WeeklyReport r = report(o, w01 + 60 * kDay);
    EXPECT_EQ(r.weeks()[0].week.toString(), "2020-W52");
    EXPECT_EQ(r.weeks()[1].week.toString(), "2020-W53");
    EXPECT_EQ(r.weeks()[0].counts.total(), 1);
    EXPECT_EQ(r.lastWeek().counts.total(), 2);
    EXPECT_EQ(r.thisWeek().counts.total(), 1);
}

TEST_F(ReportFiguresTest, OverrideWinsOverAutomaticCategory)
{
    const std::int64_t a = add({kW47 + kHour, 1, Category::Product});
    const std::int64_t b = add({kW47 + kHour, 2, Category::Product});
    const std::int64_t c = add({kW47 + kHour, 2, std::nullopt});
    store->classifications().setOverride(a,
                                         {Category::Logistics, std::nullopt, std::nullopt, "m", 1});
    store->classifications().setOverride(c, {Category::Price, std::nullopt, std::nullopt, "m", 1});
    // An override of a flag only keeps the automatic category.
    store->classifications().setOverride(b, {std::nullopt, true, std::nullopt, "m", 1});

    WeeklyReport r = report(options());
    EXPECT_EQ(r.thisWeek().counts[kProduct], 1);
    EXPECT_EQ(r.thisWeek().counts[kLogistics], 1);
    EXPECT_EQ(r.thisWeek().counts[kPrice], 1);
    EXPECT_EQ(r.thisWeek().counts[kUnclassifiedBucket], 0);

    store->classifications().clearOverride(a);
    r = report(options());
    EXPECT_EQ(r.thisWeek().counts[kProduct], 2);
    EXPECT_EQ(r.thisWeek().counts[kLogistics], 0);
}

TEST_F(ReportFiguresTest, FiltersByPlatformShopAndProduct)
{
    add({kW47 + kHour, 1, Category::Product, "SKU-1", "Red dress", Platform::Ozon, "Shop A"});
    add({kW47 + kHour, 1, Category::Product, "SKU-2", "Blue dress long", Platform::Ozon, "Shop B"});
    add({kW47 + kHour, 1, Category::Product, "B0ASIN", "Kettle", Platform::Amazon, "Shop A"});
    add({kW47 + kHour, 1, Category::Product, "", "Dress, green", Platform::Wildberries, "Shop C"});

    auto total = [&](ReportOptions o) { return report(o).thisWeek().counts.total(); };
    ReportOptions o = options();
    EXPECT_EQ(total(o), 4);
    o.platforms = {Platform::Ozon};
    EXPECT_EQ(total(o), 2);
    o.platforms = {Platform::Ozon, Platform::Amazon};
    EXPECT_EQ(total(o), 3);
    o = options();
    o.shops = {"Shop A"};
    EXPECT_EQ(total(o), 2);
    o.platforms = {Platform::Amazon};
    EXPECT_EQ(total(o), 1);
    o = options();
    o.product = "SKU-2"; // exact SKU
    EXPECT_EQ(total(o), 1);
    o.product = "SKU"; // not a whole SKU, and no name contains it
    EXPECT_EQ(total(o), 0);
    o.product = "dress"; // part of the name
    EXPECT_EQ(total(o), 3);
    o.product = "100%"; // LIKE wildcards are taken literally
    EXPECT_EQ(total(o), 0);
}

TEST_F(ReportFiguresTest, TopProductsAreRankedWithTheirCategories)
{
    for (int i = 0; i < 3; ++i) {
        add({kW47 + i * kHour, 1, Category::Product, "SKU-A", "Dress"});
    }
    add({kW47 + kDay, 2, Category::Logistics, "SKU-A", "Dress"});
    add({kW47 + kDay, 2, Category::Logistics, "SKU-B", "Cap"});
    add({kW47 + kDay, 2, Category::Price, "SKU-B", ""});
    add({kW46 + kDay, 2, Category::Price, "SKU-B", "Cap"});
    add({kW46 + kDay, 2, Category::Price, "SKU-B", "Cap"});
    add({kW47 + kDay, 2, Category::Price, "", "Scarf"}); // no SKU: grouped by name
    add({kW47 + kDay, 2, Category::Price, "", ""});      // no product at all: no row

    ReportOptions o = options();
    o.topProducts = 2;
    const WeeklyReport r = report(o);
    ASSERT_EQ(r.topProducts().size(), 2u);
    const ProductRow& first = r.topProducts()[0];
    EXPECT_EQ(first.product.key, "SKU-A");
    EXPECT_EQ(first.product.name, "Dress");
    EXPECT_EQ(first.complaints, 4);
    EXPECT_EQ(first.lastWeek, 0);
    EXPECT_EQ(first.counts[kProduct], 3);
    EXPECT_EQ(first.counts[kLogistics], 1);
    const ProductRow& second = r.topProducts()[1];
    EXPECT_EQ(second.product.key, "SKU-B");
    EXPECT_EQ(second.product.name, "Cap");
    EXPECT_EQ(second.complaints, 2);
    EXPECT_EQ(second.lastWeek, 2);
    EXPECT_EQ(second.counts[kPrice], 1);

    o.topProducts = 10;
    const WeeklyReport all = report(o);
    ASSERT_EQ(all.topProducts().size(), 3u);
    EXPECT_EQ(all.topProducts()[2].product.key, "Scarf");
    EXPECT_EQ(all.topProducts()[2].product.sku, "");
}

TEST_F(ReportFiguresTest, MedianFirstResponseAndSlaShare)
{
    const Timestamp t = kW47 + kDay;
    const std::int64_t a = add({t, 1});
    const std::int64_t b = add({t, 1});
    const std::int64_t c = add({t, 1});
    const std::int64_t d = add({t, 1});
    add({t, 1}); // never answered
    respond(a, t + 2 * kHour);
    respond(b, t + 30 * kHour);
    respond(c, t + 24 * kHour); // exactly at the SLA: within
    respond(d, t + 10 * kHour);

    // Even count: 2, 10, 24, 30 hours -> (10 + 24) / 2.
    WeeklyReport r = report(options());
    const ResponseFigures& f = r.response();
    EXPECT_EQ(f.complaints, 5);
    EXPECT_EQ(f.answered, 4);
    ASSERT_TRUE(f.medianFirstResponseHours);
    EXPECT_DOUBLE_EQ(*f.medianFirstResponseHours, 17.0);
    EXPECT_EQ(f.slaDue, 5);
    EXPECT_EQ(f.withinSla, 3);
    EXPECT_DOUBLE_EQ(*f.withinSlaShare(), 0.6);

    // Odd count: 2, 5, 10, 24, 30 hours -> 10.
    respond(add({t, 1}), t + 5 * kHour);
    r = report(options());
    EXPECT_DOUBLE_EQ(*r.response().medianFirstResponseHours, 10.0);
    EXPECT_EQ(r.response().withinSla, 4);

    // A tighter SLA: only 2 and 5 hours are within 6 hours.
    ReportOptions o = options();
    o.slaHours = 6;
    EXPECT_EQ(report(o).response().withinSla, 2);
}

TEST_F(ReportFiguresTest, UnansweredComplaintCountsForTheSlaOnlyOnceItsDeadlinePassed)
{
    const Timestamp t = kW47 + kDay;
    respond(add({t, 1}), t + kHour);
    add({t, 2}); // unanswered
    // 5 hours later the unanswered one is not late yet (SLA 24 h).
    WeeklyReport r = report(options(), t + 5 * kHour);
    EXPECT_EQ(r.response().slaDue, 1);
    EXPECT_DOUBLE_EQ(*r.response().withinSlaShare(), 1.0);
    // 24 hours and 1 ms later it is.
    r = report(options(), t + 24 * kHour + 1);
    EXPECT_EQ(r.response().slaDue, 2);
    EXPECT_DOUBLE_EQ(*r.response().withinSlaShare(), 0.5);
}

TEST_F(ReportFiguresTest, EmptyWeekHasNoMedianAndNoShares)
{
    add({kW46 + kDay, 1});
    const WeeklyReport r = report(options());
    EXPECT_EQ(r.response().complaints, 0);
    EXPECT_FALSE(r.response().medianFirstResponseHours);
    EXPECT_FALSE(r.response().withinSlaShare());
    EXPECT_FALSE(r.response().resolvedShare());
    EXPECT_FALSE(r.response().revisedUpShare());
    EXPECT_TRUE(r.topProducts().empty());
    EXPECT_TRUE(r.phrases().empty());
    EXPECT_EQ(r.lastWeekResponse().complaints, 1);
}

TEST_F(ReportFiguresTest, ResolvedShareAndUpwardRevisions)
{
    const Timestamp t = kW47 + kDay;
    const std::int64_t a = add({t, 2});
    const std::int64_t b = add({t, 1});
    const std::int64_t c = add({t, 3});
    const std::int64_t d = add({t, 5}); // praise: not a complaint...
    add({t, std::nullopt, Category::Price, "SKU-2", "Cap", Platform::Taobao, "Shop A",
         Polarity::Negative}); // no stars: cannot be revised, not in that share
    resolve(a, t + kDay);
    resolve(b, t + 2 * kDay);
    revise(a, 5); // 2 -> 5: still a complaint of that week, revised upward
    revise(b, 2); // 1 -> 2: upward
    revise(c, 1); // 3 -> 1: downward
    revise(d, 2); // ...until the buyer changed it to 2 stars

    const ResponseFigures f = report(options()).response();
    EXPECT_EQ(f.complaints, 5);
    EXPECT_EQ(f.resolved, 2);
    EXPECT_DOUBLE_EQ(*f.resolvedShare(), 0.4);
    EXPECT_EQ(f.rated, 4);
    EXPECT_EQ(f.revisedUp, 2);
    EXPECT_DOUBLE_EQ(*f.revisedUpShare(), 0.5);
    // Resolving counts as the first response when nothing came before.
    EXPECT_EQ(f.answered, 2);
}

TEST_F(ReportFiguresTest, DrillDownSelectsExactlyTheCountedReviews)
{
    const std::int64_t p1 = add({kW47 + kHour, 1, Category::Product, "SKU-A"});
    const std::int64_t p2 = add({kW47 + 2 * kHour, 2, Category::Product, "SKU-B"});
    const std::int64_t l1 = add({kW47 + 3 * kHour, 2, Category::Logistics, "SKU-A"});
    const std::int64_t u1 = add({kW47 + 4 * kHour, 2, std::nullopt, "SKU-A", "Dress",
                                 Platform::Ozon, "Shop A", Polarity::Unknown, true});
    const std::int64_t old = add({kW46 + kHour, 2, Category::Logistics, "SKU-A"});
    add({kW47 + kHour, 5, Category::Product, "SKU-A"}); // praise: never selected

    const WeeklyReport r = report(options());
    const IsoWeek w47{2026, 47};
    const IsoWeek w46{2026, 46};
    EXPECT_EQ(sorted(r.reviewIds({w47, kProduct, {}, {}})), sorted({p1, p2}));
    EXPECT_EQ(r.reviewIds({w47, kUnclassifiedBucket, {}, {}}), std::vector<std::int64_t>{u1});
    EXPECT_EQ(r.reviewIds({w46, kLogistics, {}, {}}), std::vector<std::int64_t>{old});
    EXPECT_EQ(sorted(r.reviewIds({w47, {}, "SKU-A", {}})), sorted({p1, l1, u1}));
    EXPECT_EQ(r.reviewIds({w47, kLogistics, "SKU-A", {}}), std::vector<std::int64_t>{l1});
    EXPECT_EQ(sorted(r.reviewIds({})), sorted({p1, p2, l1, u1, old}));
    EXPECT_TRUE(r.reviewIds({w47, {}, "NO-SUCH-SKU", {}}).empty());
    EXPECT_TRUE(r.reviewIds({IsoWeek{2026, 30}, {}, {}, {}}).empty());

    // The queue filter shows exactly those reviews, including the one without a publication date.
    auto filter = r.queueFilter({w47, {}, "SKU-A", {}});
    ASSERT_TRUE(filter);
    std::vector<std::int64_t> shown = store->queryIds(*filter);
    EXPECT_EQ(sorted(shown), sorted({p1, l1, u1}));
    EXPECT_EQ(store->count(*filter), 3);
    // Nothing selected: no filter rather than an empty one that would show every review.
    EXPECT_FALSE(r.queueFilter({w47, kPrice, {}, {}}));
}

TEST_F(ReportFiguresTest, RejectsUnusableOptions)
{
    auto fails = [&](ReportOptions o) {
        EXPECT_THROW(report(o), std::invalid_argument);
        EXPECT_FALSE(o.validate().empty());
    };
    ReportOptions o = options();
    o.weeks = 1;
    fails(o);
    o.weeks = 27;
    fails(o);
    o = options();
    o.slaHours = 0;
    fails(o);
    o = options();
    o.burst.count = 1;
    fails(o);
    o = options();
    o.burst.hours = 169;
    fails(o);
    o = options();
    o.week = {2025, 53};
    fails(o);
    EXPECT_TRUE(options().validate().empty());
}
