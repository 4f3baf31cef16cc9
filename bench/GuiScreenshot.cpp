// gui_screenshot: renders the main window on a database to a PNG, for docs/images and the
// README (docs/gui.md, "Screenshots"). Runs under Xvfb (real fonts) or offscreen.
//
// Usage: gui_screenshot DATABASE OUT.png [--lang en|ru|zh_CN] [--size 1440x900] [--row N]
//                       [--view KEY] [--dark]
// DATABASE is created with the demo reviews when it does not exist. --row selects the N-th
// review of the queue (default 0); --view picks a view ("builtin:all", ...); --dark uses a
// dark Fusion palette to check contrast.
#include "AppSettings.h"
#include "DemoDatabase.h"
#include "MainWindow.h"
#include "Translations.h"
#include "queue/QueueModel.h"
#include "views/ViewsPane.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QPalette>
#include <QStyleFactory>
#include <QTableView>
#include <QThread>

#include <cstdio>

using namespace rd::gui;

namespace {

QString option(const QStringList& args, const QString& name, const QString& fallback)
{
    const int i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
}

void settle(int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(10);
    }
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xa8));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Mid, QColor(0x55, 0x55, 0x55));
    p.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    return p;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ReviewDesk"));
    QApplication::setApplicationName(QStringLiteral("ReviewDesk"));
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: gui_screenshot DATABASE OUT.png [--lang L] [--size WxH] "
                             "[--row N] [--view KEY] [--dark]\n");
        return 2;
    }
    const QString database = args.at(1);
    const QString out = args.at(2);
    Translations::install(app, option(args, QStringLiteral("--lang"), QStringLiteral("en")));
    if (args.contains(QStringLiteral("--dark"))) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
    }
    AppSettings& settings = *AppSettings::instance();
    if (settings.agentName().isEmpty()) {
        settings.setAgentName(QStringLiteral("Li Ming"));
    }
    if (!QFileInfo::exists(database)) {
        const auto demo =
            DemoDatabase::create(database, ReviewPreparation::Context::fromSettings(settings));
        if (!demo.ok) {
            std::fprintf(stderr, "gui_screenshot: %s\n", qPrintable(demo.error));
            return 1;
        }
    }
    const QStringList size =
        option(args, QStringLiteral("--size"), QStringLiteral("1440x900")).split(QLatin1Char('x'));
    MainWindow window;
    window.resize(size.value(0).toInt(), size.value(1).toInt());
    window.show();
    if (!window.openDatabase(database)) {
        std::fprintf(stderr, "gui_screenshot: cannot open %s\n", qPrintable(database));
        return 1;
    }
    const QString view = option(args, QStringLiteral("--view"), QString());
    if (!view.isEmpty()) {
        window.viewsPane()->selectView(view);
    }
    settle(800);
    const int row = option(args, QStringLiteral("--row"), QStringLiteral("0")).toInt();
    if (row < window.queueModel()->rowCount()) {
        window.queueView()->selectRow(row);
    }
    settle(1200); // counts, pages, the index state
    if (!window.grab().save(out)) {
        std::fprintf(stderr, "gui_screenshot: cannot write %s\n", qPrintable(out));
        return 1;
    }
    std::printf("%s\n", qPrintable(out));
    return 0;
}
