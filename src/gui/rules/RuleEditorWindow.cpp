#include "rules/RuleEditorWindow.h"

#include "FileChooser.h"
#include "rules/EvaluationTask.h"
#include "rules/EvaluationView.h"
#include "rules/LiveTestPanel.h"
#include "rules/ReclassifyTask.h"
#include "rules/RuleBrowser.h"
#include "rules/RuleCompiler.h"
#include "rules/RuleFormBinder.h"

#include "classify/Classifier.h"

#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include "ui_RuleEditorWindow.h"

namespace rd::gui {

RuleEditorWindow::RuleEditorWindow(QWidget* parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::RuleEditorWindow>())
{
    m_ui->setupUi(this);
    m_browser = new RuleBrowser(m_ui->ruleTree, m_ui->ruleFilter, this);
    m_form = new RuleFormBinder(*m_ui, this);
    m_live = new LiveTestPanel({m_ui->liveTitle, m_ui->liveRating, m_ui->liveText, m_ui->liveGold,
                                m_ui->liveResult, m_ui->evidenceTree},
                               this);
    m_compiler = new RuleCompiler(this);
    m_evaluator = new EvaluationTask(this);
    m_reclassifier = new ReclassifyTask(this);
    m_compileTimer.setSingleShot(true);
    m_compileTimer.setInterval(150); // a pause in typing, not every key
    m_ui->mainSplitter->setStretchFactor(0, 2);
    m_ui->mainSplitter->setStretchFactor(1, 3);
    m_ui->mainSplitter->setStretchFactor(2, 4);
    m_ui->mainSplitter->setSizes({330, 440, 620});
    m_ui->evaluationSplitter->setSizes({200, 170, 260});
    connectUi();
    retranslate();
    setBusy(false, false);
    m_ui->messageFrame->hide();
    setRuleSources(RuleSources::standard());
}

RuleEditorWindow::~RuleEditorWindow()
{
    // Nothing may call back into this window while the base class deletes the widgets: the
    // helpers that listen to the widgets go first, then every connection to the window.
    m_reclassifier->cancel();
    m_evaluator->cancel();
    delete m_live;
    delete m_form;
    delete m_browser;
    for (QObject* child : findChildren<QObject*>()) {
        child->disconnect(this);
    }
}

void RuleEditorWindow::connectUi()
{
    connect(m_browser, &RuleBrowser::currentChanged, this, &RuleEditorWindow::onCurrentRuleChanged);
    connect(m_form, &RuleFormBinder::edited, this, &RuleEditorWindow::onFormEdited);
    connect(&m_compileTimer, &QTimer::timeout, this,
            [this] { m_requested = m_compiler->request(m_document.toText()); });
    connect(m_compiler, &RuleCompiler::compiled, this, &RuleEditorWindow::onCompiled);
    connect(m_ui->newRuleButton, &QPushButton::clicked, this, &RuleEditorWindow::newRule);
    connect(m_ui->overrideButton, &QPushButton::clicked, this, &RuleEditorWindow::overrideRule);
    connect(m_ui->disableButton, &QPushButton::clicked, this, &RuleEditorWindow::toggleDisabled);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &RuleEditorWindow::deleteRule);
    connect(m_ui->actionSave, &QAction::triggered, this, &RuleEditorWindow::save);
    connect(m_ui->actionRevert, &QAction::triggered, this, &RuleEditorWindow::revert);
    connect(m_ui->actionReclassify, &QAction::triggered, this, &RuleEditorWindow::reclassify);
    connect(m_ui->reclassifyButton, &QPushButton::clicked, this, &RuleEditorWindow::reclassify);
    connect(m_ui->actionClose, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &RuleEditorWindow::chooseLabelled);
    connect(m_ui->evaluateButton, &QPushButton::clicked, this,
            [this] { evaluate(m_ui->labelledPath->text().trimmed()); });
    connect(m_ui->labelledPath, &QLineEdit::returnPressed, m_ui->evaluateButton,
            &QPushButton::click);
    connect(m_ui->cancelEvaluationButton, &QPushButton::clicked, this,
            &RuleEditorWindow::cancelEvaluation);
    connect(m_ui->cancelReclassifyButton, &QPushButton::clicked, this,
            &RuleEditorWindow::cancelReclassify);
    connect(m_ui->misclassifiedTree, &QTreeWidget::currentItemChanged, this,
            &RuleEditorWindow::onMisclassifiedActivated);
    connect(m_evaluator, &EvaluationTask::progress, this, [this](qint64 done, qint64 total) {
        m_ui->evaluationProgress->setRange(0, static_cast<int>(total));
        m_ui->evaluationProgress->setValue(static_cast<int>(done));
    });
    connect(m_evaluator, &EvaluationTask::finished, this, &RuleEditorWindow::onEvaluated);
    connect(m_evaluator, &EvaluationTask::failed, this, [this](const QString& reason) {
        setBusy(false, isReclassifying());
        m_ui->evaluationSummary->setText(tr("Not evaluated: %1").arg(reason));
        Q_EMIT evaluationFinished();
    });
    connect(m_reclassifier, &ReclassifyTask::progress, this, [this](qint64 done, qint64 total) {
        m_ui->reclassifyProgress->setRange(0, static_cast<int>(std::max<qint64>(total, 1)));
        m_ui->reclassifyProgress->setValue(static_cast<int>(done));
        showMessage(tr("Re-classifying the store: %1 of %2 reviews…").arg(done).arg(total));
    });
    connect(m_reclassifier, &ReclassifyTask::finished, this, &RuleEditorWindow::onReclassified);
    connect(m_reclassifier, &ReclassifyTask::failed, this, [this](const QString& reason) {
        setBusy(isEvaluating(), false);
        showMessage(tr("The store was not re-classified: %1").arg(reason));
    });
}

