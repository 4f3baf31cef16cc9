#include "templates/TemplateTextEdit.h"

#include "reply/TemplateVariables.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTextBlock>

namespace rd::gui {

TemplateTextEdit::TemplateTextEdit(QWidget* parent)
    : QPlainTextEdit(parent), m_completer(new QCompleter(this)),
      m_variables(new QStandardItemModel(this))
{
    for (const TemplateVariables::Variable& v : TemplateVariables::all()) {
        auto* item = new QStandardItem(QString::fromUtf8(v.name.data(), v.name.size()));
        item->setToolTip(QString::fromUtf8(v.description.data(), v.description.size()));
        m_variables->appendRow(item);
    }
    m_completer->setModel(m_variables);
    m_completer->setWidget(this);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchStartsWith);
    connect(m_completer, qOverload<const QString&>(&QCompleter::activated), this,
            &TemplateTextEdit::insertCompletion);
    setTabChangesFocus(true);
}

QString TemplateTextEdit::variablePrefix() const
{
    const QTextCursor cursor = textCursor();
    const QString line = cursor.block().text().left(cursor.positionInBlock());
    const int open = line.lastIndexOf(QLatin1Char('{'));
    if (open < 0 || line.indexOf(QLatin1Char('}'), open) >= 0) {
        return {};
    }
    // `{{` is a literal brace: count the braces in the run ending at `open`.
    int run = 0;
    for (int i = open; i >= 0 && line.at(i) == QLatin1Char('{'); --i) {
        ++run;
    }
    if (run % 2 == 0) {
        return {};
    }
    const QString name = line.mid(open + 1);
    for (QChar c : name) {
        if (!(c.isLetterOrNumber() || c == QLatin1Char('_'))) {
            return {}; // past the name: a fallback, or not a variable at all
        }
    }
    return name.isNull() ? QStringLiteral("") : name;
}

void TemplateTextEdit::keyPressEvent(QKeyEvent* event)
{
    if (m_completer->popup()->isVisible()) {
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Tab:
        case Qt::Key_Escape:
        case Qt::Key_Backtab:
            event->ignore(); // the popup takes them
            return;
        default:
            break;
        }
    }
    QPlainTextEdit::keyPressEvent(event);
    if (!isReadOnly()) {
        updateCompletion();
    }
}

void TemplateTextEdit::updateCompletion()
{
    const QString prefix = variablePrefix();
    if (prefix.isNull()) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(prefix);
    if (m_completer->completionCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    QRect rect = cursorRect();
    rect.setWidth(m_completer->popup()->sizeHintForColumn(0) +
                  m_completer->popup()->verticalScrollBar()->sizeHint().width());
    m_completer->complete(rect);
    m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
}

void TemplateTextEdit::insertCompletion(const QString& name)
{
    QTextCursor cursor = textCursor();
    const QString prefix = variablePrefix();
    cursor.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor, prefix.size());
    const QString next = toPlainText().mid(textCursor().position(), 1);
    cursor.insertText(
        next == QLatin1String("}") || next == QLatin1String("|") ? name : name + QLatin1Char('}'));
    setTextCursor(cursor);
}

void TemplateTextEdit::setErrorAt(int line, int column)
{
    QList<QTextEdit::ExtraSelection> marks;
    const QTextBlock block = document()->findBlockByNumber(line - 1);
    if (line > 0 && column > 0 && block.isValid()) {
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(block);
        mark.cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, column - 1);
        mark.cursor.movePosition(QTextCursor::Right, QTextCursor::KeepAnchor);
        mark.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        mark.format.setUnderlineColor(Qt::red);
        mark.format.setBackground(QColor(255, 205, 205));
        marks.append(mark);
    }
    setExtraSelections(marks);
}

} // namespace rd::gui
