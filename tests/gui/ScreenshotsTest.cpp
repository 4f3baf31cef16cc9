// Screenshots for the user guide and the README: not a test of behaviour. Runs only when
// REVIEWDESK_SCREENSHOT_DIR names the output folder (scripts/screenshots.sh runs it under Xvfb
// with CJK fonts, once per UI language given in REVIEWDESK_SCREENSHOT_LANG); skipped otherwise.
#include "AppSettings.h"
#include "DemoDatabase.h"
#include "ImportDialog.h"
#include "MainWindow.h"
#include "SettingsDialog.h"
#include "Translations.h"
#include "report/ManagerWindows.h"
#include "report/ReportWindow.h"
#include "rules/RuleEditorWindow.h"
#include "templates/TemplateEditorWindow.h"

#include "TestDatabase.h"
#include "TestSupport.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QScreen>
#include <QTabWidget>
#include <QTest>
#include <QTextEdit>

#include <gtest/gtest.h>

using namespace rd::gui;

namespace {

class ScreenshotsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_out = qEnvironmentVariable("REVIEWDESK_SCREENSHOT_DIR");
        if (m_out.isEmpty()) {
            GTEST_SKIP() << "REVIEWDESK_SCREENSHOT_DIR is not set";
        }
        m_language = qEnvironmentVariable("REVIEWDESK_SCREENSHOT_LANG", QStringLiteral("en"));
        static bool installed = false;
        if (!installed) {
            Translations::install(*qApp, m_language);
            installed = true;
        }
        QDir().mkpath(m_out);
        m_settings = std::make_unique<AppSettings>(QString::fromStdString(m_dir.file("s.ini")));
        m_settings->setShops({QStringLiteral("HOMEJOY Direct"), QStringLiteral("Мир гаджетов"),
                              QStringLiteral("优品家居旗舰店")});
        m_settings->setAgentName(QStringLiteral("王敏"));
        m_settings->setAgentTitle(QStringLiteral("客服主管"));
        AppSettings::setInstance(m_settings.get());
        m_database = QString::fromStdString(m_dir.file("demo.sqlite"));
        ASSERT_TRUE(DemoDatabase::create(m_database, {}).ok);
        m_settings->setLastDatabase(m_database);
    }

    void TearDown() override { AppSettings::setInstance(nullptr); }

    void save(QWidget& widget, const QString& name)
    {
        QTest::qWait(300); // layouts, lazy loading, fonts
        const QString file = QStringLiteral("%1/%2-%3.png").arg(m_out, name, m_language);
        ASSERT_TRUE(widget.grab().save(file)) << file.toStdString();
    }

    rd::test::TempDir m_dir;
    QString m_out;
    QString m_language;
    QString m_database;
    std::unique_ptr<AppSettings> m_settings;
};

} // namespace

TEST_F(ScreenshotsTest, MainWindow)
{
    MainWindow window;
    window.resize(1400, 860);
    window.show();
    ASSERT_TRUE(window.openDatabase(m_database));
    QTest::qWait(1500);
    save(window, QStringLiteral("main-window"));
}

TEST_F(ScreenshotsTest, ImportDialog)
{
    const QString csv = QString::fromStdString(rd::test::fixture("gui/unknown-text-column.csv"));
    ImportDialog dialog(m_database, {csv}, *m_settings);
    dialog.resize(980, 560);
    dialog.show();
    save(dialog, QStringLiteral("import-dialog"));
}

TEST_F(ScreenshotsTest, SettingsDialog)
{
    SettingsDialog dialog(*m_settings, m_database);
    dialog.show();
    save(dialog, QStringLiteral("settings-general"));
    dialog.findChild<QTabWidget*>(QStringLiteral("tabs"))->setCurrentIndex(2);
    save(dialog, QStringLiteral("settings-replies"));
}

