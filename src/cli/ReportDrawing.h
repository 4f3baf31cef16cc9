#pragma once

#include "report/ReportExporter.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <string>

namespace rd {
class WeeklyReport;
}

namespace rd::cli {

// PDF and PNG reports are drawn by reviewdesk_render (QtGui and Qt Charts), which needs a
// QApplication. main() creates one, on the offscreen platform, only for `report --format pdf`
// or `png`; every other command runs on a QCoreApplication and never needs a display
// (docs/reports.md, "PDF and PNG from the command line").

// Whether this build links the drawing code (the GUI libraries were built).
bool canDrawReports();
// True when the command line is `report ... --format pdf|png`.
bool wantsDrawing(int argc, char** argv);
// The application object for main().
std::unique_ptr<QCoreApplication> makeApplication(int& argc, char** argv);
// The command line as given (the application object may not have seen all of it).
QStringList commandLine(int argc, char** argv);
// Writes the report's one-page PDF, or that page as a PNG. Throws std::runtime_error naming
// the file and the reason; the file is written completely or not at all.
void drawReport(const WeeklyReport& report, ReportFormat format, const std::string& path);

} // namespace rd::cli
