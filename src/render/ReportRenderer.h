#pragma once

#include "render/ReportCharts.h"

#include <QImage>
#include <QSize>
#include <QString>

namespace rd {
class WeeklyReport;
}

namespace rd::gui {

// Writes the drawn forms of a weekly report: the one-page PDF of the week (QPdfWriter, A4
// landscape, vector), the same page as a PNG, and a PNG of one chart. Used by the report
// window's Export menu and by `reviewdesk-cli report --format pdf|png`; needs a QApplication
// (Qt Charts), which the CLI creates on the offscreen platform (docs/reports.md).
//
// Files are written completely or not at all (QSaveFile: a temporary file renamed over the
// target when complete). Every failure throws std::runtime_error naming the file and the reason.
class ReportRenderer
{
public:
    static constexpr QSize kChartSize{1200, 700}; // logical pixels of an exported chart

    static void writePdf(const WeeklyReport& report, const QString& path);
    // The page at `scale` device pixels per logical unit (2: 2246 x 1588 pixels).
    static void writePagePng(const WeeklyReport& report, const QString& path, double scale = 2.0);
    static void writeChartPng(ReportCharts::Kind kind, const WeeklyReport& report,
                              const QString& path, QSize size = kChartSize, double scale = 1.0);

    static QImage pageImage(const WeeklyReport& report, double scale);
    static QImage chartImage(ReportCharts::Kind kind, const WeeklyReport& report, QSize size,
                             double scale);

private:
    static void savePng(const QImage& image, const QString& path);
};

} // namespace rd::gui
