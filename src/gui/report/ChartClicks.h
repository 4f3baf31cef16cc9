#pragma once

#include "render/ReportCharts.h"
#include "report/WeeklyReport.h"

#include <QObject>

#include <memory>

class QChart;
class QChartView;

namespace rd::gui {

// Turns clicks on one of the report window's charts into the selection behind them: a bar
// segment (a week's category, this or last week's category, a product's category) and, on the
// top-products chart, a product's name (all its complaints of the week). Shows what is under
// the mouse, with its count, as a tooltip.
class ChartClicks : public QObject
{
    Q_OBJECT

public:
    ChartClicks(QChartView* view, ReportCharts::Kind kind, QObject* parent = nullptr);

    // Connects the chart just shown in the view, drawn from `report`.
    void attach(QChart* chart, std::shared_ptr<const WeeklyReport> report);

Q_SIGNALS:
    void selected(const rd::ReportSelection& selection);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QChartView* m_view;
    ReportCharts::Kind m_kind;
    std::shared_ptr<const WeeklyReport> m_report;
};

} // namespace rd::gui
