#include "report/ReportWindow.h"

#include "ui_ReportWindow.h"

#include "AppSettings.h"
#include "CategoryStyle.h"
#include "FileChooser.h"
#include "filters/CheckMenuButton.h"
#include "render/ReportRenderer.h"
#include "render/ReportStyle.h"
#include "report/ChartClicks.h"
#include "report/ReportPanels.h"
#include "report/ReportWorker.h"

#include "report/ReportExporter.h"
#include "util/Clock.h"

#include <QChart>
#include <QChartView>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QShortcut>

namespace rd::gui {
namespace {

constexpr int kTypingDelayMs = 350;
const QString kSettingsKey = QStringLiteral("ReportWindow/options");
constexpr int kWeeksListed = 104; // two years back from the current week

IsoWeek currentWeek()
{
    return IsoWeek::containing(Clock::nowMs());
}

} // namespace

ReportWindow::ReportWindow(QWidget* parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::ReportWindow>()),
      m_worker(new ReportWorker(this)), m_platforms(new CheckMenuButton(false, this)),
      m_shops(new CheckMenuButton(false, this))
{
    m_ui->setupUi(this);
    setAttribute(Qt::WA_DeleteOnClose, false);
    m_refreshTimer.setSingleShot(true);
    connect(&m_refreshTimer, &QTimer::timeout, this, &ReportWindow::refresh);
    connect(m_worker, &ReportWorker::finished, this, &ReportWindow::onFinished);
    connect(m_worker, &ReportWorker::failed, this, &ReportWindow::onFailed);
    connect(m_worker, &ReportWorker::opened, this, [this](const QString& error) {
        if (!error.isEmpty()) {
            onFailed(0, error);
        }
    });
    connect(m_worker, &ReportWorker::shopsRead, this, [this](const QStringList& shops) {
        const QVariantList checked = m_shops->checkedValues();
        m_shops->optionsMenu()->clear();
        for (const QString& shop : shops) {
            m_shops->addOption(shop, shop);
        }
        m_shops->setCheckedValues(checked);
        m_shops->setEnabled(!shops.isEmpty());
    });
    setUpFilters();
    setUpExports();
    setUpCards();
    retranslate();
    fillWeeks(currentWeek().plusWeeks(-1));
    restoreSettings();
}

ReportWindow::~ReportWindow() = default;

void ReportWindow::setUpFilters()
{
    m_ui->filterRow->insertWidget(m_ui->filterRow->indexOf(m_ui->productEdit), m_platforms);
    m_ui->filterRow->insertWidget(m_ui->filterRow->indexOf(m_ui->productEdit), m_shops);
    for (Platform p : {Platform::Ozon, Platform::Wildberries, Platform::Amazon, Platform::Taobao,
                       Platform::Other}) {
        m_platforms->addOption(CategoryStyle::name(p), static_cast<int>(p));
    }
    m_shops->setEnabled(false);
    connect(m_platforms, &CheckMenuButton::selectionChanged, this, [this] { scheduleRefresh(); });
    connect(m_shops, &CheckMenuButton::selectionChanged, this, [this] { scheduleRefresh(); });
    connect(m_ui->productEdit, &QLineEdit::textChanged, this,
            [this] { scheduleRefresh(kTypingDelayMs); });
    for (QSpinBox* spin : {m_ui->weeksSpin, m_ui->burstCountSpin, m_ui->burstHoursSpin}) {
        connect(spin, &QSpinBox::valueChanged, this, [this] { scheduleRefresh(kTypingDelayMs); });
    }
    connect(m_ui->burstCountSpin, &QSpinBox::valueChanged, this, [this] {
        Q_EMIT burstSettingsChanged(m_ui->burstCountSpin->value(), m_ui->burstHoursSpin->value());
    });
    connect(m_ui->burstHoursSpin, &QSpinBox::valueChanged, this, [this] {
        Q_EMIT burstSettingsChanged(m_ui->burstCountSpin->value(), m_ui->burstHoursSpin->value());
    });
    connect(m_ui->weekCombo, &QComboBox::currentIndexChanged, this, [this] { scheduleRefresh(); });
    connect(m_ui->previousWeekButton, &QToolButton::clicked, this, [this] { stepWeek(-1); });
    connect(m_ui->nextWeekButton, &QToolButton::clicked, this, [this] { stepWeek(1); });
    connect(m_ui->currentWeekButton, &QToolButton::clicked, this,
            [this] { setWeek(currentWeek()); });
    connect(m_ui->refreshButton, &QToolButton::clicked, this, &ReportWindow::refresh);
    new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Left), this, [this] { stepWeek(-1); });
    new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Right), this, [this] { stepWeek(1); });
    new QShortcut(QKeySequence(QKeySequence::Refresh), this, [this] { refresh(); });
    new QShortcut(QKeySequence::Close, this, [this] { close(); });
}

