// Opening a database of an earlier schema version migrates it, and first copies it next to
// itself (<db>.v<old>-<ms>.bak, docs/backup.md). Tested from every earlier version: the copy
// exists, is at the old version and holds the old data; the data survives the migration.
#include "TestSupport.h"

#include "import/Importer.h"
#include "store/ReviewStore.h"
#include "store/StoreError.h"
#include "store/sqlite/SqliteConnection.h"
#include "store/sqlite/SqliteSchema.h"
#include "store/sqlite/SqliteStatement.h"

#include <gtest/gtest.h>

#include <filesystem>

using namespace rd;

namespace {

// Review rows as the version-1 schema has them (the columns every later version keeps).
constexpr const char* kOldRows =
    "INSERT INTO import_batches(id, source_file, format, started_at, finished_at, rows_read,"
    " rows_added) VALUES (1, 'old.csv', 'csv', 1000, 2000, 2, 2);"
    "INSERT INTO reviews(id, platform, external_id, rating, polarity, text, language,"
    " published_at, imported_at, batch_id) VALUES"
    " (1, 'ozon', 'a1', 1, 'negative', 'Коробка мятая', 'ru', 1709596800000, 2000, 1),"
    " (2, 'amazon', 'a2', 5, 'positive', 'Works great', 'en', 1709683200000, 2000, 1);"
    "INSERT INTO workflow(review_id, status, status_changed_at) VALUES (1, 'in_progress', 3000);";

std::vector<std::filesystem::path> backupsOf(const std::string& db, int version)
{
    std::vector<std::filesystem::path> out;
    const std::filesystem::path path(db);
    const std::string prefix = path.filename().string() + ".v" + std::to_string(version) + "-";
    for (const auto& entry : std::filesystem::directory_iterator(path.parent_path())) {
        const std::string name = entry.path().filename().string();
        if (name.rfind(prefix, 0) == 0 && name.size() > 4 &&
            name.compare(name.size() - 4, 4, ".bak") == 0) {
            out.push_back(entry.path());
        }
    }
    return out;
}

std::int64_t countRows(SqliteConnection& c, const char* table)
{
    auto st = c.prepare(std::string("SELECT count(*) FROM ") + table);
    st.step();
    return st.columnInt64(0);
}

class SchemaMigrationBackup : public ::testing::TestWithParam<int>
{
protected:
    // A database at `version` holding kOldRows.
    std::string makeOldDatabase(int version)
    {
        const std::string path = dir.file("old-v" + std::to_string(version) + ".sqlite");
        SqliteConnection c(path, true);
        SqliteSchema::migrateTo(c, version);
        c.exec(kOldRows);
        EXPECT_EQ(c.userVersion(), version);
        return path;
    }

    test::TempDir dir;
};

} // namespace

TEST_P(SchemaMigrationBackup, CopiesTheOldFileThenMigratesKeepingTheData)
{
    const int version = GetParam();
    ASSERT_LT(version, SqliteSchema::latestVersion());
    const std::string path = makeOldDatabase(version);
    ASSERT_TRUE(backupsOf(path, version).empty());

    auto store = ReviewStore::openSqlite(path);
    EXPECT_EQ(store->schemaVersion(), SqliteSchema::latestVersion());
    EXPECT_EQ(store->integrityCheck(), "ok");

    // The data survived the migration and the store works on it.
    auto first = store->review(1);
    ASSERT_TRUE(first);
    EXPECT_EQ(first->externalId, "a1");
    EXPECT_EQ(first->text, "Коробка мятая");
    EXPECT_EQ(first->rating, 1);
    EXPECT_EQ(store->record(1)->workflow.status, Status::InProgress);
    EXPECT_EQ(store->stats().reviews, 2);
    ASSERT_EQ(store->importBatches().size(), 1u);
    EXPECT_EQ(store->importBatches()[0].info.sourceFile, "old.csv");
    const ImportResult more =
        Importer::importData(*store, "id,rating,text\nn1,2,after the migration\n", "new.csv", {});
    ASSERT_TRUE(more.ok()) << more.error;
    EXPECT_EQ(store->stats().reviews, 3);

    // The copy: one file, still at the old version, with the old rows and nothing newer.
    const auto copies = backupsOf(path, version);
    ASSERT_EQ(copies.size(), 1u);
    SqliteConnection copy(copies[0].string(), false);
    EXPECT_EQ(copy.userVersion(), version);
    EXPECT_EQ(countRows(copy, "reviews"), 2);
    EXPECT_EQ(countRows(copy, "workflow"), 1);
    auto text = copy.prepare("SELECT text FROM reviews WHERE external_id = 'a1'");
    ASSERT_TRUE(text.step());
    EXPECT_EQ(text.columnText(0), "Коробка мятая");
    auto integrity = copy.prepare("PRAGMA integrity_check");
    ASSERT_TRUE(integrity.step());
    EXPECT_EQ(integrity.columnText(0), "ok");
}

TEST_P(SchemaMigrationBackup, RestoringTheCopyGivesTheOldDatabaseBack)
{
    const int version = GetParam();
    const std::string path = makeOldDatabase(version);
    ReviewStore::openSqlite(path).reset(); // migrates and copies
    const auto copies = backupsOf(path, version);
    ASSERT_EQ(copies.size(), 1u);

    // Restore as docs/backup.md says: the app closed, the copy put in the database's place.
    const std::string restored = dir.file("restored.sqlite");
    std::filesystem::copy_file(copies[0], restored);
    auto store = ReviewStore::openSqlite(restored); // migrates the restored copy again
    EXPECT_EQ(store->schemaVersion(), SqliteSchema::latestVersion());
    EXPECT_EQ(store->stats().reviews, 2);
    EXPECT_EQ(store->review(2)->text, "Works great");
}

INSTANTIATE_TEST_SUITE_P(EveryEarlierVersion, SchemaMigrationBackup,
                         ::testing::Range(1, SqliteSchema::latestVersion()));

TEST(SchemaMigrationBackupNone, ACurrentDatabaseIsNotCopied)
{
    test::TempDir dir;
    const std::string path = dir.file("current.sqlite");
    ReviewStore::openSqlite(path).reset();
    ReviewStore::openSqlite(path).reset();
    for (const auto& entry : std::filesystem::directory_iterator(dir.path())) {
        EXPECT_EQ(entry.path().extension(), ".sqlite") << entry.path();
    }
}

TEST(SchemaMigrationBackupNone, ANewerDatabaseIsRefusedAndLeftAlone)
{
    test::TempDir dir;
    const std::string path = dir.file("newer.sqlite");
    {
        SqliteConnection c(path, true);
        SqliteSchema::migrateTo(c, SqliteSchema::latestVersion());
        c.setUserVersion(SqliteSchema::latestVersion() + 1);
    }
    try {
        ReviewStore::openSqlite(path);
        FAIL() << "a newer database was opened";
    } catch (const StoreError& e) {
        EXPECT_NE(std::string(e.what()).find("newer than this ReviewDesk"), std::string::npos)
            << e.what();
    }
    SqliteConnection c(path, false);
    EXPECT_EQ(c.userVersion(), SqliteSchema::latestVersion() + 1);
}
