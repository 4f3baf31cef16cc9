#include "views/ViewListModel.h"

#include <QLocale>

namespace rd::gui {

void ViewListModel::setViews(const QVector<QueueView>& views)
{
    beginResetModel();
    m_views = views;
    endResetModel();
}

const QueueView* ViewListModel::view(int row) const
{
    return row >= 0 && row < m_views.size() ? &m_views[row] : nullptr;
}

int ViewListModel::rowOf(const QString& key) const
{
    for (int i = 0; i < m_views.size(); ++i) {
        if (m_views[i].key == key) {
            return i;
        }
    }
    return -1;
}

void ViewListModel::setCount(const QString& key, std::int64_t count)
{
    const int row = rowOf(key);
    if (row >= 0 && m_views[row].count != count) {
        m_views[row].count = count;
        Q_EMIT dataChanged(index(row), index(row));
    }
}

void ViewListModel::clearCounts()
{
    for (auto& v : m_views) {
        v.count.reset();
    }
    if (!m_views.isEmpty()) {
        Q_EMIT dataChanged(index(0), index(static_cast<int>(m_views.size()) - 1));
    }
}

int ViewListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_views.size());
}

Qt::ItemFlags ViewListModel::flags(const QModelIndex& index) const
{
    const QueueView* v = view(index.row());
    if (!v) {
        return Qt::NoItemFlags;
    }
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (v->problem.isEmpty()) {
        f |= Qt::ItemIsEnabled;
    }
    return f;
}

QVariant ViewListModel::data(const QModelIndex& index, int role) const
{
    const QueueView* v = index.isValid() ? view(index.row()) : nullptr;
    if (!v) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        return v->title;
    case Qt::ToolTipRole:
        if (!v->problem.isEmpty()) {
            return v->problem;
        }
        return v->count ? tr("%1: %2 reviews").arg(v->title, QLocale().toString(qint64(*v->count)))
                        : tr("%1: counting…").arg(v->title);
    case CountRole:
        return v->count ? QVariant(qint64(*v->count)) : QVariant();
    case KeyRole:
        return v->key;
    case BuiltInRole:
        return v->builtIn();
    default:
        return {};
    }
}

} // namespace rd::gui
