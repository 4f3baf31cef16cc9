#pragma once

#include <QAbstractTableModel>

namespace rd {
class TemplateLibrary;
}

namespace rd::gui {

// The template editor's coverage grid (TemplateCoverage): one row per complaint category and per
// other kind (positive, suspicious, safety), one column per language × platform. A cell shows
// how many templates apply; a cell no template covers is red and reads "none", one covered only
// by sub-reason templates (they answer some reviews, not all) is red too and shows its count.
class CoverageModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        CoveredRole = Qt::UserRole + 1, // bool
        CountRole,                      // int: templates that apply
    };

    explicit CoverageModel(QObject* parent = nullptr);

    // The library the grid shows; it must outlive the model or be replaced first.
    void setLibrary(const TemplateLibrary* library);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString rowName(int row);
    static QString columnName(int column);
    int gaps() const;

private:
    QString toolTip(const QModelIndex& index) const;

    const TemplateLibrary* m_library = nullptr;
};

} // namespace rd::gui
