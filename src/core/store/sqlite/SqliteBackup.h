#pragma once

#include <string>

namespace rd {

class SqliteConnection;

// Copies the whole database behind `source` into `targetPath` with SQLite's online backup
// API: consistent even while other connections write. Throws StoreError.
void sqliteBackup(SqliteConnection& source, const std::string& targetPath);

} // namespace rd
