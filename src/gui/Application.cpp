#include "Application.h"

#include "AppSettings.h"
#include "DemoDatabase.h"
#include "MainWindow.h"
#include "Translations.h"

#include "store/ReviewStore.h"
#include "store/StoreError.h"
#include "util/AppPaths.h"
#include "util/Logging.h"

#include <QApplication>
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QTableView>
#include <QThread>
#include <QTimer>

#include <spdlog/spdlog.h>

#include <atomic>
#include <cstdio>

namespace rd::gui {
namespace {

QIcon applicationIcon()
{
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256}) {
        icon.addFile(QStringLiteral(":/icons/reviewdesk-%1.png").arg(size), QSize(size, size));
    }
    return icon;
}

// Builds the demo database on a worker thread; a progress dialog shows if it takes longer
// than half a second, and its Cancel leaves an empty database instead.
DemoDatabase::Result createDemoDatabase(const QString& path,
                                        const ReviewPreparation::Context& context)
{
    QProgressDialog dialog(Application::tr("Preparing the demo reviews…"), Application::tr("Skip"),
                           0, 100);
    dialog.setWindowTitle(Application::tr("ReviewDesk"));
    dialog.setMinimumDuration(500);
    dialog.setWindowModality(Qt::ApplicationModal);
    std::atomic_bool cancel = false;
    QObject::connect(&dialog, &QProgressDialog::canceled, [&cancel] { cancel = true; });

    DemoDatabase::Result result;
    QPointer<QProgressDialog> guard(&dialog);
    QThread* worker = QThread::create([&] {
        result = DemoDatabase::create(path, context, [&](int done, int total) {
            const int percent = total > 0 ? done * 100 / total : 0;
            QMetaObject::invokeMethod(
                qApp,
                [guard, percent] {
                    if (guard) {
                        guard->setValue(percent);
                    }
                },
                Qt::QueuedConnection);
            return !cancel.load();
        });
    });
    QEventLoop loop;
    QObject::connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec();
    worker->wait();
    delete worker;
    return result;
}

// --self-test: waits until the queue shows rows (it loads on a thread), up to `timeoutMs`.
// An empty database fails at once: there is nothing to show.
int queueRowsShown(MainWindow& window, const QString& path, int timeoutMs)
{
    try {
        if (ReviewStore::openSqlite(path.toStdString())->count(ReviewFilter{}) == 0) {
            std::fprintf(stderr, "self-test: the database holds no reviews\n");
            return 0;
        }
    } catch (const StoreError& e) {
        std::fprintf(stderr, "self-test: %s\n", e.what());
        return 0;
    }
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        const QTableView* view = window.queueView();
        if (view && view->model() && view->model()->rowCount() > 0) {
            return view->model()->rowCount();
        }
        QThread::msleep(20);
    }
    return 0;
}

void setUpApplication(QApplication& app)
{
    QApplication::setOrganizationName(QStringLiteral("ReviewDesk"));
    QApplication::setApplicationName(QStringLiteral("ReviewDesk"));
    QApplication::setApplicationVersion(QStringLiteral(REVIEWDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("invalid.example.ReviewDesk"));
    QApplication::setWindowIcon(applicationIcon());
    initLogging("reviewdesk", "warn");
    Translations::install(app, AppSettings::instance()->language());
}

// The database to open for `named` (empty: none named on the command line).
Application::StartupDatabase databaseFor(const QString& named, AppSettings& settings)
{
    if (!named.isEmpty()) {
        return {named, false, {}};
    }
    const QString last = settings.lastDatabase();
    if (!last.isEmpty()) {
        if (QFileInfo::exists(last)) {
            return {last, false, {}};
        }
        spdlog::warn("the last database {} is gone; opening the default one", last.toStdString());
        settings.removeRecentDatabase(last);
    }
    const QString fallback = QString::fromStdString(AppPaths::defaultDatabase());
    return {fallback, !QFileInfo::exists(fallback), {}};
}

} // namespace

bool Application::isReviewFile(const QString& path)
{
    static const QStringList suffixes{QStringLiteral("csv"), QStringLiteral("tsv"),
                                      QStringLiteral("txt"), QStringLiteral("json"),
                                      QStringLiteral("jsonl")};
    return suffixes.contains(QFileInfo(path).suffix().toLower());
}

Application::StartupDatabase Application::chooseDatabase(const QStringList& arguments,
                                                         AppSettings& settings)
{
    QStringList databases;
    QStringList reviewFiles;
    for (const QString& argument : arguments) {
        (isReviewFile(argument) ? reviewFiles : databases)
            .append(QFileInfo(argument).absoluteFilePath());
    }
    StartupDatabase start = databaseFor(databases.value(0), settings);
    start.importFiles = reviewFiles;
    return start;
}

int runApplication(int argc, char* argv[])
{
    return Application::run(argc, argv);
}

int Application::run(int argc, char* argv[])
{
    QApplication app(argc, argv);
    setUpApplication(app);
    AppSettings& settings = *AppSettings::instance();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Application::tr("Review-management workbench for marketplace sellers."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption selfTest(
        QStringLiteral("self-test"),
        Application::tr(
            "Open the database, wait until its first rows are shown and exit (exit code 0 when "
            "that worked)."));
    parser.addOption(selfTest);
    parser.addPositionalArgument(
        QStringLiteral("database"),
        Application::tr(
            "Database file to open (created when missing). Default: the last one used."),
        QStringLiteral("[DATABASE]"));
    parser.addPositionalArgument(
        QStringLiteral("files"),
        Application::tr("Review files to import into it (.csv, .tsv, .txt, .json, .jsonl)."),
        QStringLiteral("[FILES...]"));
    parser.process(app);

    const StartupDatabase start = chooseDatabase(parser.positionalArguments(), settings);
    if (start.createDemo) {
        const DemoDatabase::Result demo =
            createDemoDatabase(start.path, ReviewPreparation::Context::fromSettings(settings));
        if (!demo.ok && !demo.cancelled) {
            QMessageBox::warning(
                nullptr, Application::tr("ReviewDesk"),
                Application::tr("The demo reviews could not be set up; starting with an "
                                "empty database.\n\n%1")
                    .arg(demo.error));
        }
    }

    MainWindow window;
    window.show();
    const bool opened = window.openDatabase(start.path);
    if (opened) {
        settings.setLastDatabase(start.path);
    }
    if (opened && !start.importFiles.isEmpty() && !parser.isSet(selfTest)) {
        QTimer::singleShot(0, &window,
                           [&window, files = start.importFiles] { window.importFiles(files); });
    }
    if (parser.isSet(selfTest)) {
        const int rows = opened ? queueRowsShown(window, start.path, 30000) : 0;
        std::fprintf(stderr, "self-test: %s: %s, %d rows shown\n",
                     qPrintable(QDir::toNativeSeparators(start.path)),
                     opened ? "opened" : "NOT opened", rows);
        return opened && rows > 0 ? 0 : 1;
    }
    return app.exec();
}

} // namespace rd::gui
