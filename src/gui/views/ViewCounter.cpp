#include "views/ViewCounter.h"

#include "workers/DbWorker.h"

#include "store/ReviewStore.h"
#include "store/StoreError.h"

#include <atomic>

namespace rd::gui {

ViewCounter::ViewCounter(QObject* parent)
    : QObject(parent), m_worker(std::make_unique<DbWorker>("view-counts", 32 << 20)),
      m_latest(std::make_shared<std::atomic<quint64>>(0))
{
}

ViewCounter::~ViewCounter() = default;

void ViewCounter::open(const QString& path)
{
    *m_latest = ++m_generation;
    m_worker->open(path.toStdString(), [](const QString&) {});
}

void ViewCounter::count(const QVector<std::pair<QString, ReviewFilter>>& views)
{
    const quint64 generation = ++m_generation;
    *m_latest = generation;
    m_worker->dropBelow(generation);
    auto latest = m_latest;
    m_worker->post(
        [this, views, generation, latest](ReviewStore& store) {
            for (const auto& [key, filter] : views) {
                if (latest->load() != generation) {
                    return;
                }
                const qint64 n = store.count(filter); // StoreError (interrupt) ends the task
                QMetaObject::invokeMethod(
                    this,
                    [this, key = key, n, generation, latest] {
                        if (latest->load() == generation) {
                            Q_EMIT counted(key, n);
                        }
                    },
                    Qt::QueuedConnection);
            }
            QMetaObject::invokeMethod(
                this,
                [this, generation, latest] {
                    if (latest->load() == generation) {
                        Q_EMIT finished();
                    }
                },
                Qt::QueuedConnection);
        },
        generation);
}

} // namespace rd::gui
