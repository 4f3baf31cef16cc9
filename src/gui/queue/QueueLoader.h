#pragma once

#include "model/ReviewFilter.h"
#include "model/ReviewRecord.h"

#include <QObject>
#include <QString>

#include <memory>
#include <vector>

namespace rd {
class ReviewStore;
}

namespace rd::gui {

class DbWorker;

using QueueRows = std::shared_ptr<const std::vector<ReviewRecord>>;

// Loads the queue for QueueModel on a worker thread with its own connection: for a filter, the
// first page at once (LIMIT), then the ordered id list, whose size is the row count and which
// later pages are read by (8 bytes a review: 8 MB for a million, and a page deep in the list
// costs what the first one does, unlike OFFSET). Each load() starts a new generation; older
// work is dropped or interrupted, and results of an older generation are never delivered.
// Pages are read most-recently-asked first and only the last few requests are kept, so fast
// scrolling reads the rows on screen, not everything scrolled past. Signals are emitted in the
// GUI thread.
class QueueLoader : public QObject
{
    Q_OBJECT

public:
    static constexpr int kPageSize = 100;
    static constexpr int kPreviewChars = 160;
    static constexpr int kMaxWantedPages = 12;
    static constexpr std::int64_t kCacheBytes = 32 << 20; // the worker connection's page cache

    explicit QueueLoader(QObject* parent = nullptr);
    ~QueueLoader() override;

    void open(const QString& path);
    // Starts loading `filter`; returns the new generation.
    quint64 load(const ReviewFilter& filter);
    void fetch(quint64 generation, int page);
    quint64 generation() const { return m_generation; }

Q_SIGNALS:
    void opened(const QString& error); // empty when it worked
    void firstPageLoaded(quint64 generation, rd::gui::QueueRows rows);
    void counted(quint64 generation, qint64 total);
    void pageLoaded(quint64 generation, int page, rd::gui::QueueRows rows);
    void pageDropped(quint64 generation, int page);
    void failed(quint64 generation, const QString& error);

private:
    struct Shared;
    void runLoad(ReviewStore& store, quint64 generation, const ReviewFilter& filter);
    void runFetch(ReviewStore& store, quint64 generation, const ReviewFilter& filter);

    std::shared_ptr<Shared> m_shared;
    std::unique_ptr<DbWorker> m_worker;
    quint64 m_generation = 0;
    ReviewFilter m_filter;
};

} // namespace rd::gui
