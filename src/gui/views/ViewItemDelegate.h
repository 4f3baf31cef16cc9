#pragma once

#include <QStyledItemDelegate>

namespace rd::gui {

// A view's title with its count right-aligned in a pill, as mail clients show unread counts.
class ViewItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace rd::gui
