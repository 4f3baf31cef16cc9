#include "TestSupport.h"

#include "store/ClassificationStore.h"
#include "store/DraftStore.h"
#include "store/ReviewStore.h"
#include "store/StoreError.h"
#include "store/WorkflowStore.h"

#include <gtest/gtest.h>

using namespace rd;

namespace {

Review makeReview(const std::string& id, int rating, const std::string& text,
                  Platform platform = Platform::Ozon)
{
    Review r;
    r.platform = platform;
    r.externalId = id;
    r.rating = rating;
    r.polarity = polarityFromRating(rating);
    r.text = text;
    r.language = Language::Ru;
    r.publishedAt = 1'700'000'000'000 + std::stoll(id) * 1000;
    return r;
}

class ReviewStoreTest : public ::testing::Test
{
protected:
    void SetUp() override { store = ReviewStore::openSqlite(dir.file("test.sqlite")); }

    ImportCounts importAll(std::vector<Review> reviews)
    {
        auto session = store->beginImport({"test.csv", "csv", "utf-8", 0});
        ImportCounts counts;
        for (Review& r : reviews) {
            ++counts.read;
            switch (session->upsert(r)) {
            case UpsertOutcome::Added: ++counts.added; break;
            case UpsertOutcome::Updated: ++counts.updated; break;
            case UpsertOutcome::Revised: ++counts.revised; break;
            case UpsertOutcome::Unchanged: ++counts.unchanged; break;
            }
        }
        session->commit(counts);
        return counts;
    }

    test::TempDir dir;
    std::unique_ptr<ReviewStore> store;
};

} // namespace

TEST_F(ReviewStoreTest, NewDatabaseHasLatestSchemaAndIsEmpty)
{
    EXPECT_GE(store->schemaVersion(), 1);
    EXPECT_EQ(store->stats().reviews, 0);
    EXPECT_EQ(store->integrityCheck(), "ok");
}

TEST_F(ReviewStoreTest, ImportingTheSameReviewsTwiceChangesNothing)
{
    auto first = importAll({makeReview("1", 1, "Сломался"), makeReview("2", 5, "Отлично")});
    EXPECT_EQ(first.added, 2);
    auto second = importAll({makeReview("1", 1, "Сломался"), makeReview("2", 5, "Отлично")});
    EXPECT_EQ(second.added, 0);
    EXPECT_EQ(second.unchanged, 2);
    EXPECT_EQ(store->stats().reviews, 2);
    EXPECT_EQ(store->stats().revisions, 0);
}

TEST_F(ReviewStoreTest, ChangedRatingIsRecordedAsRevision)
{
    importAll({makeReview("7", 1, "Курьер опоздал")});
    auto counts = importAll({makeReview("7", 4, "Курьер опоздал, но продавец всё решил")});
    EXPECT_EQ(counts.revised, 1);
    auto id = store->findId(Platform::Ozon, "7");
    ASSERT_TRUE(id);
    auto revs = store->revisions(*id);
    ASSERT_EQ(revs.size(), 1u);
    EXPECT_EQ(revs[0].oldRating, 1);
    EXPECT_EQ(revs[0].newRating, 4);
    EXPECT_EQ(revs[0].oldText, "Курьер опоздал");
    auto r = store->review(*id);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->rating, 4);
    EXPECT_EQ(r->polarity, Polarity::Positive);
}

TEST_F(ReviewStoreTest, SameExternalIdOnAnotherPlatformIsAnotherReview)
{
    auto counts = importAll({makeReview("1", 1, "a"), makeReview("1", 1, "a", Platform::Amazon)});
    EXPECT_EQ(counts.added, 2);
}

TEST_F(ReviewStoreTest, UncommittedImportLeavesStoreUnchanged)
{
    importAll({makeReview("1", 1, "first")});
    {
        auto session = store->beginImport({"bad.csv", "csv", "utf-8", 0});
        Review r = makeReview("2", 2, "second");
        session->upsert(r);
        Review r1 = makeReview("1", 5, "changed");
        session->upsert(r1);
        // destroyed without commit
    }
    EXPECT_EQ(store->stats().reviews, 1);
    EXPECT_EQ(store->review(*store->findId(Platform::Ozon, "1"))->text, "first");
    EXPECT_EQ(store->importBatches().size(), 1u);
}

