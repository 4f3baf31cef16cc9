#include "report/ReportPanels.h"

#include "render/ReportStyle.h"

#include <QHeaderView>
#include <QPainter>
#include <QPixmap>
#include <QTableWidget>
#include <QTreeWidget>

namespace rd::gui {
namespace {

QTableWidgetItem* numberItem(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

void fitHeight(QTableWidget& table)
{
    int height = table.horizontalHeader()->height() + 2 * table.frameWidth() + 2;
    for (int row = 0; row < table.rowCount(); ++row) {
        height += table.rowHeight(row);
    }
    table.setFixedHeight(height);
}

} // namespace

QIcon ReportPanels::swatch(int bucket)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(ReportStyle::bucketColor(bucket));
    painter.drawRoundedRect(QRectF(1, 1, 10, 10), 2, 2);
    return QIcon(pixmap);
}

void ReportPanels::setUpChanges(QTableWidget& table)
{
    table.setColumnCount(4);
    table.verticalHeader()->hide();
    table.horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 4; ++c) {
        table.horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    }
    table.horizontalHeader()->setHighlightSections(false);
    table.setCursor(Qt::PointingHandCursor);
    table.setToolTip(tr("Click a row to open its complaints in the queue (the Last week column: "
                        "last week's)"));
}

void ReportPanels::fillChanges(QTableWidget& table, const WeeklyReport& report)
{
    table.setHorizontalHeaderLabels(
        {tr("Category"), tr("This week"), tr("Last week"), tr("Change")});
    table.setRowCount(0);
    std::int64_t now = 0;
    std::int64_t before = 0;
    auto addRow = [&](int bucket, const QString& name, std::int64_t a, std::int64_t b,
                      std::optional<double> percent) {
        const int row = table.rowCount();
        table.insertRow(row);
        auto* label = new QTableWidgetItem(name);
        if (bucket >= 0) {
            label->setIcon(swatch(bucket));
        } else {
            QFont bold = table.font();
            bold.setBold(true);
            label->setFont(bold);
        }
        label->setData(kBucketRole, bucket);
        table.setItem(row, 0, label);
        table.setItem(row, 1, numberItem(ReportStyle::count(a)));
        table.setItem(row, 2, numberItem(ReportStyle::count(b)));
        QTableWidgetItem* change = numberItem(ReportStyle::change(a - b, percent));
        change->setForeground(ReportStyle::changeColor(a - b));
        table.setItem(row, 3, change);
    };
    for (const CategoryChange& c : report.changes()) {
        now += c.thisWeek;
        before += c.lastWeek;
        if (c.bucket == kUnclassifiedBucket && c.thisWeek == 0 && c.lastWeek == 0) {
            continue;
        }
        addRow(c.bucket, ReportStyle::bucketName(c.bucket), c.thisWeek, c.lastWeek,
               c.changePercent());
    }
    CategoryChange total;
    total.thisWeek = now;
    total.lastWeek = before;
    addRow(-1, tr("All complaints"), now, before, total.changePercent());
    table.resizeRowsToContents();
    fitHeight(table);
}

std::optional<ReportSelection> ReportPanels::changeSelection(const QTableWidget& table,
                                                             const WeeklyReport& report, int row,
                                                             int column)
{
    const QTableWidgetItem* label = table.item(row, 0);
    if (!label) {
        return std::nullopt;
    }
    ReportSelection selection;
    selection.week = column == 2 ? report.lastWeek().week : report.thisWeek().week;
    const int bucket = label->data(kBucketRole).toInt();
    if (bucket >= 0) {
        selection.bucket = bucket;
    }
    return selection;
}

void ReportPanels::setUpPhrases(QTreeWidget& tree)
{
    tree.setColumnCount(3);
    tree.header()->setSectionResizeMode(0, QHeaderView::Stretch);
    tree.header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    tree.header()->setSectionResizeMode(2, QHeaderView::Interactive);
    tree.header()->resizeSection(2, 320);
    tree.header()->setStretchLastSection(false);
    tree.setCursor(Qt::PointingHandCursor);
    retranslatePhrases(tree);
}

void ReportPanels::retranslatePhrases(QTreeWidget& tree)
{
    tree.setHeaderLabels({tr("Phrase (rule term)"), tr("Reviews"), tr("Most on product")});
}

