#include "store/sqlite/SqliteConnection.h"

#include "store/ReviewStore.h"
#include "store/StoreError.h"
#include "store/sqlite/FtsTokenizer.h"
#include "store/sqlite/SqliteStatement.h"

#include <sqlite3.h>

namespace rd {

namespace {
constexpr int kBusyTimeoutMs = ReviewStore::kDefaultBusyTimeoutMs;

// SQLite's memory statistics take a global mutex on every allocation (several per cent of an
// import) and nothing here reads them. Only possible before SQLite initialises, that is before
// the first connection; a refused call (SQLITE_MISUSE) changes nothing.
void configureSqliteOnce()
{
    static const int rc = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    (void)rc;
}
} // namespace

SqliteConnection::SqliteConnection(const std::string& path, bool create)
    : m_path(path)
{
    configureSqliteOnce();
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX;
    if (create) {
        flags |= SQLITE_OPEN_CREATE;
    }
    int rc = sqlite3_open_v2(path.c_str(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        std::string msg = m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc);
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        throw StoreError("cannot open database " + path + ": " + msg, rc);
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, kBusyTimeoutMs);
    try {
        // The header check makes "file is not a database" surface here, not on first use.
        exec("PRAGMA page_size = 16384;"
             "PRAGMA foreign_keys = ON;"
             "PRAGMA journal_mode = WAL;"
             "PRAGMA synchronous = NORMAL;"
             "PRAGMA temp_store = MEMORY;"
             "PRAGMA cache_size = -65536;"
             "PRAGMA mmap_size = 1073741824;");
        registerFtsTokenizer(m_db);
    } catch (...) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        throw;
    }
}

SqliteConnection::~SqliteConnection()
{
    if (m_db) {
        sqlite3_close_v2(m_db);
    }
}

void SqliteConnection::exec(std::string_view sql)
{
    std::string text(sql);
    char* err = nullptr;
    int rc = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        std::string msg = err ? err : sqlite3_errstr(rc);
        sqlite3_free(err);
        throw StoreError(m_path + ": " + msg, rc);
    }
}

SqliteStatement SqliteConnection::prepare(std::string_view sql)
{
    return SqliteStatement(*this, sql);
}

int SqliteConnection::userVersion()
{
    auto st = prepare("PRAGMA user_version");
    st.step();
    return st.columnInt(0);
}

void SqliteConnection::setUserVersion(int version)
{
    exec("PRAGMA user_version = " + std::to_string(version));
}

std::int64_t SqliteConnection::lastInsertRowId() const { return sqlite3_last_insert_rowid(m_db); }

int SqliteConnection::changes() const { return sqlite3_changes(m_db); }

bool SqliteConnection::inTransaction() const { return sqlite3_get_autocommit(m_db) == 0; }

std::string SqliteConnection::errorMessage() const { return sqlite3_errmsg(m_db); }

void SqliteConnection::check(int rc, std::string_view what) const
{
    if (rc == SQLITE_OK || rc == SQLITE_ROW || rc == SQLITE_DONE) {
        return;
    }
    throw StoreError(m_path + ": " + std::string(what) + ": " + sqlite3_errmsg(m_db), rc);
}

} // namespace rd
