#include "queue/QueueTable.h"

#include "queue/QueueDelegate.h"
#include "queue/QueueModel.h"

#include <QHeaderView>
#include <QMenu>

namespace rd::gui {

QueueTable::QueueTable(QWidget* parent) : QTableView(parent)
{
    setItemDelegate(new QueueDelegate(this));
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    QHeaderView* header = horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setSectionsMovable(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &QueueTable::showHeaderMenu);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &QueueTable::keepSortable);
}

void QueueTable::setQueueModel(QueueModel* model)
{
    m_queue = model;
    setModel(model);
    // Compact defaults; the header's state (widths, order, hidden columns) is restored later.
    const QFontMetrics fm = fontMetrics();
    const char* samples[] = {"00 min",       "Amazon__",     "★★★★★",    "After-sales service_",
                             "Suspicious__", "In progress_", "00/00/00", "Product name",
                             "Buyer name"};
    for (int c = 0; c < QueueModel::Preview; ++c) {
        horizontalHeader()->resizeSection(c,
                                          fm.horizontalAdvance(QString::fromUtf8(samples[c])) + 10);
    }
    horizontalHeader()->setSortIndicator(QueueModel::Age, Qt::DescendingOrder);
    setSortingEnabled(true);
}

void QueueTable::keepSortable(int section)
{
    if (m_queue && !QueueModel::sortColumnFor(section)) {
        const QSignalBlocker block(horizontalHeader());
        horizontalHeader()->setSortIndicator(QueueModel::columnFor(m_queue->filter().sort),
                                             m_queue->filter().descending ? Qt::DescendingOrder
                                                                          : Qt::AscendingOrder);
    }
}

void QueueTable::showHeaderMenu(const QPoint& pos)
{
    if (!m_queue) {
        return;
    }
    QMenu menu(this);
    QHeaderView* header = horizontalHeader();
    for (int c = 0; c < QueueModel::ColumnCount; ++c) {
        QAction* a = menu.addAction(m_queue->headerData(c, Qt::Horizontal).toString());
        a->setCheckable(true);
        a->setChecked(!header->isSectionHidden(c));
        a->setEnabled(c != QueueModel::Preview); // the text always stays
        connect(a, &QAction::toggled, this,
                [header, c](bool on) { header->setSectionHidden(c, !on); });
    }
    menu.exec(header->mapToGlobal(pos));
}

} // namespace rd::gui
