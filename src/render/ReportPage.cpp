#include "render/ReportPage.h"

#include "render/ReportCharts.h"
#include "render/ReportStyle.h"

#include "report/WeeklyReport.h"

#include <QAbstractTextDocumentLayout>
#include <QChart>
#include <QDateTime>
#include <QGraphicsScene>
#include <QPainter>
#include <QTextDocument>
#include <QTimeZone>

#include <memory>

namespace rd::gui {
namespace {

constexpr double kMargin = 34.0;
constexpr double kGap = 14.0;
constexpr double kBodyPx = 10.5;
// Products in the page's chart: with more, Qt Charts has no room for their names (it draws "…").
constexpr int kPageProducts = 6;
const QColor kInk(0x20, 0x20, 0x20);
const QColor kMuted(0x6b, 0x72, 0x80);

QString esc(const std::string& text)
{
    return QString::fromStdString(text).toHtmlEscaped();
}

QString cell(const QString& text, bool right = false, const QString& style = {})
{
    return QStringLiteral("<td style=\"%1%2\">%3</td>")
        .arg(right ? QStringLiteral("text-align:right;") : QString(), style, text);
}

QString colouredSwatch(int bucket)
{
    return QStringLiteral("<span style=\"color:%1\">\u25a0</span> ")
        .arg(ReportStyle::bucketColor(bucket).name());
}

QString tableStart()
{
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\" "
                          "style=\"border-collapse:collapse\">");
}

QString headerRow(const QStringList& columns)
{
    QString row = QStringLiteral("<tr style=\"color:#6b7280\">");
    for (int i = 0; i < columns.size(); ++i) {
        row += QStringLiteral("<th align=\"%1\" style=\"border-bottom:1px solid #c8ccd2\">%2</th>")
                   .arg(i == 0 ? QStringLiteral("left") : QStringLiteral("right"), columns[i]);
    }
    return row + QStringLiteral("</tr>");
}

} // namespace

void ReportPage::paint(QPainter& painter) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(QRectF(0, 0, kWidth, kHeight), Qt::white);
    const double width = kWidth - 2 * kMargin;
    const double left = kMargin;
    const double chartWidth = width * 0.58;
    const double sideLeft = left + chartWidth + kGap;
    const double sideWidth = width - chartWidth - kGap;

    paintHeader(painter, QRectF(left, kMargin - 8, width, 62));
    const double row1 = kMargin + 62;
    paintChart(painter, static_cast<int>(ReportCharts::Kind::Trend),
               QRectF(left, row1, chartWidth, 250));
    paintHtml(painter, QRectF(sideLeft, row1 + 4, sideWidth, 246), changesTable(), kBodyPx);

    const double row2 = row1 + 250 + kGap / 2;
    paintChart(painter, static_cast<int>(ReportCharts::Kind::TopProducts),
               QRectF(left, row2, chartWidth, 250));
    paintHtml(painter, QRectF(sideLeft, row2 + 4, sideWidth, 246), responseTable() + burstsList(),
              kBodyPx);

    const double row3 = row2 + 250 + kGap / 2;
    paintHtml(painter, QRectF(left, row3, width, kHeight - kMargin - row3), phrasesTable(3),
              kBodyPx - 0.5);

    QFont small;
    small.setPixelSize(9);
    painter.setFont(small);
    painter.setPen(kMuted);
    painter.drawText(QRectF(left, kHeight - kMargin + 6, width, 14), Qt::AlignRight,
                     tr("ReviewDesk · weeks are ISO weeks in UTC · docs/reports.md defines "
                        "every figure"));
    painter.restore();
}

