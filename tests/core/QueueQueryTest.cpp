// The queue's store queries: filters on the effective classification and the workflow (written
// as set membership for speed), the light queue rows, saved views and filter JSON.
#include "TestSupport.h"

#include "model/ReviewFilterJson.h"
#include "store/ClassificationStore.h"
#include "store/ReviewStore.h"
#include "store/SavedViewStore.h"
#include "store/StoreError.h"
#include "store/WorkflowStore.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <stdexcept>

using namespace rd;

namespace {

class QueueQueryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        store = ReviewStore::openSqlite(dir.file("queue.sqlite"));
        auto session = store->beginImport({"t.csv", "csv", "utf-8", 0});
        for (int i = 1; i <= 6; ++i) {
            Review r;
            r.platform = i % 2 ? Platform::Ozon : Platform::Amazon;
            r.externalId = std::to_string(i);
            r.rating = i <= 3 ? 1 : 5;
            r.polarity = polarityFromRating(*r.rating);
            r.text = "текст отзыва номер " + std::to_string(i) + " 😀 длинный хвост";
            r.language = Language::Ru;
            r.publishedAt = 1'700'000'000'000 + i * 1000;
            session->upsert(r);
            ids.push_back(r.id);
        }
        session->commit({});
    }

    Classification auto_(Category c, bool suspicious = false, bool safety = false)
    {
        Classification cl;
        cl.category = c;
        cl.suspicious = suspicious;
        cl.safety = safety;
        cl.classifiedAt = 1;
        return cl;
    }

    std::vector<std::int64_t> idsOf(ReviewFilter f)
    {
        f.sort = SortColumn::Id;
        f.descending = false;
        auto out = store->queryIds(f);
        EXPECT_EQ(static_cast<std::int64_t>(out.size()), store->count(f));
        // The light rows and the full records select the same reviews.
        auto rows = store->queueRows(f, 10);
        EXPECT_EQ(rows.size(), out.size());
        return out;
    }

    test::TempDir dir;
    std::unique_ptr<ReviewStore> store;
    std::vector<std::int64_t> ids;
};

} // namespace

TEST_F(QueueQueryTest, CategoryFilterUsesOverrideOverAutomatic)
{
    auto& cs = store->classifications();
    cs.saveAutomatic({{ids[0], auto_(Category::Logistics)},
                      {ids[1], auto_(Category::Logistics)},
                      {ids[2], auto_(Category::Product)}});
    ClassificationOverride o;
    o.category = Category::Product;
    cs.setOverride(ids[1], o); // logistics -> product
    o.category = Category::Logistics;
    cs.setOverride(ids[3], o); // no automatic result, overridden to logistics
    ClassificationOverride flagOnly;
    flagOnly.safety = true;
    cs.setOverride(ids[0], flagOnly); // category stays automatic

    ReviewFilter f;
    f.categories = {Category::Logistics};
    EXPECT_EQ(idsOf(f), (std::vector<std::int64_t>{ids[0], ids[3]}));
    f.categories = {Category::Product};
    EXPECT_EQ(idsOf(f), (std::vector<std::int64_t>{ids[1], ids[2]}));
    f.categories = {Category::Product, Category::Logistics};
    EXPECT_EQ(idsOf(f).size(), 4u);
    f.categories.clear();
    f.unclassifiedOnly = true;
    EXPECT_EQ(idsOf(f), (std::vector<std::int64_t>{ids[3], ids[4], ids[5]}));
}

TEST_F(QueueQueryTest, FlagFiltersHonourOverridesBothWays)
{
    auto& cs = store->classifications();
    cs.saveAutomatic({{ids[0], auto_(Category::Other, true, false)},
                      {ids[1], auto_(Category::Other, true, true)},
                      {ids[2], auto_(Category::Other, false, false)}});
    ClassificationOverride o;
    o.suspicious = false;
    cs.setOverride(ids[1], o); // a person cleared the flag
    o.suspicious = true;
    cs.setOverride(ids[4], o); // a person set it on an unclassified review

    ReviewFilter f;
    f.suspicious = true;
    EXPECT_EQ(idsOf(f), (std::vector<std::int64_t>{ids[0], ids[4]}));
    f.suspicious = false;
    EXPECT_EQ(idsOf(f), (std::vector<std::int64_t>{ids[1], ids[2], ids[3], ids[5]}));
    f.suspicious.reset();
    f.safety = true;
    EXPECT_EQ(idsOf(f), (std::vector<std::int64_t>{ids[1]}));
}

