#pragma once

#include <stdexcept>
#include <string>

namespace rd {

// Raised by the store when the database cannot do what was asked: the message names the
// database file and the operation, and carries the back end's own reason.
class StoreError : public std::runtime_error
{
public:
    explicit StoreError(const std::string& message, int code = 0)
        : std::runtime_error(message)
        , m_code(code)
    {
    }
    int code() const { return m_code; }
    // True when the write lock was held by another connection (another program's import, a
    // worker thread) for longer than the connection's busy timeout: trying again later can
    // succeed. (SQLite's SQLITE_BUSY and SQLITE_LOCKED, extended codes included.)
    bool busy() const { return (m_code & 0xFF) == kBusy || (m_code & 0xFF) == kLocked; }

    static constexpr int kBusy = 5;
    static constexpr int kLocked = 6;

private:
    int m_code;
};

} // namespace rd