void ReportWindow::setUpExports()
{
    auto* menu = new QMenu(this);
    const std::pair<Export, const char*> entries[] = {
        {Export::Pdf, QT_TR_NOOP("Week as PDF (one page)…")},
        {Export::PagePng, QT_TR_NOOP("Week as PNG image…")},
        {Export::TrendPng, QT_TR_NOOP("Trend chart as PNG…")},
        {Export::WeekVsLastPng, QT_TR_NOOP("This week against last week as PNG…")},
        {Export::TopProductsPng, QT_TR_NOOP("Top products chart as PNG…")},
        {Export::Csv, QT_TR_NOOP("Numbers as CSV…")},
        {Export::Xlsx, QT_TR_NOOP("Numbers as Excel workbook (XLSX)…")},
    };
    for (const auto& [kind, text] : entries) {
        if (kind == Export::TrendPng || kind == Export::Csv) {
            menu->addSeparator();
        }
        QAction* action = menu->addAction(tr(text));
        action->setData(static_cast<int>(kind));
        action->setProperty("sourceText", QString::fromLatin1(text));
        connect(action, &QAction::triggered, this, [this, k = kind] { askExport(k); });
    }
    m_ui->exportButton->setMenu(menu);
}

void ReportWindow::setUpCards()
{
    for (QFrame* card : {m_ui->trendCard, m_ui->weekCard, m_ui->productsCard, m_ui->responseCard,
                         m_ui->phrasesCard}) {
        card->setFrameShape(QFrame::StyledPanel);
        card->setAutoFillBackground(true);
        card->setBackgroundRole(QPalette::Base);
    }
    QFont heading = font();
    heading.setBold(true);
    heading.setPointSizeF(heading.pointSizeF() * 1.08);
    for (QLabel* label : {m_ui->responseHeading, m_ui->alertsHeading, m_ui->phrasesHeading}) {
        label->setFont(heading);
    }
    for (ReportCharts::Kind kind : ReportCharts::kAllKinds) {
        QChartView* view = chartView(kind);
        view->setRenderHint(QPainter::Antialiasing);
        view->setFrameShape(QFrame::NoFrame);
        view->setCursor(Qt::PointingHandCursor);
        auto* clicks = new ChartClicks(view, kind, this);
        m_clicks[static_cast<int>(kind)] = clicks;
        connect(clicks, &ChartClicks::selected, this,
                [this](const ReportSelection& selection) { drillDown(selection); });
    }
    m_ui->grid->setColumnStretch(0, 3);
    m_ui->grid->setColumnStretch(1, 2);
    ReportPanels::setUpChanges(*m_ui->changesTable);
    ReportPanels::setUpPhrases(*m_ui->phraseTree);
    connect(m_ui->changesTable, &QTableWidget::cellClicked, this, [this](int row, int column) {
        if (m_report) {
            if (auto selection =
                    ReportPanels::changeSelection(*m_ui->changesTable, *m_report, row, column)) {
                drillDown(*selection);
            }
        }
    });
    connect(m_ui->phraseTree, &QTreeWidget::itemClicked, this,
            [this](QTreeWidgetItem* item) { onPhraseClicked(item); });
    connect(m_ui->burstList, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem* item) {
        drillDownBurst(m_ui->burstList->indexOfTopLevelItem(item));
    });
}

QChartView* ReportWindow::chartView(ReportCharts::Kind kind) const
{
    switch (kind) {
    case ReportCharts::Kind::Trend:
        return m_ui->trendView;
    case ReportCharts::Kind::WeekVsLast:
        return m_ui->weekView;
    case ReportCharts::Kind::TopProducts:
        return m_ui->productsView;
    }
    return m_ui->trendView;
}

QTableWidget* ReportWindow::changesTable() const
{
    return m_ui->changesTable;
}
QTreeWidget* ReportWindow::phraseTree() const
{
    return m_ui->phraseTree;
}
QTreeWidget* ReportWindow::burstList() const
{
    return m_ui->burstList;
}

