#pragma once

#include <QDialog>

#include <memory>

class QMenuBar;

namespace Ui {
class ShortcutsDialog;
}

namespace rd::gui {

// F1: every keyboard shortcut of the main window, read from its menus (so the sheet can never
// disagree with them), grouped by menu, plus the keys the queue itself understands.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(const QMenuBar* menus, QWidget* parent = nullptr);
    ~ShortcutsDialog() override;

    // The rows shown: "key\taction" (tests).
    QStringList rows() const;

private:
    std::unique_ptr<Ui::ShortcutsDialog> m_ui;
};

} // namespace rd::gui
