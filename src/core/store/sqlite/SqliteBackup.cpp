#include "store/sqlite/SqliteBackup.h"

#include "store/StoreError.h"
#include "store/sqlite/SqliteConnection.h"

#include <sqlite3.h>

namespace rd {

void sqliteBackup(SqliteConnection& source, const std::string& targetPath)
{
    sqlite3* target = nullptr;
    int rc = sqlite3_open_v2(targetPath.c_str(), &target,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc != SQLITE_OK) {
        std::string msg = target ? sqlite3_errmsg(target) : sqlite3_errstr(rc);
        sqlite3_close_v2(target);
        throw StoreError("cannot create backup " + targetPath + ": " + msg, rc);
    }
    sqlite3_backup* backup = sqlite3_backup_init(target, "main", source.handle(), "main");
    if (!backup) {
        std::string msg = sqlite3_errmsg(target);
        sqlite3_close_v2(target);
        throw StoreError("cannot back up " + source.path() + " to " + targetPath + ": " + msg);
    }
    // All pages in one step, inside one read transaction on the source: in WAL mode that
    // blocks no writer, and the copy is the snapshot the step started from. Copying in slices
    // would restart from scratch whenever another connection (the GUI, an import) commits in
    // between, and might never finish while one writes steadily.
    do {
        rc = sqlite3_backup_step(backup, -1);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            sqlite3_sleep(50);
        }
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(backup);
    const std::string msg = sqlite3_errmsg(target);
    sqlite3_close_v2(target);
    if (rc != SQLITE_DONE) {
        throw StoreError("backup of " + source.path() + " to " + targetPath + " failed: " + msg,
                         rc);
    }
}

} // namespace rd
