#include "queue/QueueDelegate.h"

#include "CategoryStyle.h"
#include "queue/QueueModel.h"

#include <QApplication>
#include <QPainter>

namespace rd::gui {
namespace {

// The burst-alert badge: crimson, apart from safety's red, suspicious' amber and the
// category colours.
const QColor kBurstColor(0xad, 0x14, 0x57);

} // namespace

void QueueDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() == QueueModel::Rating && index.data(QueueModel::RatingRole).isValid()) {
        // Stars in amber; low ratings stand out by their count, not by a second colour.
        const QColor base = option->palette.color(QPalette::Base);
        option->palette.setColor(QPalette::Text,
                                 CategoryStyle::readableOn(CategoryStyle::suspiciousColor(), base));
    } else if (index.column() == QueueModel::FollowUp &&
               index.data(QueueModel::OverdueRole).toBool()) {
        const QColor base = option->palette.color(QPalette::Base);
        option->palette.setColor(
            QPalette::Text, CategoryStyle::readableOn(CategoryStyle::safetyColor(), base, 4.5));
        option->font.setBold(true);
    } else if (index.column() == QueueModel::StatusColumn &&
               index.data(QueueModel::StatusRole).toInt() == int(Status::New)) {
        option->font.setBold(true);
    }
}

void QueueDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const
{
    if (index.column() != QueueModel::CategoryColumn && index.column() != QueueModel::Flags) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // Background, selection and focus as usual, with no text; then the badges.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    paintBadges(painter, opt, index);
}

void QueueDelegate::paintBadges(QPainter* painter, const QStyleOptionViewItem& option,
                                const QModelIndex& index) const
{
    const int margin = 3;
    QRect rect = option.rect.adjusted(margin, 1, -margin, -1);
    painter->save();
    QFont font = option.font;
    font.setPointSizeF(font.pointSizeF() * 0.9);
    painter->setFont(font);
    if (index.column() == QueueModel::CategoryColumn) {
        const QVariant category = index.data(QueueModel::CategoryRole);
        if (category.isValid()) {
            QString text = index.data(Qt::DisplayRole).toString();
            if (index.data(QueueModel::OverriddenRole).toBool()) {
                text += QStringLiteral(" \u270E"); // a pencil: set by a person
            }
            CategoryStyle::paintBadge(*painter, rect, text,
                                      CategoryStyle::color(Category(category.toInt())));
        }
    } else {
        if (index.data(QueueModel::BurstRole).toBool()) {
            const int w = CategoryStyle::paintBadge(*painter, rect, QueueModel::tr("Burst"),
                                                    kBurstColor);
            rect.setLeft(rect.left() + w + margin);
        }
        if (index.data(QueueModel::SafetyRole).toBool() && rect.width() > 8) {
            const int w = CategoryStyle::paintBadge(*painter, rect, QueueModel::tr("Safety"),
                                                    CategoryStyle::safetyColor());
            rect.setLeft(rect.left() + w + margin);
        }
        if (index.data(QueueModel::SuspiciousRole).toBool() && rect.width() > 8) {
            CategoryStyle::paintBadge(*painter, rect, QueueModel::tr("Suspicious"),
                                      CategoryStyle::suspiciousColor());
        }
    }
    painter->restore();
}

} // namespace rd::gui