TEST_F(QueueQueryTest, StatusAssigneeAndOverdueFilters)
{
    auto& wf = store->workflow();
    wf.setStatus(ids[0], Status::InProgress, 10, "a");
    wf.setStatus(ids[1], Status::WaitingForBuyer, 10, "a");
    wf.setFollowUp(ids[1], 100);
    wf.setFollowUp(ids[2], 100); // new, overdue
    wf.setStatus(ids[3], Status::Closed, 10, "a");
    wf.setFollowUp(ids[3], 100); // closed: never overdue
    wf.setAssignee(ids[4], "li");

    ReviewFilter f;
    f.statuses = {Status::New};
    EXPECT_EQ(idsOf(f), (std::vector<std::int64_t>{ids[2], ids[4], ids[5]}));
    f.statuses = {Status::WaitingForBuyer, Status::Closed};
    EXPECT_EQ(idsOf(f), (std::vector<std::int64_t>{ids[1], ids[3]}));
    f.statuses.clear();
    f.overdueOnly = true;
    f.now = 200;
    EXPECT_EQ(idsOf(f), (std::vector<std::int64_t>{ids[1], ids[2]}));
    f.now = 50;
    EXPECT_TRUE(idsOf(f).empty());
    f.overdueOnly = false;
    f.assignee = "li";
    EXPECT_EQ(idsOf(f), (std::vector<std::int64_t>{ids[4]}));
    f.assignee = "";
    EXPECT_EQ(idsOf(f).size(), 5u);
}

TEST_F(QueueQueryTest, SortByJoinedColumnsStillWorks)
{
    store->classifications().saveAutomatic(
        {{ids[0], auto_(Category::Price)}, {ids[1], auto_(Category::AfterSales)}});
    store->workflow().setStatus(ids[2], Status::Closed, 10, "a");
    ReviewFilter f;
    f.sort = SortColumn::Category;
    f.descending = true;
    f.limit = 2;
    EXPECT_EQ(store->queryIds(f), (std::vector<std::int64_t>{ids[0], ids[1]}));
    f.sort = SortColumn::Status; // by key: "closed" before "new"
    f.descending = false;
    f.limit = 1;
    EXPECT_EQ(store->queryIds(f), (std::vector<std::int64_t>{ids[2]}));
}

TEST_F(QueueQueryTest, QueueRowsCarryAPreviewAndAllRowFields)
{
    store->classifications().saveAutomatic({{ids[0], auto_(Category::Price, true)}});
    ReviewFilter f;
    f.ids = {ids[0]};
    auto rows = store->queueRows(f, 8);
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows[0].review.text, "текст от"); // 8 characters, not 8 bytes
    EXPECT_EQ(rows[0].category(), Category::Price);
    EXPECT_TRUE(rows[0].suspicious);
    EXPECT_TRUE(rows[0].review.extraJson.empty());

    auto byIds = store->queueRowsByIds({ids[2], 999999, ids[0]}, 1000);
    ASSERT_EQ(byIds.size(), 2u);
    EXPECT_EQ(byIds[0].review.id, ids[2]);
    EXPECT_EQ(byIds[1].review.id, ids[0]);
    EXPECT_EQ(byIds[1].review.text, store->review(ids[0])->text);
}

