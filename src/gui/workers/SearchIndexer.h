#pragma once

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

namespace rd::gui {

class DbWorker;

// Catches the full-text index up after a database is opened (ReviewStore::updateSearchIndex),
// on its own thread and connection, in chunks sized to take about kChunkTargetMs each so the
// write lock is never held long (the GUI's own edits wait at most one chunk). Until it is done
// searches still find everything, by substring, only slower (docs/architecture.md).
class SearchIndexer : public QObject
{
    Q_OBJECT

public:
    static constexpr int kChunkTargetMs = 150;
    static constexpr qint64 kFirstChunk = 500;
    // A chunk refused because another program (an import) holds the write lock is tried again
    // after this long, without an error.
    static constexpr int kBusyRetryMs = 2000;

    explicit SearchIndexer(QObject* parent = nullptr);
    ~SearchIndexer() override;

    void start(const QString& path);
    void stop();
    bool running() const { return m_running; }

Q_SIGNALS:
    void progress(qint64 indexed, qint64 total);
    void finished(qint64 total);
    void failed(const QString& error);

private:
    void postChunk(quint64 generation, qint64 chunk);

    std::unique_ptr<DbWorker> m_worker;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    quint64 m_generation = 0;
    bool m_running = false;
};

} // namespace rd::gui
