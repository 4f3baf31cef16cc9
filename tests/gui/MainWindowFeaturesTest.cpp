// The main window's other features, through its actions and with dialogs answered by hooks:
// keyboard navigation, views with counts, saved views, appeals, follow-ups, variables asked
// inline, the shortcuts sheet, replies following a category change, dropped files.
#include "TestDatabase.h"
#include "TestSupport.h"

#include "AppSettings.h"
#include "DialogRunner.h"
#include "ImportDialog.h"
#include "MainWindow.h"
#include "ShortcutsDialog.h"
#include "detail/ActivityPane.h"
#include "detail/AppealDialog.h"
#include "detail/FollowUpDialog.h"
#include "filters/FilterBar.h"
#include "queue/QueueModel.h"
#include "reply/ReplyPane.h"
#include "views/BuiltinViews.h"
#include "views/ViewListModel.h"
#include "views/ViewsPane.h"

#include "model/ReviewFilterJson.h"
#include "store/DraftStore.h"
#include "store/SavedViewStore.h"
#include "store/WorkflowStore.h"
#include "util/Clock.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace rd;
using namespace rd::gui;

namespace {

constexpr Timestamp kNow = 1'760'000'000'000; // fixed "now" for follow-ups

class MainWindowFeaturesTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Clock::setForTesting([] { return kNow; });
        window = std::make_unique<MainWindow>();
        window->show();
        window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
        ASSERT_TRUE(window->openDatabase(db.path()));
        ASSERT_TRUE(settled());
    }
    void TearDown() override
    {
        DialogRunner::setHookForTesting({});
        window.reset();
        Clock::setForTesting({});
    }

    bool settled()
    {
        return test::waitUntil([&] { return window->queueModel()->countKnown(); });
    }
    void showFilter(const ReviewFilter& filter)
    {
        window->filterBar()->setFilter(filter);
        window->queueModel()->setFilter(filter);
        ASSERT_TRUE(settled());
    }
    void select(int row)
    {
        window->queueView()->setFocus();
        window->queueView()->selectRow(row);
        ASSERT_EQ(window->currentReviewId(), window->queueModel()->reviewIdAt(row));
    }

    test::TempDir dir;
    test::TestDatabase db{dir.file("features.sqlite"), 300};
    std::unique_ptr<MainWindow> window;
};

} // namespace

TEST_F(MainWindowFeaturesTest, JAndKMoveThroughTheQueue)
{
    select(0);
    const QueueModel* queue = window->queueModel();
    QTest::keyClick(window->queueView(), Qt::Key_J);
    QTest::keyClick(window->queueView(), Qt::Key_J);
    EXPECT_EQ(window->currentReviewId(), queue->reviewIdAt(2));
    QTest::keyClick(window->queueView(), Qt::Key_K);
    EXPECT_EQ(window->currentReviewId(), queue->reviewIdAt(1));
    QTest::keyClick(window->queueView(), Qt::Key_Down);
    EXPECT_EQ(window->currentReviewId(), queue->reviewIdAt(2));
}

TEST_F(MainWindowFeaturesTest, ViewsAreCountedAndSelectTheirReviews)
{
    ViewListModel* views = window->viewsPane()->model();
    ASSERT_TRUE(test::waitUntil([&] {
        for (int row = 0; row < views->rowCount(); ++row) {
            if (!views->index(row).data(ViewListModel::CountRole).isValid()) {
                return false;
            }
        }
        return true;
    }));
    for (const QueueView& view : views->views()) {
        ReviewFilter f = view.filter;
        f.now = kNow;
        EXPECT_EQ(*view.count, db.store().count(f)) << view.title.toStdString();
    }
    window->viewsPane()->selectView(BuiltinViews::allKey());
    ASSERT_TRUE(settled());
    EXPECT_EQ(window->queueModel()->rowCount(), 300);
    EXPECT_TRUE(window->filterBar()->isEmpty());
}

