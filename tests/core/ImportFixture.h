#pragma once

#include "TestSupport.h"

#include "import/Importer.h"
#include "store/ReviewStore.h"

#include <gtest/gtest.h>

#include <sstream>

namespace rd::test {

// A fresh store in a temporary folder, and helpers to import fixtures into it.
class ImportFixture : public ::testing::Test
{
public:
    void SetUp() override { store = ReviewStore::openSqlite(dir.file("reviews.sqlite")); }

    ImportResult importFixture(const std::string& name, const ImportOptions& options = {})
    {
        return Importer::importFile(*store, fixture("import/" + name), options);
    }

    ImportResult importText(const std::string& text, const ImportOptions& options = {},
                            const ImportProgressFn& progress = {})
    {
        return Importer::importData(*store, text, "memory.csv", options, progress);
    }

    std::vector<ReviewRecord> all()
    {
        ReviewFilter f;
        f.sort = SortColumn::Id;
        f.descending = false;
        return store->query(f);
    }

    std::optional<Review> byExternalId(const std::string& id, Platform p = Platform::Other)
    {
        auto rowId = store->findId(p, id);
        return rowId ? store->review(*rowId) : std::nullopt;
    }

    // Everything an import could change, as text: reviews, revisions and batches.
    std::string snapshot()
    {
        std::ostringstream s;
        for (const ReviewRecord& rec : all()) {
            const Review& r = rec.review;
            s << r.id << '|' << toKey(r.platform) << '|' << r.externalId << '|' << r.shop << '|'
              << r.sku << '|' << r.product << '|' << r.customerName << '|' << r.orderId << '|'
              << (r.rating ? *r.rating : -1) << '|' << toKey(r.polarity) << '|' << r.title << '|'
              << r.text << '|' << (r.publishedAt ? *r.publishedAt : -1) << '|' << r.extraJson
              << '\n';
            for (const ReviewRevision& rev : store->revisions(r.id)) {
                s << "  rev " << rev.oldText << " -> " << rev.newText << '\n';
            }
        }
        for (const ImportBatch& b : store->importBatches()) {
            s << "batch " << b.id << ' ' << b.info.sourceFile << ' ' << b.counts.read << '\n';
        }
        return s.str();
    }

    TempDir dir;
    std::unique_ptr<ReviewStore> store;
};

// "line N: reason" of every skipped row, for readable expectations.
inline std::vector<std::string> skipped(const ImportResult& r)
{
    std::vector<std::string> out;
    for (const SkippedRow& s : r.counts.skippedRows) {
        out.push_back("line " + std::to_string(s.line) + ": " + s.reason);
    }
    return out;
}

} // namespace rd::test
