#include "workers/DbWorker.h"

#include "store/ReviewStore.h"
#include "store/StoreError.h"

#include <spdlog/spdlog.h>

#include <algorithm>

namespace rd::gui {

DbWorker::DbWorker(std::string name, std::int64_t cacheBytes)
    : m_name(std::move(name)), m_cacheBytes(cacheBytes), m_thread([this] { run(); })
{
}

DbWorker::~DbWorker()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
        m_queue.clear();
        if (m_running && m_store) {
            m_store->interrupt();
        }
    }
    m_wake.notify_all();
    m_thread.join();
}

void DbWorker::open(const std::string& path, std::function<void(const QString&)> done)
{
    {
        std::lock_guard lock(m_mutex);
        m_queue.clear();
        if (m_running && m_store) {
            m_store->interrupt();
        }
        Item item;
        item.open = true;
        item.path = path;
        item.opened = std::move(done);
        m_queue.push_back(std::move(item));
    }
    m_wake.notify_all();
}

void DbWorker::post(Task task, std::uint64_t tag)
{
    {
        std::lock_guard lock(m_mutex);
        Item item;
        item.task = std::move(task);
        item.tag = tag;
        m_queue.push_back(std::move(item));
    }
    m_wake.notify_all();
}

void DbWorker::dropBelow(std::uint64_t tag)
{
    std::lock_guard lock(m_mutex);
    m_queue.erase(std::remove_if(m_queue.begin(), m_queue.end(),
                                 [tag](const Item& i) { return !i.open && i.tag < tag; }),
                  m_queue.end());
    if (m_running && m_runningTag < tag && m_store) {
        m_store->interrupt();
    }
}

void DbWorker::clear()
{
    std::lock_guard lock(m_mutex);
    m_queue.erase(
        std::remove_if(m_queue.begin(), m_queue.end(), [](const Item& i) { return !i.open; }),
        m_queue.end());
}

bool DbWorker::idle() const
{
    std::lock_guard lock(m_mutex);
    return !m_running && m_queue.empty();
}

void DbWorker::run()
{
    for (;;) {
        Item item;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stop || !m_queue.empty(); });
            if (m_stop) {
                break;
            }
            item = std::move(m_queue.front());
            m_queue.pop_front();
            m_running = true;
            m_runningTag = item.tag;
        }
        execute(item);
        std::lock_guard lock(m_mutex);
        m_running = false;
    }
    std::lock_guard lock(m_mutex);
    m_store.reset();
}

void DbWorker::execute(Item& item)
{
    if (item.open) {
        std::unique_ptr<ReviewStore> store;
        QString error;
        try {
            store = ReviewStore::openSqlite(item.path);
            store->limitMemory(m_cacheBytes);
        } catch (const std::exception& e) {
            error = QString::fromUtf8(e.what());
        }
        {
            std::lock_guard lock(m_mutex);
            m_store = std::move(store); // the old connection closes here, not mid-statement
        }
        if (item.opened) {
            item.opened(error);
        }
        return;
    }
    if (!m_store) {
        return;
    }
    try {
        item.task(*m_store);
    } catch (const StoreError& e) {
        // Interrupted or failed; the task reports what it needs to before rethrowing.
        spdlog::debug("{}: task ended: {}", m_name, e.what());
    } catch (const std::exception& e) {
        spdlog::warn("{}: task failed: {}", m_name, e.what());
    }
}

} // namespace rd::gui
