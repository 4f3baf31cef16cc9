#pragma once

#include "model/ReviewFilter.h"

#include <QObject>
#include <QString>
#include <QVector>

#include <atomic>
#include <memory>
#include <utility>

namespace rd::gui {

class DbWorker;

// Counts the reviews of each view on a worker thread with its own connection, one view after
// another, announcing each count as it is known. A new request drops the rest of the previous
// one (and interrupts the count running).
class ViewCounter : public QObject
{
    Q_OBJECT

public:
    explicit ViewCounter(QObject* parent = nullptr);
    ~ViewCounter() override;

    void open(const QString& path);
    void count(const QVector<std::pair<QString, ReviewFilter>>& views);

Q_SIGNALS:
    void counted(const QString& key, qint64 count);
    void finished();

private:
    std::unique_ptr<DbWorker> m_worker;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    quint64 m_generation = 0;
};

} // namespace rd::gui
