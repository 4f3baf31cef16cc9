#pragma once

#include "model/ReviewFilter.h"

#include <array>
#include <cstdint>
#include <functional>

namespace rd {

class Classifier;
class ReviewStore;

// What a (re)classification run did.
struct ClassificationRun
{
    std::int64_t total = 0;      // reviews matching the filter when the run started
    std::int64_t classified = 0; // results stored
    bool cancelled = false;
    std::array<std::int64_t, 5> byCategory{}; // automatic results, by Category
    std::int64_t suspicious = 0;
    std::int64_t safety = 0;
};

// (Re)classifies the stored reviews that match a filter and stores the automatic results with
// their evidence and the rule-set version (ClassificationStore::saveAutomatic). A person's
// override is kept apart and never touched. Used by `reviewdesk-cli classify --db` and by the
// GUI's background re-classification; runs on the caller's thread with the caller's store.
class ClassificationService
{
public:
    // Called after each stored batch with (done, total); returning false cancels the run.
    // What was stored before stays stored.
    using Progress = std::function<bool(std::int64_t done, std::int64_t total)>;

    ClassificationService(ReviewStore& store, const Classifier& classifier);

    // Each batch of `batchSize` results is stored in one transaction; classifiedAt is
    // Clock::nowMs() at the start of the run.
    ClassificationRun run(const ReviewFilter& filter, const Progress& progress = {},
                          int batchSize = 500);

private:
    ReviewStore& m_store;
    const Classifier& m_classifier;
};

} // namespace rd
