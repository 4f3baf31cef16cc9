#pragma once

#include "report/WeeklyReport.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class QChart;
class QPointF;
class QFont;
class QPalette;

namespace rd::gui {

// Builds the report's charts (Qt Charts) from a WeeklyReport: the window shows them, the PNG
// and PDF exports render them. Every bar set carries what it stands for, so a click on a bar
// maps back to the reviews behind it (selectionAt).
class ReportCharts
{
    Q_DECLARE_TR_FUNCTIONS(rd::gui::ReportCharts)

public:
    enum class Kind
    {
        Trend,       // complaints per category, stacked per ISO week
        WeekVsLast,  // each category this week against last week
        TopProducts, // the most complained-about products, stacked by category
    };
    static constexpr Kind kAllKinds[] = {Kind::Trend, Kind::WeekVsLast, Kind::TopProducts};

    // A new chart; the caller owns it (a QChartView takes it over with setChart).
    // `maxProducts`: the top-products chart shows at most this many (the first ones); the
    // page keeps fewer than the window so that every name label has room.
    static QChart* create(Kind kind, const WeeklyReport& report, int maxProducts = -1);
    static QString title(Kind kind);
    // "trend", "week-vs-last", "top-products": for file names.
    static QString fileStem(Kind kind);

    // What a click on bar `index` of the bar set selects; empty when nothing is behind it.
    static std::optional<ReportSelection> selectionAt(Kind kind, const WeeklyReport& report,
                                                      int bucket, bool lastWeek, int index);

    // The top-products row (index into WeeklyReport::topProducts) whose name label, left of the
    // plot area, is at `position` (the chart's coordinates); -1 when none. A click there selects
    // all of the product's complaints of the week, a click on a segment one category of them.
    static int productLabelAt(const QChart& chart, const WeeklyReport& report,
                              const QPointF& position);

    // Colours and fonts for the screen (the palette's) or for paper and images (white, dark
    // text, fonts in pixels of the target's logical units).
    static void applyPalette(QChart& chart, const QPalette& palette, const QFont& font);
    static void applyPaper(QChart& chart, int pixelSize);

    // Properties of every QBarSet: its category column and, in the week-vs-last chart, whether
    // it is last week's.
    static constexpr const char* kBucketProperty = "rdBucket";
    static constexpr const char* kLastWeekProperty = "rdLastWeek";

private:
    static QChart* trend(const WeeklyReport& report);
    static QChart* weekVsLast(const WeeklyReport& report);
    static QChart* topProducts(const WeeklyReport& report, int maxProducts);
};

} // namespace rd::gui
