#include "ReportFixture.h"

#include <algorithm>
#include <limits>

using namespace rd;
using namespace rd::test;

namespace {

class ReportStoreTest : public ReportFixture
{
protected:
    std::vector<ComplaintFact> facts(ComplaintScope scope)
    {
        std::vector<ComplaintFact> out;
        store->reports().forEachComplaint(scope, [&](const ComplaintFact& f) { out.push_back(f); });
        std::sort(out.begin(), out.end(), [](const ComplaintFact& a, const ComplaintFact& b) {
            return a.reviewId < b.reviewId;
        });
        return out;
    }

    static ComplaintScope everything()
    {
        ComplaintScope s;
        s.from = std::numeric_limits<Timestamp>::min();
        s.to = std::numeric_limits<Timestamp>::max();
        return s;
    }
};

} // namespace

TEST_F(ReportStoreTest, ComplaintFactsCarryWhatTheReportNeeds)
{
    const std::int64_t a = add(Spec(kW47 + kHour, 2, Category::Product, "SKU-1", "Dress"));
    const std::int64_t b = add(Spec(kW47 + 2 * kHour, 1, std::nullopt, "", "Cap", Platform::Amazon,
                                    "Shop B", Polarity::Unknown, true));
    add(Spec(kW47, 4));
    respond(a, kW47 + 3 * kHour);
    resolve(a, kW47 + 5 * kHour);
    revise(a, 4);
    store->classifications().setOverride(b, {Category::Price, std::nullopt, std::nullopt, "m", 1});

    const auto all = facts(everything());
    ASSERT_EQ(all.size(), 2u);
    EXPECT_EQ(all[0].reviewId, a);
    EXPECT_EQ(all[0].at, kW47 + kHour);
    EXPECT_EQ(all[0].platform, Platform::Ozon);
    EXPECT_EQ(all[0].category, Category::Product);
    EXPECT_EQ(all[0].sku, "SKU-1");
    EXPECT_EQ(all[0].product, "Dress");
    EXPECT_EQ(all[0].rating, 4);
    EXPECT_EQ(all[0].firstResponseAt, kW47 + 3 * kHour);
    EXPECT_EQ(all[0].resolvedAt, kW47 + 5 * kHour);
    EXPECT_TRUE(all[0].revisedUp);
    EXPECT_EQ(all[1].reviewId, b);
    EXPECT_EQ(all[1].at, kW47 + 2 * kHour); // imported_at: the source had no date
    EXPECT_EQ(all[1].category, Category::Price);
    EXPECT_FALSE(all[1].firstResponseAt);
    EXPECT_FALSE(all[1].revisedUp);
}

TEST_F(ReportStoreTest, ResponseDetailsOnlyFromResponseFrom)
{
    const std::int64_t early = add(Spec(kW47 - kDay, 2));
    const std::int64_t late = add(Spec(kW47 + kDay, 2));
    respond(early, kW47);
    respond(late, kW47 + 2 * kDay);
    revise(early, 5);
    revise(late, 5);
    ComplaintScope scope = everything();
    scope.responseFrom = kW47;
    const auto f = facts(scope);
    ASSERT_EQ(f.size(), 2u);
    EXPECT_FALSE(f[0].firstResponseAt);
    EXPECT_FALSE(f[0].revisedUp);
    EXPECT_EQ(f[0].category, Category::Product); // everything else is there
    EXPECT_EQ(f[1].firstResponseAt, kW47 + 2 * kDay);
    EXPECT_TRUE(f[1].revisedUp);
}

TEST_F(ReportStoreTest, TimeRangeIsHalfOpenForBothKindsOfDate)
{
    add(Spec(kW47 - 1, 2));
    const std::int64_t first = add(Spec(kW47, 2));
    const std::int64_t undated = add(Spec(kW47 + 1, 2, Category::Other, "S", "P", Platform::Ozon,
                                          "Shop A", Polarity::Unknown, true));
    add(Spec(kW47 + 7 * kDay, 2));
    add(Spec(kW47 + 7 * kDay, 2, Category::Other, "S", "P", Platform::Ozon, "Shop A",
             Polarity::Unknown, true));
    ComplaintScope scope;
    scope.from = kW47;
    scope.to = kW47 + 7 * kDay;
    const auto f = facts(scope);
    ASSERT_EQ(f.size(), 2u);
    EXPECT_EQ(f[0].reviewId, first);
    EXPECT_EQ(f[1].reviewId, undated);
}

TEST_F(ReportStoreTest, FiltersApplyToUndatedReviewsToo)
{
    add(Spec(kW47, 2, Category::Other, "SKU-1", "Red dress", Platform::Ozon, "Shop A",
             Polarity::Unknown, true));
    add(Spec(kW47, 2, Category::Other, "SKU-2", "Cap", Platform::Amazon, "Shop B",
             Polarity::Unknown, true));
    ComplaintScope scope = everything();
    scope.platforms = {Platform::Amazon};
    EXPECT_EQ(facts(scope).size(), 1u);
    scope = everything();
    scope.shops = {"Shop A", "Shop B"};
    EXPECT_EQ(facts(scope).size(), 2u);
    scope.product = "red";
    ASSERT_EQ(facts(scope).size(), 1u);
    EXPECT_EQ(facts(scope)[0].sku, "SKU-1");
    scope.product = "_ap"; // '_' is not a wildcard
    EXPECT_TRUE(facts(scope).empty());
}

TEST_F(ReportStoreTest, EvidenceOfTheGivenReviewsOnly)
{
    const std::int64_t a = add(Spec(
        kW47, 2, Category::Product, "SKU-1", "Dress", Platform::Ozon, "Shop A", Polarity::Unknown,
        false, {evidence("брак", "product"), evidence("курьер", "logistics")}));
    const std::int64_t b = add(Spec(kW47, 2, std::nullopt));
    add(Spec(kW47, 2, Category::Product, "SKU-1", "Dress", Platform::Ozon, "Shop A",
             Polarity::Unknown, false, {evidence("брак", "product")}));
    std::vector<std::pair<std::int64_t, std::size_t>> seen;
    store->reports().forEachEvidence(
        {a, b, 999}, [&](std::int64_t id, const auto& ev) { seen.emplace_back(id, ev.size()); });
    ASSERT_EQ(seen.size(), 1u); // b has no classification, 999 does not exist
    EXPECT_EQ(seen[0].first, a);
    EXPECT_EQ(seen[0].second, 2u);
}

TEST_F(ReportStoreTest, NewDatabaseHasTheReportIndex)
{
    EXPECT_GE(store->schemaVersion(), 3);
    // The report query names the index (INDEXED BY) and would fail to prepare without it.
    EXPECT_NO_THROW(store->reports().forEachComplaint(everything(), [](const ComplaintFact&) {}));
}
