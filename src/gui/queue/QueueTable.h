#pragma once

#include <QTableView>

namespace rd::gui {

class QueueModel;

// The queue's table: dense fixed-height rows, badges (QueueDelegate), compact default column
// widths, movable columns that can be hidden from the header's context menu, and sorting that
// ignores the columns the store cannot sort by (flags, text).
class QueueTable : public QTableView
{
    Q_OBJECT

public:
    explicit QueueTable(QWidget* parent = nullptr);

    void setQueueModel(QueueModel* model);

private:
    void showHeaderMenu(const QPoint& pos);
    void keepSortable(int section);

    QueueModel* m_queue = nullptr;
};

} // namespace rd::gui
