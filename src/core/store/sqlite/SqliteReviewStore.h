#pragma once

#include "store/ReviewStore.h"
#include "store/sqlite/SqliteConnection.h"

#include <memory>

namespace rd {

class SqliteClassificationStore;
class SqliteWorkflowStore;
class SqliteDraftStore;
class SqliteReportStore;
class SqliteSavedViewStore;

class SqliteReviewStore : public ReviewStore
{
public:
    explicit SqliteReviewStore(const std::string& path);
    ~SqliteReviewStore() override;

    std::string location() const override { return m_connection.path(); }
    int schemaVersion() const override;

    std::unique_ptr<ImportSession> beginImport(const ImportBatchInfo& info) override;
    std::vector<ImportBatch> importBatches() override;

    std::optional<Review> review(std::int64_t id) override;
    std::optional<ReviewRecord> record(std::int64_t id) override;
    std::optional<std::int64_t> findId(Platform platform, const std::string& externalId) override;
    std::vector<ReviewRecord> query(const ReviewFilter& filter) override;
    std::vector<std::int64_t> queryIds(const ReviewFilter& filter) override;
    std::int64_t count(const ReviewFilter& filter) override;
    void forEach(const ReviewFilter& filter,
                 const std::function<bool(const ReviewRecord&)>& callback) override;
    std::vector<ReviewRevision> revisions(std::int64_t reviewId) override;
    StoreStats stats() override;
    std::vector<ReviewRecord> queueRows(const ReviewFilter& filter, int previewChars) override;
    std::vector<ReviewRecord> queueRowsByIds(const std::vector<std::int64_t>& ids,
                                             int previewChars) override;
    void interrupt() override;
    void limitMemory(std::int64_t cacheBytes) override;

    SearchIndexState updateSearchIndex(std::int64_t maxReviews) override;
    SearchIndexState searchIndexState() override;
    void rebuildSearchIndex() override;

    void runInTransaction(const std::function<void()>& work) override;
    void setBusyTimeout(int milliseconds) override;
    std::string integrityCheck() override;
    void backupTo(const std::string& targetPath) override;

    ClassificationStore& classifications() override;
    WorkflowStore& workflow() override;
    DraftStore& drafts() override;
    ReportStore& reports() override;
    SavedViewStore& savedViews() override;

    SqliteConnection& connection() { return m_connection; }

private:
    std::int64_t ftsIndexedUpto();

    SqliteConnection m_connection;
    std::unique_ptr<SqliteClassificationStore> m_classifications;
    std::unique_ptr<SqliteWorkflowStore> m_workflow;
    std::unique_ptr<SqliteDraftStore> m_drafts;
    std::unique_ptr<SqliteReportStore> m_reports;
    std::unique_ptr<SqliteSavedViewStore> m_savedViews;
};

} // namespace rd
