#pragma once

#include "classify/ClassifierEvaluation.h"

#include <QCoreApplication>
#include <QString>

class QLabel;
class QTableWidget;
class QTreeWidget;

namespace rd::gui {

// Draws an evaluation (EvaluationReport, computed in the core) in the rule editor's tables:
// precision, recall and F1 per category and flag, the confusion matrix (rows labelled,
// columns predicted) and the misclassified reviews. Draws only; computes nothing.
class EvaluationView
{
    Q_DECLARE_TR_FUNCTIONS(rd::gui::EvaluationView)

public:
    struct Widgets
    {
        QLabel* summary;
        QTableWidget* scores;
        QTableWidget* confusion;
        QTreeWidget* misclassified;
    };

    static void show(const EvaluationReport& report, const Widgets& widgets);
    static void clear(const Widgets& widgets);
    static QString summaryText(const EvaluationReport& report);

private:
    static void fillScores(const EvaluationReport& report, QTableWidget* table);
    static void fillConfusion(const EvaluationReport& report, QTableWidget* table);
    static void fillMisclassified(const EvaluationReport& report, QTreeWidget* tree);
};

} // namespace rd::gui
