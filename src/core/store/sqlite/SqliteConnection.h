#pragma once

#include <string>
#include <string_view>

struct sqlite3;

namespace rd {

class SqliteStatement;

// Owns one sqlite3 connection. Not thread-safe: use one connection per thread.
class SqliteConnection
{
public:
    // Opens (creating when allowed) the database file and applies the connection pragmas:
    // WAL, foreign keys, busy timeout, synchronous=NORMAL (docs/architecture.md explains why).
    SqliteConnection(const std::string& path, bool create);
    ~SqliteConnection();
    SqliteConnection(const SqliteConnection&) = delete;
    SqliteConnection& operator=(const SqliteConnection&) = delete;

    sqlite3* handle() const { return m_db; }
    const std::string& path() const { return m_path; }

    // Runs one or more statements without parameters (DDL, pragmas). Throws StoreError.
    void exec(std::string_view sql);
    SqliteStatement prepare(std::string_view sql);

    int userVersion();
    void setUserVersion(int version);
    std::int64_t lastInsertRowId() const;
    int changes() const;
    bool inTransaction() const;
    std::string errorMessage() const;

    // Throws StoreError with the database path, `what` and SQLite's message when rc is an error.
    void check(int rc, std::string_view what) const;

private:
    sqlite3* m_db = nullptr;
    std::string m_path;
};

} // namespace rd
