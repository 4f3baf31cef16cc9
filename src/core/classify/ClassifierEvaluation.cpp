#include "classify/ClassifierEvaluation.h"

#include "classify/Classifier.h"
#include "classify/ClassifierWorkspace.h"

#include <algorithm>

namespace rd {
namespace {

std::size_t index(Category c)
{
    return static_cast<std::size_t>(c);
}

// {primary} + also, as a bit set over the categories.
unsigned categorySet(Category primary, const std::vector<Category>& also)
{
    unsigned bits = 1u << index(primary);
    for (Category c : also) {
        bits |= 1u << index(c);
    }
    return bits;
}

int popcount(unsigned bits)
{
    int n = 0;
    for (; bits != 0; bits &= bits - 1) {
        ++n;
    }
    return n;
}

void countFlag(Score& score, bool gold, bool predicted)
{
    score.support += gold ? 1 : 0;
    score.predicted += predicted ? 1 : 0;
    score.correct += gold && predicted ? 1 : 0;
}

} // namespace

void Score::finish()
{
    precision = predicted > 0 ? static_cast<double>(correct) / static_cast<double>(predicted) : 0.0;
    recall = support > 0 ? static_cast<double>(correct) / static_cast<double>(support) : 0.0;
    f1 = precision + recall > 0.0 ? 2.0 * precision * recall / (precision + recall) : 0.0;
}

EvaluationReport
ClassifierEvaluation::score(const std::vector<Label>& labels,
                            const std::vector<std::optional<Classification>>& predicted,
                            bool flagsLabelled)
{
    EvaluationReport report;
    report.labelled = static_cast<std::int64_t>(labels.size());
    report.flagsLabelled = flagsLabelled;
    for (std::size_t i = 0; i < labels.size(); ++i) {
        const Label& gold = labels[i];
        if (i >= predicted.size() || !predicted[i]) {
            report.missing.push_back(gold.id);
            continue;
        }
        const Classification& p = *predicted[i];
        ++report.scored;
        ++report.confusion[index(gold.category)][index(p.category)];
        const unsigned g = categorySet(gold.category, gold.also);
        const unsigned q = categorySet(p.category, p.also);
        report.multiLabel.correct += popcount(g & q);
        report.multiLabel.support += popcount(g);
        report.multiLabel.predicted += popcount(q);
        countFlag(report.suspicious, gold.suspicious, p.suspicious);
        countFlag(report.safety, gold.safety, p.safety);
    }
    std::int64_t correct = 0;
    double f1Sum = 0.0;
    int withSupport = 0;
    for (Category c : kAllCategories) {
        Score& s = report.categories[index(c)];
        for (Category other : kAllCategories) {
            s.support += report.confusion[index(c)][index(other)];
            s.predicted += report.confusion[index(other)][index(c)];
        }
        s.correct = report.confusion[index(c)][index(c)];
        s.finish();
        correct += s.correct;
        if (s.support > 0) {
            f1Sum += s.f1;
            ++withSupport;
        }
    }
    report.macroF1 = withSupport > 0 ? f1Sum / withSupport : 0.0;
    report.accuracy =
        report.scored > 0 ? static_cast<double>(correct) / static_cast<double>(report.scored) : 0.0;
    report.multiLabel.finish();
    report.suspicious.finish();
    report.safety.finish();
    return report;
}

EvaluationReport ClassifierEvaluation::run(const Classifier& classifier, const LabelledSet& set,
                                           const Lookup& lookup, const Progress& progress,
                                           const Sink& sink)
{
    const auto total = static_cast<std::int64_t>(set.labels.size());
    std::vector<std::optional<Classification>> predicted(set.labels.size());
    std::vector<std::optional<Review>> reviews(set.labels.size());
    auto workspace = classifier.makeWorkspace();
    bool cancelled = false;
    for (std::size_t i = 0; i < set.labels.size() && !cancelled; ++i) {
        const Label& label = set.labels[i];
        std::optional<Review> review;
        if (set.hasTexts) {
            review = set.reviews[i];
        } else if (lookup) {
            review = lookup(label.id);
        }
        if (review) {
            Classification c;
            classifier.classify(*review, *workspace, c);
            if (sink) {
                sink(label, c);
            }
            predicted[i] = std::move(c);
            reviews[i] = std::move(review);
        }
        const auto done = static_cast<std::int64_t>(i + 1);
        if (progress && (done % 50 == 0 || done == total)) {
            cancelled = !progress(done, total);
        }
    }
    EvaluationReport report = score(set.labels, predicted, set.hasFlags);
    report.name = set.name;
    report.cancelled = cancelled;
    for (std::size_t i = 0; i < set.labels.size(); ++i) {
        if (!predicted[i]) {
            continue;
        }
        const Label& gold = set.labels[i];
        const Classification& p = *predicted[i];
        const bool flagsWrong =
            set.hasFlags && (gold.suspicious != p.suspicious || gold.safety != p.safety);
        if (gold.category != p.category || flagsWrong) {
            report.misclassified.push_back(
                {gold, p.category, p.also, p.suspicious, p.safety, p.confidence, *reviews[i]});
        }
    }
    return report;
}

} // namespace rd
