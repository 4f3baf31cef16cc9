#include "AppSettings.h"

#include "reply/ReplyLimits.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPointer>
#include <QSettings>

#include <algorithm>

namespace rd::gui {
namespace {

QPointer<AppSettings>& installed()
{
    static QPointer<AppSettings> settings;
    return settings;
}

QString platformKey(Platform platform)
{
    const std::string_view key = toKey(platform);
    return QString::fromLatin1(key.data(), static_cast<qsizetype>(key.size()));
}

QString absolute(const QString& path)
{
    return path.isEmpty() ? path : QFileInfo(path).absoluteFilePath();
}

} // namespace

AppSettings::AppSettings(const QString& iniFile, QObject* parent) : QObject(parent)
{
    QString file = iniFile;
    if (file.isEmpty()) {
        file = qEnvironmentVariable("REVIEWDESK_SETTINGS");
    }
    if (file.isEmpty()) {
        m_settings = std::make_unique<QSettings>();
    } else {
        m_settings = std::make_unique<QSettings>(file, QSettings::IniFormat);
    }
}

AppSettings::~AppSettings() = default;

AppSettings* AppSettings::instance()
{
    QPointer<AppSettings>& current = installed();
    if (!current) {
        // Parented to the application so it is written out before the program ends.
        current = new AppSettings({}, QCoreApplication::instance());
    }
    return current;
}

void AppSettings::setInstance(AppSettings* settings)
{
    installed() = settings;
}

QString AppSettings::fileName() const
{
    return m_settings->fileName();
}

void AppSettings::sync()
{
    m_settings->sync();
}

void AppSettings::write(const QString& key, const QVariant& value)
{
    if (m_settings->contains(key) && m_settings->value(key) == value) {
        return;
    }
    m_settings->setValue(key, value);
    Q_EMIT changed(key);
}

QString AppSettings::agentName() const
{
    return m_settings->value(QLatin1String(kAgentName)).toString();
}

void AppSettings::setAgentName(const QString& name)
{
    write(QLatin1String(kAgentName), name.trimmed());
}

QString AppSettings::agentTitle() const
{
    return m_settings->value(QLatin1String(kAgentTitle)).toString();
}

void AppSettings::setAgentTitle(const QString& title)
{
    write(QLatin1String(kAgentTitle), title.trimmed());
}

QStringList AppSettings::shops() const
{
    return m_settings->value(QLatin1String(kShops)).toStringList();
}

void AppSettings::setShops(const QStringList& shops)
{
    QStringList clean;
    for (const QString& shop : shops) {
        const QString name = shop.trimmed();
        if (!name.isEmpty() && !clean.contains(name)) {
            clean.append(name);
        }
    }
    write(QLatin1String(kShops), clean);
}

int AppSettings::slaHours() const
{
    bool ok = false;
    const int hours = m_settings->value(QLatin1String(kSlaHours)).toInt(&ok);
    return ok && hours >= 1 && hours <= 720 ? hours : kDefaultSlaHours;
}

void AppSettings::setSlaHours(int hours)
{
    write(QLatin1String(kSlaHours), std::clamp(hours, 1, 720));
}

QString AppSettings::language() const
{
    const QString lang = m_settings->value(QLatin1String(kLanguage)).toString();
    return supportedLanguages().contains(lang) ? lang : QString();
}

void AppSettings::setLanguage(const QString& language)
{
    write(QLatin1String(kLanguage), supportedLanguages().contains(language) ? language : QString());
}

QStringList AppSettings::supportedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("ru"), QStringLiteral("zh_CN")};
}

QString AppSettings::lastDatabase() const
{
    return m_settings->value(QLatin1String(kLastDatabase)).toString();
}

void AppSettings::setLastDatabase(const QString& path)
{
    const QString file = absolute(path);
    write(QLatin1String(kLastDatabase), file);
    if (file.isEmpty()) {
        return;
    }
    QStringList recent = recentDatabases();
    recent.removeAll(file);
    recent.prepend(file);
    while (recent.size() > kMaxRecentDatabases) {
        recent.removeLast();
    }
    write(QLatin1String(kRecentDatabases), recent);
}

QStringList AppSettings::recentDatabases() const
{
    return m_settings->value(QLatin1String(kRecentDatabases)).toStringList();
}

void AppSettings::removeRecentDatabase(const QString& path)
{
    QStringList recent = recentDatabases();
    recent.removeAll(absolute(path));
    write(QLatin1String(kRecentDatabases), recent);
}

void AppSettings::clearRecentDatabases()
{
    write(QLatin1String(kRecentDatabases), QStringList());
}

int AppSettings::replyLimit(Platform platform) const
{
    bool ok = false;
    const int limit =
        m_settings->value(QLatin1String(kReplyLimitPrefix) + platformKey(platform)).toInt(&ok);
    if (!ok || (limit != 0 && (limit < kMinReplyLimit || limit > kMaxReplyLimit))) {
        return defaultReplyLimit(platform);
    }
    return limit;
}

void AppSettings::setReplyLimit(Platform platform, int limit)
{
    write(QLatin1String(kReplyLimitPrefix) + platformKey(platform),
          limit <= 0 ? 0 : std::clamp(limit, kMinReplyLimit, kMaxReplyLimit));
}

void AppSettings::resetReplyLimit(Platform platform)
{
    const QString key = QLatin1String(kReplyLimitPrefix) + platformKey(platform);
    if (m_settings->contains(key)) {
        m_settings->remove(key);
        Q_EMIT changed(key);
    }
}

int AppSettings::defaultReplyLimit(Platform platform)
{
    // The reply module's defaults (docs/templates.md): Taobao 500, the others 1000.
    static const ReplyLimits defaults;
    return defaults.limit(platform);
}

QByteArray AppSettings::geometry(const QString& window) const
{
    return m_settings->value(QLatin1String(kGeometryPrefix) + window).toByteArray();
}

void AppSettings::setGeometry(const QString& window, const QByteArray& geometry)
{
    write(QLatin1String(kGeometryPrefix) + window, geometry);
}

QByteArray AppSettings::state(const QString& window) const
{
    return m_settings->value(QLatin1String(kStatePrefix) + window).toByteArray();
}

void AppSettings::setState(const QString& window, const QByteArray& state)
{
    write(QLatin1String(kStatePrefix) + window, state);
}

QString AppSettings::lastImportFolder() const
{
    return m_settings->value(QLatin1String(kLastImportFolder)).toString();
}

void AppSettings::setLastImportFolder(const QString& folder)
{
    write(QLatin1String(kLastImportFolder), absolute(folder));
}

} // namespace rd::gui
