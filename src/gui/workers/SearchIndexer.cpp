#include "workers/SearchIndexer.h"

#include "workers/DbWorker.h"

#include "store/ReviewStore.h"
#include "store/StoreError.h"

#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>

namespace rd::gui {

SearchIndexer::SearchIndexer(QObject* parent)
    : QObject(parent), m_worker(std::make_unique<DbWorker>("search-index", 16 << 20)),
      m_latest(std::make_shared<std::atomic<quint64>>(0))
{
}

SearchIndexer::~SearchIndexer()
{
    stop();
}

void SearchIndexer::start(const QString& path)
{
    const quint64 generation = ++m_generation;
    *m_latest = generation;
    m_running = true;
    m_worker->open(path.toStdString(), [](const QString&) {});
    postChunk(generation, kFirstChunk);
}

void SearchIndexer::stop()
{
    *m_latest = ++m_generation;
    m_worker->dropBelow(m_generation);
    m_running = false;
}

void SearchIndexer::postChunk(quint64 generation, qint64 chunk)
{
    auto latest = m_latest;
    m_worker->post(
        [this, generation, chunk, latest](ReviewStore& store) {
            if (latest->load() != generation) {
                return;
            }
            QElapsedTimer timer;
            timer.start();
            SearchIndexState state;
            try {
                state = store.updateSearchIndex(chunk);
            } catch (const StoreError& e) {
                if (e.busy()) { // another program's import holds the lock: try again later
                    QMetaObject::invokeMethod(
                        this,
                        [this, generation, chunk, latest] {
                            QTimer::singleShot(kBusyRetryMs, this, [=, this] {
                                if (latest->load() == generation) {
                                    postChunk(generation, chunk);
                                }
                            });
                        },
                        Qt::QueuedConnection);
                    return;
                }
                const QString message = QString::fromUtf8(e.what());
                QMetaObject::invokeMethod(
                    this,
                    [this, message, generation, latest] {
                        if (latest->load() == generation) {
                            m_running = false;
                            Q_EMIT failed(message);
                        }
                    },
                    Qt::QueuedConnection);
                return;
            }
            // Aim the next chunk at the target time.
            const qint64 elapsed = std::max<qint64>(1, timer.elapsed());
            const qint64 next = std::clamp<qint64>(chunk * kChunkTargetMs / elapsed, 100, 50000);
            QMetaObject::invokeMethod(
                this,
                [this, state, generation, next, latest] {
                    if (latest->load() != generation) {
                        return;
                    }
                    Q_EMIT progress(state.indexed, state.total);
                    if (state.complete()) {
                        m_running = false;
                        Q_EMIT finished(state.total);
                    } else {
                        postChunk(generation, next);
                    }
                },
                Qt::QueuedConnection);
        },
        generation);
}

} // namespace rd::gui