TEST_F(ScreenshotsTest, TemplateEditor)
{
    // A user file that narrows two templates to some platforms, so the grid shows its red cells.
    const std::string userFile = m_dir.file("templates.json");
    rd::test::writeFile(userFile, R"({"templates": [
        {"id": "price", "platforms": ["ozon", "wildberries"]},
        {"id": "safety", "platforms": ["ozon", "amazon", "wildberries"]}]})");
    TemplateEditorWindow window;
    window.setUserFile(QString::fromStdString(userFile));
    window.openDatabase(m_database);
    window.resize(1500, 900);
    window.show();
    const rd::Language language = m_language == QLatin1String("ru")      ? rd::Language::Ru
                                  : m_language == QLatin1String("zh_CN") ? rd::Language::Zh
                                                                         : rd::Language::En;
    window.selectTemplate(QStringLiteral("product.size"));
    window.selectLanguage(language);
    // Product complaints on the language's home platform: zh Taobao, ru Ozon, en Amazon.
    window.selectCell(0, language == rd::Language::Zh ? 2 : language == rd::Language::Ru ? 5 : 11);
    window.selectTemplate(QStringLiteral("product.size"));
    save(window, QStringLiteral("template-editor"));
}

TEST_F(ScreenshotsTest, ReportWindow)
{
    MainWindow main;
    ASSERT_TRUE(main.openDatabase(m_database));
    ReportWindow* window = main.managerWindows()->reportWindow();
    window->resize(1500, 1180);
    window->show();
    // The demo reviews' busiest week, with alerts at 3 complaints on a product within 72 hours.
    rd::ReportOptions options = window->options();
    options.week = {2026, 46};
    options.weeks = 10;
    options.burst.count = 3;
    options.burst.hours = 72;
    window->setOptions(options);
    ASSERT_TRUE(rd::test::waitUntil([&] { return window->report() && !window->isComputing(); }));
    save(*window, QStringLiteral("report"));
}

TEST_F(ScreenshotsTest, RuleEditor)
{
    // A user file with one rule of the screenshot's language, selected; the live box shows a
    // review of that language with its matched words.
    const bool ru = m_language == QLatin1String("ru");
    const bool zh = m_language == QLatin1String("zh_CN");
    const std::string userFile = m_dir.file("rules.json");
    rd::test::writeFile(userFile, ru   ? R"({"rules": [{"id": "user.product.squeak",
        "target": "product", "language": "ru", "terms": ["скрип*", "треск*"],
        "note": "скрипит и трещит"}]})"
                                  : zh ? R"({"rules": [{"id": "user.product.noise",
        "target": "product", "language": "zh", "terms": ["异响", "咔咔响"],
        "note": "噪音"}]})"
                                       : R"({"rules": [{"id": "user.product.squeak",
        "target": "product", "language": "en", "terms": ["squeak*", "rattl{e,es,ing}"],
        "note": "noisy furniture"}]})");
    rd::RuleSources sources = rd::RuleSources::standard();
    sources.userFile = userFile;
    RuleEditorWindow window;
    window.setRuleSources(sources);
    window.openDatabase(m_database);
    window.resize(1500, 900);
    window.show();
    window.selectRule(zh ? QStringLiteral("user.product.noise")
                         : QStringLiteral("user.product.squeak"));
    ASSERT_TRUE(rd::test::waitUntil([&] { return !window.isCompiling() && window.classifier(); }));
    window.findChild<QComboBox*>(QStringLiteral("liveRating"))->setCurrentIndex(1);
    window.findChild<QTextEdit*>(QStringLiteral("liveText"))
        ->setPlainText(
            ru   ? QStringLiteral("Доставка быстрая, но чайник сломался через два дня, "
                                    "крышка скрипит, а продавец не отвечает.")
            : zh ? QStringLiteral("物流很快，但是用了两天就坏了，开关有异响，客服也不理人。")
                 : QStringLiteral("Delivery was fast, but the kettle stopped working "
                                  "after two days, the lid squeaks and the seller "
                                  "does not answer."));
    save(window, QStringLiteral("rule-editor"));
}
