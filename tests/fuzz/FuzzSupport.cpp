#include "FuzzSupport.h"

#include <spdlog/spdlog.h>

#include <cstdio>
#include <cstdlib>

namespace rd::fuzz {
namespace {

std::unique_ptr<ReviewStore> g_store;
int g_uses = 0;
constexpr int kUsesPerStore = 500;

[[noreturn]] void broken(const char* what, const std::string& detail)
{
    std::fprintf(stderr, "fuzz check failed: %s: %s\n", what, detail.c_str());
    std::abort();
}

} // namespace

void initialise()
{
    spdlog::set_level(spdlog::level::off);
}

ReviewStore& store()
{
    if (!g_store || ++g_uses > kUsesPerStore) {
        g_store.reset();
        g_store = ReviewStore::openSqlite(":memory:");
        g_uses = 0;
    }
    return *g_store;
}

void importAndCheck(std::string_view data, const char* sourceName, const ImportOptions& options)
{
    ReviewStore& db = store();
    const std::size_t batchesBefore = db.importBatches().size();
    const ImportResult result = Importer::importData(db, data, sourceName, options);
    const std::size_t batchesAfter = db.importBatches().size();
    if (result.ok()) {
        if (batchesAfter != batchesBefore + 1 || result.batchId == 0) {
            broken("an Ok import did not record exactly one batch", result.sourceFile);
        }
        const ImportCounts& c = result.counts;
        if (c.added + c.updated + c.revised + c.unchanged + c.skipped != c.read) {
            broken("counts do not add up", std::to_string(c.read));
        }
    } else {
        // In memory the store cannot fail: Failed means an exception escaped a reader.
        if (result.status == ImportResult::Status::Failed) {
            broken("the import failed instead of rejecting the input", result.error);
        }
        if (batchesAfter != batchesBefore) {
            broken("a refused import left a batch", result.error);
        }
        if (result.error.empty()) {
            broken("a refused import without a message", sourceName);
        }
    }
    // The preview reads the same bytes through the same readers but stores nothing.
    const ImportPreview preview = Importer::previewData(data, sourceName, options, 20);
    if (!preview.ok && preview.error.empty()) {
        broken("a refused preview without a message", sourceName);
    }
}

} // namespace rd::fuzz
