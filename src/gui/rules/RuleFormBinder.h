#pragma once

#include "classify/RuleDraft.h"

#include <QObject>

namespace Ui {
class RuleEditorWindow;
}

namespace rd::gui {

// Moves one rule between its RuleDraft and the rule editor's form (id, target, category,
// weight, languages, terms, exclusions, negation, note), and makes the form read-only for a
// built-in rule. Emits edited() when the user changes a field, not when a rule is shown.
class RuleFormBinder : public QObject
{
    Q_OBJECT

public:
    RuleFormBinder(Ui::RuleEditorWindow& ui, QObject* parent);

    void show(const RuleDraft& draft, bool editable);
    void showNothing();
    // The form's content as a draft (file and line of `base` kept).
    RuleDraft read(const RuleDraft& base) const;
    void retranslate();

    static QStringList lines(const std::vector<std::string>& items);
    static std::vector<std::string> items(const QString& text); // one per non-blank line

Q_SIGNALS:
    void edited();

private:
    void setEditable(bool editable);
    void fillCombos();
    void updateCategoryEnabled();

    Ui::RuleEditorWindow& m_ui;
    bool m_loading = false;
    bool m_editable = false;
};

} // namespace rd::gui
