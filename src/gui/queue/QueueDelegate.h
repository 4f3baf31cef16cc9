#pragma once

#include <QStyledItemDelegate>

namespace rd::gui {

// Paints the queue's category and flag columns as coloured badges (docs/ux.md colours), the
// stars in the rating colour and an overdue follow-up in red; everything else as usual.
class QueueDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;

private:
    void paintBadges(QPainter* painter, const QStyleOptionViewItem& option,
                     const QModelIndex& index) const;
};

} // namespace rd::gui