QString ReportWindow::figureText(int tile) const
{
    const FigureTile* tiles[] = {m_ui->medianTile, m_ui->slaTile, m_ui->resolvedTile,
                                 m_ui->revisedTile};
    return tile >= 0 && tile < 4 ? tiles[tile]->value() : QString();
}

void ReportWindow::fillWeeks(const IsoWeek& selected)
{
    const QSignalBlocker block(m_ui->weekCombo);
    m_ui->weekCombo->clear();
    const IsoWeek newest = std::max(currentWeek(), selected);
    IsoWeek oldest = newest.plusWeeks(-kWeeksListed);
    oldest = std::min(oldest, selected);
    for (IsoWeek w = newest; w >= oldest; w = w.plusWeeks(-1)) {
        m_ui->weekCombo->addItem(ReportStyle::weekRange(w), QString::fromStdString(w.toString()));
    }
    m_ui->weekCombo->setCurrentIndex(
        m_ui->weekCombo->findData(QString::fromStdString(selected.toString())));
}

void ReportWindow::setWeek(const IsoWeek& week)
{
    const int index = m_ui->weekCombo->findData(QString::fromStdString(week.toString()));
    if (index < 0) {
        fillWeeks(week);
        scheduleRefresh();
    } else {
        m_ui->weekCombo->setCurrentIndex(index);
    }
}

void ReportWindow::stepWeek(int delta)
{
    setWeek(options().week.plusWeeks(delta));
}

ReportOptions ReportWindow::options() const
{
    ReportOptions o;
    const auto week = IsoWeek::parse(m_ui->weekCombo->currentData().toString().toStdString());
    o.week = week ? *week : currentWeek();
    o.weeks = m_ui->weeksSpin->value();
    for (const QVariant& v : m_platforms->checkedValues()) {
        o.platforms.push_back(static_cast<Platform>(v.toInt()));
    }
    for (const QVariant& v : m_shops->checkedValues()) {
        o.shops.push_back(v.toString().toStdString());
    }
    o.product = m_ui->productEdit->text().trimmed().toStdString();
    o.slaHours = AppSettings::instance()->slaHours();
    o.burst.count = m_ui->burstCountSpin->value();
    o.burst.hours = m_ui->burstHoursSpin->value();
    return o;
}

void ReportWindow::setOptions(const ReportOptions& o)
{
    m_settingOptions = true;
    setWeek(o.week);
    m_ui->weeksSpin->setValue(o.weeks);
    QVariantList platforms;
    for (Platform p : o.platforms) {
        platforms << static_cast<int>(p);
    }
    m_platforms->setCheckedValues(platforms);
    QVariantList shops;
    for (const std::string& s : o.shops) {
        const QString shop = QString::fromStdString(s);
        shops << shop;
        // One list: actions() builds a new one on every call.
        const QList<QAction*> known = m_shops->optionsMenu()->actions();
        if (std::none_of(known.begin(), known.end(),
                         [&](QAction* a) { return a->data().toString() == shop; })) {
            m_shops->addOption(shop, shop);
        }
    }
    m_shops->setCheckedValues(shops);
    m_ui->productEdit->setText(QString::fromStdString(o.product));
    m_ui->burstCountSpin->setValue(o.burst.count);
    m_ui->burstHoursSpin->setValue(static_cast<int>(o.burst.hours));
    m_settingOptions = false;
    scheduleRefresh();
}

void ReportWindow::openDatabase(const QString& path)
{
    m_path = path;
    m_report.reset();
    setWindowTitle(tr("Weekly report — %1 — ReviewDesk").arg(QFileInfo(path).fileName()));
    m_worker->open(path);
    m_worker->readShops();
    scheduleRefresh();
}

bool ReportWindow::isComputing() const
{
    return m_refreshTimer.isActive() || m_worker->busy();
}

void ReportWindow::scheduleRefresh(int delayMs)
{
    if (m_settingOptions || m_path.isEmpty()) {
        return;
    }
    m_refreshTimer.start(delayMs);
}

void ReportWindow::refresh()
{
    m_refreshTimer.stop();
    if (m_path.isEmpty()) {
        return;
    }
    const ReportOptions o = options();
    const std::string problem = o.validate();
    if (!problem.empty()) {
        m_ui->statusLabel->setText(
            tr("These settings cannot make a report: %1").arg(QString::fromStdString(problem)));
        return;
    }
    m_ui->statusLabel->setText(
        tr("Computing the report for %1…").arg(QString::fromStdString(o.week.toString())));
    m_worker->request(o);
}

