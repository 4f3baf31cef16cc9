#pragma once

#include <QToolButton>
#include <QVariant>

class QActionGroup;

namespace rd::gui {

// A toolbar button with a drop-down list of choices ("Platform ▾"): several may be ticked, or
// one when exclusive. The menu stays open while ticking; the button's text shows the choice
// ("Platform: Ozon +1").
class CheckMenuButton : public QToolButton
{
    Q_OBJECT

public:
    CheckMenuButton(bool exclusive, QWidget* parent = nullptr);

    void setTitle(const QString& title);
    QAction* addOption(const QString& text, const QVariant& value);
    QAction* addSeparator();
    QMenu* optionsMenu() const { return m_menu; }

    QVariantList checkedValues() const;
    // Ticks the options with these values (exclusive: the first one, or the first option when
    // none matches) without emitting selectionChanged.
    void setCheckedValues(const QVariantList& values);
    bool hasSelection() const;
    // Renames an option (after a language change).
    void setOptionText(const QVariant& value, const QString& text);

Q_SIGNALS:
    void selectionChanged();

private:
    void updateText();

    bool m_exclusive;
    QString m_title;
    QMenu* m_menu;
    QActionGroup* m_group = nullptr;
};

} // namespace rd::gui