void RuleEditorWindow::retranslate()
{
    m_ui->retranslateUi(this);
    setWindowTitle(tr("Rule editor — ReviewDesk") + QStringLiteral("[*]"));
    m_form->retranslate();
    m_live->retranslate();
    m_browser->rebuild();
    onCurrentRuleChanged();
    if (m_evaluation) {
        EvaluationView::show(*m_evaluation, {m_ui->evaluationSummary, m_ui->scoreTable,
                                             m_ui->confusionTable, m_ui->misclassifiedTree});
    }
}

void RuleEditorWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QMainWindow::changeEvent(event);
}

void RuleEditorWindow::setRuleSources(const RuleSources& sources)
{
    m_sources = sources;
    m_sources.userText.reset();
    m_compiler->setSources(m_sources);
    loadRules();
}

void RuleEditorWindow::loadRules()
{
    m_builtinProblems.clear();
    m_builtins = RuleDraft::builtin(m_sources.builtinDir, m_builtinProblems);
    m_document = UserRuleDocument();
    m_savedText.clear();
    const QString path = QString::fromStdString(m_sources.userFile);
    QFile file(path);
    if (!path.isEmpty() && file.open(QIODevice::ReadOnly)) {
        const QByteArray bytes = file.readAll();
        std::string error;
        if (auto doc = UserRuleDocument::fromText(bytes.toStdString(), error)) {
            m_document = std::move(*doc);
            m_savedText = m_document.toText();
        } else {
            showMessage(tr("%1:%2 — the file is not valid JSON and cannot be edited here. Saving "
                           "replaces it with the rules shown.")
                            .arg(path, QString::fromStdString(error)));
        }
    } else {
        m_savedText = m_document.toText(); // no file yet: an empty one is "unchanged"
    }
    m_browser->setRules(&m_builtins, &m_document);
    structureChanged();
    setWindowModified(isModified());
}

bool RuleEditorWindow::isModified() const
{
    return m_document.toText() != m_savedText;
}

void RuleEditorWindow::openDatabase(const QString& path)
{
    m_databasePath = path;
    updateActions();
}

bool RuleEditorWindow::selectRule(const QString& id)
{
    return m_browser->selectId(id);
}

void RuleEditorWindow::onCurrentRuleChanged()
{
    const auto entry = m_browser->current();
    if (!entry) {
        m_form->showNothing();
        m_ui->stateLabel->setText(tr("Choose a rule on the left, or add one with New."));
    } else if (entry->builtin) {
        const RuleDraft& d = m_builtins[static_cast<std::size_t>(entry->index)];
        m_form->show(d, false);
        m_ui->stateLabel->setText(
            m_browser->isOverridden(d.id)
                ? tr("Built-in rule, replaced by your rule of the same id.")
                : tr("Built-in rule (read-only): Override copies it into your file to change "
                     "it; Switch off turns it off."));
    } else {
        m_form->show(m_document.rules()[static_cast<std::size_t>(entry->index)], true);
        m_ui->stateLabel->setText(tr("Your rule: changes apply to the live test at once and to "
                                     "the program when saved."));
    }
    updateActions();
}

