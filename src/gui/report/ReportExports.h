#pragma once

#include <QCoreApplication>
#include <QString>

namespace rd {
class WeeklyReport;
}

namespace rd::gui {

// The report window's exports: the one-page PDF and PNG of the week and a PNG of each chart
// (reviewdesk_render), the numbers as CSV and XLSX (the core's ReportExporter, the same files
// as `reviewdesk-cli report`).
class ReportExports
{
    Q_DECLARE_TR_FUNCTIONS(rd::gui::ReportExports)

public:
    enum class Kind
    {
        Pdf,
        PagePng,
        TrendPng,
        WeekVsLastPng,
        TopProductsPng,
        Csv,
        Xlsx,
    };

    // Writes the file completely or not at all; "" when done, else the reason with the file.
    static QString write(Kind kind, const WeeklyReport& report, const QString& path);
    // "reviewdesk-2026-W47.pdf", "reviewdesk-2026-W47-trend.png", ...
    static QString suggestedName(Kind kind, const WeeklyReport& report);
    static QString fileFilter(Kind kind);
};

} // namespace rd::gui
