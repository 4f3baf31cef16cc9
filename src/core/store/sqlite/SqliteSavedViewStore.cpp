#include "store/sqlite/SqliteSavedViewStore.h"

#include "store/StoreError.h"
#include "store/sqlite/SqliteConnection.h"
#include "store/sqlite/SqliteStatement.h"
#include "store/sqlite/SqliteTransaction.h"

namespace rd {

std::vector<SavedView> SqliteSavedViewStore::list()
{
    auto st = m_connection.prepare("SELECT id, name, filter_json, position, created_at"
                                   " FROM saved_views ORDER BY position, id");
    std::vector<SavedView> out;
    while (st.step()) {
        out.push_back({st.columnInt64(0), st.columnText(1), st.columnText(2), st.columnInt(3),
                       st.columnInt64(4)});
    }
    return out;
}

std::int64_t SqliteSavedViewStore::save(const std::string& name, const std::string& filterJson,
                                        Timestamp at)
{
    if (name.empty()) {
        throw StoreError(m_connection.path() + ": a saved view needs a name");
    }
    SqliteTransaction tx(m_connection);
    auto find = m_connection.prepare("SELECT id FROM saved_views WHERE name = ?");
    find.bind(1, name);
    std::int64_t id = 0;
    if (find.step()) {
        id = find.columnInt64(0);
        auto upd = m_connection.prepare("UPDATE saved_views SET filter_json = ? WHERE id = ?");
        upd.bind(1, filterJson).bind(2, id).run();
    } else {
        auto ins = m_connection.prepare(
            "INSERT INTO saved_views(name, filter_json, position, created_at)"
            " VALUES(?, ?, (SELECT COALESCE(max(position), 0) + 1 FROM saved_views), ?)");
        ins.bind(1, name).bind(2, filterJson).bind(3, at).run();
        id = m_connection.lastInsertRowId();
    }
    find = SqliteStatement(m_connection, "SELECT 1");
    tx.commit();
    return id;
}

void SqliteSavedViewStore::rename(std::int64_t id, const std::string& name)
{
    if (name.empty()) {
        throw StoreError(m_connection.path() + ": a saved view needs a name");
    }
    auto st = m_connection.prepare("UPDATE saved_views SET name = ? WHERE id = ?");
    st.bind(1, name).bind(2, id).run();
}

void SqliteSavedViewStore::remove(std::int64_t id)
{
    auto st = m_connection.prepare("DELETE FROM saved_views WHERE id = ?");
    st.bind(1, id).run();
}

} // namespace rd
