#include "render/ReportCharts.h"

#include "render/ReportStyle.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QFontMetrics>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QPalette>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace rd::gui {
namespace {

constexpr int kProductLabelColumns = 30; // longer names make Qt Charts drop the label

QBarSet* bucketSet(int bucket)
{
    auto* set = new QBarSet(ReportStyle::bucketName(bucket));
    set->setColor(ReportStyle::bucketColor(bucket));
    set->setBorderColor(ReportStyle::bucketColor(bucket));
    set->setProperty(ReportCharts::kBucketProperty, bucket);
    return set;
}

// A value axis with whole-number ticks from 0 to a little above `max`.
QValueAxis* countAxis(std::int64_t max)
{
    auto* axis = new QValueAxis;
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setMin(0);
    const double top = std::max<double>(4.0, static_cast<double>(max));
    axis->setMax(top);
    axis->applyNiceNumbers();
    if (axis->max() <= 10) {
        axis->setTickCount(static_cast<int>(axis->max()) + 1);
    }
    axis->setMinorTickCount(0);
    return axis;
}

QChart* newChart(const QString& title)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(6, 6, 6, 6));
    chart->setBackgroundRoundness(0);
    return chart;
}

void attach(QChart* chart, QAbstractBarSeries* series, QAbstractAxis* horizontal,
            QAbstractAxis* vertical)
{
    chart->addSeries(series);
    chart->addAxis(horizontal, Qt::AlignBottom);
    chart->addAxis(vertical, Qt::AlignLeft);
    series->attachAxis(horizontal);
    series->attachAxis(vertical);
}

bool hasWideCharacters(const QString& text)
{
    return std::any_of(text.begin(), text.end(),
                       [](QChar c) { return c.unicode() >= 0x2e80 && !c.isSurrogate(); });
}

// A product's label on the top-products axis. Qt Charts (6.4) draws "…" instead of a label
// with Chinese characters on that axis, whatever its length; such a product is labelled by its
// SKU (the tooltip, the page's other tables and the exports give the name).
QString productLabel(const ProductInfo& product)
{
    const QString name = QString::fromStdString(product.name);
    if (hasWideCharacters(name) && !product.sku.empty()) {
        return QString::fromStdString(product.sku);
    }
    return ReportStyle::elided(ReportStyle::product(product.sku, product.name),
                               kProductLabelColumns);
}

} // namespace

QChart* ReportCharts::create(Kind kind, const WeeklyReport& report, int maxProducts)
{
    switch (kind) {
    case Kind::Trend:
        return trend(report);
    case Kind::WeekVsLast:
        return weekVsLast(report);
    case Kind::TopProducts:
        return topProducts(report, maxProducts);
    }
    return trend(report);
}

QString ReportCharts::title(Kind kind)
{
    switch (kind) {
    case Kind::Trend:
        return tr("Complaints per week and category");
    case Kind::WeekVsLast:
        return tr("This week against last week");
    case Kind::TopProducts:
        return tr("Products with most complaints");
    }
    return {};
}

QString ReportCharts::fileStem(Kind kind)
{
    switch (kind) {
    case Kind::Trend:
        return QStringLiteral("trend");
    case Kind::WeekVsLast:
        return QStringLiteral("week-vs-last");
    case Kind::TopProducts:
        return QStringLiteral("top-products");
    }
    return {};
}

QChart* ReportCharts::trend(const WeeklyReport& report)
{
    QChart* chart = newChart(title(Kind::Trend));
    auto* series = new QStackedBarSeries;
    series->setBarWidth(0.62);
    QStringList labels;
    std::int64_t max = 0;
    for (const WeekColumn& column : report.weeks()) {
        labels << ReportStyle::shortWeek(column.week);
        max = std::max(max, column.counts.total());
    }
    for (int bucket = 0; bucket < kBucketCount; ++bucket) {
        std::int64_t sum = 0;
        QList<qreal> values;
        for (const WeekColumn& column : report.weeks()) {
            values << static_cast<qreal>(column.counts[bucket]);
            sum += column.counts[bucket];
        }
        if (sum == 0 && bucket == kUnclassifiedBucket) {
            continue; // an empty "unclassified" column is no news
        }
        QBarSet* set = bucketSet(bucket);
        set->append(values);
        series->append(set);
    }
    auto* weeks = new QBarCategoryAxis;
    weeks->append(labels);
    attach(chart, series, weeks, countAxis(max));
    return chart;
}

QChart* ReportCharts::weekVsLast(const WeeklyReport& report)
{
    QChart* chart = newChart(title(Kind::WeekVsLast));
    auto* series = new QBarSeries;
    series->setBarWidth(0.7);
    auto* last =
        new QBarSet(tr("Last week (%1)").arg(ReportStyle::shortWeek(report.lastWeek().week)));
    auto* now =
        new QBarSet(tr("This week (%1)").arg(ReportStyle::shortWeek(report.thisWeek().week)));
    last->setColor(ReportStyle::lastWeekColor());
    last->setBorderColor(ReportStyle::lastWeekColor());
    now->setColor(ReportStyle::thisWeekColor());
    now->setBorderColor(ReportStyle::thisWeekColor());
    last->setProperty(kLastWeekProperty, true);
    now->setProperty(kLastWeekProperty, false);
    QStringList labels;
    QList<QVariant> buckets;
    std::int64_t max = 0;
    for (const CategoryChange& c : report.changes()) {
        if (c.bucket == kUnclassifiedBucket && c.thisWeek == 0 && c.lastWeek == 0) {
            continue;
        }
        labels << ReportStyle::bucketName(c.bucket);
        buckets << c.bucket;
        last->append(static_cast<qreal>(c.lastWeek));
        now->append(static_cast<qreal>(c.thisWeek));
        max = std::max({max, c.lastWeek, c.thisWeek});
    }
    // The category of each bar index, for selectionAt().
    series->setProperty(kBucketProperty, buckets);
    series->append(last);
    series->append(now);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    auto* categories = new QBarCategoryAxis;
    categories->append(labels);
    attach(chart, series, categories, countAxis(max + max / 8 + 1));
    return chart;
}

