#include "util/AppPaths.h"

#include <QDir>
#include <QStandardPaths>

namespace rd {

std::string AppPaths::dataDir()
{
    QString dir = qEnvironmentVariable("REVIEWDESK_DATA_DIR");
    if (dir.isEmpty()) {
        // GenericDataLocation + our name, not AppLocalDataLocation: the latter nests the
        // organisation and application names, which are both "ReviewDesk".
        const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
        if (!base.isEmpty()) {
            dir = base + QStringLiteral("/ReviewDesk");
        }
    }
    if (dir.isEmpty()) {
        dir = QDir::homePath() + QStringLiteral("/.local/share/ReviewDesk");
    }
    QDir().mkpath(dir);
    return QDir(dir).absolutePath().toStdString();
}

std::string AppPaths::defaultDatabase() { return dataDir() + "/reviews.sqlite"; }

std::string AppPaths::logDir()
{
    std::string dir = dataDir() + "/logs";
    QDir().mkpath(QString::fromStdString(dir));
    return dir;
}

std::string AppPaths::userRulesFile() { return dataDir() + "/rules.json"; }

std::string AppPaths::userTemplatesFile() { return dataDir() + "/templates.json"; }

} // namespace rd
