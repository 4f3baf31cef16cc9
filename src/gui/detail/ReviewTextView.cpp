#include "detail/ReviewTextView.h"

#include "CategoryStyle.h"
#include "detail/TextOffsets.h"

#include <QAbstractTextDocumentLayout>
#include <QHelpEvent>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QToolTip>

namespace rd::gui {
namespace {

QString targetName(const std::string& target)
{
    if (target == "safety") {
        return ReviewTextView::tr("safety flag");
    }
    if (target == "suspicious") {
        return ReviewTextView::tr("suspicious flag");
    }
    if (auto c = categoryFromKey(target)) {
        return CategoryStyle::name(*c);
    }
    return QString::fromStdString(target);
}

} // namespace

ReviewTextView::ReviewTextView(QWidget* parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
}

void ReviewTextView::setReview(const QString& title, const QString& text,
                               const std::vector<Evidence>& evidence)
{
    m_title = title;
    m_text = text;
    m_evidence = evidence;
    render();
}

void ReviewTextView::clearReview()
{
    m_title.clear();
    m_text.clear();
    m_evidence.clear();
    m_textStart = 0;
    clear();
}

QString ReviewTextView::describe(const Evidence& e) const
{
    QString tip = tr("Rule %1 → %2").arg(QString::fromStdString(e.ruleId), targetName(e.target));
    if (!e.term.empty()) {
        tip += QLatin1Char('\n') + tr("Term: %1").arg(QString::fromStdString(e.term));
    }
    if (e.negated) {
        tip += QLatin1Char('\n') + tr("Not counted: negated in the text");
    }
    return tip;
}

void ReviewTextView::render()
{
    clear();
    QTextCursor cursor(document());
    QTextCharFormat plain;
    if (!m_title.isEmpty()) {
        QTextCharFormat bold;
        bold.setFontWeight(QFont::Bold);
        cursor.insertText(m_title, bold);
        cursor.insertBlock();
    }
    m_textStart = cursor.position();
    cursor.insertText(m_text, plain);

    const TextOffsets titleOffsets(m_title);
    const TextOffsets textOffsets(m_text);
    for (const Evidence& e : m_evidence) {
        const TextOffsets& offsets = e.inTitle ? titleOffsets : textOffsets;
        if (e.begin < 0 || e.end <= e.begin || e.end > offsets.codePoints() ||
            (e.inTitle && m_title.isEmpty())) {
            continue; // offsets that do not fit this text: nothing reliable to mark
        }
        const int base = e.inTitle ? 0 : m_textStart;
        QTextCursor match(document());
        match.setPosition(base + offsets.toUtf16(e.begin));
        match.setPosition(base + offsets.toUtf16(e.end), QTextCursor::KeepAnchor);
        const QColor color = CategoryStyle::targetColor(e.target);
        QTextCharFormat format;
        if (e.negated) {
            format.setUnderlineStyle(QTextCharFormat::DotLine);
        } else {
            format.setBackground(CategoryStyle::highlight(color, palette()));
            format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
        }
        format.setUnderlineColor(color);
        const QString previous = match.charFormat().toolTip();
        const QString tip = describe(e);
        format.setToolTip(previous.isEmpty() || previous.contains(tip)
                              ? tip
                              : previous + QStringLiteral("\n\n") + tip);
        match.mergeCharFormat(format);
    }
    moveCursor(QTextCursor::Start);
}

QString ReviewTextView::toolTipAtPosition(int position) const
{
    QTextCursor cursor(document());
    cursor.setPosition(std::clamp(position, 0, document()->characterCount() - 1));
    // The format of the character after the position, not the one before it.
    cursor.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor);
    return cursor.charFormat().toolTip();
}

QString ReviewTextView::toolTipAt(const QPoint& viewportPoint) const
{
    const int position = document()->documentLayout()->hitTest(
        viewportPoint + QPoint(horizontalScrollBar()->value(), verticalScrollBar()->value()),
        Qt::ExactHit);
    return position < 0 ? QString() : toolTipAtPosition(position);
}

bool ReviewTextView::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString tip = toolTipAt(help->pos());
        if (tip.isEmpty()) {
            QToolTip::hideText();
        } else {
            QToolTip::showText(help->globalPos(), tip, viewport());
        }
        return true;
    }
    return QTextBrowser::viewportEvent(event);
}

void ReviewTextView::changeEvent(QEvent* event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_text.isEmpty()) {
        render(); // highlight colours follow a light/dark switch
    }
}

} // namespace rd::gui