TEST_F(QueueQueryTest, SavedViewsAreStoredRenamedAndRemoved)
{
    auto& views = store->savedViews();
    EXPECT_TRUE(views.list().empty());
    const auto a = views.save("Ozon logistics", R"({"platforms":["ozon"]})", 5);
    const auto b = views.save("Safety", R"({"safety":true})", 6);
    EXPECT_EQ(views.save("Ozon logistics", R"({"platforms":["amazon"]})", 7), a);
    auto list = views.list();
    ASSERT_EQ(list.size(), 2u);
    EXPECT_EQ(list[0].name, "Ozon logistics");
    EXPECT_EQ(list[0].filterJson, R"({"platforms":["amazon"]})");
    EXPECT_EQ(list[1].id, b);
    EXPECT_THROW(views.rename(b, "Ozon logistics"), StoreError);
    EXPECT_THROW(views.save("", "{}", 1), StoreError);
    views.rename(b, "Danger");
    views.remove(a);
    list = views.list();
    ASSERT_EQ(list.size(), 1u);
    EXPECT_EQ(list[0].name, "Danger");

    // Views survive reopening.
    store.reset();
    store = ReviewStore::openSqlite(dir.file("queue.sqlite"));
    EXPECT_EQ(store->savedViews().list().size(), 1u);
}

TEST(ReviewFilterJson, RoundTripsEverySelectionField)
{
    ReviewFilter f;
    f.platforms = {Platform::Ozon, Platform::Taobao};
    f.shops = {"店铺A"};
    f.minRating = 1;
    f.maxRating = 2;
    f.polarities = {Polarity::Negative};
    f.categories = {Category::AfterSales};
    f.suspicious = false;
    f.safety = true;
    f.statuses = {Status::WaitingForBuyer};
    f.languages = {Language::Zh};
    f.assignee = "";
    f.publishedFrom = 10;
    f.publishedTo = 20;
    f.product = "SKU-1";
    f.customerId = "c1";
    f.search = "快递 慢";
    f.overdueOnly = true;
    f.unclassifiedOnly = true;
    f.limit = 5; // not part of a view
    const ReviewFilter g = filterFromJson(filterToJson(f));
    EXPECT_EQ(g.platforms, f.platforms);
    EXPECT_EQ(g.shops, f.shops);
    EXPECT_EQ(g.minRating, f.minRating);
    EXPECT_EQ(g.maxRating, f.maxRating);
    EXPECT_EQ(g.polarities, f.polarities);
    EXPECT_EQ(g.categories, f.categories);
    EXPECT_EQ(g.suspicious, f.suspicious);
    EXPECT_EQ(g.safety, f.safety);
    EXPECT_EQ(g.statuses, f.statuses);
    EXPECT_EQ(g.languages, f.languages);
    EXPECT_EQ(g.assignee, f.assignee);
    EXPECT_EQ(g.publishedFrom, f.publishedFrom);
    EXPECT_EQ(g.publishedTo, f.publishedTo);
    EXPECT_EQ(g.product, f.product);
    EXPECT_EQ(g.customerId, f.customerId);
    EXPECT_EQ(g.search, f.search);
    EXPECT_TRUE(g.overdueOnly);
    EXPECT_TRUE(g.unclassifiedOnly);
    EXPECT_FALSE(g.limit);
    EXPECT_EQ(filterToJson(ReviewFilter{}), "{}");
}

TEST(ReviewFilterJson, BadInputIsRejectedNamingTheKey)
{
    EXPECT_THROW(filterFromJson("not json"), std::invalid_argument);
    EXPECT_THROW(filterFromJson("[1]"), std::invalid_argument);
    try {
        filterFromJson(R"({"categories":["logistics","shipping"]})");
        FAIL() << "unknown category accepted";
    } catch (const std::invalid_argument& e) {
        EXPECT_NE(std::string(e.what()).find("categories"), std::string::npos);
        EXPECT_NE(std::string(e.what()).find("shipping"), std::string::npos);
    }
    EXPECT_THROW(filterFromJson(R"({"minRating":"two"})"), std::invalid_argument);
    EXPECT_THROW(filterFromJson(R"({"platforms":"ozon"})"), std::invalid_argument);
    // Keys from a newer version are ignored.
    EXPECT_NO_THROW(filterFromJson(R"({"futureField":1,"safety":true})"));
}
