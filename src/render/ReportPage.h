#pragma once

#include <QCoreApplication>
#include <QRectF>
#include <QString>

class QPainter;

namespace rd {
class WeeklyReport;
}

namespace rd::gui {

// The one-page summary of a week (the PDF page, and the PNG of `reviewdesk-cli report --format
// png`): header with the week and filters, the trend and the top products charts, this week
// against last week, the response figures, the alerts and the top problem phrases of each
// category. Painted in logical units of 1/96 inch on an A4 landscape page, with pixel-sized
// fonts, so the same layout comes out on a 300 dpi PDF and on an image.
class ReportPage
{
    Q_DECLARE_TR_FUNCTIONS(rd::gui::ReportPage)

public:
    static constexpr double kWidth = 1123.0; // A4 landscape at 96 units per inch
    static constexpr double kHeight = 794.0;

    explicit ReportPage(const WeeklyReport& report) : m_report(report) {}

    // Paints the page into [0, kWidth] x [0, kHeight] of the painter's coordinates.
    void paint(QPainter& painter) const;

    // The HTML tables of the page, also used by the window's tooltips and tests.
    QString changesTable() const;
    QString responseTable() const;
    QString burstsList() const;
    QString phrasesTable(int perCategory) const;
    QString filtersText() const;

private:
    void paintHeader(QPainter& painter, const QRectF& rect) const;
    void paintChart(QPainter& painter, int kind, const QRectF& rect) const;
    static void paintHtml(QPainter& painter, const QRectF& rect, const QString& html,
                          double pixelSize);

    const WeeklyReport& m_report;
};

} // namespace rd::gui
