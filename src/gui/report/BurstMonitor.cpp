#include "report/BurstMonitor.h"

#include "workers/DbWorker.h"

#include "store/ReviewStore.h"
#include "util/Clock.h"

#include <QDateTime>
#include <QPointer>

namespace rd::gui {

BurstMonitor::BurstMonitor(QObject* parent)
    : QObject(parent), m_worker(std::make_unique<DbWorker>("bursts", kCacheBytes))
{
    m_interval.setInterval(kIntervalMs);
    connect(&m_interval, &QTimer::timeout, this, [this] { check(true); });
    m_delay.setSingleShot(true);
    connect(&m_delay, &QTimer::timeout, this, &BurstMonitor::run);
}

BurstMonitor::~BurstMonitor() = default;

void BurstMonitor::open(const QString& path)
{
    m_open = true;
    m_worker->open(path.toStdString(), [](const QString&) {});
    m_interval.start();
    check(true);
}

void BurstMonitor::setSettings(const BurstSettings& settings)
{
    if (!settings.validate().empty() ||
        (settings.count == m_settings.count && settings.hours == m_settings.hours)) {
        return;
    }
    m_settings = settings;
    check(true);
}

void BurstMonitor::check(bool force)
{
    if (!m_open) {
        return;
    }
    const qint64 since = QDateTime::currentMSecsSinceEpoch() - m_lastRun;
    if (force || since >= kMinGapMs) {
        m_delay.start(0);
    } else if (!m_delay.isActive()) {
        m_delay.start(static_cast<int>(kMinGapMs - since));
    }
}

void BurstMonitor::run()
{
    m_lastRun = QDateTime::currentMSecsSinceEpoch();
    const quint64 generation = ++m_generation;
    m_worker->dropBelow(generation);
    QPointer<BurstMonitor> self(this);
    const BurstSettings settings = m_settings;
    const Timestamp now = Clock::nowMs();
    m_worker->post(
        [self, generation, settings, now](ReviewStore& store) {
            std::vector<Burst> bursts;
            try {
                bursts = BurstDetector(settings).active(store.reports(), now);
            } catch (const std::exception&) {
                return; // interrupted by a newer check, or the store failed: keep the marks
            }
            QSet<qint64> ids;
            for (std::int64_t id : BurstDetector::reviewIds(bursts)) {
                ids.insert(id);
            }
            const int count = static_cast<int>(bursts.size());
            QMetaObject::invokeMethod(
                self,
                [self, generation, ids, count] {
                    if (BurstMonitor* monitor = self.data()) {
                        monitor->onResult(generation, ids, count);
                    }
                },
                Qt::QueuedConnection);
        },
        generation);
}

void BurstMonitor::onResult(quint64 generation, const QSet<qint64>& ids, int bursts)
{
    if (generation != m_generation || (ids == m_ids && bursts == m_bursts)) {
        return; // a newer check is coming, or nothing changed
    }
    m_ids = ids;
    m_bursts = bursts;
    Q_EMIT marksChanged(ids, bursts);
}

} // namespace rd::gui
