#pragma once

#include "model/ReviewFilter.h"

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

namespace rd {

class SqliteStatement;

using SqlValue = std::variant<std::monostate, std::int64_t, double, std::string>;

// Turns a ReviewFilter into the FROM/WHERE/ORDER BY of a parameterised query over reviews and
// the tables joined to them. Every value the user typed goes into a bound parameter.
class SqliteQueryBuilder
{
public:
    // `ftsIndexedUpto`: reviews with a larger id are not in the full-text index yet and are
    // searched with LIKE instead, so a search is complete while the index catches up.
    SqliteQueryBuilder(const ReviewFilter& filter, std::int64_t ftsIndexedUpto);

    // The columns of a ReviewRecord, in the order SqliteRowReader reads them.
    static const char* recordColumns();
    // The same columns for list views: text cut to `previewChars` characters, no extra JSON.
    static std::string queueColumns(int previewChars);
    // FROM with every join the columns and conditions need.
    static const char* fromClause();

    std::string where() const { return m_where; }
    std::string orderBy() const;
    std::string limit() const;
    const std::vector<SqlValue>& values() const { return m_values; }

    std::string selectRecords() const;
    std::string selectQueueRows(int previewChars) const;
    std::string selectIds() const;
    std::string selectCount() const;

    // Binds values() to a statement prepared from one of the select*() strings.
    void bindAll(SqliteStatement& statement) const;

private:
    void add(const std::string& condition);
    void addClassification(const ReviewFilter& filter);
    void addStatuses(const std::vector<Status>& statuses);
    std::string idsFromClause() const;
    template <typename T, typename ToValue>
    void addIn(const std::string& expression, const std::vector<T>& items, ToValue toValue);
    void addSearch(const std::string& text, std::int64_t ftsIndexedUpto);

    const ReviewFilter& m_filter;
    std::string m_where;
    std::vector<SqlValue> m_values;
};

// Escapes % _ and \ for a LIKE pattern used with ESCAPE '\'.
std::string likeEscape(const std::string& text);

} // namespace rd
