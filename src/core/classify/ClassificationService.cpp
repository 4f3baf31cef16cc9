#include "classify/ClassificationService.h"

#include "classify/Classifier.h"
#include "classify/ClassifierWorkspace.h"
#include "store/ClassificationStore.h"
#include "store/ReviewStore.h"
#include "util/Clock.h"

#include <algorithm>
#include <utility>
#include <vector>

namespace rd {

ClassificationService::ClassificationService(ReviewStore& store, const Classifier& classifier)
    : m_store(store), m_classifier(classifier)
{
}

ClassificationRun ClassificationService::run(const ReviewFilter& filter, const Progress& progress,
                                             int batchSize)
{
    ClassificationRun result;
    if (batchSize < 1) {
        batchSize = 1;
    }
    const Timestamp now = Clock::nowMs();
    auto workspace = m_classifier.makeWorkspace();
    std::vector<std::pair<std::int64_t, Classification>> batch;
    batch.reserve(static_cast<std::size_t>(batchSize));

    auto flush = [&] {
        if (batch.empty()) {
            return true;
        }
        m_store.classifications().saveAutomatic(batch);
        result.classified += static_cast<std::int64_t>(batch.size());
        batch.clear();
        return !progress || progress(result.classified, result.total);
    };

    // The ids are collected first (the filter's order and limit apply), so that storing results
    // cannot disturb a filter that is about classification (e.g. unclassifiedOnly); the reviews
    // are then read and stored batch by batch, so memory stays flat.
    const std::vector<std::int64_t> ids = m_store.queryIds(filter);
    result.total = static_cast<std::int64_t>(ids.size());
    ReviewFilter byId;
    for (std::size_t start = 0; start < ids.size() && !result.cancelled;
         start += static_cast<std::size_t>(batchSize)) {
        const std::size_t stop = std::min(ids.size(), start + static_cast<std::size_t>(batchSize));
        byId.ids.assign(ids.begin() + static_cast<std::ptrdiff_t>(start),
                        ids.begin() + static_cast<std::ptrdiff_t>(stop));
        byId.sort = SortColumn::Id;
        byId.descending = false;
        m_store.forEach(byId, [&](const ReviewRecord& record) {
            Classification c;
            m_classifier.classify(record.review, *workspace, c);
            c.classifiedAt = now;
            ++result.byCategory[static_cast<std::size_t>(c.category)];
            result.suspicious += c.suspicious ? 1 : 0;
            result.safety += c.safety ? 1 : 0;
            batch.emplace_back(record.review.id, std::move(c));
            return true;
        });
        result.cancelled = !flush();
    }
    return result;
}

} // namespace rd
