#include "report/ManagerWindows.h"

#include "MainWindow.h"
#include "queue/QueueModel.h"
#include "report/BurstMonitor.h"
#include "report/ReportWindow.h"
#include "rules/RuleEditorWindow.h"
#include "templates/TemplateEditorWindow.h"

#include <QAction>
#include <QEvent>
#include <QMenu>

namespace rd::gui {
namespace {

void raise(QWidget* window)
{
    window->show();
    window->setWindowState(window->windowState() & ~Qt::WindowMinimized);
    window->raise();
    window->activateWindow();
}

} // namespace

ManagerWindows::ManagerWindows(MainWindow* window)
    : QObject(window), m_window(window), m_bursts(new BurstMonitor(this)),
      m_reportAction(new QAction(this)), m_rulesAction(new QAction(this)),
      m_templatesAction(new QAction(this))
{
    m_reportAction->setObjectName(QStringLiteral("actionWeeklyReport"));
    m_rulesAction->setObjectName(QStringLiteral("actionRuleEditor"));
    m_templatesAction->setObjectName(QStringLiteral("actionTemplateEditor"));
    m_reportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_rulesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_templatesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    connect(m_reportAction, &QAction::triggered, this, &ManagerWindows::showReport);
    connect(m_rulesAction, &QAction::triggered, this, &ManagerWindows::showRuleEditor);
    connect(m_templatesAction, &QAction::triggered, this, &ManagerWindows::showTemplateEditor);
    addActions();
    retranslate();
    window->installEventFilter(this);

    m_bursts->setSettings(ReportWindow::savedBurstSettings());
    connect(m_bursts, &BurstMonitor::marksChanged, this,
            [this](const QSet<qint64>& ids) { m_window->queueModel()->setBurstReviews(ids); });
    connect(m_window, &MainWindow::databaseOpened, this, &ManagerWindows::onDatabaseOpened);
    // New rows (an import, a filter) may bring new complaints: look again, at most every 15 s.
    connect(m_window->queueModel(), &QueueModel::firstRowsLoaded, this,
            [this] { m_bursts->check(); });
}

ManagerWindows::~ManagerWindows()
{
    delete m_report;
    delete m_rules;
    delete m_templates;
}

void ManagerWindows::addActions()
{
    QMenu* view = m_window->findChild<QMenu*>(QStringLiteral("menuView"));
    if (!view) {
        return;
    }
    view->addSeparator();
    view->addAction(m_reportAction);
    view->addAction(m_rulesAction);
    view->addAction(m_templatesAction);
}

void ManagerWindows::retranslate()
{
    m_reportAction->setText(tr("Weekly &report"));
    m_reportAction->setStatusTip(
        tr("Complaint causes per week, top products and phrases, response figures, alerts"));
    m_rulesAction->setText(tr("R&ule editor"));
    m_rulesAction->setStatusTip(tr("Edit and test the classification rules"));
    m_templatesAction->setText(tr("&Template editor"));
    m_templatesAction->setStatusTip(tr("Edit and preview the reply templates"));
}

bool ManagerWindows::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    return QObject::eventFilter(watched, event);
}

void ManagerWindows::onDatabaseOpened(const QString& path)
{
    m_bursts->open(path);
    if (m_report) {
        m_report->openDatabase(path);
    }
    if (m_rules) {
        m_rules->openDatabase(path);
    }
    if (m_templates) {
        m_templates->openDatabase(path);
    }
}

ReportWindow* ManagerWindows::reportWindow()
{
    if (!m_report) {
        // A window of its own (no parent): it stays usable beside the main window.
        m_report = new ReportWindow;
        connect(m_report, &ReportWindow::reviewsRequested, m_window,
                [this](const ReviewFilter& filter, const QString& description) {
                    m_window->showReviews(filter, description);
                    raise(m_window);
                });
        connect(m_report, &ReportWindow::burstSettingsChanged, this,
                [this](int count, double hours) {
                    BurstSettings s;
                    s.count = count;
                    s.hours = hours;
                    m_bursts->setSettings(s);
                });
        if (!m_window->databasePath().isEmpty()) {
            m_report->openDatabase(m_window->databasePath());
        }
    }
    return m_report;
}

void ManagerWindows::showReport()
{
    ReportWindow* window = reportWindow();
    if (window->databasePath() != m_window->databasePath()) {
        window->openDatabase(m_window->databasePath());
    }
    raise(window);
}

RuleEditorWindow* ManagerWindows::ruleEditor()
{
    if (!m_rules) {
        // A window of its own (no parent), like the report.
        m_rules = new RuleEditorWindow;
        // Re-classified reviews may change category: the queue and its counts load again.
        connect(m_rules, &RuleEditorWindow::storeReclassified, m_window, &MainWindow::reloadAll);
        if (!m_window->databasePath().isEmpty()) {
            m_rules->openDatabase(m_window->databasePath());
        }
    }
    return m_rules;
}

TemplateEditorWindow* ManagerWindows::templateEditor()
{
    if (!m_templates) {
        // A window of its own (no parent), like the report.
        m_templates = new TemplateEditorWindow;
        // Saved templates are used for the next drafts at once.
        connect(m_templates, &TemplateEditorWindow::templatesSaved, m_window,
                &MainWindow::reloadTemplates);
        if (!m_window->databasePath().isEmpty()) {
            m_templates->openDatabase(m_window->databasePath());
        }
    }
    return m_templates;
}

void ManagerWindows::showRuleEditor()
{
    RuleEditorWindow* window = ruleEditor();
    if (window->databasePath() != m_window->databasePath()) {
        window->openDatabase(m_window->databasePath());
    }
    raise(window);
}

void ManagerWindows::showTemplateEditor()
{
    TemplateEditorWindow* window = templateEditor();
    if (window->databasePath() != m_window->databasePath()) {
        window->openDatabase(m_window->databasePath());
    }
    raise(window);
}

} // namespace rd::gui
