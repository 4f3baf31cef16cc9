#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3_stmt;

namespace rd {

class SqliteConnection;

// A prepared statement. Parameters are 1-based as in SQLite; columns are 0-based.
// step() returns true while there is a row. reset() clears bindings for reuse.
class SqliteStatement
{
public:
    SqliteStatement(SqliteConnection& connection, std::string_view sql);
    ~SqliteStatement();
    SqliteStatement(SqliteStatement&& other) noexcept;
    SqliteStatement& operator=(SqliteStatement&& other) noexcept;
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    SqliteStatement& bind(int index, std::int64_t value);
    SqliteStatement& bind(int index, int value) { return bind(index, std::int64_t(value)); }
    SqliteStatement& bind(int index, double value);
    SqliteStatement& bind(int index, bool value) { return bind(index, std::int64_t(value)); }
    SqliteStatement& bind(int index, std::string_view value);
    SqliteStatement& bind(int index, const std::string& value)
    {
        return bind(index, std::string_view(value));
    }
    SqliteStatement& bind(int index, const char* value)
    {
        return bind(index, std::string_view(value));
    }
    // Binds without copying: `value` must stay valid until the statement is reset (run()
    // resets). For hot loops such as the import's insert.
    SqliteStatement& bindStatic(int index, std::string_view value);
    SqliteStatement& bindNull(int index);
    template <typename T>
    SqliteStatement& bind(int index, const std::optional<T>& value)
    {
        return value ? bind(index, *value) : bindNull(index);
    }

    bool step();
    void run(); // step to completion, expecting no rows
    void reset();

    bool isNull(int column) const;
    std::int64_t columnInt64(int column) const;
    int columnInt(int column) const { return static_cast<int>(columnInt64(column)); }
    double columnDouble(int column) const;
    std::string columnText(int column) const;
    std::string_view columnView(int column) const; // valid until the next step/reset
    std::optional<std::int64_t> columnOptInt64(int column) const;
    std::optional<int> columnOptInt(int column) const;

    sqlite3_stmt* handle() const { return m_stmt; }

private:
    SqliteConnection* m_connection = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
};

} // namespace rd
