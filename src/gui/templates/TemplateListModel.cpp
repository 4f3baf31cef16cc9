#include "templates/TemplateListModel.h"

#include <QFont>

namespace rd::gui {

TemplateListModel::TemplateListModel(QObject* parent) : QAbstractTableModel(parent) {}

void TemplateListModel::setRows(std::vector<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int TemplateListModel::rowOf(const QString& id) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == id) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

int TemplateListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int TemplateListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TemplateListModel::originName(Origin origin)
{
    switch (origin) {
    case Origin::BuiltIn:
        return tr("Built-in (read-only)");
    case Origin::User:
        return tr("User file");
    case Origin::UserOverride:
        return tr("User file over built-in");
    }
    return {};
}

QVariant TemplateListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const Row& r = m_rows[static_cast<std::size_t>(index.row())];
    if (role == IdRole) {
        return r.id;
    }
    if (role == OriginRole) {
        return static_cast<int>(r.origin);
    }
    if (role == Qt::FontRole && r.origin != Origin::BuiltIn && index.column() == IdColumn) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (index.column()) {
    case IdColumn:
        return r.id;
    case ForColumn:
        return r.forWhat;
    case SubReasonColumn:
        return r.subReason.isEmpty() ? QStringLiteral("—") : r.subReason;
    case PlatformsColumn:
        return r.platforms.isEmpty() ? tr("all") : r.platforms;
    case VariantsColumn:
        return role == Qt::ToolTipRole
                   ? tr("Variants: Chinese %1, Russian %2, English %3")
                         .arg(r.zh)
                         .arg(r.ru)
                         .arg(r.en)
                   : QStringLiteral("%1 · %2 · %3").arg(r.zh).arg(r.ru).arg(r.en);
    case OriginColumn:
        return originName(r.origin);
    default:
        return {};
    }
}

QVariant TemplateListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case IdColumn:
        return tr("Template");
    case ForColumn:
        return tr("Answers");
    case SubReasonColumn:
        return tr("Sub-reason");
    case PlatformsColumn:
        return tr("Platforms");
    case VariantsColumn:
        return tr("zh · ru · en");
    case OriginColumn:
        return tr("Source");
    default:
        return {};
    }
}

} // namespace rd::gui
