#pragma once

#include <QString>

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

namespace rd {
class ReviewStore;
}

namespace rd::gui {

// A thread with its own ReviewStore connection that runs tasks one after another (as DB
// Browser for SQLite's RowLoader does for its table model): the GUI thread never waits for
// the database. Tasks carry a tag (a request generation) so that work the user no longer waits
// for can be dropped before it starts and interrupted while it runs. Results go back to the
// GUI thread by QMetaObject::invokeMethod on a receiver living there.
class DbWorker
{
public:
    using Task = std::function<void(ReviewStore&)>;

    // `cacheBytes`: the page cache of the worker's connection (ReviewStore::limitMemory).
    DbWorker(std::string name, std::int64_t cacheBytes);
    ~DbWorker(); // interrupts the running task, drops the rest and joins the thread
    DbWorker(const DbWorker&) = delete;
    DbWorker& operator=(const DbWorker&) = delete;

    // Opens `path` on the worker thread; `done` runs there with an empty string or the error.
    // Replaces a store opened before (pending tasks are dropped).
    void open(const std::string& path, std::function<void(const QString& error)> done);
    // Queues a task; it runs only if a store is open.
    void post(Task task, std::uint64_t tag = 0);
    // Drops queued tasks whose tag is below `tag` and interrupts the running one if its tag is
    // below `tag` (its store call throws StoreError, which the task should catch).
    void dropBelow(std::uint64_t tag);
    // Drops every queued task.
    void clear();
    bool idle() const;

private:
    struct Item
    {
        Task task;
        std::uint64_t tag = 0;
        bool open = false;
        std::string path;
        std::function<void(const QString&)> opened;
    };
    void run();
    void execute(Item& item);

    std::string m_name;
    std::int64_t m_cacheBytes;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Item> m_queue;
    std::unique_ptr<ReviewStore> m_store; // used on the worker thread only (interrupt() aside)
    bool m_running = false;
    std::uint64_t m_runningTag = 0;
    bool m_stop = false;
    std::thread m_thread;
};

} // namespace rd::gui