void RuleEditorWindow::onFormEdited()
{
    const auto entry = m_browser->current();
    if (!entry || entry->builtin) {
        return;
    }
    RuleDraft& rule = m_document.rules()[static_cast<std::size_t>(entry->index)];
    const std::string oldId = rule.id;
    rule = m_form->read(rule);
    if (rule.id != oldId) {
        m_browser->rebuild(); // a built-in rule may be replaced (or not) now
    } else {
        m_browser->updateCurrent();
    }
    setWindowModified(isModified());
    scheduleCompile();
}

void RuleEditorWindow::newRule()
{
    RuleDraft d;
    int n = 1;
    while (m_document.indexOf("user.product.rule" + std::to_string(n)) >= 0) {
        ++n;
    }
    d.id = "user.product.rule" + std::to_string(n);
    d.languages = {"any"};
    m_document.rules().push_back(d);
    m_ui->ruleFilter->clear();
    structureChanged();
    m_browser->select({false, static_cast<int>(m_document.rules().size()) - 1});
    m_ui->termsEdit->setFocus();
}

void RuleEditorWindow::overrideRule()
{
    const auto entry = m_browser->current();
    if (!entry || !entry->builtin) {
        return;
    }
    const RuleDraft& builtin = m_builtins[static_cast<std::size_t>(entry->index)];
    if (m_document.indexOf(builtin.id) < 0) {
        RuleDraft copy = builtin;
        copy.file.clear();
        copy.line = 0;
        m_document.rules().push_back(copy);
        m_document.setDisabled(builtin.id, false);
    }
    structureChanged();
    m_browser->select({false, m_document.indexOf(builtin.id)});
}

void RuleEditorWindow::toggleDisabled()
{
    const auto entry = m_browser->current();
    if (!entry || !entry->builtin) {
        return;
    }
    const std::string& id = m_builtins[static_cast<std::size_t>(entry->index)].id;
    m_document.setDisabled(id, !m_document.isDisabled(id));
    structureChanged();
}

void RuleEditorWindow::deleteRule()
{
    const auto entry = m_browser->current();
    if (!entry || entry->builtin) {
        return;
    }
    auto& rules = m_document.rules();
    rules.erase(rules.begin() + entry->index);
    structureChanged();
    if (!rules.empty()) {
        m_browser->select({false, std::min(entry->index, static_cast<int>(rules.size()) - 1)});
    }
}

void RuleEditorWindow::structureChanged()
{
    m_browser->rebuild();
    onCurrentRuleChanged();
    setWindowModified(isModified());
    scheduleCompile();
}

void RuleEditorWindow::scheduleCompile()
{
    m_compileTimer.start();
}

bool RuleEditorWindow::isCompiling() const
{
    return m_compileTimer.isActive() || m_compiled != m_requested;
}

void RuleEditorWindow::onCompiled(const std::shared_ptr<const CompiledDraft>& result)
{
    if (result->generation != m_requested) {
        return; // a newer draft is on its way
    }
    m_compiled = result->generation;
    m_draftAccepted = result->accepted();
    m_lastCompileMs = static_cast<double>(result->elapsedUs) / 1000.0;
    if (result->accepted()) {
        m_classifier = result->classifier;
        m_live->setClassifier(m_classifier);
        m_ui->liveStatus->setText(tr("Rules %1: %2 rules, %3 terms, compiled in %4 ms.")
                                      .arg(QString::fromStdString(m_classifier->rulesetVersion()))
                                      .arg(m_classifier->ruleCount())
                                      .arg(m_classifier->termCount())
                                      .arg(m_lastCompileMs, 0, 'f', 0));
    } else {
        m_ui->liveStatus->setText(tr("Your rules have errors (listed under the form): the live "
                                     "test uses the last rules that compiled."));
    }
    std::vector<int> lines;
    m_document.toText(&lines);
    showProblems(result->problems, lines);
    updateActions();
    if (!m_pendingEvaluation.isEmpty()) {
        const QString path = std::exchange(m_pendingEvaluation, QString());
        startEvaluation(path);
    }
}

