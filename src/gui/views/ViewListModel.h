#pragma once

#include "views/QueueView.h"

#include <QAbstractListModel>
#include <QVector>

namespace rd::gui {

// The views list: built-in views first, then the saved ones, each with its count once known.
class ViewListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        CountRole = Qt::UserRole + 1, // qint64 or invalid while counting
        KeyRole,
        BuiltInRole,
    };

    using QAbstractListModel::QAbstractListModel;

    void setViews(const QVector<QueueView>& views);
    const QVector<QueueView>& views() const { return m_views; }
    const QueueView* view(int row) const;
    int rowOf(const QString& key) const;
    void setCount(const QString& key, std::int64_t count);
    void clearCounts();

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    QVector<QueueView> m_views;
};

} // namespace rd::gui
