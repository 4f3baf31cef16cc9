#pragma once

#include "model/Enums.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

class QSettings;

namespace rd::gui {

// The user's preferences, typed, over QSettings (as KeePassXC's Config): one object for the
// whole program, reached through AppSettings::instance(). The file is the platform's usual
// place (~/.config/ReviewDesk/ReviewDesk.conf on Linux); the environment variable
// REVIEWDESK_SETTINGS names another INI file (portable installs, screenshots), and tests
// construct their own AppSettings on a temporary file or install one with setInstance().
//
// Every setter writes through at once (QSettings syncs on destruction and periodically) and
// emits changed(key) so open windows can follow.
class AppSettings : public QObject
{
    Q_OBJECT

public:
    // Keys of the values, also passed to changed().
    static constexpr const char* kAgentName = "agent/name";
    static constexpr const char* kAgentTitle = "agent/title";
    static constexpr const char* kShops = "agent/shops";
    static constexpr const char* kSlaHours = "workflow/slaHours";
    static constexpr const char* kLanguage = "ui/language";
    static constexpr const char* kLastDatabase = "database/last";
    static constexpr const char* kRecentDatabases = "database/recent";
    static constexpr const char* kLastImportFolder = "import/lastFolder";
    static constexpr const char* kReplyLimitPrefix = "replyLimits/";
    static constexpr const char* kGeometryPrefix = "windows/geometry/";
    static constexpr const char* kStatePrefix = "windows/state/";

    static constexpr int kDefaultSlaHours = 24;
    static constexpr int kMaxRecentDatabases = 8;
    static constexpr int kMinReplyLimit = 50;
    static constexpr int kMaxReplyLimit = 100000;

    // `iniFile` empty: the platform's usual settings place (or REVIEWDESK_SETTINGS).
    explicit AppSettings(const QString& iniFile = {}, QObject* parent = nullptr);
    ~AppSettings() override;

    // The program-wide settings, created on first use.
    static AppSettings* instance();
    // Replaces the program-wide settings (tests); the caller keeps ownership and must reset it
    // with setInstance(nullptr) before destroying it.
    static void setInstance(AppSettings* settings);

    QString fileName() const;
    void sync();

    // The person using the program: signs replies and contact-log entries.
    QString agentName() const;
    void setAgentName(const QString& name);
    QString agentTitle() const;
    void setAgentTitle(const QString& title);

    // Shop names of the team (offered in filters and in reply variables); trimmed, no empty
    // entries, no duplicates, order kept.
    QStringList shops() const;
    void setShops(const QStringList& shops);

    // Hours within which a new negative review should get its first response (1..720).
    int slaHours() const;
    void setSlaHours(int hours);

    // UI language: "" follows the system locale, else "zh_CN", "ru" or "en".
    QString language() const;
    void setLanguage(const QString& language);
    static QStringList supportedLanguages(); // {"en", "ru", "zh_CN"}

    // Databases: the last one opened and the most recent ones, newest first (the last one is
    // always the first recent entry). Paths are stored absolute.
    QString lastDatabase() const;
    void setLastDatabase(const QString& path); // also moves it to the top of the recent list
    QStringList recentDatabases() const;
    void removeRecentDatabase(const QString& path);
    void clearRecentDatabases();

    // Longest reply a platform accepts, in characters (the counter in the reply pane); 0 means
    // no limit.
    int replyLimit(Platform platform) const;
    // 0 = no limit; other values are clamped to [kMinReplyLimit, kMaxReplyLimit].
    void setReplyLimit(Platform platform, int limit);
    void resetReplyLimit(Platform platform);
    static int defaultReplyLimit(Platform platform);

    // Saved window geometry and state (QWidget::saveGeometry, QMainWindow::saveState, header
    // or splitter states...) by a name the window chooses, e.g. "MainWindow".
    QByteArray geometry(const QString& window) const;
    void setGeometry(const QString& window, const QByteArray& geometry);
    QByteArray state(const QString& window) const;
    void setState(const QString& window, const QByteArray& state);

    // Folder the import dialog starts in.
    QString lastImportFolder() const;
    void setLastImportFolder(const QString& folder);

Q_SIGNALS:
    void changed(const QString& key);

private:
    void write(const QString& key, const QVariant& value);

    std::unique_ptr<QSettings> m_settings;
};

} // namespace rd::gui
