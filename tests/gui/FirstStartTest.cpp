#include "AppSettings.h"
#include "Application.h"
#include "DemoDatabase.h"

#include "TestSupport.h"

#include "store/ReviewStore.h"
#include "util/AppPaths.h"

#include <QFileInfo>

#include <gtest/gtest.h>

using rd::gui::Application;
using rd::gui::AppSettings;
using rd::gui::DemoDatabase;

namespace {

QString inDir(const rd::test::TempDir& dir, const char* name)
{
    return QString::fromStdString(dir.file(name));
}

} // namespace

TEST(FirstStart, DemoDatabaseHoldsTheShippedReviews)
{
    rd::test::TempDir dir;
    const QString path = inDir(dir, "sub/demo.sqlite");
    std::vector<int> steps;
    const DemoDatabase::Result result = DemoDatabase::create(path, {}, [&](int done, int total) {
        EXPECT_LE(done, total);
        steps.push_back(done);
        return true;
    });
    ASSERT_TRUE(result.ok) << result.error.toStdString();
    EXPECT_GE(result.reviews, 200);
    ASSERT_FALSE(steps.empty());
    EXPECT_EQ(steps.front(), 0);

    auto store = rd::ReviewStore::openSqlite(path.toStdString());
    EXPECT_EQ(store->count(rd::ReviewFilter{}), result.reviews);
    // All three languages and several platforms are there, and search works at once.
    const rd::StoreStats stats = store->stats();
    EXPECT_GE(stats.byLanguage.size(), 3u);
    EXPECT_GE(stats.byPlatform.size(), 2u);
    EXPECT_TRUE(store->searchIndexState().complete());
    rd::ReviewFilter search;
    search.search = "快递";
    EXPECT_GT(store->count(search), 0);
    // Classified, and the complaints have reply drafts.
    EXPECT_EQ(stats.classified, result.reviews);
    rd::ReviewFilter unclassified;
    unclassified.unclassifiedOnly = true;
    EXPECT_EQ(store->count(unclassified), 0);
    int withDraft = 0;
    for (const rd::ReviewRecord& record : store->query(rd::ReviewFilter{})) {
        withDraft += record.draftState.has_value() ? 1 : 0;
    }
    EXPECT_GT(withDraft, result.reviews / 2);
}

TEST(FirstStart, DemoDatabaseNeverOverwritesAFile)
{
    rd::test::TempDir dir;
    const QString path = inDir(dir, "existing.sqlite");
    rd::test::writeFile(path.toStdString(), "precious");
    const DemoDatabase::Result result = DemoDatabase::create(path, {});
    EXPECT_FALSE(result.ok);
    EXPECT_TRUE(result.error.contains(QStringLiteral("existing.sqlite")));
    EXPECT_EQ(rd::test::readFile(path.toStdString()), "precious");
}

TEST(FirstStart, CancelledDemoLeavesNoFileBehind)
{
    rd::test::TempDir dir;
    const QString path = inDir(dir, "demo.sqlite");
    const DemoDatabase::Result result =
        DemoDatabase::create(path, {}, [](int done, int) { return done < 1; });
    EXPECT_FALSE(result.ok);
    EXPECT_TRUE(result.cancelled);
    EXPECT_FALSE(QFileInfo::exists(path));
    EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
}

TEST(FirstStart, StartupChoosesArgumentThenLastThenDefault)
{
    rd::test::TempDir dir;
    AppSettings settings(inDir(dir, "settings.ini"));
    const QString fallback = QString::fromStdString(rd::AppPaths::defaultDatabase());
    const bool fallbackExists = QFileInfo::exists(fallback);

    // Very first start: the default database, to be created with the demo reviews.
    Application::StartupDatabase start = Application::chooseDatabase({}, settings);
    EXPECT_EQ(start.path, fallback);
    EXPECT_EQ(start.createDemo, !fallbackExists);

    // A named file wins, and is not filled with demo reviews.
    start = Application::chooseDatabase({QStringLiteral("named.sqlite")}, settings);
    EXPECT_TRUE(QFileInfo(start.path).isAbsolute());
    EXPECT_TRUE(start.path.endsWith(QStringLiteral("/named.sqlite")));
    EXPECT_FALSE(start.createDemo);

    // The last one used, while it exists.
    const QString last = inDir(dir, "team.sqlite");
    rd::test::writeFile(last.toStdString(), "");
    settings.setLastDatabase(last);
    start = Application::chooseDatabase({}, settings);
    EXPECT_EQ(start.path, last);
    EXPECT_FALSE(start.createDemo);

    // Review files are imported into the database, not opened as one.
    start = Application::chooseDatabase(
        {QStringLiteral("export.CSV"), QStringLiteral("other.sqlite"), QStringLiteral("a.jsonl")},
        settings);
    EXPECT_TRUE(start.path.endsWith(QStringLiteral("/other.sqlite")));
    ASSERT_EQ(start.importFiles.size(), 2);
    EXPECT_TRUE(start.importFiles[0].endsWith(QStringLiteral("/export.CSV")));
    EXPECT_TRUE(QFileInfo(start.importFiles[1]).isAbsolute());
    start = Application::chooseDatabase({QStringLiteral("reviews.json")}, settings);
    EXPECT_EQ(start.path, last);
    EXPECT_EQ(start.importFiles.size(), 1);

    // Gone: back to the default one, and it leaves the recent list.
    QFile::remove(last);
    start = Application::chooseDatabase({}, settings);
    EXPECT_EQ(start.path, fallback);
    EXPECT_FALSE(settings.recentDatabases().contains(last));
}
