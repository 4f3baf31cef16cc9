#pragma once

#include <functional>
#include <string>

namespace rd {

class SqliteConnection;

// Schema versions and their migrations. Version N is reached from N-1 by migration N, each in
// its own transaction that also sets PRAGMA user_version; an existing database is copied
// (online backup) before the first migration runs.
class SqliteSchema
{
public:
    static int latestVersion();

    // Brings the database to the latest version. Returns the version found before migrating.
    // Throws StoreError when the file is newer than this build or a migration fails (the file
    // then stays at the last version that completed).
    static int migrate(SqliteConnection& connection);

    // Migrates only up to `version`: tests use it to build databases of earlier versions.
    static void migrateTo(SqliteConnection& connection, int version);

    // Path of the copy taken before migrating from `fromVersion`.
    static std::string backupPathFor(const std::string& databasePath, int fromVersion);
};

} // namespace rd
