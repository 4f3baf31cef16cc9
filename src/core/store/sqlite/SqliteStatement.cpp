#include "store/sqlite/SqliteStatement.h"

#include "store/sqlite/SqliteConnection.h"

#include <sqlite3.h>

#include <utility>

namespace rd {

SqliteStatement::SqliteStatement(SqliteConnection& connection, std::string_view sql)
    : m_connection(&connection)
{
    int rc = sqlite3_prepare_v3(connection.handle(), sql.data(), static_cast<int>(sql.size()),
                                SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    connection.check(rc, "prepare \"" + std::string(sql.substr(0, 80)) + "\"");
}

SqliteStatement::~SqliteStatement() { sqlite3_finalize(m_stmt); }

SqliteStatement::SqliteStatement(SqliteStatement&& other) noexcept
    : m_connection(other.m_connection)
    , m_stmt(std::exchange(other.m_stmt, nullptr))
{
}

SqliteStatement& SqliteStatement::operator=(SqliteStatement&& other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_connection = other.m_connection;
        m_stmt = std::exchange(other.m_stmt, nullptr);
    }
    return *this;
}

SqliteStatement& SqliteStatement::bind(int index, std::int64_t value)
{
    m_connection->check(sqlite3_bind_int64(m_stmt, index, value), "bind");
    return *this;
}

SqliteStatement& SqliteStatement::bind(int index, double value)
{
    m_connection->check(sqlite3_bind_double(m_stmt, index, value), "bind");
    return *this;
}

SqliteStatement& SqliteStatement::bind(int index, std::string_view value)
{
    // SQLITE_TRANSIENT: the statement keeps its own copy, so temporaries are safe to bind.
    m_connection->check(sqlite3_bind_text64(m_stmt, index, value.data(), value.size(),
                                            SQLITE_TRANSIENT, SQLITE_UTF8),
                        "bind");
    return *this;
}

SqliteStatement& SqliteStatement::bindStatic(int index, std::string_view value)
{
    m_connection->check(sqlite3_bind_text64(m_stmt, index, value.data(), value.size(),
                                            SQLITE_STATIC, SQLITE_UTF8),
                        "bind");
    return *this;
}

SqliteStatement& SqliteStatement::bindNull(int index)
{
    m_connection->check(sqlite3_bind_null(m_stmt, index), "bind");
    return *this;
}

bool SqliteStatement::step()
{
    int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc == SQLITE_DONE) {
        return false;
    }
    m_connection->check(rc, "step \"" + std::string(sqlite3_sql(m_stmt)).substr(0, 80) + "\"");
    return false;
}

void SqliteStatement::run()
{
    while (step()) {
    }
    reset();
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

std::int64_t SqliteStatement::columnInt64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double SqliteStatement::columnDouble(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

std::string SqliteStatement::columnText(int column) const { return std::string(columnView(column)); }

std::string_view SqliteStatement::columnView(int column) const
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (!text) {
        return {};
    }
    return {text, static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column))};
}

std::optional<std::int64_t> SqliteStatement::columnOptInt64(int column) const
{
    if (isNull(column)) {
        return std::nullopt;
    }
    return columnInt64(column);
}

std::optional<int> SqliteStatement::columnOptInt(int column) const
{
    if (isNull(column)) {
        return std::nullopt;
    }
    return columnInt(column);
}

} // namespace rd
