#pragma once

#include "render/ReportCharts.h"
#include "report/ReportExports.h"
#include "report/WeeklyReport.h"

#include <QMainWindow>
#include <QTimer>

#include <iterator>
#include <memory>

class QChart;
class QChartView;
class QTableWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace Ui {
class ReportWindow;
}

namespace rd::gui {

class ChartClicks;
class CheckMenuButton;
class ReportWorker;

// The weekly complaint-cause report (docs/reports.md, "The report window"): complaints per
// category stacked per ISO week, this week against last week, the products with most
// complaints, the response figures, the alerts (bursts) and the most frequent problem phrases,
// filtered by platform, shop and product, for a chosen week. The figures are computed in the
// core (WeeklyReport) on a worker thread with a connection of its own; the window only draws
// them. Clicking a bar, a product, a phrase, a row of the change table or an alert asks for the
// queue to show exactly those reviews (reviewsRequested).
class ReportWindow : public QMainWindow
{
    Q_OBJECT

public:
    using Export = ReportExports::Kind;

    explicit ReportWindow(QWidget* parent = nullptr);
    ~ReportWindow() override;

    void openDatabase(const QString& path);
    QString databasePath() const { return m_path; }

    // What the widgets ask for.
    ReportOptions options() const;
    // Shows these settings and computes the report for them.
    void setOptions(const ReportOptions& options);
    void setWeek(const IsoWeek& week);

    // The report drawn now (nullptr before the first one), and whether a newer one is coming.
    const WeeklyReport* report() const { return m_report.get(); }
    bool isComputing() const;

    // Opens the queue on the reviews behind a figure; false when there are none.
    bool drillDown(const ReportSelection& selection);
    bool drillDownBurst(int index);

    // Writes an export to `path` without asking; "" when done, else the reason.
    QString exportTo(Export kind, const QString& path) const;

    QChartView* chartView(ReportCharts::Kind kind) const;
    QTableWidget* changesTable() const;
    QTreeWidget* phraseTree() const;
    QTreeWidget* burstList() const;
    QString figureText(int tile) const; // 0 median, 1 SLA, 2 resolved, 3 revised

    // The alert thresholds last chosen in the window (the queue's burst marks use them too).
    static BurstSettings savedBurstSettings();

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void reviewsRequested(const rd::ReviewFilter& filter, const QString& description);
    void reportReady();
    void burstSettingsChanged(int count, double hours);

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void setUpFilters();
    void setUpExports();
    void setUpCards();
    void fillWeeks(const IsoWeek& around);
    void stepWeek(int delta);
    void scheduleRefresh(int delayMs = 0);
    void onFinished(quint64 request, std::shared_ptr<const WeeklyReport> report, qint64 ms);
    void onFailed(quint64 request, const QString& error);
    void draw();
    void drawChart(ReportCharts::Kind kind);
    void fillChanges();
    void fillTiles();
    void fillBursts();
    void fillPhrases();
    void onPhraseClicked(QTreeWidgetItem* item);
    QString describe(const ReportSelection& selection) const;
    void askExport(Export kind);
    void restoreSettings();
    void saveSettings() const;
    void retranslate();

    std::unique_ptr<Ui::ReportWindow> m_ui;
    ReportWorker* m_worker;
    ChartClicks* m_clicks[std::size(ReportCharts::kAllKinds)] = {};
    CheckMenuButton* m_platforms;
    CheckMenuButton* m_shops;
    QString m_path;
    std::shared_ptr<const WeeklyReport> m_report;
    QTimer m_refreshTimer;
    qint64 m_lastMs = 0;
    QString m_exportFolder;
    bool m_settingOptions = false;
};

} // namespace rd::gui