QChart* ReportCharts::topProducts(const WeeklyReport& report, int maxProducts)
{
    QChart* chart = newChart(title(Kind::TopProducts));
    auto* series = new QHorizontalStackedBarSeries;
    series->setBarWidth(0.66);
    std::vector<ProductRow> rows = report.topProducts();
    if (maxProducts >= 0 && rows.size() > static_cast<std::size_t>(maxProducts)) {
        rows.resize(static_cast<std::size_t>(maxProducts));
    }
    QStringList labels;
    std::int64_t max = 0;
    // Bottom to top: the product with most complaints comes last, at the top.
    for (auto it = rows.rbegin(); it != rows.rend(); ++it) {
        labels << productLabel(it->product);
        max = std::max(max, it->complaints);
    }
    for (int bucket = 0; bucket < kBucketCount; ++bucket) {
        std::int64_t sum = 0;
        QList<qreal> values;
        for (auto it = rows.rbegin(); it != rows.rend(); ++it) {
            values << static_cast<qreal>(it->counts[bucket]);
            sum += it->counts[bucket];
        }
        if (sum == 0) {
            continue;
        }
        QBarSet* set = bucketSet(bucket);
        set->append(values);
        series->append(set);
    }
    auto* products = new QBarCategoryAxis;
    products->append(labels.isEmpty() ? QStringList{tr("No complaints this week")} : labels);
    chart->addSeries(series);
    QValueAxis* counts = countAxis(max);
    chart->addAxis(counts, Qt::AlignBottom);
    chart->addAxis(products, Qt::AlignLeft);
    series->attachAxis(counts);
    series->attachAxis(products);
    return chart;
}

std::optional<ReportSelection> ReportCharts::selectionAt(Kind kind, const WeeklyReport& report,
                                                         int bucket, bool lastWeek, int index)
{
    if (index < 0) {
        return std::nullopt;
    }
    ReportSelection selection;
    switch (kind) {
    case Kind::Trend:
        if (index >= static_cast<int>(report.weeks().size())) {
            return std::nullopt;
        }
        selection.week = report.weeks()[static_cast<std::size_t>(index)].week;
        selection.bucket = bucket;
        break;
    case Kind::WeekVsLast:
        selection.week = lastWeek ? report.lastWeek().week : report.thisWeek().week;
        selection.bucket = bucket;
        break;
    case Kind::TopProducts: {
        const auto& rows = report.topProducts();
        const int n = static_cast<int>(rows.size());
        if (index >= n) {
            return std::nullopt;
        }
        selection.week = report.options().week;
        selection.productKey = rows[static_cast<std::size_t>(n - 1 - index)].product.key;
        if (bucket >= 0) {
            selection.bucket = bucket;
        }
        break;
    }
    }
    return selection;
}

int ReportCharts::productLabelAt(const QChart& chart, const WeeklyReport& report,
                                 const QPointF& position)
{
    const int n = static_cast<int>(report.topProducts().size());
    const QRectF plot = chart.plotArea();
    if (n == 0 || plot.height() <= 0 || position.x() >= plot.left() || position.x() < 0 ||
        position.y() < plot.top() || position.y() >= plot.bottom()) {
        return -1;
    }
    // The rows are drawn bottom to top in equal slots, the first product at the top.
    const int fromBottom = static_cast<int>((plot.bottom() - position.y()) / (plot.height() / n));
    return fromBottom >= 0 && fromBottom < n ? n - 1 - fromBottom : -1;
}

void ReportCharts::applyPalette(QChart& chart, const QPalette& palette, const QFont& font)
{
    const QColor text = palette.color(QPalette::WindowText);
    QColor grid = text;
    grid.setAlphaF(0.15f);
    chart.setBackgroundBrush(palette.color(QPalette::Base));
    chart.setBackgroundPen(Qt::NoPen);
    chart.setPlotAreaBackgroundVisible(false);
    QFont titleFont = font;
    titleFont.setBold(true);
    chart.setTitleFont(titleFont);
    chart.setTitleBrush(text);
    chart.legend()->setFont(font);
    chart.legend()->setLabelColor(text);
    for (QAbstractAxis* axis : chart.axes()) {
        axis->setLabelsFont(font);
        axis->setLabelsColor(text);
        axis->setLinePenColor(grid);
        axis->setGridLineColor(grid);
        axis->setTitleBrush(text);
    }
    for (QAbstractSeries* series : chart.series()) {
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(series)) {
            for (QBarSet* set : bars->barSets()) {
                set->setLabelColor(text);
                set->setLabelFont(font);
            }
        }
    }
}

void ReportCharts::applyPaper(QChart& chart, int pixelSize)
{
    QPalette paper;
    paper.setColor(QPalette::Base, Qt::white);
    paper.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
    QFont font;
    font.setPixelSize(pixelSize);
    applyPalette(chart, paper, font);
    QFont title = font;
    title.setPixelSize(pixelSize + 2);
    title.setBold(true);
    chart.setTitleFont(title);
}

} // namespace rd::gui
