#include "views/ViewItemDelegate.h"

#include "views/ViewListModel.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>

namespace rd::gui {

void ViewItemDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                             const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QVariant count = index.data(ViewListModel::CountRole);
    const QString countText =
        count.isValid() ? QLocale().toString(count.toLongLong()) : QStringLiteral("…");
    const QFontMetrics fm(opt.font);
    const int pad = fm.height() / 3;
    const int pillWidth = fm.horizontalAdvance(countText) + 2 * pad;
    const QRect pill(opt.rect.right() - pillWidth - 6, opt.rect.top() + 3, pillWidth,
                     opt.rect.height() - 6);
    opt.rect.setRight(pill.left() - 4);
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    // The full row's background and selection, then the title, then the count.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);
    opt.backgroundBrush = Qt::NoBrush;
    opt.state &= ~QStyle::State_HasFocus;
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette& pal = option.palette;
    QColor fill = selected ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::Mid);
    fill.setAlphaF(selected ? 0.25f : 0.35f);
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    painter->drawRoundedRect(pill, pill.height() / 2.0, pill.height() / 2.0);
    painter->setPen(selected ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::Text));
    painter->setFont(opt.font);
    painter->drawText(pill, Qt::AlignCenter, countText);
    painter->restore();
}

QSize ViewItemDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(std::max(size.height(), option.fontMetrics.height() + 10));
    size.setWidth(size.width() + option.fontMetrics.horizontalAdvance(QStringLiteral("000 000")));
    return size;
}

} // namespace rd::gui
