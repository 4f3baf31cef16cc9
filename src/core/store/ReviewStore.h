#pragma once

#include "model/ReviewFilter.h"
#include "model/ReviewRecord.h"
#include "store/ImportSession.h"

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace rd {

class ClassificationStore;
class WorkflowStore;
class DraftStore;
class ReportStore;
class SavedViewStore;

struct StoreStats
{
    std::int64_t reviews = 0;
    std::int64_t negative = 0;
    std::int64_t neutral = 0;
    std::int64_t positive = 0;
    std::int64_t unrated = 0;
    std::int64_t classified = 0;
    std::int64_t revisions = 0;
    std::int64_t batches = 0;
    std::vector<std::pair<Platform, std::int64_t>> byPlatform;
    std::vector<std::pair<Language, std::int64_t>> byLanguage;
    std::vector<std::pair<Category, std::int64_t>> byCategory; // effective category
    std::optional<Timestamp> oldest;
    std::optional<Timestamp> newest;
};

struct ImportBatch
{
    std::int64_t id = 0;
    ImportBatchInfo info;
    std::optional<Timestamp> finishedAt;
    ImportCounts counts;
};

// Progress of the background full-text index: reviews indexed out of reviews stored.
struct SearchIndexState
{
    std::int64_t indexed = 0;
    std::int64_t total = 0;
    bool complete() const { return indexed >= total; }
};

// The review database. Every caller outside src/core/store talks to this interface and the
// ones it hands out; SQL and the SQLite specifics live behind it (store/sqlite). One
// ReviewStore is one connection: open another for another thread.
class ReviewStore
{
public:
    virtual ~ReviewStore() = default;

    // Opens or creates the SQLite database at `path`, migrating an older schema (after taking
    // a copy of the file next to it). Throws StoreError.
    static std::unique_ptr<ReviewStore> openSqlite(const std::string& path);

    virtual std::string location() const = 0;
    virtual int schemaVersion() const = 0;

    // Import: one batch, one transaction.
    virtual std::unique_ptr<ImportSession> beginImport(const ImportBatchInfo& info) = 0;
    virtual std::vector<ImportBatch> importBatches() = 0;

    // Reviews.
    virtual std::optional<Review> review(std::int64_t id) = 0;
    virtual std::optional<ReviewRecord> record(std::int64_t id) = 0;
    virtual std::optional<std::int64_t> findId(Platform platform,
                                               const std::string& externalId) = 0;
    virtual std::vector<ReviewRecord> query(const ReviewFilter& filter) = 0;
    virtual std::vector<std::int64_t> queryIds(const ReviewFilter& filter) = 0;
    virtual std::int64_t count(const ReviewFilter& filter) = 0;
    // Streams matching reviews in the filter's order without holding them all in memory; the
    // callback returns false to stop and may write to the store.
    virtual void forEach(const ReviewFilter& filter,
                         const std::function<bool(const ReviewRecord&)>& callback) = 0;
    virtual std::vector<ReviewRevision> revisions(std::int64_t reviewId) = 0;
    virtual StoreStats stats() = 0;

    // Lighter records for list views (the GUI queue): the text is cut to its first
    // `previewChars` characters, extraJson and sourceFile are left empty.
    virtual std::vector<ReviewRecord> queueRows(const ReviewFilter& filter, int previewChars) = 0;
    // The same for these reviews, in the order of `ids` (unknown ids are left out).
    virtual std::vector<ReviewRecord> queueRowsByIds(const std::vector<std::int64_t>& ids,
                                                     int previewChars) = 0;
    // Aborts the statement running on this connection: the call running it throws StoreError.
    // The one method that may be called from another thread (while the store is alive); used
    // to drop a query the user no longer waits for.
    virtual void interrupt() = 0;
    // Keeps this connection's memory small: a page cache of at most `cacheBytes` and no memory
    // mapping of the file (mapped pages count in the process's resident memory, per
    // connection). For a program with several connections to one large database (the GUI).
    virtual void limitMemory(std::int64_t cacheBytes) = 0;

    // Full-text index upkeep, kept off the import's critical path: indexes up to `maxReviews`
    // reviews that are not yet indexed, in one transaction. Returns the state afterwards.
    virtual SearchIndexState updateSearchIndex(std::int64_t maxReviews) = 0;
    virtual SearchIndexState searchIndexState() = 0;
    // Drops and rebuilds the whole index (used by the benchmark and after a tokenizer change).
    virtual void rebuildSearchIndex() = 0;

    // Runs `work` in one write transaction: all of it is stored or none. Store calls made inside
    // join the transaction. Rethrows what `work` throws, after rolling back.
    virtual void runInTransaction(const std::function<void()>& work) = 0;

    // How long a write waits for the write lock that another connection holds (an import in
    // another program, a worker thread) before it throws a StoreError whose busy() is true.
    // Default kDefaultBusyTimeoutMs. The GUI thread uses a short wait and retries the write
    // itself, so that it never freezes behind a long import (docs/architecture.md).
    virtual void setBusyTimeout(int milliseconds) = 0;
    static constexpr int kDefaultBusyTimeoutMs = 15000;

    // Runs SQLite's integrity check; returns "ok" or the problems found.
    virtual std::string integrityCheck() = 0;
    // Online backup of the whole database to `targetPath`.
    virtual void backupTo(const std::string& targetPath) = 0;

    virtual ClassificationStore& classifications() = 0;
    virtual WorkflowStore& workflow() = 0;
    virtual DraftStore& drafts() = 0;
    virtual ReportStore& reports() = 0;
    virtual SavedViewStore& savedViews() = 0;
};

} // namespace rd
