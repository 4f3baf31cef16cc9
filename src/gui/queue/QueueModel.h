#pragma once

#include "queue/QueueLoader.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

#include <optional>

namespace rd::gui {

// The review queue: a table model over the store that never blocks the GUI thread. Rows are
// read by a QueueLoader in pages; a row whose page has not arrived yet shows as a placeholder
// (empty text, ReviewIdRole 0) and its page is asked for when the view paints it. Only the most
// recently used pages are kept, so memory does not grow with the database. Sorting reloads from
// the store. A review edited in the GUI is refreshed in place with updateRecord() and keeps its
// row until the next load, so J/K never jumps.
class QueueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Age,
        PlatformColumn,
        Rating,
        CategoryColumn,
        Flags,
        StatusColumn,
        FollowUp,
        Product,
        Customer,
        Preview,
        ColumnCount
    };
    enum Role
    {
        ReviewIdRole = Qt::UserRole + 1, // qint64, 0 while the row is not loaded
        CategoryRole,                    // int (rd::Category) or invalid when unclassified
        OverriddenRole,                  // bool: a person set the category
        SafetyRole,                      // bool
        SuspiciousRole,                  // bool
        RatingRole,                      // int stars or invalid
        StatusRole,                      // int (rd::Status)
        OverdueRole,                     // bool: follow-up date passed, still open
        LoadedRole,                      // bool
        BurstRole,                       // bool: part of an active burst alert (weekly report)
    };

    static constexpr int kMaxCachedPages = 200;

    explicit QueueModel(QObject* parent = nullptr);
    ~QueueModel() override;

    // Opens the database for the loader's thread; loads the current filter once it is open.
    void open(const QString& path);
    void setFilter(const ReviewFilter& filter);
    const ReviewFilter& filter() const { return m_filter; }
    void reload();

    bool isLoading() const { return m_loading; }
    bool countKnown() const { return m_countKnown; }

    std::optional<ReviewRecord> recordAt(int row) const;
    std::int64_t reviewIdAt(int row) const;
    int rowOf(std::int64_t reviewId) const; // -1 when not among the loaded rows
    // Replaces the loaded copy of a review (after an edit) and repaints its row.
    void updateRecord(const ReviewRecord& record);
    // The reviews of the active burst alerts (BurstMonitor): marked in the Flags column.
    void setBurstReviews(const QSet<qint64>& reviewIds);
    bool isBurstReview(std::int64_t reviewId) const { return m_burstIds.contains(reviewId); }

    static std::optional<SortColumn> sortColumnFor(int column);
    static int columnFor(SortColumn sort);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void opened(const QString& error);
    void firstRowsLoaded(qint64 elapsedMs);
    void totalChanged(qint64 total); // the number of matching reviews, once counted
    void loadFailed(const QString& error);
    void loadingChanged(bool loading);

private:
    const ReviewRecord* recordPtr(int row) const;
    QVariant display(const ReviewRecord& r, int column) const;
    QVariant toolTip(const ReviewRecord& r, int column) const;
    void requestPage(int page) const;
    void storePage(int page, QueueRows rows);
    void onFirstPage(quint64 generation, QueueRows rows);
    void onCounted(quint64 generation, qint64 total);
    void onPage(quint64 generation, int page, QueueRows rows);
    void onPageDropped(quint64 generation, int page);
    void setLoading(bool loading);

    QueueLoader* m_loader;
    ReviewFilter m_filter;
    bool m_open = false;
    quint64 m_generation = 0;
    int m_rows = 0;
    bool m_countKnown = false;
    bool m_loading = false;
    qint64 m_loadStarted = 0;
    QHash<int, QueueRows> m_pages;
    mutable QHash<int, quint64> m_used; // page -> use tick, for evicting the least recent
    mutable quint64 m_tick = 0;
    mutable QSet<int> m_pending;
    QSet<qint64> m_burstIds;
};

} // namespace rd::gui
