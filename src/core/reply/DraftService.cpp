#include "reply/DraftService.h"

#include "store/ClassificationStore.h"
#include "store/DraftStore.h"
#include "store/ReviewStore.h"
#include "util/Clock.h"

namespace rd {

DraftService::DraftService(ReviewStore& store, const TemplateLibrary& library, DraftContext context)
    : m_store(store), m_generator(library, std::move(context))
{
}

DraftRunSummary DraftService::generate(const ReviewFilter& filter, const DraftProgressFn& progress,
                                       int batchSize)
{
    DraftRunSummary summary;
    DraftRunProgress state;
    state.total = m_store.count(filter);
    if (filter.limit) {
        state.total = std::min<std::int64_t>(state.total, *filter.limit);
    }
    const std::size_t size = static_cast<std::size_t>(batchSize > 0 ? batchSize : 1);
    std::vector<ReviewRecord> batch;
    batch.reserve(size);
    auto flush = [&]() {
        processBatch(batch, summary);
        state.done += static_cast<std::int64_t>(batch.size());
        batch.clear();
        if (progress && !progress(state)) {
            summary.cancelled = true;
        }
        return !summary.cancelled;
    };
    // forEach holds no statement open while the callback runs, so writing here is safe.
    m_store.forEach(filter, [&](const ReviewRecord& rec) {
        ++summary.matched;
        batch.push_back(rec);
        return batch.size() < size || flush();
    });
    if (!batch.empty() && !summary.cancelled) {
        flush();
    }
    return summary;
}

void DraftService::processBatch(const std::vector<ReviewRecord>& batch, DraftRunSummary& summary)
{
    DraftRunSummary counts; // applied only when the batch's transaction commits
    m_store.runInTransaction([&]() {
        const Timestamp now = Clock::nowMs();
        for (const ReviewRecord& rec : batch) {
            const std::int64_t id = rec.review.id;
            if (rec.draftState && *rec.draftState != DraftState::Draft) {
                ++counts.keptEdited; // approved, exported or posted: the record says so already
                continue;
            }
            // Only a draft in the draft state needs reading: was it edited by a person?
            const auto current = rec.draftState ? m_store.drafts().draft(id) : std::nullopt;
            if (current && current->humanEdited) {
                ++counts.keptEdited;
                continue;
            }
            const auto automatic = m_store.classifications().automatic(id);
            const DraftOutcome outcome = m_generator.generate(
                rec, automatic ? automatic->evidence : std::vector<Evidence>{}, now);
            if (outcome.status == DraftOutcome::Status::Unclassified) {
                ++counts.unclassified;
                continue;
            }
            if (outcome.status == DraftOutcome::Status::NoTemplate) {
                ++counts.noTemplate;
                continue;
            }
            if (m_store.drafts().saveGenerated(outcome.draft)) {
                ++(current ? counts.refreshed : counts.created);
            } else {
                ++counts.unchanged;
            }
            counts.needsInput += outcome.draft.missing.empty() ? 0 : 1;
            counts.overLimit += outcome.draft.overLimit ? 1 : 0;
        }
    });
    summary.created += counts.created;
    summary.refreshed += counts.refreshed;
    summary.unchanged += counts.unchanged;
    summary.keptEdited += counts.keptEdited;
    summary.unclassified += counts.unclassified;
    summary.noTemplate += counts.noTemplate;
    summary.needsInput += counts.needsInput;
    summary.overLimit += counts.overLimit;
}

} // namespace rd
