#pragma once

#include "classify/RuleDraft.h"

#include <QObject>

#include <optional>
#include <vector>

class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace rd {
class UserRuleDocument;
}

namespace rd::gui {

// The rule editor's list of rules: the user's rules (editable) first, then the built-in rules
// (read-only, greyed; marked when a user rule replaces one or the user file switches it off),
// filtered by id, target or term as the user types.
class RuleBrowser : public QObject
{
    Q_OBJECT

public:
    struct Entry
    {
        bool builtin = false;
        int index = 0; // into the built-in list or the document's rules

        bool operator==(const Entry&) const = default;
    };

    RuleBrowser(QTreeWidget* tree, QLineEdit* filter, QObject* parent);

    // The lists shown; they must outlive the browser or be set again.
    void setRules(const std::vector<RuleDraft>* builtins, const UserRuleDocument* document);
    // Fills the list again from the lists, keeping the current entry when it still exists.
    void rebuild();
    // Updates the texts of the current entry's row (after an edit).
    void updateCurrent();

    std::optional<Entry> current() const;
    bool select(const Entry& entry);
    // Selects the rule `id`: the user's rule when there is one, else the built-in one.
    bool selectId(const QString& id);

    bool isOverridden(const std::string& builtinId) const;
    bool isBuiltinId(const std::string& id) const;

Q_SIGNALS:
    void currentChanged();

private:
    QTreeWidgetItem* addRow(const Entry& entry);
    void fillRow(QTreeWidgetItem* item, const Entry& entry) const;
    bool matches(const RuleDraft& draft, const QString& filter) const;
    const RuleDraft& draft(const Entry& entry) const;
    static Entry entryOf(const QTreeWidgetItem* item);

    QTreeWidget* m_tree;
    QLineEdit* m_filter;
    const std::vector<RuleDraft>* m_builtins = nullptr;
    const UserRuleDocument* m_document = nullptr;
};

} // namespace rd::gui
