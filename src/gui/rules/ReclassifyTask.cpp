#include "rules/ReclassifyTask.h"

#include "store/ReviewStore.h"

#include <QThread>

namespace rd::gui {

ReclassifyTask::ReclassifyTask(QObject* parent) : QObject(parent) {}

ReclassifyTask::~ReclassifyTask()
{
    cancel();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void ReclassifyTask::start(const QString& databasePath, const RuleSources& sources)
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
    m_cancel = false;
    m_thread = QThread::create([this, databasePath, sources] { run(databasePath, sources); });
    m_thread->start();
}

void ReclassifyTask::cancel()
{
    m_cancel = true;
}

bool ReclassifyTask::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void ReclassifyTask::run(const QString& databasePath, const RuleSources& sources)
{
    try {
        const ClassifierLoad load = ClassifierFactory::load(sources);
        if (load.rejected) {
            QString reasons;
            for (const RuleProblem& p : load.problems) {
                reasons += QLatin1Char('\n') + QString::fromStdString(p.toString());
            }
            const QString reason = tr("The saved rule file was rejected:%1").arg(reasons);
            QMetaObject::invokeMethod(
                this, [this, reason] { Q_EMIT failed(reason); }, Qt::QueuedConnection);
            return;
        }
        auto store = ReviewStore::openSqlite(databasePath.toStdString());
        ClassificationService service(*store, *load.classifier);
        ReviewFilter all;
        all.sort = SortColumn::Id;
        all.descending = false;
        const ClassificationRun result = service.run(all, [this](std::int64_t done,
                                                                 std::int64_t total) {
            QMetaObject::invokeMethod(
                this, [this, done, total] { Q_EMIT progress(done, total); }, Qt::QueuedConnection);
            return !m_cancel.load();
        });
        const QString version = QString::fromStdString(load.classifier->rulesetVersion());
        QMetaObject::invokeMethod(
            this, [this, result, version] { Q_EMIT finished(result, version); },
            Qt::QueuedConnection);
    } catch (const std::exception& e) {
        const QString reason = QString::fromUtf8(e.what());
        QMetaObject::invokeMethod(
            this, [this, reason] { Q_EMIT failed(reason); }, Qt::QueuedConnection);
    }
}

} // namespace rd::gui
