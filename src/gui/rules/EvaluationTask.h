#pragma once

#include "classify/ClassifierEvaluation.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class QThread;

namespace rd {
class Classifier;
class ReviewStore;
} // namespace rd

namespace rd::gui {

// Evaluates rules against a labelled CSV on a worker thread (ClassifierEvaluation): reads and
// checks the file, takes the review texts from its text column or else looks the ids up in
// the database as external ids (on a connection of its own), classifies and scores. Progress
// and the result arrive as signals on the thread that started it; cancel() stops after the
// review being classified.
class EvaluationTask : public QObject
{
    Q_OBJECT

public:
    explicit EvaluationTask(QObject* parent = nullptr);
    ~EvaluationTask() override; // cancels and waits

    void start(std::shared_ptr<const Classifier> classifier, const QString& labelledPath,
               const QString& databasePath);
    void cancel();
    bool isRunning() const;

    // The review of `externalId` in `store`, on any platform (the first one found).
    static std::optional<Review> findByExternalId(ReviewStore& store,
                                                  const std::string& externalId);

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void finished(std::shared_ptr<const rd::EvaluationReport> report);
    void failed(const QString& reason);

private:
    void run(const std::shared_ptr<const Classifier>& classifier, const QString& labelledPath,
             const QString& databasePath);

    QThread* m_thread = nullptr;
    std::atomic_bool m_cancel = false;
};

} // namespace rd::gui
