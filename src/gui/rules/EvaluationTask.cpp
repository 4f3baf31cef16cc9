#include "rules/EvaluationTask.h"

#include "classify/Classifier.h"
#include "store/ReviewStore.h"

#include <QThread>

namespace rd::gui {

EvaluationTask::EvaluationTask(QObject* parent) : QObject(parent) {}

EvaluationTask::~EvaluationTask()
{
    cancel();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void EvaluationTask::start(std::shared_ptr<const Classifier> classifier,
                           const QString& labelledPath, const QString& databasePath)
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
    m_cancel = false;
    m_thread = QThread::create([this, classifier, labelledPath, databasePath] {
        run(classifier, labelledPath, databasePath);
    });
    m_thread->start();
}

void EvaluationTask::cancel()
{
    m_cancel = true;
}

bool EvaluationTask::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

std::optional<Review> EvaluationTask::findByExternalId(ReviewStore& store,
                                                       const std::string& externalId)
{
    for (Platform platform : kAllPlatforms) {
        if (auto id = store.findId(platform, externalId)) {
            return store.review(*id);
        }
    }
    return std::nullopt;
}

void EvaluationTask::run(const std::shared_ptr<const Classifier>& classifier,
                         const QString& labelledPath, const QString& databasePath)
{
    auto fail = [this](const QString& reason) {
        QMetaObject::invokeMethod(
            this, [this, reason] { Q_EMIT failed(reason); }, Qt::QueuedConnection);
    };
    try {
        const LabelledSet set = LabelledSet::readFile(labelledPath.toStdString());
        std::unique_ptr<ReviewStore> store;
        ClassifierEvaluation::Lookup lookup;
        if (!set.hasTexts) {
            if (databasePath.isEmpty()) {
                fail(tr("%1 has no text column, and no database is open to look the reviews up "
                        "in.")
                         .arg(labelledPath));
                return;
            }
            store = ReviewStore::openSqlite(databasePath.toStdString());
            lookup = [&store](const std::string& id) { return findByExternalId(*store, id); };
        }
        auto report = std::make_shared<EvaluationReport>(ClassifierEvaluation::run(
            *classifier, set, lookup, [this](std::int64_t done, std::int64_t total) {
                QMetaObject::invokeMethod(
                    this, [this, done, total] { Q_EMIT progress(done, total); },
                    Qt::QueuedConnection);
                return !m_cancel.load();
            }));
        std::shared_ptr<const EvaluationReport> done = std::move(report);
        QMetaObject::invokeMethod(
            this, [this, done] { Q_EMIT finished(done); }, Qt::QueuedConnection);
    } catch (const LabelError& e) {
        fail(QString::fromStdString(e.what()));
    } catch (const std::exception& e) {
        fail(QString::fromUtf8(e.what()));
    }
}

} // namespace rd::gui