void ReportPage::paintHeader(QPainter& painter, const QRectF& rect) const
{
    const IsoWeek week = m_report.options().week;
    QFont title;
    title.setPixelSize(21);
    title.setBold(true);
    painter.setFont(title);
    painter.setPen(kInk);
    painter.drawText(rect.adjusted(0, 0, 0, -30), Qt::AlignLeft | Qt::AlignTop,
                     tr("Weekly complaint report — %1").arg(ReportStyle::weekRange(week)));
    QFont sub;
    sub.setPixelSize(11);
    painter.setFont(sub);
    painter.setPen(kMuted);
    const QString generated =
        QDateTime::fromMSecsSinceEpoch(m_report.generatedAt(), QTimeZone::utc())
            .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    painter.drawText(rect.adjusted(0, 30, 0, 0), Qt::AlignLeft | Qt::AlignTop,
                     tr("%1 · generated %2 UTC").arg(filtersText(), generated));

    const auto& now = m_report.thisWeek().counts;
    const auto& before = m_report.lastWeek().counts;
    const std::int64_t change = now.total() - before.total();
    std::optional<double> percent;
    if (before.total() > 0) {
        percent = 100.0 * static_cast<double>(change) / static_cast<double>(before.total());
    }
    QFont big;
    big.setPixelSize(26);
    big.setBold(true);
    painter.setFont(big);
    painter.setPen(kInk);
    const QRectF kpi = rect.adjusted(rect.width() * 0.6, -4, 0, -26);
    painter.drawText(kpi, Qt::AlignRight | Qt::AlignTop, ReportStyle::count(now.total()));
    painter.setFont(sub);
    painter.setPen(ReportStyle::changeColor(change));
    painter.drawText(rect.adjusted(rect.width() * 0.5, 30, 0, 0), Qt::AlignRight | Qt::AlignTop,
                     tr("complaints this week · %1 against last week")
                         .arg(ReportStyle::change(change, percent)));
    painter.setPen(QColor(0xc8, 0xcc, 0xd2));
    painter.drawLine(QPointF(rect.left(), rect.bottom()), QPointF(rect.right(), rect.bottom()));
}

void ReportPage::paintChart(QPainter& painter, int kind, const QRectF& rect) const
{
    std::unique_ptr<QChart> chart(
        ReportCharts::create(static_cast<ReportCharts::Kind>(kind), m_report, kPageProducts));
    ReportCharts::applyPaper(*chart, 10);
    QGraphicsScene scene;
    scene.addItem(chart.get());
    chart->resize(rect.size());
    scene.setSceneRect(QRectF(QPointF(0, 0), rect.size()));
    scene.render(&painter, rect, scene.sceneRect());
    scene.removeItem(chart.get());
}

void ReportPage::paintHtml(QPainter& painter, const QRectF& rect, const QString& html,
                           double pixelSize)
{
    QTextDocument doc;
    QFont font;
    font.setPixelSize(static_cast<int>(pixelSize + 0.5));
    doc.setDefaultFont(font);
    doc.setDocumentMargin(0);
    doc.setDefaultStyleSheet(QStringLiteral("h3 { font-size: %1px; margin: 0 0 4px 0; }")
                                 .arg(static_cast<int>(pixelSize * 1.2 + 0.5)));
    doc.setHtml(html);
    doc.setTextWidth(rect.width());
    painter.save();
    painter.translate(rect.topLeft());
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, kInk);
    context.clip = QRectF(0, 0, rect.width(), rect.height());
    painter.setClipRect(context.clip);
    doc.documentLayout()->draw(&painter, context);
    painter.restore();
}

QString ReportPage::filtersText() const
{
    const ReportOptions& o = m_report.options();
    QStringList parts;
    if (o.platforms.empty()) {
        parts << tr("all platforms");
    } else {
        QStringList names;
        for (Platform p : o.platforms) {
            names << QString::fromLatin1(toKey(p).data(), static_cast<int>(toKey(p).size()));
        }
        parts << names.join(QStringLiteral(", "));
    }
    if (o.shops.empty()) {
        parts << tr("all shops");
    } else {
        QStringList shops;
        for (const std::string& s : o.shops) {
            shops << QString::fromStdString(s);
        }
        parts << shops.join(QStringLiteral(", "));
    }
    if (!o.product.empty()) {
        parts << tr("product “%1”").arg(QString::fromStdString(o.product));
    }
    return parts.join(QStringLiteral(" · "));
}

QString ReportPage::changesTable() const
{
    QString html = QStringLiteral("<h3>%1</h3>").arg(tr("This week against last week"));
    html +=
        tableStart() + headerRow({tr("Category"), tr("This week"), tr("Last week"), tr("Change")});
    std::int64_t now = 0;
    std::int64_t before = 0;
    for (const CategoryChange& c : m_report.changes()) {
        now += c.thisWeek;
        before += c.lastWeek;
        if (c.bucket == kUnclassifiedBucket && c.thisWeek == 0 && c.lastWeek == 0) {
            continue;
        }
        html += QStringLiteral("<tr>") +
                cell(colouredSwatch(c.bucket) + ReportStyle::bucketName(c.bucket)) +
                cell(ReportStyle::count(c.thisWeek), true) +
                cell(ReportStyle::count(c.lastWeek), true) +
                cell(ReportStyle::change(c.change(), c.changePercent()), true,
                     QStringLiteral("color:%1").arg(ReportStyle::changeColor(c.change()).name())) +
                QStringLiteral("</tr>");
    }
    CategoryChange total;
    total.thisWeek = now;
    total.lastWeek = before;
    html += QStringLiteral("<tr style=\"font-weight:bold\">") + cell(tr("Total")) +
            cell(ReportStyle::count(now), true) + cell(ReportStyle::count(before), true) +
            cell(ReportStyle::change(total.change(), total.changePercent()), true) +
            QStringLiteral("</tr></table>");
    return html;
}