void ReportWindow::onFinished(quint64, std::shared_ptr<const WeeklyReport> report, qint64 ms)
{
    m_report = std::move(report);
    m_lastMs = ms;
    draw();
    Q_EMIT reportReady();
}

void ReportWindow::onFailed(quint64, const QString& error)
{
    m_ui->statusLabel->setText(tr("The report could not be computed: %1").arg(error));
    Q_EMIT reportReady();
}

void ReportWindow::draw()
{
    if (!m_report) {
        return;
    }
    for (ReportCharts::Kind kind : ReportCharts::kAllKinds) {
        drawChart(kind);
    }
    fillChanges();
    fillTiles();
    fillBursts();
    fillPhrases();
    const IsoWeek week = m_report->options().week;
    m_ui->statusLabel->setText(
        tr("%1: %n complaint(s) · computed in %2 ms · click a bar, a row, a phrase or an "
           "alert to open its reviews in the queue",
           nullptr, static_cast<int>(m_report->thisWeek().counts.total()))
            .arg(QString::fromStdString(week.toString()))
            .arg(m_lastMs));
}

void ReportWindow::drawChart(ReportCharts::Kind kind)
{
    QChartView* view = chartView(kind);
    QChart* chart = ReportCharts::create(kind, *m_report);
    ReportCharts::applyPalette(*chart, palette(), font());
    QChart* old = view->chart();
    view->setChart(chart);
    delete old; // setChart() hands the old chart back to us
    m_clicks[static_cast<int>(kind)]->attach(chart, m_report);
}

void ReportWindow::fillChanges()
{
    ReportPanels::fillChanges(*m_ui->changesTable, *m_report);
}

void ReportWindow::fillTiles()
{
    const ResponseFigures& a = m_report->response();
    const ResponseFigures& b = m_report->lastWeekResponse();
    auto note = [](const QString& last) { return tr("last week: %1").arg(last); };
    m_ui->medianTile->setFigure(tr("Median first response"),
                                ReportStyle::hours(a.medianFirstResponseHours),
                                note(ReportStyle::hours(b.medianFirstResponseHours)));
    m_ui->slaTile->setFigure(tr("Answered within %1 h").arg(m_report->options().slaHours),
                             ReportStyle::share(a.withinSlaShare()),
                             note(ReportStyle::share(b.withinSlaShare())));
    m_ui->resolvedTile->setFigure(tr("Resolved"), ReportStyle::share(a.resolvedShare()),
                                  note(ReportStyle::share(b.resolvedShare())));
    m_ui->revisedTile->setFigure(tr("Rating revised upward"),
                                 ReportStyle::share(a.revisedUpShare()),
                                 note(ReportStyle::share(b.revisedUpShare())));
}

void ReportWindow::fillBursts()
{
    ReportPanels::fillBursts(*m_ui->burstList, *m_report);
    const BurstSettings& s = m_report->options().burst;
    m_ui->alertsHeading->setText(
        tr("Alerts (%1) · %2+ complaints of one category on one product within %3 h")
            .arg(m_report->bursts().size())
            .arg(s.count)
            .arg(s.hours));
}

void ReportWindow::fillPhrases()
{
    ReportPanels::fillPhrases(*m_ui->phraseTree, *m_report);
}

void ReportWindow::onPhraseClicked(QTreeWidgetItem* item)
{
    if (m_report && item) {
        if (auto selection = ReportPanels::phraseSelection(*item, *m_report)) {
            drillDown(*selection);
        }
    }
}

bool ReportWindow::drillDown(const ReportSelection& selection)
{
    if (!m_report) {
        return false;
    }
    const auto filter = m_report->queueFilter(selection);
    if (!filter) {
        m_ui->statusLabel->setText(tr("No reviews behind %1.").arg(describe(selection)));
        return false;
    }
    Q_EMIT reviewsRequested(
        *filter, tr("Report: %1 (%n review(s))", nullptr, static_cast<int>(filter->ids.size()))
                     .arg(describe(selection)));
    return true;
}

bool ReportWindow::drillDownBurst(int index)
{
    if (!m_report || index < 0 || index >= static_cast<int>(m_report->bursts().size())) {
        return false;
    }
    const Burst& burst = m_report->bursts()[static_cast<std::size_t>(index)];
    const auto filter = WeeklyReport::queueFilter(burst.reviewIds);
    if (!filter) {
        return false;
    }
    Q_EMIT reviewsRequested(
        *filter,
        tr("Alert: %1 · %2 (%n review(s))", nullptr, static_cast<int>(burst.reviewIds.size()))
            .arg(ReportStyle::product(burst.product.sku, burst.product.name),
                 ReportStyle::bucketName(bucketOf(burst.category))));
    return true;
}

