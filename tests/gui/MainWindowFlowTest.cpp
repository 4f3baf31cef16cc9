// The main flow end to end, through the window's own actions and widgets, asserting on the
// store: open a database, filter, select a review, override its category, write and copy a
// reply, log a contact, set the status, then undo it all step by step.
#include "TestDatabase.h"
#include "TestSupport.h"

#include "AppSettings.h"
#include "DialogRunner.h"
#include "MainWindow.h"
#include "ReviewActions.h"
#include "detail/ContactDialog.h"
#include "detail/DetailPane.h"
#include "filters/FilterBar.h"
#include "queue/QueueModel.h"
#include "reply/ReplyPane.h"
#include "views/ViewsPane.h"

#include "store/ClassificationStore.h"
#include "store/DraftStore.h"
#include "store/WorkflowStore.h"
#include "util/Clock.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace rd;
using namespace rd::gui;

namespace {

// Types text as an input method commits it (how Chinese is typed; QTest::keyClicks is ASCII).
void typeText(QWidget* widget, const QString& text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QCoreApplication::sendEvent(widget, &event);
}

class MainWindowFlowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        AppSettings::instance()->setAgentName(QStringLiteral("Li Ming"));
        window = std::make_unique<MainWindow>();
        window->show();
        window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    }
    void TearDown() override
    {
        DialogRunner::setHookForTesting({});
        window.reset();
    }

    void trigger(const char* name)
    {
        QAction* a = window->action(QString::fromLatin1(name));
        ASSERT_NE(a, nullptr) << name;
        ASSERT_TRUE(a->isEnabled()) << name;
        a->trigger();
    }

    bool queueSettled()
    {
        return test::waitUntil([&] { return window->queueModel()->countKnown(); });
    }

    test::TempDir dir;
    test::TestDatabase db{dir.file("flow.sqlite"), 400};
    std::unique_ptr<MainWindow> window;
};

} // namespace

