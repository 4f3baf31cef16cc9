#pragma once

#include "report/BurstDetector.h"

#include <QObject>
#include <QSet>
#include <QTimer>

#include <memory>

namespace rd::gui {

class DbWorker;

// Finds the complaint bursts that are active now (BurstDetector::active: their last complaint
// is at most H hours old) on a thread and connection of its own, so that the queue can mark
// their reviews. Checks when a database is opened, when the thresholds change, on request
// (at most every kMinGapMs) and every kIntervalMs.
class BurstMonitor : public QObject
{
    Q_OBJECT

public:
    static constexpr int kIntervalMs = 5 * 60 * 1000;
    static constexpr int kMinGapMs = 15 * 1000;
    static constexpr std::int64_t kCacheBytes = 8ll << 20;

    explicit BurstMonitor(QObject* parent = nullptr);
    ~BurstMonitor() override;

    void open(const QString& path);
    void setSettings(const BurstSettings& settings);
    const BurstSettings& settings() const { return m_settings; }
    // Checks again now (the next check waits if one ran less than kMinGapMs ago, unless
    // `force`).
    void check(bool force = false);

    const QSet<qint64>& reviewIds() const { return m_ids; }
    int burstCount() const { return m_bursts; }

Q_SIGNALS:
    void marksChanged(const QSet<qint64>& reviewIds, int bursts);

private:
    void run();
    void onResult(quint64 generation, const QSet<qint64>& ids, int bursts);

    std::unique_ptr<DbWorker> m_worker;
    BurstSettings m_settings;
    QTimer m_interval;
    QTimer m_delay;
    qint64 m_lastRun = 0;
    quint64 m_generation = 0;
    bool m_open = false;
    QSet<qint64> m_ids;
    int m_bursts = 0;
};

} // namespace rd::gui