void RuleEditorWindow::showProblems(const std::vector<RuleProblem>& problems,
                                    const std::vector<int>& lines)
{
    m_ui->problemList->clear();
    for (const RuleProblem& p : problems) {
        QString text = QString::fromStdString(p.toString());
        if (p.file == m_sources.userFile && p.line > 0) {
            // Name the rule: the line is one of the file as it will be written.
            const auto it = std::upper_bound(lines.begin(), lines.end(), p.line);
            if (it != lines.begin()) {
                const auto index = static_cast<std::size_t>(it - lines.begin() - 1);
                text += QStringLiteral(" — ") +
                        tr("rule %1").arg(QString::fromStdString(m_document.rules()[index].id));
            }
        }
        auto* item = new QListWidgetItem(text, m_ui->problemList);
        item->setForeground(p.warning ? palette().color(QPalette::PlaceholderText)
                                      : QColor(0xb0, 0x00, 0x20));
    }
    if (m_ui->problemList->count() == 0) {
        m_ui->problemList->addItem(tr("No problems."));
    }
}

QStringList RuleEditorWindow::problems() const
{
    QStringList out;
    for (int i = 0; i < m_ui->problemList->count(); ++i) {
        out << m_ui->problemList->item(i)->text();
    }
    return out;
}

QString RuleEditorWindow::message() const
{
    return m_ui->messageFrame->isHidden() ? QString() : m_ui->messageLabel->text();
}

void RuleEditorWindow::showMessage(const QString& text, bool offerReclassify)
{
    m_ui->messageLabel->setText(text);
    m_ui->messageFrame->show();
    m_ui->reclassifyButton->setVisible(offerReclassify && !m_reclassifying);
    updateActions();
}

bool RuleEditorWindow::save()
{
    std::vector<int> lines;
    const std::string text = m_document.toText(&lines);
    const CompiledDraft check = RuleCompiler::compile(m_sources, text);
    if (!check.accepted()) {
        showProblems(check.problems, lines);
        int errors = 0;
        for (const RuleProblem& p : check.problems) {
            errors += p.warning ? 0 : 1;
        }
        const QString first = problems().value(0);
        showMessage(
            tr("Not saved: the rule file has %n error(s); nothing was written. %1", nullptr, errors)
                .arg(first));
        return false;
    }
    const QString path = QString::fromStdString(m_sources.userFile);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) ||
        out.write(text.data(), static_cast<qint64>(text.size())) !=
            static_cast<qint64>(text.size()) ||
        !out.commit()) {
        showMessage(tr("Not saved: %1: %2").arg(path, out.errorString()));
        return false;
    }
    m_savedText = text;
    setWindowModified(false);
    showMessage(m_databasePath.isEmpty()
                    ? tr("Saved to %1. New imports use these rules.").arg(path)
                    : tr("Saved to %1. New imports use these rules; re-classify the store to "
                         "apply them to the stored reviews.")
                          .arg(path),
                !m_databasePath.isEmpty());
    Q_EMIT rulesSaved(path);
    return true;
}

void RuleEditorWindow::revert()
{
    loadRules();
    showMessage(tr("Changes dropped: the saved rule file is shown again."));
}

void RuleEditorWindow::updateActions()
{
    const auto entry = m_browser->current();
    const bool builtin = entry && entry->builtin;
    const std::string id =
        builtin ? m_builtins[static_cast<std::size_t>(entry->index)].id : std::string();
    m_ui->overrideButton->setEnabled(builtin && !m_browser->isOverridden(id));
    m_ui->disableButton->setEnabled(builtin);
    m_ui->disableButton->setText(builtin && m_document.isDisabled(id) ? tr("Switch on")
                                                                      : tr("Switch off"));
    m_ui->deleteButton->setEnabled(entry && !entry->builtin);
    m_ui->actionRevert->setEnabled(isModified());
    const bool canReclassify = !m_databasePath.isEmpty() && !isReclassifying();
    m_ui->actionReclassify->setEnabled(canReclassify);
    m_ui->reclassifyButton->setEnabled(canReclassify);
}

void RuleEditorWindow::setBusy(bool evaluating, bool reclassifying)
{
    m_evaluating = evaluating;
    m_reclassifying = reclassifying;
    m_ui->evaluateButton->setEnabled(!evaluating);
    m_ui->cancelEvaluationButton->setVisible(evaluating);
    m_ui->evaluationProgress->setVisible(evaluating);
    m_ui->reclassifyProgress->setVisible(reclassifying);
    m_ui->cancelReclassifyButton->setVisible(reclassifying);
    if (reclassifying) {
        m_ui->reclassifyButton->hide();
    }
    updateActions();
}

bool RuleEditorWindow::isEvaluating() const
{
    return m_evaluating;
}

bool RuleEditorWindow::isReclassifying() const
{
    return m_reclassifying;
}