TEST_F(ReviewStoreTest, FullTextSearchFindsChineseBigramsAndFoldedWords)
{
    Review zh = makeReview("1", 1, "快递太慢了，客服也不理人");
    zh.language = Language::Zh;
    importAll({zh, makeReview("2", 2, "ДОСТАВКА ужасная, Курьер грубый"),
               makeReview("3", 5, "Great quality, FAST shipping")});
    // Not indexed yet: found through the unindexed tail.
    ReviewFilter f;
    f.search = "快递";
    EXPECT_EQ(store->count(f), 1);
    auto state = store->updateSearchIndex(1000);
    EXPECT_EQ(state.indexed, 3);
    EXPECT_TRUE(state.complete());
    for (const char* q : {"快递", "客服", "доставка", "курьер", "shipping", "fast", "快"}) {
        f.search = q;
        EXPECT_EQ(store->count(f), 1) << q;
    }
    f.search = "慢递";
    EXPECT_EQ(store->count(f), 0);
    f.search = "\"unbalanced";
    EXPECT_EQ(store->count(f), 0);
}

TEST_F(ReviewStoreTest, RevisedTextIsReindexed)
{
    importAll({makeReview("1", 1, "сломался")});
    store->updateSearchIndex(100);
    importAll({makeReview("1", 1, "пришёл мятый")});
    ReviewFilter f;
    f.search = "сломался";
    EXPECT_EQ(store->count(f), 0);
    f.search = "мятый";
    EXPECT_EQ(store->count(f), 1);
}

TEST_F(ReviewStoreTest, OverrideWinsAndSurvivesReclassification)
{
    importAll({makeReview("1", 1, "коробка мятая")});
    const auto id = *store->findId(Platform::Ozon, "1");
    Classification c;
    c.category = Category::Product;
    c.rulesetVersion = "v1";
    store->classifications().saveAutomatic({{id, c}});
    store->classifications().setOverride(id, {Category::Logistics, std::nullopt, true, "anna", 5});
    c.category = Category::Price;
    store->classifications().saveAutomatic({{id, c}});
    auto rec = store->record(id);
    ASSERT_TRUE(rec);
    EXPECT_EQ(rec->category(), Category::Logistics);
    EXPECT_EQ(rec->autoCategory, Category::Price);
    EXPECT_TRUE(rec->safety);
    ReviewFilter f;
    f.categories = {Category::Logistics};
    EXPECT_EQ(store->count(f), 1);
}

TEST_F(ReviewStoreTest, StatusChangesStampResponseTimes)
{
    importAll({makeReview("1", 1, "x")});
    const auto id = *store->findId(Platform::Ozon, "1");
    store->workflow().setStatus(id, Status::InProgress, 1000, "anna");
    store->workflow().setStatus(id, Status::Resolved, 5000, "anna");
    auto w = store->workflow().state(id);
    EXPECT_EQ(w.firstResponseAt, 1000);
    EXPECT_EQ(w.resolvedAt, 5000);
    EXPECT_EQ(store->workflow().statusHistory(id).size(), 2u);
}

TEST_F(ReviewStoreTest, HumanEditedDraftIsNeverOverwritten)
{
    importAll({makeReview("1", 1, "x")});
    const auto id = *store->findId(Platform::Ozon, "1");
    ReplyDraft d;
    d.reviewId = id;
    d.text = "generated";
    d.createdAt = d.updatedAt = 1;
    EXPECT_TRUE(store->drafts().saveGenerated(d));
    store->drafts().saveEdit(id, "edited by hand", 2, "anna");
    d.text = "generated again";
    EXPECT_FALSE(store->drafts().saveGenerated(d));
    EXPECT_EQ(store->drafts().draft(id)->text, "edited by hand");
    EXPECT_EQ(store->drafts().history(id).size(), 2u);
}

TEST_F(ReviewStoreTest, RunInTransactionRollsBackEverything)
{
    importAll({makeReview("1", 1, "x")});
    const auto id = *store->findId(Platform::Ozon, "1");
    EXPECT_THROW(store->runInTransaction([&] {
        store->workflow().setStatus(id, Status::InProgress, 1, "a");
        throw std::runtime_error("boom");
    }),
                 std::runtime_error);
    EXPECT_EQ(store->workflow().state(id).status, Status::New);
}

TEST_F(ReviewStoreTest, NotADatabaseIsRejectedWithThePath)
{
    const std::string path = dir.file("junk.sqlite");
    test::writeFile(path, std::string(4096, 'x'));
    try {
        ReviewStore::openSqlite(path);
        FAIL() << "expected StoreError";
    } catch (const StoreError& e) {
        EXPECT_NE(std::string(e.what()).find(path), std::string::npos);
    }
}
