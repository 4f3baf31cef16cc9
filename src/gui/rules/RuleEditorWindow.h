#pragma once

#include "classify/ClassificationService.h"
#include "classify/ClassifierEvaluation.h"
#include "classify/ClassifierFactory.h"
#include "classify/RuleDraft.h"
#include "classify/UserRuleDocument.h"

#include <QMainWindow>
#include <QTimer>

#include <memory>

namespace Ui {
class RuleEditorWindow;
}

namespace rd::gui {

class EvaluationTask;
class LiveTestPanel;
class ReclassifyTask;
class RuleBrowser;
class RuleCompiler;
class RuleFormBinder;
struct CompiledDraft;

// The rule editor (docs/rules.md, "Rule editor"): browse the built-in rules (read-only) and
// the user's rules, edit the user rule file (add, change, delete rules, replace or switch off
// built-in ones), try the rules being edited on any text in the live box, evaluate them
// against a labelled CSV, save them (checked first: an invalid file is refused with the
// parser's reasons and nothing is written), and re-classify the store in the background.
class RuleEditorWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit RuleEditorWindow(QWidget* parent = nullptr);
    ~RuleEditorWindow() override;

    // Where the rules are read and saved (default RuleSources::standard()); reloads both.
    void setRuleSources(const RuleSources& sources);
    const RuleSources& ruleSources() const { return m_sources; }
    // The database that evaluation looks reviews up in and re-classification works on.
    void openDatabase(const QString& path);
    QString databasePath() const { return m_databasePath; }

    bool isModified() const;
    // Checks the edited file and writes it atomically; false (and nothing written) when the
    // rule parser rejects it or the file cannot be written - message() says why.
    bool save();
    void revert();
    bool selectRule(const QString& id);

    // Evaluates the rules being edited against a labelled CSV in the background.
    void evaluate(const QString& labelledPath);
    void cancelEvaluation();
    // Re-classifies the whole store with the saved rules in the background; false when it
    // cannot start (no database, unsaved edits, already running).
    bool reclassify();
    void cancelReclassify();

    bool isCompiling() const;
    bool isEvaluating() const;
    bool isReclassifying() const;
    const EvaluationReport* evaluation() const { return m_evaluation.get(); }
    std::shared_ptr<const Classifier> classifier() const { return m_classifier; }
    const UserRuleDocument& document() const { return m_document; }
    LiveTestPanel* liveTest() const { return m_live; }
    QStringList problems() const;
    QString message() const;
    // Milliseconds the last compilation of the edited rules took (off the GUI thread).
    double lastCompileMs() const { return m_lastCompileMs; }

Q_SIGNALS:
    void rulesSaved(const QString& path);
    void storeReclassified();
    void evaluationFinished();

protected:
    void changeEvent(QEvent* event) override;

private:
    void connectUi();
    void loadRules();
    void retranslate();
    void onCurrentRuleChanged();
    void onFormEdited();
    void newRule();
    void overrideRule();
    void toggleDisabled();
    void deleteRule();
    void structureChanged();
    void scheduleCompile();
    void onCompiled(const std::shared_ptr<const CompiledDraft>& result);
    void showProblems(const std::vector<RuleProblem>& problems, const std::vector<int>& lines);
    void updateActions();
    void chooseLabelled();
    void startEvaluation(const QString& path);
    void onEvaluated(const std::shared_ptr<const EvaluationReport>& report);
    void onMisclassifiedActivated();
    void onReclassified(const ClassificationRun& run, const QString& version);
    void showMessage(const QString& text, bool offerReclassify = false);
    void setBusy(bool evaluating, bool reclassifying);

    std::unique_ptr<Ui::RuleEditorWindow> m_ui;
    RuleSources m_sources;
    QString m_databasePath;
    std::vector<RuleDraft> m_builtins;
    std::vector<RuleProblem> m_builtinProblems;
    UserRuleDocument m_document;
    std::string m_savedText;
    RuleBrowser* m_browser;
    RuleFormBinder* m_form;
    LiveTestPanel* m_live;
    RuleCompiler* m_compiler;
    EvaluationTask* m_evaluator;
    ReclassifyTask* m_reclassifier;
    QTimer m_compileTimer;
    quint64 m_requested = 0;
    quint64 m_compiled = 0;
    bool m_draftAccepted = false;
    bool m_evaluating = false;
    bool m_reclassifying = false;
    double m_lastCompileMs = 0.0;
    QString m_pendingEvaluation;
    std::shared_ptr<const Classifier> m_classifier;
    std::shared_ptr<const EvaluationReport> m_evaluation;
};

} // namespace rd::gui