TEST_F(MainWindowFlowTest, TriageOneReviewAndUndoEverything)
{
    ASSERT_TRUE(window->openDatabase(db.path()));
    ASSERT_TRUE(queueSettled());
    QueueModel* queue = window->queueModel();

    // The first view is "New negative": every review rated 1-2 is new here.
    ReviewFilter newNegative;
    newNegative.polarities = {Polarity::Negative};
    newNegative.statuses = {Status::New};
    EXPECT_EQ(queue->rowCount(), db.store().count(newNegative));

    // Filter: a search typed into the toolbar.
    QLineEdit* search = window->filterBar()->searchEdit();
    QTest::keyClick(window.get(), Qt::Key_Slash);
    EXPECT_TRUE(search->hasFocus());
    typeText(search, QStringLiteral("快递"));
    QTest::keyClick(search, Qt::Key_Return);
    ASSERT_TRUE(queueSettled());
    ReviewFilter searched;
    searched.search = "快递";
    ASSERT_GT(queue->rowCount(), 0);
    EXPECT_EQ(queue->rowCount(), db.store().count(searched));

    // Select the third review: the panes show it.
    window->queueView()->setFocus();
    window->queueView()->selectRow(2);
    const std::int64_t id = queue->reviewIdAt(2);
    ASSERT_NE(id, 0);
    EXPECT_EQ(window->currentReviewId(), id);
    EXPECT_EQ(window->detailPane()->reviewId(), id);
    EXPECT_TRUE(db.store().review(id)->text.find("快递") != std::string::npos);

    // Override the category with key 4 (price).
    QTest::keyClick(window->queueView(), Qt::Key_4);
    auto override = db.store().classifications().override(id);
    ASSERT_TRUE(override && override->category);
    EXPECT_EQ(*override->category, Category::Price);
    EXPECT_EQ(override->by, "Li Ming");
    EXPECT_EQ(queue->index(2, QueueModel::CategoryColumn).data(QueueModel::CategoryRole).toInt(),
              int(Category::Price));

    // Write the reply (R focuses the editor) and copy it.
    QTest::keyClick(window->queueView(), Qt::Key_R);
    auto* editor = window->replyPane()->findChild<QPlainTextEdit*>(QStringLiteral("editor"));
    ASSERT_NE(editor, nullptr);
    EXPECT_TRUE(editor->hasFocus());
    editor->selectAll();
    typeText(editor, QStringLiteral("您好，非常抱歉给您带来不便。"));
    window->replyPane()->flush();
    auto draft = db.store().drafts().draft(id);
    ASSERT_TRUE(draft);
    EXPECT_EQ(QString::fromStdString(draft->text), QStringLiteral("您好，非常抱歉给您带来不便。"));
    EXPECT_TRUE(draft->humanEdited);
    EXPECT_EQ(window->replyPane()->counterText(), QStringLiteral("14/500")); // Taobao limit
    trigger("actionCopyReply");
    EXPECT_EQ(QGuiApplication::clipboard()->text(), QStringLiteral("您好，非常抱歉给您带来不便。"));
    EXPECT_EQ(db.store().drafts().draft(id)->state, DraftState::Exported);

    // Log a contact through the dialog.
    DialogRunner::setHookForTesting([](QDialog& dialog) {
        auto* contact = qobject_cast<ContactDialog*>(&dialog);
        if (!contact) {
            return int(QDialog::Rejected);
        }
        contact->fill(ContactChannel::MarketplaceMessage, 1'750'000'000'000, QStringLiteral("补发"),
                      QStringLiteral("同意，明天修改评价"));
        return int(QDialog::Accepted);
    });
    QTest::keyClick(window->queueView(), Qt::Key_L);
    auto contacts = db.store().workflow().contacts(id);
    ASSERT_EQ(contacts.size(), 1u);
    EXPECT_EQ(contacts[0].channel, ContactChannel::MarketplaceMessage);
    EXPECT_EQ(contacts[0].offered, "补发");
    EXPECT_EQ(contacts[0].agent, "Li Ming");

    // Set the status from the status menu: waiting for the buyer.
    QAction* waiting = nullptr;
    for (QAction* a : window->detailPane()->statusMenu()->actions()) {
        if (a->data().toInt() == int(Status::WaitingForBuyer)) {
            waiting = a;
        }
    }
    ASSERT_NE(waiting, nullptr);
    waiting->trigger();
    const WorkflowState state = db.store().workflow().state(id);
    EXPECT_EQ(state.status, Status::WaitingForBuyer);
    EXPECT_TRUE(state.firstResponseAt.has_value());

    // Undo, one step at a time, newest first.
    QUndoStack* undo = window->undoStack();
    EXPECT_EQ(undo->count(), 5); // category, reply text, copy, contact, status
    trigger("actionUndo");
    EXPECT_EQ(db.store().workflow().state(id).status, Status::New);
    trigger("actionUndo");
    EXPECT_TRUE(db.store().workflow().contacts(id).empty());
    trigger("actionUndo");
    EXPECT_EQ(db.store().drafts().draft(id)->state, DraftState::Draft);
    trigger("actionUndo");
    EXPECT_NE(QString::fromStdString(db.store().drafts().draft(id)->text),
              QStringLiteral("您好，非常抱歉给您带来不便。"));
    EXPECT_EQ(editor->toPlainText().toStdString(), db.store().drafts().draft(id)->text);
    trigger("actionUndo");
    EXPECT_FALSE(db.store().classifications().override(id).has_value());
    const auto automatic = db.store().record(id)->autoCategory;
    ASSERT_TRUE(automatic);
    EXPECT_EQ(queue->index(2, QueueModel::CategoryColumn).data(QueueModel::CategoryRole).toInt(),
              int(*automatic));
    EXPECT_FALSE(undo->canUndo());

    // Redo brings the category back.
    trigger("actionRedo");
    EXPECT_EQ(db.store().classifications().override(id)->category, Category::Price);
}
