#pragma once

#include "classify/Explanation.h"
#include "model/Classification.h"
#include "model/Review.h"

#include <array>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace rd {

class CompiledRules;
class RuleSet;
struct ClassifierWorkspace;

// Sorts a review into the taxonomy (primary category, also-list, suspicious and safety flags)
// by the rules of a RuleSet, and says why: every matched term with its rule and its code-point
// offsets in the original title or text. Deterministic: the same rules and review always give
// the same result. How scores are computed: docs/rules.md.
//
// Threads: a Classifier is immutable once built; all its const members may be called from any
// number of threads at once. classify(review) borrows a workspace (Vectorscan scratch and
// buffers) from an internal pool and returns it afterwards. A thread that classifies many
// reviews can keep its own workspace (makeWorkspace) and call the overload that takes it and an
// output to reuse: that path allocates nothing once its buffers have grown.
class Classifier
{
public:
    // Compiles all terms of `rules` into one matcher. Throws std::runtime_error when the
    // matcher cannot be built.
    explicit Classifier(const RuleSet& rules);
    ~Classifier();
    Classifier(const Classifier&) = delete;
    Classifier& operator=(const Classifier&) = delete;

    // Uses the review's title and text and its rating (or polarity when it has no stars).
    // `classifiedAt` is left 0: whoever stores the result stamps it.
    Classification classify(const Review& review) const;
    void classify(const Review& review, ClassifierWorkspace& workspace, Classification& out) const;
    std::unique_ptr<ClassifierWorkspace> makeWorkspace() const;

    // classify() plus every match with its fate and the score of every target.
    Explanation explain(const Review& review) const;

    // Identifies the rule files the classifier was built from ("rs-" + 12 hex digits).
    std::string rulesetVersion() const;

    std::size_t ruleCount() const;
    std::size_t termCount() const;
    std::size_t literalCount() const;
    const CompiledRules& compiled() const { return *m_rules; }

private:
    void prepare(const Review& review, ClassifierWorkspace& ws) const;
    void score(ClassifierWorkspace& ws, std::array<double, kRuleTargetCount>& scores,
               std::array<std::int64_t, kRuleTargetCount>& last) const;
    void decide(const Review& review, ClassifierWorkspace& ws, bool found, Classification& out,
                Explanation* explanation) const;
    static double confidence(const std::array<double, kRuleTargetCount>& scores, int best,
                             bool decided, bool positive);
    void fillEvidence(ClassifierWorkspace& ws, Classification& out) const;
    void explainMatches(const ClassifierWorkspace& ws, Explanation& explanation) const;
    std::unique_ptr<ClassifierWorkspace> borrow() const;
    void giveBack(std::unique_ptr<ClassifierWorkspace> ws) const;

    std::unique_ptr<const CompiledRules> m_rules;
    std::uint64_t m_id;
    mutable std::mutex m_poolMutex;
    mutable std::vector<std::unique_ptr<ClassifierWorkspace>> m_pool;
};

} // namespace rd
