#include "report/ChartClicks.h"

#include "render/ReportStyle.h"
#include "report/ReportPanels.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QMouseEvent>
#include <QToolTip>

namespace rd::gui {

ChartClicks::ChartClicks(QChartView* view, ReportCharts::Kind kind, QObject* parent)
    : QObject(parent), m_view(view), m_kind(kind)
{
    if (kind == ReportCharts::Kind::TopProducts) {
        view->viewport()->installEventFilter(this); // clicks on the product names
        view->viewport()->setMouseTracking(true);
    }
}

void ChartClicks::attach(QChart* chart, std::shared_ptr<const WeeklyReport> report)
{
    m_report = std::move(report);
    for (QAbstractSeries* s : chart->series()) {
        auto* series = qobject_cast<QAbstractBarSeries*>(s);
        if (!series) {
            continue;
        }
        // The bar set names its category; in the week-vs-last chart the series names the
        // category of each bar index and the set says which week.
        auto selectionOf = [this, series, r = m_report](int index, QBarSet* set) {
            const QVariant bucket = set->property(ReportCharts::kBucketProperty);
            int b = bucket.isValid() ? bucket.toInt() : -1;
            if (!bucket.isValid()) {
                const QVariantList buckets =
                    series->property(ReportCharts::kBucketProperty).toList();
                b = index >= 0 && index < buckets.size() ? buckets[index].toInt() : -1;
            }
            const bool last = set->property(ReportCharts::kLastWeekProperty).toBool();
            return ReportCharts::selectionAt(m_kind, *r, b, last, index);
        };
        connect(series, &QAbstractBarSeries::clicked, this,
                [this, selectionOf](int index, QBarSet* set) {
                    if (auto selection = selectionOf(index, set)) {
                        Q_EMIT selected(*selection);
                    }
                });
        connect(series, &QAbstractBarSeries::hovered, this,
                [selectionOf, r = m_report](bool on, int index, QBarSet* set) {
                    if (!on) {
                        QToolTip::hideText();
                        return;
                    }
                    if (auto selection = selectionOf(index, set)) {
                        QToolTip::showText(
                            QCursor::pos(),
                            tr("%1: %n complaint(s) — click to open them in the queue", nullptr,
                               static_cast<int>(set->at(index)))
                                .arg(ReportPanels::describe(*selection, *r)));
                    }
                });
    }
}

bool ChartClicks::eventFilter(QObject* watched, QEvent* event)
{
    const bool release = event->type() == QEvent::MouseButtonRelease;
    if (watched != m_view->viewport() || !m_report || !m_view->chart() ||
        (!release && event->type() != QEvent::MouseMove)) {
        return QObject::eventFilter(watched, event);
    }
    const auto* mouse = static_cast<QMouseEvent*>(event);
    const QPointF at =
        m_view->chart()->mapFromScene(m_view->mapToScene(mouse->position().toPoint()));
    const int row = ReportCharts::productLabelAt(*m_view->chart(), *m_report, at);
    if (row < 0) {
        return QObject::eventFilter(watched, event);
    }
    const ProductRow& product = m_report->topProducts()[static_cast<std::size_t>(row)];
    if (release && mouse->button() == Qt::LeftButton) {
        ReportSelection selection;
        selection.week = m_report->options().week;
        selection.productKey = product.product.key;
        Q_EMIT selected(selection);
        return true;
    }
    if (!release) {
        QToolTip::showText(
            mouse->globalPosition().toPoint(),
            tr("%1: %n complaint(s) this week — click to open them in the queue", nullptr,
               static_cast<int>(product.complaints))
                .arg(ReportStyle::product(product.product.sku, product.product.name)),
            m_view);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace rd::gui
