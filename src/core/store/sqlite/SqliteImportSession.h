#pragma once

#include "store/ImportSession.h"
#include "store/sqlite/SqliteStatement.h"
#include "store/sqlite/SqliteTransaction.h"

namespace rd {

class SqliteImportSession : public ImportSession
{
public:
    SqliteImportSession(SqliteConnection& connection, const ImportBatchInfo& info);

    std::int64_t batchId() const override { return m_batchId; }
    UpsertOutcome upsert(Review& review) override;
    void commit(const ImportCounts& counts) override;
    void rollback() override;

private:
    UpsertOutcome merge(Review& incoming);
    void reviseText(const Review& stored, const Review& incoming);

    SqliteConnection& m_connection;
    SqliteTransaction m_transaction;
    std::int64_t m_batchId = 0;
    std::int64_t m_ftsIndexedUpto = 0;
    Timestamp m_now = 0;
    SqliteStatement m_insert;
    SqliteStatement m_select;
};

} // namespace rd