void RuleEditorWindow::chooseLabelled()
{
    const QString path = FileChooser::openFile(
        this, tr("Labelled reviews"), QFileInfo(m_ui->labelledPath->text()).absolutePath(),
        tr("Labelled CSV (*.csv *.tsv *.txt);;All files (*)"));
    if (!path.isEmpty()) {
        m_ui->labelledPath->setText(path);
        evaluate(path);
    }
}

void RuleEditorWindow::evaluate(const QString& labelledPath)
{
    if (labelledPath.isEmpty()) {
        m_ui->evaluationSummary->setText(tr("Choose a labelled CSV first."));
        return;
    }
    if (isEvaluating()) {
        return;
    }
    m_ui->labelledPath->setText(labelledPath);
    m_ui->tabs->setCurrentWidget(m_ui->evaluationTab);
    EvaluationView::clear(
        {m_ui->evaluationSummary, m_ui->scoreTable, m_ui->confusionTable, m_ui->misclassifiedTree});
    setBusy(true, isReclassifying());
    m_ui->evaluationProgress->setRange(0, 0);
    if (isCompiling()) {
        m_pendingEvaluation = labelledPath; // evaluate the rules as they are now
        m_ui->evaluationSummary->setText(tr("Compiling the rules…"));
        return;
    }
    startEvaluation(labelledPath);
}

void RuleEditorWindow::startEvaluation(const QString& path)
{
    if (!m_draftAccepted || !m_classifier) {
        setBusy(false, isReclassifying());
        m_ui->evaluationSummary->setText(
            tr("Not evaluated: your rules have errors (listed under the form). Fix them first."));
        Q_EMIT evaluationFinished();
        return;
    }
    m_ui->evaluationSummary->setText(tr("Evaluating %1…").arg(path));
    m_evaluator->start(m_classifier, path, m_databasePath);
}

void RuleEditorWindow::cancelEvaluation()
{
    if (!m_pendingEvaluation.isEmpty()) {
        m_pendingEvaluation.clear();
        setBusy(false, isReclassifying());
        m_ui->evaluationSummary->setText(tr("Cancelled."));
        Q_EMIT evaluationFinished();
    }
    m_evaluator->cancel();
}

void RuleEditorWindow::onEvaluated(const std::shared_ptr<const EvaluationReport>& report)
{
    m_evaluation = report;
    setBusy(false, isReclassifying());
    EvaluationView::show(*report, {m_ui->evaluationSummary, m_ui->scoreTable, m_ui->confusionTable,
                                   m_ui->misclassifiedTree});
    Q_EMIT evaluationFinished();
}

void RuleEditorWindow::onMisclassifiedActivated()
{
    const QTreeWidgetItem* item = m_ui->misclassifiedTree->currentItem();
    if (!item || !m_evaluation) {
        return;
    }
    const auto index = item->data(0, Qt::UserRole).toULongLong();
    if (index >= m_evaluation->misclassified.size()) {
        return;
    }
    const Misclassified& m = m_evaluation->misclassified[index];
    m_live->showReview(m.review, m.gold);
    m_ui->tabs->setCurrentWidget(m_ui->liveTab);
}

bool RuleEditorWindow::reclassify()
{
    if (m_databasePath.isEmpty() || isReclassifying()) {
        return false;
    }
    if (isModified()) {
        showMessage(tr("Save your rules first: the store is re-classified with the saved rule "
                       "file."));
        return false;
    }
    RuleSources sources = m_sources;
    sources.keepLastGood = true;
    setBusy(isEvaluating(), true);
    m_ui->reclassifyProgress->setRange(0, 0);
    showMessage(tr("Re-classifying the store…"));
    m_reclassifier->start(m_databasePath, sources);
    return true;
}

void RuleEditorWindow::cancelReclassify()
{
    m_reclassifier->cancel();
}

void RuleEditorWindow::onReclassified(const ClassificationRun& run, const QString& version)
{
    setBusy(isEvaluating(), false);
    if (run.cancelled) {
        showMessage(tr("Re-classification cancelled: %1 of %2 reviews have the new results "
                       "(rules %3).")
                        .arg(run.classified)
                        .arg(run.total)
                        .arg(version),
                    true);
    } else {
        showMessage(tr("Re-classified %n review(s) with rules %1. A person's corrections were "
                       "kept.",
                       nullptr, static_cast<int>(run.classified))
                        .arg(version));
    }
    Q_EMIT storeReclassified();
}

} // namespace rd::gui
