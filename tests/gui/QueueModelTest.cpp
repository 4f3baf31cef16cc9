#include "TestDatabase.h"
#include "TestSupport.h"

#include "queue/QueueModel.h"
#include "store/ClassificationStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace rd;
using rd::gui::QueueLoader;
using rd::gui::QueueModel;

namespace {

// Collects the warnings QAbstractItemModelTester reports ("FAIL! ...").
QStringList g_testerFailures;
QtMessageHandler g_previousHandler = nullptr;

void collectFailures(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (message.contains(QStringLiteral("FAIL!"))) {
        g_testerFailures << message;
    }
    g_previousHandler(type, context, message);
}

class QueueModelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        g_testerFailures.clear();
        g_previousHandler = qInstallMessageHandler(collectFailures);
    }
    void TearDown() override
    {
        qInstallMessageHandler(g_previousHandler);
        EXPECT_TRUE(g_testerFailures.isEmpty()) << g_testerFailures.join('\n').toStdString();
    }

    void openAndWait(QueueModel& model)
    {
        model.open(db.path());
        ASSERT_TRUE(test::waitUntil([&] { return model.countKnown(); }));
    }

    test::TempDir dir;
    test::TestDatabase db{dir.file("queue.sqlite"), 730};
};

} // namespace

TEST_F(QueueModelTest, PassesTheModelTesterThroughLoadsPagesSortsAndFilters)
{
    QueueModel model;
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    openAndWait(model);
    EXPECT_EQ(model.rowCount(), 730);
    EXPECT_EQ(model.columnCount(), QueueModel::ColumnCount);

    // Newest first by default; a row deep in the list is a placeholder until its page arrives.
    EXPECT_EQ(model.reviewIdAt(0), db.ids().back());
    const QModelIndex deep = model.index(650, QueueModel::Preview);
    EXPECT_FALSE(deep.data(QueueModel::LoadedRole).toBool());
    EXPECT_TRUE(test::waitUntil([&] { return deep.data(QueueModel::LoadedRole).toBool(); }));
    EXPECT_EQ(deep.data(QueueModel::ReviewIdRole).toLongLong(), db.ids()[729 - 650]);
    EXPECT_FALSE(deep.data().toString().isEmpty());

    model.sort(QueueModel::Rating, Qt::AscendingOrder);
    ASSERT_TRUE(test::waitUntil([&] { return model.countKnown(); }));
    EXPECT_EQ(model.index(0, QueueModel::Rating).data(QueueModel::RatingRole).toInt(), 1);
    EXPECT_EQ(model.index(0, QueueModel::Rating).data().toString(), QStringLiteral("★☆☆☆☆"));

    ReviewFilter filter;
    filter.categories = {Category::Logistics};
    filter.platforms = {Platform::Taobao};
    model.setFilter(filter);
    ASSERT_TRUE(test::waitUntil([&] { return model.countKnown(); }));
    EXPECT_EQ(model.rowCount(), db.store().count(filter));
    EXPECT_GT(model.rowCount(), 100); // more than one page
    for (int row = 0; row < model.rowCount(); row += 37) {
        const QModelIndex cat = model.index(row, QueueModel::CategoryColumn);
        ASSERT_TRUE(test::waitUntil([&] { return cat.data(QueueModel::LoadedRole).toBool(); }));
        EXPECT_EQ(cat.data(QueueModel::CategoryRole).toInt(), int(Category::Logistics));
    }
}

TEST_F(QueueModelTest, OnlyTheLatestFilterIsShown)
{
    QueueModel model;
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    openAndWait(model);
    ReviewFilter a;
    a.platforms = {Platform::Amazon};
    ReviewFilter b;
    b.minRating = 5;
    b.platforms = {Platform::Ozon};
    model.setFilter(a);
    model.setFilter(b); // before a's results arrive
    ASSERT_TRUE(test::waitUntil([&] { return model.countKnown(); }));
    test::waitUntil([] { return false; }, 200); // let any stale results arrive
    EXPECT_EQ(model.rowCount(), db.store().count(b));
    for (int row = 0; row < model.rowCount(); ++row) {
        EXPECT_EQ(model.index(row, QueueModel::PlatformColumn).data().toString(),
                  QStringLiteral("Ozon"));
    }
}

TEST_F(QueueModelTest, EditedReviewIsRefreshedInPlace)
{
    QueueModel model;
    openAndWait(model);
    const std::int64_t id = model.reviewIdAt(3);
    ASSERT_NE(id, 0);
    ClassificationOverride o;
    o.category = Category::Price;
    db.store().classifications().setOverride(id, o);
    QSignalSpy changed(&model, &QueueModel::dataChanged);
    model.updateRecord(*db.store().record(id));
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(model.rowOf(id), 3);
    const QModelIndex cat = model.index(3, QueueModel::CategoryColumn);
    EXPECT_EQ(cat.data(QueueModel::CategoryRole).toInt(), int(Category::Price));
    EXPECT_TRUE(cat.data(QueueModel::OverriddenRole).toBool());
    EXPECT_LE(model.recordAt(3)->review.text.size(), std::size_t(QueueLoader::kPreviewChars * 4));
}

TEST_F(QueueModelTest, ABrokenDatabaseIsReported)
{
    const std::string path = dir.file("broken.sqlite");
    test::writeFile(path, "this is not a database, just text that is long enough to matter");
    QueueModel model;
    QSignalSpy opened(&model, &QueueModel::opened);
    model.open(QString::fromStdString(path));
    ASSERT_TRUE(test::waitUntil([&] { return opened.count() == 1; }));
    const QString error = opened.at(0).at(0).toString();
    EXPECT_TRUE(error.contains(QStringLiteral("broken.sqlite"))) << error.toStdString();
    EXPECT_EQ(model.rowCount(), 0);
}
