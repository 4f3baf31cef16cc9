#include "ShortcutsDialog.h"

#include "ui_ShortcutsDialog.h"

#include <QMenu>
#include <QMenuBar>

namespace rd::gui {
namespace {

void addMenu(QTreeWidget* list, const QMenu* menu)
{
    QTreeWidgetItem* group = nullptr;
    for (QAction* a : menu->actions()) {
        if (a->menu()) {
            addMenu(list, a->menu());
            continue;
        }
        const auto shortcuts = a->shortcuts();
        if (shortcuts.isEmpty() || a->isSeparator()) {
            continue;
        }
        if (!group) {
            group = new QTreeWidgetItem(list, {menu->title().remove(QLatin1Char('&'))});
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            group->setFirstColumnSpanned(true);
        }
        QStringList keys;
        for (const QKeySequence& k : shortcuts) {
            keys << k.toString(QKeySequence::NativeText);
        }
        new QTreeWidgetItem(list, {keys.join(QStringLiteral(" / ")),
                                   a->text().remove(QLatin1Char('&')).remove(QStringLiteral("…"))});
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar* menus, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ShortcutsDialog>())
{
    m_ui->setupUi(this);
    QTreeWidget* list = m_ui->shortcutsList;
    auto* queue = new QTreeWidgetItem(list, {tr("Queue")});
    QFont bold = queue->font(0);
    bold.setBold(true);
    queue->setFont(0, bold);
    queue->setFirstColumnSpanned(true);
    new QTreeWidgetItem(list, {tr("↓ / ↑"), tr("Next / previous review")});
    new QTreeWidgetItem(list, {tr("Page Down / Page Up"), tr("A screen further / back")});
    new QTreeWidgetItem(list, {tr("Home / End"), tr("First / last review")});
    for (QAction* a : menus->actions()) {
        if (a->menu()) {
            addMenu(list, a->menu());
        }
    }
    list->resizeColumnToContents(0);
}

ShortcutsDialog::~ShortcutsDialog() = default;

QStringList ShortcutsDialog::rows() const
{
    QStringList out;
    for (int i = 0; i < m_ui->shortcutsList->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = m_ui->shortcutsList->topLevelItem(i);
        out << item->text(0) + QLatin1Char('\t') + item->text(1);
    }
    return out;
}

} // namespace rd::gui
