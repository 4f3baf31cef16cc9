#pragma once

#include "store/ReviewStore.h"

#include <functional>

#include <QString>

#include <memory>
#include <string>
#include <vector>

namespace rd::test {

// A database for GUI tests, filled through the store API: `count` reviews over three platforms
// and languages (some with characters outside the BMP), ratings 1-5, repeat customers, an
// automatic classification with evidence for most of them, flags on a few.
class TestDatabase
{
public:
    TestDatabase(const std::string& path, int count);

    QString path() const { return QString::fromStdString(m_path); }
    ReviewStore& store() { return *m_store; }
    const std::vector<std::int64_t>& ids() const { return m_ids; }

    // The review's expected category as filled (i % 5), for assertions.
    static Category categoryOf(int index) { return kAllCategories[index % 5]; }

private:
    std::string m_path;
    std::unique_ptr<ReviewStore> m_store;
    std::vector<std::int64_t> m_ids;
};

// Runs the event loop until `done` or `timeoutMs`; returns done().
bool waitUntil(const std::function<bool()>& done, int timeoutMs = 10000);

} // namespace rd::test
