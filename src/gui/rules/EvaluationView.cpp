#include "rules/EvaluationView.h"

#include "CategoryStyle.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QTreeWidget>

namespace rd::gui {
namespace {

QTableWidgetItem* number(double value, int decimals)
{
    auto* item = new QTableWidgetItem(QString::number(value, 'f', decimals));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QTableWidgetItem* count(std::int64_t value)
{
    auto* item = new QTableWidgetItem(QString::number(value));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString labels(Category category, const std::vector<Category>& also, bool suspicious, bool safety)
{
    QString out = CategoryStyle::name(category);
    for (Category c : also) {
        out += QStringLiteral(", ") + CategoryStyle::name(c);
    }
    if (suspicious) {
        out += QStringLiteral(" · ") + EvaluationView::tr("suspicious");
    }
    if (safety) {
        out += QStringLiteral(" · ") + EvaluationView::tr("safety");
    }
    return out;
}

} // namespace

QString EvaluationView::summaryText(const EvaluationReport& r)
{
    QString text = tr("%1: %2 of %3 labelled reviews scored · accuracy %4 · macro-F1 %5 · "
                      "category + also F1 %6")
                       .arg(QString::fromStdString(r.name))
                       .arg(r.scored)
                       .arg(r.labelled)
                       .arg(r.accuracy, 0, 'f', 3)
                       .arg(r.macroF1, 0, 'f', 3)
                       .arg(r.multiLabel.f1, 0, 'f', 3);
    if (!r.missing.empty()) {
        text += QLatin1Char('\n') +
                tr("%n labelled review(s) not found in the database and not scored, e.g. %1.",
                   nullptr, static_cast<int>(r.missing.size()))
                    .arg(QString::fromStdString(r.missing.front()));
    }
    if (!r.flagsLabelled) {
        text += QLatin1Char('\n') + tr("The file has no flag columns: the flags are not scored.");
    }
    if (r.cancelled) {
        text += QLatin1Char('\n') + tr("Cancelled: the figures cover the reviews done so far.");
    }
    return text;
}

void EvaluationView::show(const EvaluationReport& report, const Widgets& w)
{
    w.summary->setText(summaryText(report));
    fillScores(report, w.scores);
    fillConfusion(report, w.confusion);
    fillMisclassified(report, w.misclassified);
}

void EvaluationView::clear(const Widgets& w)
{
    w.summary->clear();
    w.scores->clear();
    w.scores->setRowCount(0);
    w.confusion->clear();
    w.confusion->setRowCount(0);
    w.misclassified->clear();
}

void EvaluationView::fillScores(const EvaluationReport& r, QTableWidget* table)
{
    table->clear();
    table->setColumnCount(6);
    table->setHorizontalHeaderLabels(
        {tr("Support"), tr("Predicted"), tr("Correct"), tr("Precision"), tr("Recall"), tr("F1")});
    QStringList rows;
    std::vector<const Score*> scores;
    for (Category c : kAllCategories) {
        rows << CategoryStyle::name(c);
        scores.push_back(&r.categories[static_cast<std::size_t>(c)]);
    }
    if (r.flagsLabelled) {
        rows << tr("Flag: suspicious") << tr("Flag: safety");
        scores.push_back(&r.suspicious);
        scores.push_back(&r.safety);
    }
    table->setRowCount(static_cast<int>(scores.size()));
    table->setVerticalHeaderLabels(rows);
    for (int row = 0; row < static_cast<int>(scores.size()); ++row) {
        const Score& s = *scores[static_cast<std::size_t>(row)];
        table->setItem(row, 0, count(s.support));
        table->setItem(row, 1, count(s.predicted));
        table->setItem(row, 2, count(s.correct));
        table->setItem(row, 3, number(s.precision, 3));
        table->setItem(row, 4, number(s.recall, 3));
        table->setItem(row, 5, number(s.f1, 3));
    }
    table->resizeColumnsToContents();
}

void EvaluationView::fillConfusion(const EvaluationReport& r, QTableWidget* table)
{
    table->clear();
    table->setRowCount(5);
    table->setColumnCount(5);
    QStringList gold;
    QStringList predicted;
    for (Category c : kAllCategories) {
        gold << tr("labelled %1").arg(CategoryStyle::name(c));
        predicted << tr("→ %1").arg(CategoryStyle::name(c));
    }
    table->setVerticalHeaderLabels(gold);
    table->setHorizontalHeaderLabels(predicted);
    for (int g = 0; g < 5; ++g) {
        for (int p = 0; p < 5; ++p) {
            auto* item =
                count(r.confusion[static_cast<std::size_t>(g)][static_cast<std::size_t>(p)]);
            if (g == p) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            table->setItem(g, p, item);
        }
    }
    table->resizeColumnsToContents();
}

void EvaluationView::fillMisclassified(const EvaluationReport& r, QTreeWidget* tree)
{
    tree->clear();
    for (std::size_t i = 0; i < r.misclassified.size(); ++i) {
        const Misclassified& m = r.misclassified[i];
        QString text = QString::fromStdString(m.review.text).simplified();
        if (text.size() > 160) {
            text = text.left(160) + QChar(0x2026);
        }
        auto* item = new QTreeWidgetItem(
            tree, {QString::fromStdString(m.gold.id),
                   labels(m.gold.category, m.gold.also, m.gold.suspicious, m.gold.safety),
                   labels(m.category, m.also, m.suspicious, m.safety), text});
        item->setData(0, Qt::UserRole, static_cast<qulonglong>(i));
        item->setToolTip(3, QString::fromStdString(m.review.text));
    }
    for (int c = 0; c < 3; ++c) {
        tree->resizeColumnToContents(c);
    }
}

} // namespace rd::gui
