#pragma once

#include "store/sqlite/SqliteConnection.h"

namespace rd {

// A write transaction: BEGIN IMMEDIATE on construction, ROLLBACK on destruction unless
// commit() was called. IMMEDIATE takes the write lock up front, so a busy database waits
// (busy timeout) at the start instead of failing half-way with SQLITE_BUSY on the first write.
// Inside an outer transaction it becomes a SAVEPOINT, so store methods that protect themselves
// with a transaction can also be batched by a caller (ReviewStore::runInTransaction).
class SqliteTransaction
{
public:
    explicit SqliteTransaction(SqliteConnection& connection)
        : m_connection(connection)
        , m_nested(connection.inTransaction())
    {
        m_connection.exec(m_nested ? "SAVEPOINT rd_nested" : "BEGIN IMMEDIATE");
    }
    ~SqliteTransaction()
    {
        if (!m_done) {
            try {
                m_connection.exec(m_nested ? "ROLLBACK TO rd_nested; RELEASE rd_nested"
                                           : "ROLLBACK");
            } catch (...) { // NOLINT(bugprone-empty-catch): nothing better to do in a destructor
            }
        }
    }
    SqliteTransaction(const SqliteTransaction&) = delete;
    SqliteTransaction& operator=(const SqliteTransaction&) = delete;

    void commit()
    {
        m_connection.exec(m_nested ? "RELEASE rd_nested" : "COMMIT");
        m_done = true;
    }
    void rollback()
    {
        m_connection.exec(m_nested ? "ROLLBACK TO rd_nested; RELEASE rd_nested" : "ROLLBACK");
        m_done = true;
    }

private:
    SqliteConnection& m_connection;
    bool m_nested;
    bool m_done = false;
};

} // namespace rd