TEST_F(MainWindowFeaturesTest, TheCurrentFilterIsSavedAsAViewInTheDatabase)
{
    ReviewFilter f;
    f.platforms = {Platform::Ozon};
    f.minRating = f.maxRating = 1;
    showFilter(f);
    DialogRunner::setHookForTesting([](QDialog& dialog) {
        auto* ask = qobject_cast<QInputDialog*>(&dialog);
        if (!ask) {
            return int(QDialog::Rejected);
        }
        ask->setTextValue(QStringLiteral("Ozon 1★"));
        return int(QDialog::Accepted);
    });
    window->action(QStringLiteral("actionSaveView"))->trigger();
    const auto saved = db.store().savedViews().list();
    ASSERT_EQ(saved.size(), 1u);
    EXPECT_EQ(saved[0].name, "Ozon 1★");
    const ReviewFilter stored = filterFromJson(saved[0].filterJson);
    EXPECT_EQ(stored.platforms, f.platforms);
    EXPECT_EQ(stored.minRating, 1);

    window->viewsPane()->selectView(BuiltinViews::allKey());
    ASSERT_TRUE(settled());
    window->viewsPane()->selectView(QStringLiteral("saved:%1").arg(saved[0].id));
    ASSERT_TRUE(settled());
    EXPECT_EQ(window->queueModel()->rowCount(), db.store().count(f));
    EXPECT_EQ(window->filterBar()->filter().platforms, f.platforms);
    window->action(QStringLiteral("actionDeleteView"))->trigger();
    EXPECT_TRUE(db.store().savedViews().list().empty());
}

TEST_F(MainWindowFeaturesTest, AppealIsPreparedCopiedAndItsOutcomeRecorded)
{
    ReviewFilter suspicious;
    suspicious.suspicious = true;
    suspicious.platforms = {Platform::Ozon};
    showFilter(suspicious);
    ASSERT_GT(window->queueModel()->rowCount(), 0);
    select(0);
    const std::int64_t id = window->currentReviewId();
    QString shown;
    DialogRunner::setHookForTesting([&shown](QDialog& dialog) {
        auto* appeal = qobject_cast<AppealDialog*>(&dialog);
        if (!appeal) {
            return int(QDialog::Rejected);
        }
        appeal->setGround(AppealGround::Advertising);
        shown = appeal->text();
        for (auto* b : appeal->findChildren<QPushButton*>()) {
            if (b->isDefault()) {
                b->click(); // "Copy and mark as appealed"
            }
        }
        return appeal->result();
    });
    window->action(QStringLiteral("actionPrepareAppeal"))->trigger();
    EXPECT_TRUE(shown.contains(QStringLiteral("Правила публикации отзывов Ozon")))
        << shown.toStdString();
    EXPECT_TRUE(shown.contains(QStringLiteral("рекламу")));
    EXPECT_EQ(QGuiApplication::clipboard()->text(), shown);
    EXPECT_EQ(db.store().workflow().state(id).status, Status::Appealed);

    auto* outcome = window->activityPane()->findChild<QComboBox*>(QStringLiteral("outcomeCombo"));
    ASSERT_TRUE(outcome && outcome->isEnabled());
    outcome->setCurrentIndex(outcome->findData(QStringLiteral("removed")));
    Q_EMIT outcome->activated(outcome->currentIndex());
    EXPECT_EQ(db.store().workflow().state(id).appealOutcome, "removed");
    window->action(QStringLiteral("actionUndo"))->trigger();
    EXPECT_EQ(db.store().workflow().state(id).appealOutcome, "");
}

TEST_F(MainWindowFeaturesTest, FollowUpPresetIsStoredAndOverdueViewFindsIt)
{
    select(1);
    const std::int64_t id = window->currentReviewId();
    DialogRunner::setHookForTesting([](QDialog& dialog) {
        auto* followUp = qobject_cast<FollowUpDialog*>(&dialog);
        if (!followUp) {
            return int(QDialog::Rejected);
        }
        followUp->choosePreset(3);
        return followUp->result();
    });
    QTest::keyClick(window->queueView(), Qt::Key_F);
    const auto followUp = db.store().workflow().state(id).followUpAt;
    ASSERT_TRUE(followUp);
    EXPECT_NEAR(double(*followUp), double(kNow + 3 * 86'400'000), 3'600'000.0); // DST aside

    ReviewFilter overdue;
    overdue.overdueOnly = true;
    overdue.now = kNow + 4 * 86'400'000;
    EXPECT_EQ(db.store().queryIds(overdue), std::vector<std::int64_t>{id});
    window->action(QStringLiteral("actionUndo"))->trigger();
    EXPECT_FALSE(db.store().workflow().state(id).followUpAt.has_value());
}

