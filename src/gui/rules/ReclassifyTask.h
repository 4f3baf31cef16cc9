#pragma once

#include "classify/ClassificationService.h"
#include "classify/ClassifierFactory.h"

#include <QObject>
#include <QString>

#include <atomic>

class QThread;

namespace rd::gui {

// Re-classifies every review of a database with the saved rules, on a worker thread with a
// connection of its own (ClassificationService: batches of 500, one transaction each, a
// person's override untouched). Progress and the outcome arrive as signals on the thread that
// started it; cancel() stops after the current batch, and what was stored stays stored.
class ReclassifyTask : public QObject
{
    Q_OBJECT

public:
    explicit ReclassifyTask(QObject* parent = nullptr);
    ~ReclassifyTask() override; // cancels and waits

    void start(const QString& databasePath, const RuleSources& sources);
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void finished(const rd::ClassificationRun& run, const QString& rulesetVersion);
    void failed(const QString& reason);

private:
    void run(const QString& databasePath, const RuleSources& sources);

    QThread* m_thread = nullptr;
    std::atomic_bool m_cancel = false;
};

} // namespace rd::gui