QString ReportWindow::describe(const ReportSelection& selection) const
{
    return m_report ? ReportPanels::describe(selection, *m_report) : QString();
}

QString ReportWindow::exportTo(Export kind, const QString& path) const
{
    if (!m_report) {
        return tr("There is no report to export yet.");
    }
    return ReportExports::write(kind, *m_report, path);
}

void ReportWindow::askExport(Export kind)
{
    if (!m_report) {
        return;
    }
    const QString folder = m_exportFolder.isEmpty() ? QDir::homePath() : m_exportFolder;
    const QString path = FileChooser::saveFile(this, tr("Export the report"),
                                               folder + QLatin1Char('/') +
                                                   ReportExports::suggestedName(kind, *m_report),
                                               ReportExports::fileFilter(kind));
    if (path.isEmpty()) {
        return;
    }
    m_exportFolder = QFileInfo(path).absolutePath();
    saveSettings();
    const QString error = exportTo(kind, path);
    m_ui->statusLabel->setText(error.isEmpty()
                                   ? tr("Exported to %1").arg(QDir::toNativeSeparators(path))
                                   : tr("The export failed: %1").arg(error));
}

void ReportWindow::restoreSettings()
{
    AppSettings* s = AppSettings::instance();
    restoreGeometry(s->geometry(QStringLiteral("ReportWindow")));
    const QJsonObject o = QJsonDocument::fromJson(s->state(kSettingsKey)).object();
    m_settingOptions = true;
    m_ui->weeksSpin->setValue(o.value(QStringLiteral("weeks")).toInt(12));
    m_ui->burstCountSpin->setValue(o.value(QStringLiteral("burstCount")).toInt(5));
    m_ui->burstHoursSpin->setValue(o.value(QStringLiteral("burstHours")).toInt(24));
    m_exportFolder = o.value(QStringLiteral("exportFolder")).toString();
    m_settingOptions = false;
}

void ReportWindow::saveSettings() const
{
    AppSettings* s = AppSettings::instance();
    QJsonObject o;
    o.insert(QStringLiteral("weeks"), m_ui->weeksSpin->value());
    o.insert(QStringLiteral("burstCount"), m_ui->burstCountSpin->value());
    o.insert(QStringLiteral("burstHours"), m_ui->burstHoursSpin->value());
    o.insert(QStringLiteral("exportFolder"), m_exportFolder);
    s->setState(kSettingsKey, QJsonDocument(o).toJson(QJsonDocument::Compact));
    s->setGeometry(QStringLiteral("ReportWindow"), saveGeometry());
}

BurstSettings ReportWindow::savedBurstSettings()
{
    const QJsonObject o =
        QJsonDocument::fromJson(AppSettings::instance()->state(kSettingsKey)).object();
    BurstSettings burst;
    burst.count = o.value(QStringLiteral("burstCount")).toInt(burst.count);
    burst.hours = o.value(QStringLiteral("burstHours")).toInt(static_cast<int>(burst.hours));
    return burst;
}

void ReportWindow::retranslate()
{
    m_platforms->setTitle(tr("Platform"));
    m_shops->setTitle(tr("Shop"));
    m_shops->setToolTip(tr("Shops found in the database"));
    for (Platform p : {Platform::Ozon, Platform::Wildberries, Platform::Amazon, Platform::Taobao,
                       Platform::Other}) {
        m_platforms->setOptionText(static_cast<int>(p), CategoryStyle::name(p));
    }
    for (QAction* action : m_ui->exportButton->menu()->actions()) {
        const QString source = action->property("sourceText").toString();
        if (!source.isEmpty()) {
            action->setText(tr(source.toLatin1().constData()));
        }
    }
    ReportPanels::retranslatePhrases(*m_ui->phraseTree);
}

void ReportWindow::changeEvent(QEvent* event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        const QSignalBlocker block(m_ui->weekCombo);
        for (int i = 0; i < m_ui->weekCombo->count(); ++i) {
            if (auto w = IsoWeek::parse(m_ui->weekCombo->itemData(i).toString().toStdString())) {
                m_ui->weekCombo->setItemText(i, ReportStyle::weekRange(*w));
            }
        }
        draw();
    } else if (event->type() == QEvent::PaletteChange && m_report) {
        draw();
    }
}

void ReportWindow::closeEvent(QCloseEvent* event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace rd::gui