QString ReportPage::responseTable() const
{
    const ResponseFigures& a = m_report.response();
    const ResponseFigures& b = m_report.lastWeekResponse();
    QString html = QStringLiteral("<h3>%1</h3>").arg(tr("How the team answered"));
    html += tableStart() + headerRow({tr("Figure"), tr("This week"), tr("Last week")});
    auto row = [&](const QString& name, const QString& x, const QString& y) {
        html += QStringLiteral("<tr>") + cell(name) + cell(x, true) + cell(y, true) +
                QStringLiteral("</tr>");
    };
    row(tr("Median first response"), ReportStyle::hours(a.medianFirstResponseHours),
        ReportStyle::hours(b.medianFirstResponseHours));
    row(tr("Answered within %1 h").arg(m_report.options().slaHours),
        ReportStyle::share(a.withinSlaShare()), ReportStyle::share(b.withinSlaShare()));
    row(tr("Resolved"), ReportStyle::share(a.resolvedShare()),
        ReportStyle::share(b.resolvedShare()));
    row(tr("Rating revised upward"), ReportStyle::share(a.revisedUpShare()),
        ReportStyle::share(b.revisedUpShare()));
    return html + QStringLiteral("</table>");
}

QString ReportPage::burstsList() const
{
    const auto& bursts = m_report.bursts();
    const BurstSettings& s = m_report.options().burst;
    QString html = QStringLiteral("<h3 style=\"margin-top:10px\">%1</h3>")
                       .arg(tr("Alerts: %1+ complaints of one category on one product within "
                               "%2 h")
                                .arg(s.count)
                                .arg(s.hours));
    if (bursts.empty()) {
        return html + QStringLiteral("<p style=\"color:#6b7280\">%1</p>").arg(tr("No bursts."));
    }
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"1\">");
    const int shown = std::min<int>(static_cast<int>(bursts.size()), 5);
    for (int i = 0; i < shown; ++i) {
        const Burst& b = bursts[static_cast<std::size_t>(i)];
        const int bucket = bucketOf(b.category);
        html += QStringLiteral("<tr><td style=\"color:#c0392b\">\u25b2 </td><td>") +
                tr("<b>%1</b> · %2%3: %4 complaints, %5 – %6")
                    .arg(esc(ReportStyle::product(b.product.sku, b.product.name).toStdString()),
                         colouredSwatch(bucket), ReportStyle::bucketName(bucket))
                    .arg(b.complaints)
                    .arg(ReportStyle::shortTime(b.first), ReportStyle::shortTime(b.last)) +
                QStringLiteral("</td></tr>");
    }
    if (static_cast<int>(bursts.size()) > shown) {
        html += QStringLiteral("<tr><td></td><td style=\"color:#6b7280\">%1</td></tr>")
                    .arg(tr("and %n more", nullptr, static_cast<int>(bursts.size()) - shown));
    }
    return html + QStringLiteral("</table>");
}

QString ReportPage::phrasesTable(int perCategory) const
{
    QString html = QStringLiteral("<h3>%1</h3>").arg(tr("Most frequent problem phrases"));
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\"><tr>");
    for (int bucket = 0; bucket < kUnclassifiedBucket; ++bucket) {
        html += QStringLiteral("<td width=\"20%\" valign=\"top\">") + colouredSwatch(bucket) +
                QStringLiteral("<b>%1</b><br/>").arg(ReportStyle::bucketName(bucket));
        int shown = 0;
        for (const PhraseRow& p : m_report.phrases()) {
            if (p.bucket != bucket || shown >= perCategory) {
                continue;
            }
            ++shown;
            html += QStringLiteral("%1 <span style=\"color:#6b7280\">· %2</span>")
                        .arg(ReportStyle::phrase(p.phrase).toHtmlEscaped(),
                             ReportStyle::count(p.reviews));
            if (!p.topProduct.key.empty() && p.topProductReviews > 1) {
                html +=
                    QStringLiteral(" <span style=\"color:#6b7280\">(%1: %2)</span>")
                        .arg(esc(p.topProduct.sku.empty() ? p.topProduct.name : p.topProduct.sku))
                        .arg(p.topProductReviews);
            }
            html += QStringLiteral("<br/>");
        }
        if (shown == 0) {
            html += QStringLiteral("<span style=\"color:#6b7280\">—</span>");
        }
        html += QStringLiteral("</td>");
    }
    return html + QStringLiteral("</tr></table>");
}

} // namespace rd::gui
