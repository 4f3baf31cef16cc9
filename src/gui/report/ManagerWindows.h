#pragma once

#include <QObject>
#include <QPointer>

class QAction;

namespace rd::gui {

class BurstMonitor;
class MainWindow;
class ReportWindow;
class RuleEditorWindow;
class TemplateEditorWindow;

// The manager's windows of the main window's View menu: the weekly report, the rule editor and
// the template editor, each opened on the main window's database and kept until the program
// ends (closing one hides it). Wires what they need from the main window: the report's
// drill-down opens the queue on the reviews behind a figure, the burst alerts are marked in the
// queue (BurstMonitor), and a re-classification reloads the queue. Keeps the main window's
// own code to a hook (MainWindow::showReviews) and one line in its constructor.
class ManagerWindows : public QObject
{
    Q_OBJECT

public:
    explicit ManagerWindows(MainWindow* window);
    ~ManagerWindows() override;

    // Created on first use, shown and raised by the actions.
    ReportWindow* reportWindow();
    RuleEditorWindow* ruleEditor();
    TemplateEditorWindow* templateEditor();
    BurstMonitor* burstMonitor() const { return m_bursts; }

    QAction* reportAction() const { return m_reportAction; }
    QAction* rulesAction() const { return m_rulesAction; }
    QAction* templatesAction() const { return m_templatesAction; }

    void showReport();
    void showRuleEditor();
    void showTemplateEditor();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void addActions();
    void retranslate();
    void onDatabaseOpened(const QString& path);

    MainWindow* m_window;
    BurstMonitor* m_bursts;
    QAction* m_reportAction;
    QAction* m_rulesAction;
    QAction* m_templatesAction;
    QPointer<ReportWindow> m_report;
    QPointer<RuleEditorWindow> m_rules;
    QPointer<TemplateEditorWindow> m_templates;
};

} // namespace rd::gui
