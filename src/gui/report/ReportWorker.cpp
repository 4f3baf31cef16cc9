#include "report/ReportWorker.h"

#include "workers/DbWorker.h"

#include "store/ReportStore.h"
#include "store/ReviewStore.h"
#include "util/Clock.h"

#include <QElapsedTimer>
#include <QPointer>

namespace rd::gui {

ReportWorker::ReportWorker(QObject* parent)
    : QObject(parent), m_worker(std::make_unique<DbWorker>("report", kCacheBytes))
{
}

ReportWorker::~ReportWorker() = default;

void ReportWorker::open(const QString& path)
{
    QPointer<ReportWorker> self(this);
    m_worker->open(path.toStdString(), [self](const QString& error) {
        QMetaObject::invokeMethod(
            self,
            [self, error] {
                if (ReportWorker* worker = self.data()) {
                    worker->onOpened(error);
                }
            },
            Qt::QueuedConnection);
    });
}

quint64 ReportWorker::request(const ReportOptions& options)
{
    const quint64 id = ++m_next;
    m_worker->dropBelow(id);
    QPointer<ReportWorker> self(this);
    const Timestamp now = Clock::nowMs();
    m_worker->post(
        [self, id, options, now](ReviewStore& store) {
            QElapsedTimer timer;
            timer.start();
            std::shared_ptr<const WeeklyReport> report;
            QString error;
            try {
                report = std::make_shared<const WeeklyReport>(
                    WeeklyReport::build(store.reports(), options, now));
            } catch (const std::exception& e) {
                error = QString::fromUtf8(e.what());
            }
            const qint64 elapsed = timer.elapsed();
            QMetaObject::invokeMethod(
                self,
                [self, id, report, error, elapsed] {
                    if (ReportWorker* worker = self.data()) {
                        worker->onAnswer(id, report, error, elapsed);
                    }
                },
                Qt::QueuedConnection);
        },
        id);
    return id;
}

void ReportWorker::readShops()
{
    QPointer<ReportWorker> self(this);
    m_worker->post([self](ReviewStore& store) {
        QStringList shops;
        try {
            for (const std::string& shop : store.reports().shops()) {
                shops << QString::fromStdString(shop);
            }
        } catch (const std::exception&) {
            return; // the filter keeps the shops it had
        }
        QMetaObject::invokeMethod(
            self,
            [self, shops] {
                if (ReportWorker* worker = self.data()) {
                    Q_EMIT worker->shopsRead(shops);
                }
            },
            Qt::QueuedConnection);
    });
}

void ReportWorker::onOpened(const QString& error)
{
    if (!error.isEmpty()) {
        m_answered = m_next; // nothing will answer the requests made so far
    }
    Q_EMIT opened(error);
}

void ReportWorker::onAnswer(quint64 request, const std::shared_ptr<const WeeklyReport>& report,
                            const QString& error, qint64 elapsedMs)
{
    if (request != m_next) {
        return; // superseded
    }
    m_answered = request;
    if (report) {
        Q_EMIT finished(request, report, elapsedMs);
    } else {
        Q_EMIT failed(request, error);
    }
}

} // namespace rd::gui
