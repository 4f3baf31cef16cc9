#include "ImportTask.h"

#include "store/ReviewStore.h"
#include "store/StoreError.h"

#include <QFileInfo>
#include <QThread>

#include <spdlog/spdlog.h>

namespace rd::gui {

ImportTask::ImportTask(QObject* parent) : QObject(parent) {}

ImportTask::~ImportTask()
{
    cancel();
    wait(-1);
}

void ImportTask::start(const QString& databasePath, std::vector<ImportJob> jobs,
                       const ReviewPreparation::Context& context)
{
    Q_ASSERT(!isRunning());
    delete m_thread;
    m_results.clear();
    m_preparation = {};
    m_cancel = false;
    m_thread = QThread::create([this, databasePath, jobs = std::move(jobs), context] {
        run(databasePath, jobs, context);
    });
    connect(m_thread, &QThread::finished, this, &ImportTask::finished);
    m_thread->start();
}

void ImportTask::cancel()
{
    m_cancel = true;
}

bool ImportTask::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

bool ImportTask::wait(int timeoutMs)
{
    if (!m_thread) {
        return true;
    }
    return m_thread->wait(timeoutMs < 0 ? QDeadlineTimer(QDeadlineTimer::Forever)
                                        : QDeadlineTimer(timeoutMs));
}

void ImportTask::report(int file, int percent, qint64 records)
{
    QMetaObject::invokeMethod(
        this, [this, file, percent, records] { Q_EMIT progress(file, percent, records); },
        Qt::QueuedConnection);
}

void ImportTask::announce(const QString& stage)
{
    QMetaObject::invokeMethod(
        this, [this, stage] { Q_EMIT stageChanged(stage); }, Qt::QueuedConnection);
}

void ImportTask::run(const QString& databasePath, const std::vector<ImportJob>& jobs,
                     const ReviewPreparation::Context& context)
{
    std::unique_ptr<ReviewStore> store;
    try {
        store = ReviewStore::openSqlite(databasePath.toStdString());
    } catch (const StoreError& e) {
        for (const ImportJob& job : jobs) {
            ImportResult failed;
            failed.status = ImportResult::Status::Failed;
            failed.sourceFile = job.path.toStdString();
            failed.error = e.what();
            m_results.push_back(failed);
        }
        return;
    }
    // Progress over all files by their sizes, so a big file counts for more.
    std::vector<qint64> sizes;
    qint64 total = 0;
    for (const ImportJob& job : jobs) {
        sizes.push_back(std::max<qint64>(1, QFileInfo(job.path).size()));
        total += sizes.back();
    }
    qint64 before = 0;
    for (std::size_t i = 0; i < jobs.size() && !m_cancel; ++i) {
        const int file = static_cast<int>(i);
        announce(tr("Importing %1…").arg(QFileInfo(jobs[i].path).fileName()));
        bool waiting = false;
        auto callback = [&, file](const ImportProgress& p) {
            if (p.waitingForLock != waiting) { // another program's import holds the database
                waiting = p.waitingForLock;
                announce(waiting ? tr("Waiting for another program to finish writing to the "
                                      "database…")
                                 : tr("Importing %1…").arg(QFileInfo(jobs[i].path).fileName()));
            }
            const qint64 done = before + std::min<qint64>(p.bytesDone, sizes[i]);
            report(file, static_cast<int>(done * 100 / total), p.records);
            return !m_cancel.load();
        };
        m_results.push_back(
            Importer::importFile(*store, jobs[i].path.toStdString(), jobs[i].options, callback));
        before += sizes[i];
        report(file, static_cast<int>(before * 100 / total), m_results.back().counts.read);
    }
    if (!m_cancel) {
        prepare(*store, context);
    }
}

void ImportTask::prepare(ReviewStore& store, const ReviewPreparation::Context& context)
{
    try {
        announce(tr("Indexing the new reviews for search…"));
        while (!m_cancel && !store.updateSearchIndex(5000).complete()) {
        }
        QString current;
        m_preparation = ReviewPreparation::run(
            store, context, [&](const QString& stage, std::int64_t done, std::int64_t total) {
                if (stage != current) {
                    current = stage;
                    announce(stage);
                }
                report(-1, total > 0 ? static_cast<int>(done * 100 / total) : 100, done);
                return !m_cancel.load();
            });
    } catch (const std::exception& e) {
        // The reviews are stored; the queue shows them, and the main window's re-classification
        // or index catch-up completes the rest.
        spdlog::warn("preparing imported reviews: {}", e.what());
        m_preparation.warning = QString::fromStdString(e.what());
    }
}

} // namespace rd::gui
