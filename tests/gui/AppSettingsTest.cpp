#include "AppSettings.h"

#include "TestSupport.h"

#include <QFileInfo>
#include <QSignalSpy>

#include <gtest/gtest.h>

using rd::Platform;
using rd::gui::AppSettings;

namespace {

QString iniIn(const rd::test::TempDir& dir)
{
    return QString::fromStdString(dir.file("settings.ini"));
}

} // namespace

TEST(AppSettings, DefaultsOnAnEmptyFile)
{
    rd::test::TempDir dir;
    AppSettings settings(iniIn(dir));
    EXPECT_EQ(settings.fileName(), iniIn(dir));
    EXPECT_TRUE(settings.agentName().isEmpty());
    EXPECT_TRUE(settings.shops().isEmpty());
    EXPECT_EQ(settings.slaHours(), AppSettings::kDefaultSlaHours);
    EXPECT_TRUE(settings.language().isEmpty());
    EXPECT_TRUE(settings.lastDatabase().isEmpty());
    EXPECT_TRUE(settings.recentDatabases().isEmpty());
    EXPECT_EQ(settings.replyLimit(Platform::Taobao), 500);
    EXPECT_EQ(settings.replyLimit(Platform::Ozon), AppSettings::defaultReplyLimit(Platform::Ozon));
    EXPECT_TRUE(settings.geometry(QStringLiteral("MainWindow")).isEmpty());
}

TEST(AppSettings, ValuesSurviveAReopen)
{
    rd::test::TempDir dir;
    {
        AppSettings settings(iniIn(dir));
        settings.setAgentName(QStringLiteral("  王小明 "));
        settings.setAgentTitle(QStringLiteral("客服主管"));
        settings.setShops({QStringLiteral("Lamp Store"), QStringLiteral(" "),
                           QStringLiteral("Магазин"), QStringLiteral("Lamp Store ")});
        settings.setSlaHours(8);
        settings.setLanguage(QStringLiteral("zh_CN"));
        settings.setReplyLimit(Platform::Ozon, 1500);
        settings.setGeometry(QStringLiteral("MainWindow"), QByteArray("\x01\x02\x00\x03", 4));
        settings.setState(QStringLiteral("MainWindow"), QByteArray("state"));
        settings.setLastImportFolder(QString::fromStdString(dir.path()));
        settings.setLastDatabase(QString::fromStdString(dir.file("a.sqlite")));
    }
    AppSettings settings(iniIn(dir));
    EXPECT_EQ(settings.agentName(), QStringLiteral("王小明"));
    EXPECT_EQ(settings.agentTitle(), QStringLiteral("客服主管"));
    EXPECT_EQ(settings.shops(),
              QStringList({QStringLiteral("Lamp Store"), QStringLiteral("Магазин")}));
    EXPECT_EQ(settings.slaHours(), 8);
    EXPECT_EQ(settings.language(), QStringLiteral("zh_CN"));
    EXPECT_EQ(settings.replyLimit(Platform::Ozon), 1500);
    EXPECT_EQ(settings.replyLimit(Platform::Amazon),
              AppSettings::defaultReplyLimit(Platform::Amazon));
    EXPECT_EQ(settings.geometry(QStringLiteral("MainWindow")), QByteArray("\x01\x02\x00\x03", 4));
    EXPECT_EQ(settings.state(QStringLiteral("MainWindow")), QByteArray("state"));
    EXPECT_EQ(settings.lastImportFolder(), QString::fromStdString(dir.path()));
    EXPECT_EQ(settings.lastDatabase(), QString::fromStdString(dir.file("a.sqlite")));
}

