#pragma once

#include "model/Review.h"

#include <cstdint>
#include <string>
#include <vector>

namespace rd {

// What one import batch is, recorded in the store's import history.
struct ImportBatchInfo
{
    std::string sourceFile;
    std::string format;   // "csv", "ozon-json", "amazon-jsonl"
    std::string encoding; // "utf-8", "gb18030", "windows-1251", "utf-16le", ...
    Timestamp startedAt = 0;
};

// A row the importer could not store, with the reason shown to the user.
struct SkippedRow
{
    std::int64_t line = 0; // 1-based physical line where the record starts
    std::string reason;
};

struct ImportCounts
{
    std::int64_t read = 0;      // records read from the file
    std::int64_t added = 0;     // new reviews
    std::int64_t updated = 0;   // known reviews whose other fields changed
    std::int64_t revised = 0;   // known reviews whose rating or text changed: revision recorded
    std::int64_t unchanged = 0; // known reviews, nothing new
    std::int64_t skipped = 0;
    std::vector<SkippedRow> skippedRows;
};

enum class UpsertOutcome
{
    Added,
    Updated,
    Revised,
    Unchanged,
};

// One import: everything written through it is one transaction, so a failure or a kill leaves
// the store exactly as it was before the batch. Destroying a session without commit() rolls
// the whole batch back.
class ImportSession
{
public:
    virtual ~ImportSession() = default;

    virtual std::int64_t batchId() const = 0;

    // Stores a review or merges it with the stored one of the same identity. Fills review.id.
    // A changed rating or text is recorded as a revision (the newer value wins); other changed
    // fields are updated in place; empty incoming fields never erase stored ones.
    virtual UpsertOutcome upsert(Review& review) = 0;

    // Records the batch's figures and commits the transaction.
    virtual void commit(const ImportCounts& counts) = 0;
    virtual void rollback() = 0;
};

} // namespace rd
