// The GUI and a command-line import on one database at once (docs/architecture.md, "Threads
// and connections"): reviewdesk-cli import holds the write lock for its whole transaction, the
// window's edits made meanwhile wait for it (WriteRetry) while the event loop keeps running, no
// "database is locked" reaches the user, and nothing is lost: the import and every edit are
// stored.
#include "TestDatabase.h"
#include "TestSupport.h"

#include "AppSettings.h"
#include "DialogRunner.h"
#include "MainWindow.h"
#include "ReviewActions.h"
#include "WriteRetry.h"

#include "store/ClassificationStore.h"
#include "store/DraftStore.h"
#include "store/StoreError.h"
#include "store/WorkflowStore.h"

#include <QDialog>
#include <QElapsedTimer>
#include <QProcess>
#include <QTimer>

#include <gtest/gtest.h>

#include <fstream>

using namespace rd;
using namespace rd::gui;

namespace {

constexpr int kImportRows = 300000;

void writeBigCsv(const std::string& path)
{
    std::ofstream out(path, std::ios::binary);
    out << "id,rating,text,date\n";
    for (int i = 0; i < kImportRows; ++i) {
        out << "cli" << i << ',' << (i % 5 + 1) << ",\"Review " << i
            << ": the parcel arrived late, the box was dented, the item works\",2024-"
            << (i % 12 + 1) / 10 << (i % 12 + 1) % 10 << "-1" << i % 9 + 1 << '\n';
    }
}

// True when another connection holds the write lock of the database behind `store`.
bool writeLockTaken(ReviewStore& store)
{
    store.setBusyTimeout(0);
    try {
        store.runInTransaction([] {});
        return false;
    } catch (const StoreError& e) {
        return e.busy();
    }
}

} // namespace

TEST(ConcurrentImport, GuiEditsDuringACliImportWaitAndAreAllStored)
{
    test::TempDir dir;
    test::TestDatabase db(dir.file("shared.sqlite"), 400);
    const std::string big = dir.file("big.csv");
    writeBigCsv(big);

    AppSettings::instance()->setAgentName(QStringLiteral("Li Ming"));
    std::vector<QString> dialogs; // any message box would be an error shown to the user
    DialogRunner::setHookForTesting([&](QDialog& dialog) {
        dialogs.push_back(dialog.windowTitle());
        return int(QDialog::Rejected);
    });
    MainWindow window;
    window.show();
    ASSERT_TRUE(window.openDatabase(db.path()));
    ReviewActions* actions = window.reviewActions();
    std::vector<QString> failures;
    QObject::connect(actions, &ReviewActions::failed,
                     [&](const QString& message) { failures.push_back(message); });

    QProcess cli;
    cli.start(QStringLiteral(REVIEWDESK_CLI_PATH),
              {QStringLiteral("import"), QStringLiteral("--no-index"), QStringLiteral("--db"),
               db.path(), QString::fromStdString(big)});
    ASSERT_TRUE(cli.waitForStarted());
    ASSERT_TRUE(test::waitUntil([&] { return writeLockTaken(db.store()); }, 60000))
        << "the import never took the write lock";

    // The event loop keeps running while the edits wait: a timer ticks throughout.
    int ticks = 0;
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, [&] { ++ticks; });
    ticker.start(20);

    const std::int64_t a = db.ids()[0];
    const std::int64_t b = db.ids()[1];
    const std::int64_t c = db.ids()[2];
    const int busyBefore = WriteRetry::busyTries();
    QElapsedTimer waited;
    waited.start();
    // Two edits scheduled to come up while the first one waits for the lock.
    QTimer::singleShot(100, [&] { actions->setCategory(b, Category::Price); });
    QTimer::singleShot(200, [&] { actions->editReply(c, QStringLiteral("Спасибо, разберёмся!")); });
    actions->setStatus(a, Status::WaitingForBuyer); // returns once it is stored
    const qint64 waitedMs = waited.elapsed();
    ASSERT_TRUE(test::waitUntil([&] { return db.store().drafts().draft(c).has_value(); }, 60000));
    ticker.stop();

    ASSERT_TRUE(cli.waitForFinished(120000));
    EXPECT_EQ(cli.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(cli.exitCode(), 0) << cli.readAllStandardError().toStdString();
    std::cout << "first edit waited " << waitedMs << " ms for the import; " << ticks
              << " timer ticks meanwhile; " << WriteRetry::busyTries() - busyBefore
              << " busy tries\n";

    EXPECT_GT(WriteRetry::busyTries(), busyBefore) << "the edits never met the import's lock";
    EXPECT_GT(ticks, 3) << "the event loop stood still while the edits waited";
    EXPECT_TRUE(failures.empty()) << failures.front().toStdString();
    EXPECT_TRUE(dialogs.empty()) << dialogs.front().toStdString();

    // Nothing lost: the whole import and each of the three edits.
    db.store().setBusyTimeout(ReviewStore::kDefaultBusyTimeoutMs);
    EXPECT_EQ(db.store().count(ReviewFilter{}), 400 + kImportRows);
    EXPECT_EQ(db.store().workflow().state(a).status, Status::WaitingForBuyer);
    const auto override = db.store().classifications().override(b);
    ASSERT_TRUE(override && override->category);
    EXPECT_EQ(*override->category, Category::Price);
    const auto draft = db.store().drafts().draft(c);
    ASSERT_TRUE(draft);
    EXPECT_EQ(draft->text, "Спасибо, разберёмся!");
    EXPECT_TRUE(draft->humanEdited);
    EXPECT_EQ(db.store().integrityCheck(), "ok");
    DialogRunner::setHookForTesting({});
}
