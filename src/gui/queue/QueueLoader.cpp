#include "queue/QueueLoader.h"

#include "workers/DbWorker.h"

#include "store/ReviewStore.h"
#include "store/StoreError.h"

#include <QPointer>

#include <algorithm>
#include <atomic>
#include <deque>
#include <mutex>

namespace rd::gui {

// State shared by the GUI thread and the worker's tasks.
struct QueueLoader::Shared
{
    std::atomic<quint64> latest{0};
    std::mutex mutex;
    std::deque<int> wanted;        // pages asked for, most recent at the back
    std::vector<std::int64_t> ids; // worker thread only
    quint64 idsGeneration = 0;     // worker thread only
};

QueueLoader::QueueLoader(QObject* parent)
    : QObject(parent), m_shared(std::make_shared<Shared>()),
      m_worker(std::make_unique<DbWorker>("queue", kCacheBytes))
{
}

QueueLoader::~QueueLoader() = default;

void QueueLoader::open(const QString& path)
{
    ++m_generation;
    m_shared->latest = m_generation;
    QPointer<QueueLoader> self(this);
    m_worker->open(path.toStdString(), [self](const QString& error) {
        QMetaObject::invokeMethod(
            self,
            [self, error] {
                if (self) {
                    Q_EMIT self->opened(error);
                }
            },
            Qt::QueuedConnection);
    });
}

quint64 QueueLoader::load(const ReviewFilter& filter)
{
    const quint64 generation = ++m_generation;
    m_shared->latest = generation;
    m_filter = filter;
    {
        std::lock_guard lock(m_shared->mutex);
        m_shared->wanted.clear();
    }
    m_worker->dropBelow(generation);
    m_worker->post(
        [this, generation, filter](ReviewStore& store) { runLoad(store, generation, filter); },
        generation);
    return generation;
}

void QueueLoader::fetch(quint64 generation, int page)
{
    if (generation != m_generation) {
        return;
    }
    std::vector<int> dropped;
    {
        std::lock_guard lock(m_shared->mutex);
        auto& wanted = m_shared->wanted;
        wanted.erase(std::remove(wanted.begin(), wanted.end(), page), wanted.end());
        wanted.push_back(page);
        while (static_cast<int>(wanted.size()) > kMaxWantedPages) {
            dropped.push_back(wanted.front());
            wanted.pop_front();
        }
    }
    for (int p : dropped) {
        Q_EMIT pageDropped(generation, p);
    }
    const ReviewFilter filter = m_filter;
    m_worker->post(
        [this, generation, filter](ReviewStore& store) { runFetch(store, generation, filter); },
        generation);
}

void QueueLoader::runLoad(ReviewStore& store, quint64 generation, const ReviewFilter& filter)
{
    // Runs on the worker thread: only m_shared and the posted lambdas touch `this`.
    auto current = [this, generation] { return m_shared->latest.load() == generation; };
    auto deliver = [this](auto&& emitter) {
        QMetaObject::invokeMethod(this, std::forward<decltype(emitter)>(emitter),
                                  Qt::QueuedConnection);
    };
    if (!current()) {
        return;
    }
    try {
        ReviewFilter first = filter;
        first.limit = kPageSize;
        first.offset = 0;
        auto rows = std::make_shared<const std::vector<ReviewRecord>>(
            store.queueRows(first, kPreviewChars));
        deliver([this, generation, rows] { Q_EMIT firstPageLoaded(generation, rows); });
        std::vector<std::int64_t> ids;
        if (static_cast<int>(rows->size()) < kPageSize) {
            for (const auto& r : *rows) {
                ids.push_back(r.review.id);
            }
        } else if (current()) {
            ids = store.queryIds(filter);
        } else {
            return;
        }
        const auto total = static_cast<qint64>(ids.size());
        m_shared->ids = std::move(ids);
        m_shared->idsGeneration = generation;
        deliver([this, generation, total] { Q_EMIT counted(generation, total); });
    } catch (const StoreError& e) {
        if (current()) {
            const QString message = QString::fromUtf8(e.what());
            deliver([this, generation, message] { Q_EMIT failed(generation, message); });
        }
    }
}

void QueueLoader::runFetch(ReviewStore& store, quint64 generation, const ReviewFilter& filter)
{
    if (m_shared->latest.load() != generation) {
        return;
    }
    int page = -1;
    {
        std::lock_guard lock(m_shared->mutex);
        if (m_shared->wanted.empty()) {
            return;
        }
        page = m_shared->wanted.back();
        m_shared->wanted.pop_back();
    }
    std::vector<ReviewRecord> rows;
    try {
        const std::size_t from = static_cast<std::size_t>(page) * kPageSize;
        if (m_shared->idsGeneration == generation) {
            const auto& ids = m_shared->ids;
            if (from < ids.size()) {
                const std::size_t to = std::min(ids.size(), from + kPageSize);
                rows = store.queueRowsByIds(
                    std::vector<std::int64_t>(ids.begin() + static_cast<std::ptrdiff_t>(from),
                                              ids.begin() + static_cast<std::ptrdiff_t>(to)),
                    kPreviewChars);
            }
        } else {
            ReviewFilter paged = filter;
            paged.limit = kPageSize;
            paged.offset = static_cast<int>(from);
            rows = store.queueRows(paged, kPreviewChars);
        }
    } catch (const StoreError&) {
        QMetaObject::invokeMethod(
            this, [this, generation, page] { Q_EMIT pageDropped(generation, page); },
            Qt::QueuedConnection);
        return;
    }
    auto shared = std::make_shared<const std::vector<ReviewRecord>>(std::move(rows));
    QMetaObject::invokeMethod(
        this, [this, generation, page, shared] { Q_EMIT pageLoaded(generation, page, shared); },
        Qt::QueuedConnection);
}

} // namespace rd::gui
