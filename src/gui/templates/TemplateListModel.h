#pragma once

#include <QAbstractTableModel>

#include <vector>

namespace rd::gui {

// The templates of the template editor's list: what each answers, its sub-reason, platforms,
// variants per language and where it comes from (built in, the user file, or the user file
// over a built-in one). Filled by the window from the library in force.
class TemplateListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        IdColumn,
        ForColumn,
        SubReasonColumn,
        PlatformsColumn,
        VariantsColumn,
        OriginColumn,
        ColumnCount
    };
    enum class Origin
    {
        BuiltIn,
        User,
        UserOverride, // the user file changes a built-in template
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        OriginRole, // int(Origin)
    };
    struct Row
    {
        QString id;
        QString forWhat; // "Product", "Thank-you (positive)"...
        QString subReason;
        QString platforms; // empty: every platform
        int zh = 0;
        int ru = 0;
        int en = 0;
        Origin origin = Origin::BuiltIn;
    };

    explicit TemplateListModel(QObject* parent = nullptr);

    void setRows(std::vector<Row> rows);
    const std::vector<Row>& rows() const { return m_rows; }
    // The row of `id`, or -1.
    int rowOf(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString originName(Origin origin);

private:
    std::vector<Row> m_rows;
};

} // namespace rd::gui
