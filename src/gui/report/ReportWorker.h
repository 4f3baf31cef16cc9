#pragma once

#include "report/WeeklyReport.h"

#include <QObject>
#include <QStringList>

#include <memory>

namespace rd::gui {

class DbWorker;

// Computes weekly reports off the GUI thread, on a connection of its own that stays open while
// the report window is (its page cache makes the next week or filter fast: docs/reports.md).
// Only the newest request matters: a new one drops those still waiting and interrupts the one
// running.
class ReportWorker : public QObject
{
    Q_OBJECT

public:
    static constexpr std::int64_t kCacheBytes = 128ll << 20;

    explicit ReportWorker(QObject* parent = nullptr);
    ~ReportWorker() override;

    void open(const QString& path);
    // Returns the request's number, as finished() and failed() carry it.
    quint64 request(const ReportOptions& options);
    // The shops of the store, for the shop filter (shopsRead()).
    void readShops();
    bool busy() const { return m_answered < m_next; }

Q_SIGNALS:
    void opened(const QString& error);
    void finished(quint64 request, std::shared_ptr<const rd::WeeklyReport> report,
                  qint64 elapsedMs);
    void failed(quint64 request, const QString& error);
    void shopsRead(const QStringList& shops);

private:
    void onOpened(const QString& error);
    void onAnswer(quint64 request, const std::shared_ptr<const WeeklyReport>& report,
                  const QString& error, qint64 elapsedMs);

    std::unique_ptr<DbWorker> m_worker;
    quint64 m_next = 0;
    quint64 m_answered = 0; // the newest request answered
};

} // namespace rd::gui
