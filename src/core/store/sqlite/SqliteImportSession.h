#pragma once

#include "store/ImportSession.h"
#include "store/sqlite/SqliteStatement.h"
#include "store/sqlite/SqliteTransaction.h"

#include <string>
#include <vector>

namespace rd {

class SqliteImportSession : public ImportSession
{
public:
    // A batch that adds at least this many reviews, and at least as many as the table held
    // before it, is a bulk load: the secondary indexes of `reviews` are dropped and built again
    // (by sorting) at commit, inside the same transaction, which is several times faster than
    // updating them row by row (docs/performance.md).
    static constexpr std::int64_t kBulkThreshold = 50000;

    SqliteImportSession(SqliteConnection& connection, const ImportBatchInfo& info,
                        std::int64_t bulkThreshold = kBulkThreshold);

    std::int64_t batchId() const override { return m_batchId; }
    UpsertOutcome upsert(Review& review) override;
    void commit(const ImportCounts& counts) override;
    void rollback() override;

private:
    UpsertOutcome merge(Review& incoming);
    void reviseText(const Review& stored, const Review& incoming);
    void deferIndexes();

    SqliteConnection& m_connection;
    SqliteTransaction m_transaction;
    std::int64_t m_batchId = 0;
    std::int64_t m_ftsIndexedUpto = 0;
    Timestamp m_now = 0;
    SqliteStatement m_insert;
    SqliteStatement m_select;
    std::int64_t m_bulkThreshold = kBulkThreshold;
    std::int64_t m_rowsBefore = 0; // highest review id when the batch began
    std::int64_t m_added = 0;
    bool m_bulk = false;
    std::vector<std::string> m_deferredIndexes; // CREATE INDEX statements to run at commit
};

} // namespace rd
