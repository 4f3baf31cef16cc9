#pragma once

#include "ReviewPreparation.h"

#include "import/Importer.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <vector>

class QThread;

namespace rd::gui {

// One file to import and how to read it.
struct ImportJob
{
    QString path;
    ImportOptions options;
};

// Imports files into a database on a worker thread with its own ReviewStore connection (the
// GUI thread's connection is never shared), one import batch per file, then prepares the new
// reviews: search index, automatic classification and reply drafts (ReviewPreparation). Progress
// arrives as signals on the thread that started the task; cancel() stops the running file, whose
// batch is rolled back, and skips the rest.
class ImportTask : public QObject
{
    Q_OBJECT

public:
    explicit ImportTask(QObject* parent = nullptr);
    ~ImportTask() override; // cancels and waits for the worker

    void start(const QString& databasePath, std::vector<ImportJob> jobs,
               const ReviewPreparation::Context& context);
    void cancel();
    bool isRunning() const;
    // Blocks until the worker is done (tests, shutdown); true when it finished in time.
    bool wait(int timeoutMs);

    // Valid after finished(): one result per job that was started, in order. A store that
    // could not be opened gives one Failed result per job.
    const std::vector<ImportResult>& results() const { return m_results; }
    bool wasCancelled() const { return m_cancel.load(); }
    // Valid after finished(): the classification and drafts of the new reviews.
    const ReviewPreparation::Outcome& preparation() const { return m_preparation; }

Q_SIGNALS:
    // `file` is the index of the job; `percent` covers all jobs by their byte sizes.
    void progress(int file, int percent, qint64 records);
    void stageChanged(const QString& text);
    void finished();

private:
    void run(const QString& databasePath, const std::vector<ImportJob>& jobs,
             const ReviewPreparation::Context& context);
    void prepare(ReviewStore& store, const ReviewPreparation::Context& context);
    void announce(const QString& stage);
    void report(int file, int percent, qint64 records);

    QThread* m_thread = nullptr;
    std::atomic_bool m_cancel = false;
    std::vector<ImportResult> m_results;
    ReviewPreparation::Outcome m_preparation;
};

} // namespace rd::gui