TEST_F(MainWindowFeaturesTest, MissingVariablesAreAskedInlineBeforeCopying)
{
    select(0);
    const std::int64_t id = window->currentReviewId();
    ReplyPane* reply = window->replyPane();
    auto* editor = reply->findChild<QPlainTextEdit*>(QStringLiteral("editor"));
    editor->setPlainText(QStringLiteral("Order {order_id}: we will reship it."));
    reply->flush();
    EXPECT_EQ(reply->missingVariables(), QStringList{QStringLiteral("order_id")});
    QGuiApplication::clipboard()->setText(QStringLiteral("before"));
    EXPECT_FALSE(reply->copyReply());
    EXPECT_EQ(QGuiApplication::clipboard()->text(), QStringLiteral("before"));
    EXPECT_EQ(db.store().drafts().draft(id)->state, DraftState::Draft);

    auto* field = reply->findChild<QLineEdit*>(QStringLiteral("missing_order_id"));
    ASSERT_NE(field, nullptr);
    field->setText(QStringLiteral("A-1001"));
    Q_EMIT field->returnPressed();
    EXPECT_EQ(editor->toPlainText(), QStringLiteral("Order A-1001: we will reship it."));
    EXPECT_TRUE(reply->missingVariables().isEmpty());
    EXPECT_TRUE(reply->copyReply());
    EXPECT_EQ(QGuiApplication::clipboard()->text(), editor->toPlainText());
    EXPECT_EQ(db.store().drafts().draft(id)->state, DraftState::Exported);
}

TEST_F(MainWindowFeaturesTest, AnUneditedDraftFollowsACategoryChange)
{
    ReviewFilter logistics;
    logistics.categories = {Category::Logistics};
    logistics.platforms = {Platform::Taobao};
    showFilter(logistics);
    select(0);
    const std::int64_t id = window->currentReviewId();
    auto before = db.store().drafts().draft(id);
    ASSERT_TRUE(before);
    EXPECT_EQ(before->templateId.rfind("logistics", 0), 0u) << before->templateId;
    QTest::keyClick(window->queueView(), Qt::Key_4); // price
    auto after = db.store().drafts().draft(id);
    EXPECT_EQ(after->templateId.rfind("price", 0), 0u) << after->templateId;
    EXPECT_NE(after->text, before->text);
    EXPECT_EQ(window->replyPane()->text().toStdString(), after->text);
}

TEST_F(MainWindowFeaturesTest, ShortcutsSheetShowsTheKeyboardMap)
{
    ShortcutsDialog sheet(window->menuBar());
    const QString all = sheet.rows().join(QLatin1Char('\n'));
    for (const char* key :
         {"J\t", "K\t", "1\t", "5\t", "R\t", "S\t", "F\t", "L\t", "/\t", "Ctrl+Shift+C\t",
          "Ctrl+Return", "Ctrl+Z\t", "Ctrl+Shift+Z\t", "F1\t"}) {
        EXPECT_TRUE(all.contains(QString::fromLatin1(key))) << key << "\n" << all.toStdString();
    }
}

TEST_F(MainWindowFeaturesTest, DroppedFilesOpenTheImportDialog)
{
    const std::string file = dir.file("reviews.csv");
    test::writeFile(file, "id,platform,rating,text\nx1,ozon,1,Плохо\n");
    int files = -1;
    DialogRunner::setHookForTesting([&files](QDialog& dialog) {
        if (auto* import = qobject_cast<ImportDialog*>(&dialog)) {
            files = import->fileCount();
        }
        return int(QDialog::Rejected);
    });
    window->importFiles({QString::fromStdString(file)});
    EXPECT_EQ(files, 1);
}
