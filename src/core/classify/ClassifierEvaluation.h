#pragma once

#include "classify/LabelledSet.h"
#include "model/Classification.h"

#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace rd {

class Classifier;

// Precision, recall and F1 of one category or flag.
struct Score
{
    std::int64_t support = 0;   // labelled with it
    std::int64_t predicted = 0; // predicted as it
    std::int64_t correct = 0;   // both
    double precision = 0.0;     // 0 when nothing was predicted
    double recall = 0.0;        // 0 when there is no support
    double f1 = 0.0;

    void finish(); // computes the three ratios from the counts
};

// A labelled review the rules got wrong (primary category or a flag).
struct Misclassified
{
    Label gold;
    Category category = Category::Other; // predicted
    std::vector<Category> also;
    bool suspicious = false;
    bool safety = false;
    double confidence = 0.0;
    Review review; // as classified, to show and explain it again
};

// The figures of an evaluation, as ../shared/tools/score-labels computes them: the primary
// category scored per category (macro-F1 over the categories that have support), accuracy,
// the confusion matrix, category + also as a multi-label set, and the two flags.
struct EvaluationReport
{
    std::string name;                 // the labelled file
    std::int64_t labelled = 0;        // labels in the file
    std::int64_t scored = 0;          // labels whose review was found and classified
    std::vector<std::string> missing; // ids whose review text was not found (not scored)
    std::array<std::array<std::int64_t, 5>, 5> confusion{}; // [gold][predicted], by Category
    std::array<Score, 5> categories{};                      // by Category
    double macroF1 = 0.0;
    double accuracy = 0.0;
    Score multiLabel; // {category} + also, over all scored reviews
    Score suspicious;
    Score safety;
    bool flagsLabelled = false;               // the file has the flag columns
    std::vector<Misclassified> misclassified; // in file order
    bool cancelled = false;
};

// Classifies the reviews of a labelled set and scores the results against the labels
// (docs/rules.md, "Rule editor"). The texts come from the set itself when it has a text column,
// else from `lookup` (the rule editor looks the ids up in the open store, a test in a review
// CSV); a label whose review is not found is listed in `missing` and not scored.
class ClassifierEvaluation
{
public:
    using Lookup = std::function<std::optional<Review>(const std::string& id)>;
    // Called every few reviews with (done, total); returning false cancels.
    using Progress = std::function<bool(std::int64_t done, std::int64_t total)>;
    // Called with each label and the classification of its review (e.g. to write predictions).
    using Sink = std::function<void(const Label&, const Classification&)>;

    static EvaluationReport run(const Classifier& classifier, const LabelledSet& set,
                                const Lookup& lookup = {}, const Progress& progress = {},
                                const Sink& sink = {});

    // Scoring alone: `predicted[i]` is the result for `labels[i]` (nullopt: not found).
    static EvaluationReport score(const std::vector<Label>& labels,
                                  const std::vector<std::optional<Classification>>& predicted,
                                  bool flagsLabelled);
};

} // namespace rd
