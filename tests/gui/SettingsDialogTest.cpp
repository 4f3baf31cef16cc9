#include "SettingsDialog.h"
#include "AppSettings.h"
#include "FileChooser.h"

#include "TestSupport.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

#include <gtest/gtest.h>

using rd::Platform;
using rd::gui::AppSettings;
using rd::gui::FileChooser;
using rd::gui::SettingsDialog;

namespace {

template <typename T>
T* child(QWidget& parent, const char* name)
{
    T* widget = parent.findChild<T*>(QString::fromLatin1(name));
    EXPECT_NE(widget, nullptr) << name;
    return widget;
}

class SettingsDialogTest : public ::testing::Test
{
protected:
    rd::test::TempDir m_dir;
    AppSettings m_settings{QString::fromStdString(m_dir.file("settings.ini"))};
};

} // namespace

TEST_F(SettingsDialogTest, ShowsTheStoredValues)
{
    m_settings.setAgentName(QStringLiteral("李娜"));
    m_settings.setShops({QStringLiteral("A"), QStringLiteral("B")});
    m_settings.setSlaHours(12);
    m_settings.setLanguage(QStringLiteral("ru"));
    m_settings.setReplyLimit(Platform::Amazon, 1200);
    SettingsDialog dialog(m_settings, QStringLiteral("/tmp/x.sqlite"));

    EXPECT_EQ(child<QLineEdit>(dialog, "agentNameEdit")->text(), QStringLiteral("李娜"));
    EXPECT_EQ(child<QListWidget>(dialog, "shopsList")->count(), 2);
    EXPECT_EQ(child<QSpinBox>(dialog, "slaSpin")->value(), 12);
    EXPECT_EQ(child<QComboBox>(dialog, "languageCombo")->currentData().toString(),
              QStringLiteral("ru"));
    EXPECT_EQ(child<QSpinBox>(dialog, "limit_amazon")->value(), 1200);
    EXPECT_EQ(child<QSpinBox>(dialog, "limit_taobao")->value(), 500);
    EXPECT_TRUE(child<QLabel>(dialog, "currentDatabaseLabel")->text().contains("x.sqlite"));
}

TEST_F(SettingsDialogTest, OkWritesTheEditedValues)
{
    SettingsDialog dialog(m_settings, {});
    dialog.show();
    auto* name = child<QLineEdit>(dialog, "agentNameEdit");
    name->clear();
    QTest::keyClicks(name, QStringLiteral("Anna Petrova"));
    child<QLineEdit>(dialog, "agentTitleEdit")->setText(QStringLiteral("Support lead"));
    QTest::mouseClick(child<QPushButton>(dialog, "addShopButton"), Qt::LeftButton);
    auto* shops = child<QListWidget>(dialog, "shopsList");
    ASSERT_EQ(shops->count(), 1);
    shops->item(0)->setText(QStringLiteral("Магазин Света"));
    child<QSpinBox>(dialog, "slaSpin")->setValue(4);
    auto* language = child<QComboBox>(dialog, "languageCombo");
    language->setCurrentIndex(language->findData(QStringLiteral("zh_CN")));
    EXPECT_TRUE(child<QLabel>(dialog, "languageNote")->isVisible());
    child<QSpinBox>(dialog, "limit_ozon")->setValue(0);
    child<QSpinBox>(dialog, "limit_taobao")->setValue(450);

    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(dialog.languageChanged());

    AppSettings reread(m_settings.fileName());
    EXPECT_EQ(reread.agentName(), QStringLiteral("Anna Petrova"));
    EXPECT_EQ(reread.agentTitle(), QStringLiteral("Support lead"));
    EXPECT_EQ(reread.shops(), QStringList{QStringLiteral("Магазин Света")});
    EXPECT_EQ(reread.slaHours(), 4);
    EXPECT_EQ(reread.language(), QStringLiteral("zh_CN"));
    EXPECT_EQ(reread.replyLimit(Platform::Ozon), 0);
    EXPECT_EQ(reread.replyLimit(Platform::Taobao), 450);
}

TEST_F(SettingsDialogTest, CancelKeepsTheOldValues)
{
    m_settings.setAgentName(QStringLiteral("Old"));
    SettingsDialog dialog(m_settings, {});
    child<QLineEdit>(dialog, "agentNameEdit")->setText(QStringLiteral("New"));
    child<QSpinBox>(dialog, "slaSpin")->setValue(99);
    dialog.reject();
    EXPECT_EQ(m_settings.agentName(), QStringLiteral("Old"));
    EXPECT_EQ(m_settings.slaHours(), AppSettings::kDefaultSlaHours);
    EXPECT_FALSE(dialog.languageChanged());
}

