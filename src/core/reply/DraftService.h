#pragma once

#include "model/ReviewFilter.h"
#include "reply/DraftContext.h"
#include "reply/DraftGenerator.h"

#include <cstdint>
#include <functional>

namespace rd {

class ReviewStore;
class TemplateLibrary;

// What one generation run did.
struct DraftRunSummary
{
    std::int64_t matched = 0;      // reviews the filter selected
    std::int64_t created = 0;      // drafts written for reviews that had none
    std::int64_t refreshed = 0;    // generated drafts replaced by a new text
    std::int64_t unchanged = 0;    // generated drafts that were already up to date
    std::int64_t keptEdited = 0;   // left alone: edited by a person, or approved or later
    std::int64_t unclassified = 0; // complaints without a category: run classify first
    std::int64_t noTemplate = 0;   // no template for the kind, category, language, platform
    std::int64_t needsInput = 0;   // of the drafts written or kept up to date: values missing
    std::int64_t overLimit = 0;    // of those: longer than the platform's limit
    bool cancelled = false;
};

struct DraftRunProgress
{
    std::int64_t done = 0;
    std::int64_t total = 0;
};

// Called after each batch; return false to cancel (the batches done so far stay stored).
using DraftProgressFn = std::function<bool(const DraftRunProgress&)>;

// Generates or refreshes the reply drafts of every review matching a filter in one call, for
// the CLI (`drafts`) and the GUI (in a worker thread with its own ReviewStore). Reviews are
// written in batches, each batch one transaction; a human edit, or a draft already approved,
// exported or posted, is never overwritten (DraftStore::saveGenerated).
class DraftService
{
public:
    DraftService(ReviewStore& store, const TemplateLibrary& library, DraftContext context);

    static constexpr int kDefaultBatchSize = 500;

    DraftRunSummary generate(const ReviewFilter& filter, const DraftProgressFn& progress = {},
                             int batchSize = kDefaultBatchSize);

private:
    void processBatch(const std::vector<ReviewRecord>& batch, DraftRunSummary& summary);

    ReviewStore& m_store;
    DraftGenerator m_generator;
};

} // namespace rd