void ReportPanels::fillPhrases(QTreeWidget& tree, const WeeklyReport& report)
{
    tree.clear();
    QTreeWidgetItem* parent = nullptr;
    int parentBucket = -1;
    const CategoryCounts& counts = report.thisWeek().counts;
    for (const PhraseRow& p : report.phrases()) {
        if (!parent || p.bucket != parentBucket) {
            parentBucket = p.bucket;
            parent = new QTreeWidgetItem(&tree);
            parent->setText(0, ReportStyle::bucketName(p.bucket));
            parent->setIcon(0, swatch(p.bucket));
            parent->setText(1, ReportStyle::count(counts[p.bucket]));
            parent->setToolTip(1, tr("Complaints of this category this week"));
            parent->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
            QFont bold = tree.font();
            bold.setBold(true);
            parent->setFont(0, bold);
            parent->setData(0, kBucketRole, p.bucket);
            parent->setExpanded(true);
        }
        auto* item = new QTreeWidgetItem(parent);
        item->setText(0, ReportStyle::phrase(p.phrase));
        item->setText(1, ReportStyle::count(p.reviews));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        if (!p.topProduct.key.empty()) {
            item->setText(2, tr("%1: %2 of %3")
                                 .arg(ReportStyle::product(p.topProduct.sku, p.topProduct.name))
                                 .arg(p.topProductReviews)
                                 .arg(p.reviews));
        }
        item->setData(0, kBucketRole, p.bucket);
        item->setData(0, kPhraseRole, QString::fromStdString(p.key));
        item->setToolTip(0,
                         tr("Rule term: %1\nGrouped as “%2”; click to open these reviews")
                             .arg(QString::fromStdString(p.phrase), QString::fromStdString(p.key)));
    }
    tree.expandAll();
    if (tree.topLevelItemCount() == 0) {
        auto* none = new QTreeWidgetItem(&tree);
        none->setText(0, tr("No matched phrases this week"));
        none->setFlags(Qt::NoItemFlags);
    }
}

std::optional<ReportSelection> ReportPanels::phraseSelection(const QTreeWidgetItem& item,
                                                             const WeeklyReport& report)
{
    const QVariant bucket = item.data(0, kBucketRole);
    if (!bucket.isValid()) {
        return std::nullopt;
    }
    ReportSelection selection;
    selection.week = report.options().week;
    selection.bucket = bucket.toInt();
    const QString key = item.data(0, kPhraseRole).toString();
    if (!key.isEmpty()) {
        selection.phraseKey = key.toStdString();
    }
    return selection;
}

void ReportPanels::fillBursts(QTreeWidget& list, const WeeklyReport& report)
{
    list.clear();
    const BurstSettings& s = report.options().burst;
    for (const Burst& b : report.bursts()) {
        const int bucket = bucketOf(b.category);
        auto* item = new QTreeWidgetItem(&list);
        item->setIcon(0, swatch(bucket));
        item->setText(
            0, tr("%1 · %2: %n complaint(s), %3 – %4", nullptr, static_cast<int>(b.complaints))
                   .arg(ReportStyle::product(b.product.sku, b.product.name),
                        ReportStyle::bucketName(bucket), ReportStyle::shortTime(b.first),
                        ReportStyle::shortTime(b.last)));
        item->setToolTip(0, tr("At most %1 within %2 h (UTC times). Click to open these "
                               "reviews in the queue.")
                                .arg(b.peak)
                                .arg(s.hours));
    }
    list.setCursor(report.bursts().empty() ? Qt::ArrowCursor : Qt::PointingHandCursor);
    if (report.bursts().empty()) {
        auto* none = new QTreeWidgetItem(&list);
        none->setText(0, tr("No bursts this week."));
        none->setFlags(Qt::NoItemFlags);
    }
}

QString ReportPanels::describe(const ReportSelection& s, const WeeklyReport& report)
{
    QStringList parts;
    if (s.productKey) {
        QString name = QString::fromStdString(*s.productKey);
        for (const ProductRow& row : report.topProducts()) {
            if (row.product.key == *s.productKey) {
                name = ReportStyle::product(row.product.sku, row.product.name);
            }
        }
        parts << name;
    }
    if (s.bucket) {
        parts << ReportStyle::bucketName(*s.bucket);
    }
    if (s.phraseKey) {
        for (const PhraseRow& p : report.phrases()) {
            if (p.key == *s.phraseKey) {
                parts << tr("“%1”").arg(ReportStyle::phrase(p.phrase));
                break;
            }
        }
    }
    parts << (s.week ? QString::fromStdString(s.week->toString()) : tr("all weeks shown"));
    return parts.join(QStringLiteral(" · "));
}

} // namespace rd::gui