TEST_F(SettingsDialogTest, RemoveShopAndRestoreDefaultLimits)
{
    m_settings.setShops({QStringLiteral("A"), QStringLiteral("B")});
    m_settings.setReplyLimit(Platform::Taobao, 200);
    SettingsDialog dialog(m_settings, {});
    auto* shops = child<QListWidget>(dialog, "shopsList");
    shops->setCurrentRow(0);
    QTest::mouseClick(child<QPushButton>(dialog, "removeShopButton"), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(dialog, "resetLimitsButton"), Qt::LeftButton);
    EXPECT_EQ(child<QSpinBox>(dialog, "limit_taobao")->value(), 500);
    dialog.accept();
    EXPECT_EQ(m_settings.shops(), QStringList{QStringLiteral("B")});
    EXPECT_EQ(m_settings.replyLimit(Platform::Taobao), 500);
}

TEST_F(SettingsDialogTest, RecentDatabasesOpenAndMissingOnesAreDisabled)
{
    const QString present = QString::fromStdString(m_dir.file("present.sqlite"));
    const QString gone = QString::fromStdString(m_dir.file("gone.sqlite"));
    rd::test::writeFile(present.toStdString(), "");
    m_settings.setLastDatabase(gone);
    m_settings.setLastDatabase(present);
    SettingsDialog dialog(m_settings, present);
    QSignalSpy requested(&dialog, &SettingsDialog::databaseRequested);

    auto* recent = child<QListWidget>(dialog, "recentList");
    ASSERT_EQ(recent->count(), 2);
    EXPECT_TRUE(recent->item(0)->flags() & Qt::ItemIsEnabled);
    EXPECT_FALSE(recent->item(1)->flags() & Qt::ItemIsEnabled);
    EXPECT_TRUE(recent->item(1)->text().contains("gone.sqlite"));

    recent->setCurrentRow(0);
    QTest::mouseClick(child<QPushButton>(dialog, "openRecentButton"), Qt::LeftButton);
    ASSERT_EQ(requested.count(), 1);
    EXPECT_EQ(requested.at(0).at(0).toString(), present);
    EXPECT_FALSE(requested.at(0).at(1).toBool());
}

TEST_F(SettingsDialogTest, OpenAndNewDatabaseGoThroughTheFileChooser)
{
    const QString existing = QString::fromStdString(m_dir.file("team.sqlite"));
    rd::test::writeFile(existing.toStdString(), "");
    SettingsDialog dialog(m_settings, existing);
    QSignalSpy requested(&dialog, &SettingsDialog::databaseRequested);

    FileChooser::setNextForTesting({existing});
    QTest::mouseClick(child<QPushButton>(dialog, "openDatabaseButton"), Qt::LeftButton);
    ASSERT_EQ(requested.count(), 1);
    EXPECT_EQ(requested.at(0).at(0).toString(), existing);

    // "New" refuses an existing file with a message in the dialog, and adds ".sqlite".
    FileChooser::setNextForTesting({existing});
    QTest::mouseClick(child<QPushButton>(dialog, "newDatabaseButton"), Qt::LeftButton);
    EXPECT_EQ(requested.count(), 1);
    EXPECT_TRUE(child<QLabel>(dialog, "databaseMessage")->text().contains("already exists"));

    FileChooser::setNextForTesting({QString::fromStdString(m_dir.file("fresh"))});
    QTest::mouseClick(child<QPushButton>(dialog, "newDatabaseButton"), Qt::LeftButton);
    ASSERT_EQ(requested.count(), 2);
    EXPECT_EQ(requested.at(1).at(0).toString(), QString::fromStdString(m_dir.file("fresh.sqlite")));
    EXPECT_TRUE(requested.at(1).at(1).toBool());
    EXPECT_TRUE(child<QLabel>(dialog, "databaseMessage")->text().isEmpty());

    // A cancelled file dialog does nothing.
    FileChooser::setNextForTesting({QString()});
    QTest::mouseClick(child<QPushButton>(dialog, "openDatabaseButton"), Qt::LeftButton);
    EXPECT_EQ(requested.count(), 2);
    EXPECT_FALSE(FileChooser::hasPendingTestAnswers());
}
