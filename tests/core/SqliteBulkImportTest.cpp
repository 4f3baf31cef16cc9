// The SQLite import session's bulk mode: a batch that adds many reviews to a small table drops
// the secondary indexes of `reviews` and builds them again at commit, inside the batch's
// transaction. These tests use a small threshold and look at the schema directly.
#include "TestSupport.h"

#include "store/ReviewStore.h"
#include "store/sqlite/SqliteConnection.h"
#include "store/sqlite/SqliteImportSession.h"
#include "store/sqlite/SqliteStatement.h"

#include <gtest/gtest.h>

#include <memory>

using namespace rd;

namespace {

Review makeReview(int n, int rating = 1, const std::string& text = "")
{
    Review r;
    r.platform = Platform::Ozon;
    r.externalId = "b" + std::to_string(n);
    r.sku = "S" + std::to_string(n % 7);
    r.customerId = "c" + std::to_string(n % 11);
    r.product = "Чайник " + std::to_string(n % 3);
    r.rating = rating;
    r.polarity = polarityFromRating(rating);
    r.text = text.empty() ? "Отзыв номер " + std::to_string(n) : text;
    r.language = Language::Ru;
    r.publishedAt = 1'700'000'000'000 + std::int64_t(n) * 60'000;
    return r;
}

class SqliteBulkImport : public ::testing::Test
{
protected:
    void SetUp() override
    {
        path = dir.file("bulk.sqlite");
        ReviewStore::openSqlite(path); // creates the schema
        connection = std::make_unique<SqliteConnection>(path, false);
        indexesAtStart = indexes();
        ASSERT_FALSE(indexesAtStart.empty()) << "the schema has no secondary index to test";
    }

    std::unique_ptr<SqliteImportSession> session(std::int64_t threshold)
    {
        return std::make_unique<SqliteImportSession>(
            *connection, ImportBatchInfo{"bulk.csv", "csv", "utf-8", 0}, threshold);
    }

    // Upserts reviews first..last-1 and returns how many were added.
    int add(SqliteImportSession& s, int first, int last)
    {
        int added = 0;
        for (int n = first; n < last; ++n) {
            Review r = makeReview(n);
            added += s.upsert(r) == UpsertOutcome::Added;
        }
        return added;
    }

    // Names of the explicitly created indexes on `reviews` (not the UNIQUE constraint's).
    std::vector<std::string> indexes()
    {
        auto st =
            connection->prepare("SELECT name FROM sqlite_master WHERE type = 'index'"
                                " AND tbl_name = 'reviews' AND sql IS NOT NULL ORDER BY name");
        std::vector<std::string> names;
        while (st.step()) {
            names.push_back(st.columnText(0));
        }
        return names;
    }

    std::int64_t scalar(const std::string& sql)
    {
        auto st = connection->prepare(sql);
        return st.step() ? st.columnInt64(0) : -1;
    }

    std::string integrity()
    {
        auto st = connection->prepare("PRAGMA integrity_check");
        std::string out;
        while (st.step()) {
            out += st.columnText(0);
        }
        return out;
    }

    test::TempDir dir;
    std::string path;
    std::unique_ptr<SqliteConnection> connection;
    std::vector<std::string> indexesAtStart;
};

} // namespace

TEST_F(SqliteBulkImport, BigBatchDropsIndexesAndBuildsThemAgainAtCommit)
{
    auto s = session(10);
    EXPECT_EQ(add(*s, 0, 9), 9);
    EXPECT_EQ(indexes(), indexesAtStart) << "below the threshold nothing changes";
    EXPECT_EQ(add(*s, 9, 40), 31);
    EXPECT_TRUE(indexes().empty()) << "in bulk mode the secondary indexes are deferred";
    s->commit({});
    EXPECT_EQ(indexes(), indexesAtStart);
    EXPECT_EQ(scalar("SELECT count(*) FROM reviews"), 40);
    EXPECT_EQ(integrity(), "ok"); // every index entry matches its row
    EXPECT_EQ(scalar("SELECT count(*) FROM reviews WHERE sku = 'S3'"), 6);
}

TEST_F(SqliteBulkImport, DedupeAndRevisionsStillWorkInBulkMode)
{
    auto s = session(5);
    add(*s, 0, 20);
    ASSERT_TRUE(indexes().empty());
    Review same = makeReview(3);
    EXPECT_EQ(s->upsert(same), UpsertOutcome::Unchanged);
    Review changed = makeReview(4, 5, "Продавец заменил, всё хорошо");
    EXPECT_EQ(s->upsert(changed), UpsertOutcome::Revised);
    s->commit({});
    EXPECT_EQ(scalar("SELECT count(*) FROM reviews"), 20);
    EXPECT_EQ(scalar("SELECT count(*) FROM review_revisions"), 1);
    EXPECT_EQ(scalar("SELECT rating FROM reviews WHERE external_id = 'b4'"), 5);
    EXPECT_EQ(integrity(), "ok");
}

TEST_F(SqliteBulkImport, RollbackRestoresIndexesAndRows)
{
    {
        auto first = session(SqliteImportSession::kBulkThreshold);
        add(*first, 0, 5);
        first->commit({});
    }
    auto s = session(3);
    add(*s, 100, 130);
    ASSERT_TRUE(indexes().empty());
    s->rollback();
    EXPECT_EQ(indexes(), indexesAtStart);
    EXPECT_EQ(scalar("SELECT count(*) FROM reviews"), 5);
    EXPECT_EQ(integrity(), "ok");
}

TEST_F(SqliteBulkImport, AbandonedBatchLeavesTheStoreAsBefore)
{
    {
        auto s = session(3);
        add(*s, 0, 30);
        ASSERT_TRUE(indexes().empty());
    } // destroyed without commit, as when an import throws half-way
    EXPECT_EQ(indexes(), indexesAtStart);
    EXPECT_EQ(scalar("SELECT count(*) FROM reviews"), 0);
    EXPECT_EQ(integrity(), "ok");
}

TEST_F(SqliteBulkImport, SmallBatchIntoABiggerTableKeepsIndexesLive)
{
    {
        auto first = session(SqliteImportSession::kBulkThreshold);
        add(*first, 0, 50);
        first->commit({});
    }
    auto s = session(10);
    EXPECT_EQ(add(*s, 50, 80), 30); // 30 added < 50 stored before: rebuilding would cost more
    EXPECT_EQ(indexes(), indexesAtStart);
    s->commit({});
    EXPECT_EQ(scalar("SELECT count(*) FROM reviews"), 80);
    EXPECT_EQ(integrity(), "ok");
}

TEST_F(SqliteBulkImport, EmptyExtraIsStoredAsAnEmptyObject)
{
    auto s = session(SqliteImportSession::kBulkThreshold);
    Review r = makeReview(1);
    r.extraJson.clear();
    ASSERT_EQ(s->upsert(r), UpsertOutcome::Added);
    s->commit({});
    auto st = connection->prepare("SELECT extra, text FROM reviews WHERE external_id = 'b1'");
    ASSERT_TRUE(st.step());
    EXPECT_EQ(st.columnText(0), "{}");
    EXPECT_EQ(st.columnText(1), "Отзыв номер 1");
}
