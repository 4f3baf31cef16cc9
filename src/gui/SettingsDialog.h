#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace rd::gui {

class AppSettings;

// Settings > Preferences: the agent's name and title, the team's shops, the first-response
// time (SLA), the UI language (from the next start), the database (current, recent, open,
// new) and the platforms' reply limits. OK writes the values to AppSettings; Cancel keeps
// them. Opening or creating a database does not wait for OK: the dialog asks the main window
// through databaseRequested() and shows the result given to setCurrentDatabase().
//
// Test hooks: the widgets have stable object names (agentNameEdit, shopsList, slaSpin,
// languageCombo, recentList, limit_<platform key>...), and file dialogs go through
// FileChooser, which tests answer with FileChooser::setNextForTesting().
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(AppSettings& settings, const QString& currentDatabase,
                   QWidget* parent = nullptr);
    ~SettingsDialog() override;

    // Shows which database is open (after databaseRequested() was handled).
    void setCurrentDatabase(const QString& path);
    // True when OK changed the UI language: it applies at the next start.
    bool languageChanged() const { return m_languageChanged; }

    void accept() override;

Q_SIGNALS:
    // Open (or, with `create`, create) this database in the main window.
    void databaseRequested(const QString& path, bool create);

private Q_SLOTS:
    void addShop();
    void removeShop();
    void openRecent();
    void openOtherDatabase();
    void createDatabase();
    void resetLimits();

private:
    void loadValues();
    void saveValues();
    void fillLanguages();
    void fillRecent();
    void showDatabaseMessage(const QString& text, bool error);

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    AppSettings& m_settings;
    QString m_currentDatabase;
    bool m_languageChanged = false;
};

} // namespace rd::gui
