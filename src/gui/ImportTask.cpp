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

void ImportTask::start(const QString& databasePath, std::vector<ImportJob> jobs)
{
    Q_ASSERT(!isRunning());
    delete m_thread;
    m_results.clear();
    m_cancel = false;
    m_thread =
        QThread::create([this, databasePath, jobs = std::move(jobs)] { run(databasePath, jobs); });
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

void ImportTask::run(const QString& databasePath, const std::vector<ImportJob>& jobs)
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
        QMetaObject::invokeMethod(
            this,
            [this, name = QFileInfo(jobs[i].path).fileName()] {
                Q_EMIT stageChanged(tr("Importing %1…").arg(name));
            },
            Qt::QueuedConnection);
        auto callback = [&, file](const ImportProgress& p) {
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
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT stageChanged(tr("Indexing the new reviews for search…")); },
            Qt::QueuedConnection);
        try {
            while (!m_cancel && !store->updateSearchIndex(5000).complete()) {
            }
        } catch (const StoreError& e) {
            // The reviews are stored; the main window's background indexing catches up.
            spdlog::warn("search index after import: {}", e.what());
        }
    }
}

} // namespace rd::gui
