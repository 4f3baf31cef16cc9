#include "ReportDrawing.h"

#include "report/WeeklyReport.h"

#ifdef REVIEWDESK_CLI_DRAWS_REPORTS
#include "render/ReportRenderer.h"

#include <QApplication>
#endif

#include <cstring>
#include <stdexcept>

namespace rd::cli {

bool canDrawReports()
{
#ifdef REVIEWDESK_CLI_DRAWS_REPORTS
    return true;
#else
    return false;
#endif
}

bool wantsDrawing(int argc, char** argv)
{
    if (argc < 2 || std::strcmp(argv[1], "report") != 0) {
        return false;
    }
    auto drawn = [](QString value) {
        value = value.trimmed().toLower();
        return value == QLatin1String("pdf") || value == QLatin1String("png");
    };
    for (int i = 2; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg == QLatin1String("--format") && i + 1 < argc &&
            drawn(QString::fromLocal8Bit(argv[i + 1]))) {
            return true;
        }
        if (arg.startsWith(QLatin1String("--format=")) && drawn(arg.mid(9))) {
            return true;
        }
    }
    return false;
}

QStringList commandLine(int argc, char** argv)
{
    QStringList args;
    for (int i = 0; i < argc; ++i) {
        args << QString::fromLocal8Bit(argv[i]);
    }
    return args;
}

std::unique_ptr<QCoreApplication> makeApplication(int& argc, char** argv)
{
#ifdef REVIEWDESK_CLI_DRAWS_REPORTS
    if (wantsDrawing(argc, argv)) {
        // Drawing never shows a window: the offscreen platform needs no display. QApplication
        // sees only the program name, or it would take the report's options for its own
        // (`--platform amazon` would name a Qt platform plugin); main() reads commandLine().
        qputenv("QT_QPA_PLATFORM", "offscreen");
        static int guiArgc = 1;
        static char* guiArgv[] = {argv[0], nullptr};
        return std::make_unique<QApplication>(guiArgc, guiArgv);
    }
#endif
    return std::make_unique<QCoreApplication>(argc, argv);
}

void drawReport(const WeeklyReport& report, ReportFormat format, const std::string& path)
{
#ifdef REVIEWDESK_CLI_DRAWS_REPORTS
    if (!qobject_cast<QApplication*>(QCoreApplication::instance())) {
        throw std::runtime_error("drawing a report needs the GUI application object");
    }
    const QString file = QString::fromStdString(path);
    if (format == ReportFormat::Pdf) {
        gui::ReportRenderer::writePdf(report, file);
    } else {
        gui::ReportRenderer::writePagePng(report, file);
    }
#else
    (void)report;
    (void)format;
    (void)path;
    throw std::runtime_error("this reviewdesk-cli was built without the GUI libraries and "
                             "cannot draw PDF or PNG reports");
#endif
}

} // namespace rd::cli
