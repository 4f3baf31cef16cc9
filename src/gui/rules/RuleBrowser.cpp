#include "rules/RuleBrowser.h"

#include "rules/LiveTestPanel.h"

#include "classify/UserRuleDocument.h"

#include <QFileInfo>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTreeWidget>

namespace rd::gui {
namespace {

constexpr int kBuiltinRole = Qt::UserRole;
constexpr int kIndexRole = Qt::UserRole + 1;

} // namespace

RuleBrowser::RuleBrowser(QTreeWidget* tree, QLineEdit* filter, QObject* parent)
    : QObject(parent), m_tree(tree), m_filter(filter)
{
    connect(m_filter, &QLineEdit::textChanged, this, &RuleBrowser::rebuild);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this] { Q_EMIT currentChanged(); });
}

void RuleBrowser::setRules(const std::vector<RuleDraft>* builtins, const UserRuleDocument* document)
{
    m_builtins = builtins;
    m_document = document;
    rebuild();
}

const RuleDraft& RuleBrowser::draft(const Entry& e) const
{
    return e.builtin ? (*m_builtins)[static_cast<std::size_t>(e.index)]
                     : m_document->rules()[static_cast<std::size_t>(e.index)];
}

RuleBrowser::Entry RuleBrowser::entryOf(const QTreeWidgetItem* item)
{
    return {item->data(0, kBuiltinRole).toBool(), item->data(0, kIndexRole).toInt()};
}

bool RuleBrowser::isOverridden(const std::string& builtinId) const
{
    return m_document && m_document->indexOf(builtinId) >= 0;
}

bool RuleBrowser::matches(const RuleDraft& d, const QString& filter) const
{
    if (filter.isEmpty()) {
        return true;
    }
    const auto has = [&](const std::string& s) {
        return QString::fromStdString(s).contains(filter, Qt::CaseInsensitive);
    };
    if (has(d.id) || has(d.target) ||
        LiveTestPanel::targetName(d.target).contains(filter, Qt::CaseInsensitive)) {
        return true;
    }
    return std::any_of(d.terms.begin(), d.terms.end(), has);
}

void RuleBrowser::fillRow(QTreeWidgetItem* item, const Entry& e) const
{
    const RuleDraft& d = draft(e);
    item->setText(0, QString::fromStdString(d.id));
    item->setText(1, LiveTestPanel::targetName(d.target));
    item->setText(2, QString::number(d.weight, 'g', 3));
    QFont font = m_tree->font();
    if (!e.builtin) {
        item->setText(3, isBuiltinId(d.id) ? tr("yours, replaces built-in") : tr("yours"));
    } else {
        const QString file = QFileInfo(QString::fromStdString(d.file)).fileName();
        if (m_document && m_document->isDisabled(d.id)) {
            item->setText(3, tr("built-in, switched off"));
            font.setStrikeOut(true);
        } else if (isOverridden(d.id)) {
            item->setText(3, tr("built-in, replaced by yours"));
            font.setStrikeOut(true);
        } else {
            item->setText(3, tr("built-in (%1)").arg(file));
        }
        const QColor grey = m_tree->palette().color(QPalette::Disabled, QPalette::Text);
        for (int c = 0; c < 4; ++c) {
            item->setForeground(c, grey);
        }
    }
    for (int c = 0; c < 4; ++c) {
        item->setFont(c, font);
    }
    item->setToolTip(0, QString::fromStdString(d.note));
}

bool RuleBrowser::isBuiltinId(const std::string& id) const
{
    return m_builtins && std::any_of(m_builtins->begin(), m_builtins->end(),
                                     [&](const RuleDraft& b) { return b.id == id; });
}

QTreeWidgetItem* RuleBrowser::addRow(const Entry& e)
{
    auto* item = new QTreeWidgetItem(m_tree);
    item->setData(0, kBuiltinRole, e.builtin);
    item->setData(0, kIndexRole, e.index);
    fillRow(item, e);
    return item;
}

void RuleBrowser::rebuild()
{
    const std::optional<Entry> keep = current();
    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    const QString filter = m_filter->text().trimmed();
    QTreeWidgetItem* again = nullptr;
    auto add = [&](const Entry& e) {
        if (!matches(draft(e), filter)) {
            return;
        }
        QTreeWidgetItem* item = addRow(e);
        if (keep && *keep == e) {
            again = item;
        }
    };
    for (int i = 0; m_document && i < static_cast<int>(m_document->rules().size()); ++i) {
        add({false, i});
    }
    for (int i = 0; m_builtins && i < static_cast<int>(m_builtins->size()); ++i) {
        add({true, i});
    }
    m_tree->setCurrentItem(again);
    for (int c = 0; c < 3; ++c) {
        m_tree->resizeColumnToContents(c);
    }
    if (keep.has_value() != (again != nullptr)) {
        Q_EMIT currentChanged();
    }
}

void RuleBrowser::updateCurrent()
{
    if (QTreeWidgetItem* item = m_tree->currentItem()) {
        fillRow(item, entryOf(item));
    }
}

std::optional<RuleBrowser::Entry> RuleBrowser::current() const
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    if (!item) {
        return std::nullopt;
    }
    return entryOf(item);
}

bool RuleBrowser::select(const Entry& entry)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_tree->topLevelItem(i);
        if (entryOf(item) == entry) {
            m_tree->setCurrentItem(item);
            m_tree->scrollToItem(item);
            return true;
        }
    }
    return false;
}

bool RuleBrowser::selectId(const QString& id)
{
    const std::string key = id.toStdString();
    if (m_document) {
        if (const int i = m_document->indexOf(key); i >= 0) {
            return select({false, i});
        }
    }
    for (int i = 0; m_builtins && i < static_cast<int>(m_builtins->size()); ++i) {
        if ((*m_builtins)[static_cast<std::size_t>(i)].id == key) {
            return select({true, i});
        }
    }
    return false;
}

} // namespace rd::gui