TEST(AppSettings, RecentDatabasesNewestFirstWithoutDuplicates)
{
    rd::test::TempDir dir;
    AppSettings settings(iniIn(dir));
    for (int i = 0; i < AppSettings::kMaxRecentDatabases + 3; ++i) {
        settings.setLastDatabase(QString::fromStdString(dir.file(std::to_string(i) + ".sqlite")));
    }
    const QString first = QString::fromStdString(dir.file("0.sqlite"));
    const QString newest = QString::fromStdString(
        dir.file(std::to_string(AppSettings::kMaxRecentDatabases + 2) + ".sqlite"));
    QStringList recent = settings.recentDatabases();
    ASSERT_EQ(recent.size(), AppSettings::kMaxRecentDatabases);
    EXPECT_EQ(recent.first(), newest);
    EXPECT_FALSE(recent.contains(first));

    const QString older = recent.at(3);
    settings.setLastDatabase(older);
    recent = settings.recentDatabases();
    EXPECT_EQ(recent.first(), older);
    EXPECT_EQ(recent.count(older), 1);
    EXPECT_EQ(recent.size(), AppSettings::kMaxRecentDatabases);

    settings.removeRecentDatabase(older);
    EXPECT_FALSE(settings.recentDatabases().contains(older));
    settings.clearRecentDatabases();
    EXPECT_TRUE(settings.recentDatabases().isEmpty());
}

TEST(AppSettings, RelativeDatabasePathIsStoredAbsolute)
{
    rd::test::TempDir dir;
    AppSettings settings(iniIn(dir));
    settings.setLastDatabase(QStringLiteral("relative.sqlite"));
    EXPECT_TRUE(QFileInfo(settings.lastDatabase()).isAbsolute());
    EXPECT_TRUE(settings.lastDatabase().endsWith(QStringLiteral("/relative.sqlite")));
}

TEST(AppSettings, OutOfRangeValuesAreClampedOrIgnored)
{
    rd::test::TempDir dir;
    {
        AppSettings settings(iniIn(dir));
        settings.setSlaHours(0);
        EXPECT_EQ(settings.slaHours(), 1);
        settings.setSlaHours(100000);
        EXPECT_EQ(settings.slaHours(), 720);
        settings.setReplyLimit(Platform::Taobao, 3);
        EXPECT_EQ(settings.replyLimit(Platform::Taobao), AppSettings::kMinReplyLimit);
        settings.setReplyLimit(Platform::Taobao, 0); // no limit
        EXPECT_EQ(settings.replyLimit(Platform::Taobao), 0);
        settings.setLanguage(QStringLiteral("klingon"));
        EXPECT_TRUE(settings.language().isEmpty());
        settings.resetReplyLimit(Platform::Taobao);
        EXPECT_EQ(settings.replyLimit(Platform::Taobao), 500);
    }
    // A hand-edited file with nonsense falls back to the defaults.
    rd::test::writeFile(dir.file("settings.ini"), "[workflow]\nslaHours=abc\n[ui]\nlanguage=xx\n"
                                                  "[replyLimits]\nozon=-5\n");
    AppSettings settings(iniIn(dir));
    EXPECT_EQ(settings.slaHours(), AppSettings::kDefaultSlaHours);
    EXPECT_TRUE(settings.language().isEmpty());
    EXPECT_EQ(settings.replyLimit(Platform::Ozon), AppSettings::defaultReplyLimit(Platform::Ozon));
}

TEST(AppSettings, ChangedIsEmittedOnlyForRealChanges)
{
    rd::test::TempDir dir;
    AppSettings settings(iniIn(dir));
    QSignalSpy spy(&settings, &AppSettings::changed);
    settings.setAgentName(QStringLiteral("Anna"));
    settings.setAgentName(QStringLiteral("Anna"));
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.at(0).at(0).toString(), QString::fromLatin1(AppSettings::kAgentName));
}

TEST(AppSettings, InstanceCanBeReplaced)
{
    rd::test::TempDir dir;
    AppSettings settings(iniIn(dir));
    AppSettings::setInstance(&settings);
    EXPECT_EQ(AppSettings::instance(), &settings);
    AppSettings::setInstance(nullptr);
    EXPECT_NE(AppSettings::instance(), &settings);
}
