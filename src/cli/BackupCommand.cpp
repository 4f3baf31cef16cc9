// backup: a consistent copy of a database while it is in use (docs/backup.md).
#include "CliCommon.h"

#include "store/StoreError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <filesystem>
#include <iostream>

namespace rd::cli {
namespace {

// Opens the copy as a store, which checks that this build can read it, and runs SQLite's
// integrity check on it. Returns "ok" or what is wrong.
std::string verifyCopy(const std::string& path, std::int64_t& reviews)
{
    try {
        auto copy = ReviewStore::openSqlite(path);
        const std::string check = copy->integrityCheck();
        if (check == "ok") {
            reviews = copy->stats().reviews;
        }
        return check;
    } catch (const StoreError& e) {
        return e.what();
    }
}

void removeCopy(const QString& path)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile::remove(path + suffix);
    }
}

} // namespace

int runBackup(const QStringList& arguments)
{
    QCommandLineParser parser;
    addCommonOptions(parser);
    parser.addOption({QStringLiteral("to"), QStringLiteral("The backup file to write."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("force"),
                      QStringLiteral("Replace the backup file when it exists (only after the new"
                                     " copy has been written and verified).")});
    if (int rc =
            parseOrExit(parser, arguments,
                        QStringLiteral("Copy the database to a backup file with SQLite's online"
                                       " backup: consistent even while the app or an import"
                                       " writes to it. The copy is verified (integrity check)"
                                       " before it takes the file's name. Restoring: see"
                                       " docs/backup.md."));
        rc >= 0) {
        return rc;
    }
    const QString target = parser.value(QStringLiteral("to"));
    if (target.isEmpty()) {
        printErr(QStringLiteral("backup needs --to FILE"));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("db")) &&
        !QFileInfo::exists(parser.value(QStringLiteral("db")))) {
        printErr(QStringLiteral("%1: no such database").arg(parser.value(QStringLiteral("db"))));
        return ExitFailure;
    }
    if (QFileInfo::exists(target) && !parser.isSet(QStringLiteral("force"))) {
        printErr(QStringLiteral("%1 exists; give --force to replace it").arg(target));
        return ExitUsage;
    }
    auto store = openStore(parser);
    if (QFileInfo(target).absoluteFilePath() ==
        QFileInfo(QString::fromStdString(store->location())).absoluteFilePath()) {
        printErr(QStringLiteral("%1 is the database itself").arg(target));
        return ExitUsage;
    }
    // Written beside the target under another name, verified, then renamed over it: an
    // interrupted or failed backup never leaves a half-written file under the target's name.
    const QString part = target + QStringLiteral(".part");
    removeCopy(part);
    try {
        store->backupTo(part.toStdString());
    } catch (const StoreError& e) {
        removeCopy(part);
        printErr(QStringLiteral("error: %1").arg(QString::fromStdString(e.what())));
        return ExitFailure;
    }
    std::int64_t reviews = 0;
    const std::string check = verifyCopy(part.toStdString(), reviews);
    if (check != "ok") {
        removeCopy(part);
        printErr(QStringLiteral("error: the copy failed its integrity check: %1")
                     .arg(QString::fromStdString(check)));
        return ExitFailure;
    }
    std::error_code ec; // rename(2) replaces an existing target in one step
    std::filesystem::rename(part.toStdString(), target.toStdString(), ec);
    if (ec) {
        removeCopy(part);
        printErr(QStringLiteral("error: cannot rename %1 to %2: %3")
                     .arg(part, target, QString::fromStdString(ec.message())));
        return ExitFailure;
    }
    std::cout << "backed up " << store->location() << " to "
              << QDir::toNativeSeparators(QFileInfo(target).absoluteFilePath()).toStdString()
              << " (" << reviews << " reviews, integrity check ok)\n";
    return ExitOk;
}

} // namespace rd::cli
