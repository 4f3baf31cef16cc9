#include "templates/CoverageModel.h"

#include "CategoryStyle.h"

#include "reply/TemplateCoverage.h"
#include "reply/TemplateLibrary.h"

#include <QBrush>
#include <QColor>

namespace rd::gui {

CoverageModel::CoverageModel(QObject* parent) : QAbstractTableModel(parent) {}

void CoverageModel::setLibrary(const TemplateLibrary* library)
{
    beginResetModel();
    m_library = library;
    endResetModel();
}

int CoverageModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(TemplateCoverage::rows().size());
}

int CoverageModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(TemplateCoverage::columns().size());
}

QString CoverageModel::rowName(int row)
{
    const auto& rows = TemplateCoverage::rows();
    if (row < 0 || row >= static_cast<int>(rows.size())) {
        return {};
    }
    const TemplateCoverage::Row& r = rows[static_cast<std::size_t>(row)];
    switch (r.kind) {
    case TemplateKind::Complaint:
        return CategoryStyle::name(*r.category);
    case TemplateKind::Positive:
        return tr("Thank-you (positive)");
    case TemplateKind::Suspicious:
        return tr("Suspicious");
    case TemplateKind::Safety:
        return tr("Safety");
    }
    return {};
}

QString CoverageModel::columnName(int column)
{
    const auto& columns = TemplateCoverage::columns();
    if (column < 0 || column >= static_cast<int>(columns.size())) {
        return {};
    }
    const TemplateCoverage::Column& c = columns[static_cast<std::size_t>(column)];
    return CategoryStyle::name(c.language) + QLatin1Char('\n') + CategoryStyle::name(c.platform);
}

QVariant CoverageModel::data(const QModelIndex& index, int role) const
{
    if (!m_library || !checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const TemplateCoverage coverage(*m_library);
    const auto cell = coverage.cell(static_cast<std::size_t>(index.row()),
                                    static_cast<std::size_t>(index.column()));
    switch (role) {
    case Qt::DisplayRole:
        return cell.templates == 0 ? tr("none") : QString::number(cell.templates);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::BackgroundRole:
        return cell.covered ? QBrush(QColor(0xd9, 0xf0, 0xd9)) : QBrush(QColor(0xf4, 0xb6, 0xb0));
    case Qt::ForegroundRole:
        return QBrush(cell.covered ? QColor(0x1e, 0x4d, 0x1e) : QColor(0x7a, 0x10, 0x0a));
    case Qt::ToolTipRole:
        return toolTip(index);
    case Qt::AccessibleTextRole:
        return rowName(index.row()) + QLatin1String(", ") +
               columnName(index.column()).replace(QLatin1Char('\n'), QLatin1Char(' ')) +
               QLatin1String(": ") +
               (cell.covered ? tr("%n template(s)", nullptr, cell.templates) : tr("no template"));
    case CoveredRole:
        return cell.covered;
    case CountRole:
        return cell.templates;
    default:
        return {};
    }
}

QString CoverageModel::toolTip(const QModelIndex& index) const
{
    const TemplateCoverage coverage(*m_library);
    const auto templates = coverage.templates(static_cast<std::size_t>(index.row()),
                                              static_cast<std::size_t>(index.column()));
    const QString cell =
        rowName(index.row()) + QLatin1String(" · ") +
        columnName(index.column()).replace(QLatin1Char('\n'), QLatin1String(" · "));
    if (templates.empty()) {
        return tr("%1: no template. Reviews of this cell get no draft.").arg(cell);
    }
    QStringList ids;
    bool general = false;
    for (const ReplyTemplate* t : templates) {
        ids << QString::fromStdString(t->id);
        general = general || t->subReason.empty();
    }
    QString tip = tr("%1: %2").arg(cell, ids.join(QLatin1String(", ")));
    if (!general) {
        tip += QLatin1Char('\n') +
               tr("Only sub-reason templates: reviews whose evidence matches none get no draft.");
    }
    return tip;
}

QVariant CoverageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    return orientation == Qt::Horizontal ? columnName(section) : rowName(section);
}

int CoverageModel::gaps() const
{
    return m_library ? TemplateCoverage(*m_library).gaps() : 0;
}

} // namespace rd::gui
