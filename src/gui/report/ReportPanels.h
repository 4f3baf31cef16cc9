#pragma once

#include "report/WeeklyReport.h"

#include <QCoreApplication>
#include <QIcon>

#include <optional>

class QTableWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace rd::gui {

// Fills the report window's tables from a WeeklyReport, and maps a click on one of their rows
// back to the reviews behind it: the change table (this week against last week), the alerts
// and the problem phrases.
class ReportPanels
{
    Q_DECLARE_TR_FUNCTIONS(rd::gui::ReportPanels)

public:
    static constexpr int kBucketRole = Qt::UserRole + 1; // int; -1: the total row
    static constexpr int kPhraseRole = Qt::UserRole + 2; // QString phrase key

    static QIcon swatch(int bucket);

    static void setUpChanges(QTableWidget& table);
    static void fillChanges(QTableWidget& table, const WeeklyReport& report);
    // Column 2 (last week) selects last week's complaints, any other column this week's.
    static std::optional<ReportSelection>
    changeSelection(const QTableWidget& table, const WeeklyReport& report, int row, int column);

    static void setUpPhrases(QTreeWidget& tree);
    static void retranslatePhrases(QTreeWidget& tree);
    // One branch per category with phrases; its rows: phrase, reviews, the product with most.
    static void fillPhrases(QTreeWidget& tree, const WeeklyReport& report);
    static std::optional<ReportSelection> phraseSelection(const QTreeWidgetItem& item,
                                                          const WeeklyReport& report);

    static void fillBursts(QTreeWidget& list, const WeeklyReport& report);

    // What a selection stands for, for the queue's status bar: "Dress (SKU-1) · Product ·
    // “runs small” · 2026-W47".
    static QString describe(const ReportSelection& selection, const WeeklyReport& report);
};

} // namespace rd::gui
