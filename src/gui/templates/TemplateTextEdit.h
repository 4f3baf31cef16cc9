#pragma once

#include <QPlainTextEdit>

class QCompleter;
class QStandardItemModel;

namespace rd::gui {

// A template text editor that completes variable names: typing `{` (and any letters of a name
// after it) pops up the known variables (TemplateVariables) with their descriptions; choosing
// one writes `{name}`. Escaped braces (`{{`) do not complete. Underlines nothing itself: the
// window marks the error it reports with setErrorAt().
class TemplateTextEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit TemplateTextEdit(QWidget* parent = nullptr);

    QCompleter* completer() const { return m_completer; }
    // The name typed after the last unclosed `{` before the cursor on its line, or a null
    // string when the cursor is not inside a variable name.
    QString variablePrefix() const;
    // Marks line/column (1-based, in characters of the line) as an error; 0 clears the mark.
    void setErrorAt(int line, int column);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void updateCompletion();
    void insertCompletion(const QString& name);

    QCompleter* m_completer;
    QStandardItemModel* m_variables;
};

} // namespace rd::gui
