#include "filters/CheckMenuButton.h"

#include <QActionGroup>
#include <QMenu>
#include <QMouseEvent>

namespace rd::gui {
namespace {

// Keeps the menu open when a checkable entry is clicked, so several can be ticked in a row.
class StickyMenu : public QMenu
{
public:
    using QMenu::QMenu;

protected:
    void mouseReleaseEvent(QMouseEvent* event) override
    {
        QAction* action = activeAction();
        if (action && action->isEnabled() && action->isCheckable() && !action->actionGroup()) {
            action->trigger();
            return;
        }
        QMenu::mouseReleaseEvent(event);
    }
};

} // namespace

CheckMenuButton::CheckMenuButton(bool exclusive, QWidget* parent)
    : QToolButton(parent), m_exclusive(exclusive), m_menu(new StickyMenu(this))
{
    setMenu(m_menu);
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    if (exclusive) {
        m_group = new QActionGroup(this);
        m_group->setExclusive(true);
    }
}

void CheckMenuButton::setTitle(const QString& title)
{
    m_title = title;
    updateText();
}

QAction* CheckMenuButton::addOption(const QString& text, const QVariant& value)
{
    QAction* action = m_menu->addAction(text);
    action->setCheckable(true);
    action->setData(value);
    if (m_group) {
        m_group->addAction(action);
        if (m_group->actions().size() == 1) {
            action->setChecked(true);
        }
    }
    connect(action, &QAction::triggered, this, [this] {
        updateText();
        Q_EMIT selectionChanged();
    });
    updateText();
    return action;
}

QAction* CheckMenuButton::addSeparator()
{
    return m_menu->addSeparator();
}

QVariantList CheckMenuButton::checkedValues() const
{
    QVariantList values;
    for (QAction* a : m_menu->actions()) {
        if (a->isCheckable() && a->isChecked()) {
            values << a->data();
        }
    }
    return values;
}

bool CheckMenuButton::hasSelection() const
{
    if (!m_exclusive) {
        return !checkedValues().isEmpty();
    }
    // The first option of an exclusive list is "any".
    const auto actions = m_group->actions();
    return !actions.isEmpty() && !actions.first()->isChecked();
}

void CheckMenuButton::setCheckedValues(const QVariantList& values)
{
    bool any = false;
    for (QAction* a : m_menu->actions()) {
        if (!a->isCheckable()) {
            continue;
        }
        const bool on = values.contains(a->data()) && !(m_exclusive && any);
        a->setChecked(on);
        any = any || on;
    }
    if (m_exclusive && !any && !m_group->actions().isEmpty()) {
        m_group->actions().first()->setChecked(true);
    }
    updateText();
}

void CheckMenuButton::setOptionText(const QVariant& value, const QString& text)
{
    for (QAction* a : m_menu->actions()) {
        if (a->isCheckable() && a->data() == value) {
            a->setText(text);
        }
    }
    updateText();
}

void CheckMenuButton::updateText()
{
    QStringList names;
    for (QAction* a : m_menu->actions()) {
        if (a->isCheckable() && a->isChecked()) {
            names << a->text().remove(QLatin1Char('&'));
        }
    }
    if (!hasSelection() || names.isEmpty()) {
        setText(m_title);
        setToolTip(QString());
    } else {
        setText(
            names.size() == 1
                ? QStringLiteral("%1: %2").arg(m_title, names.first())
                : QStringLiteral("%1: %2 +%3").arg(m_title, names.first()).arg(names.size() - 1));
        setToolTip(names.join(QStringLiteral(", ")));
    }
    QFont f = font();
    f.setBold(hasSelection());
    setFont(f);
}

} // namespace rd::gui
