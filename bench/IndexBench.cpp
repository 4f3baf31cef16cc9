// index_bench: measures how fast the full-text index is built on an imported database.
//
//   index_bench DATABASE [--rebuild] [--chunk N]
//
// Default mode is the catch-up the GUI and the CLI run after an import: ReviewStore::
// updateSearchIndex(N) in chunks of N = 20000 reviews (the CLI's chunk) until every review is
// indexed (start from a database imported with `reviewdesk-cli import --no-index`). --rebuild times ReviewStore::rebuildSearchIndex()
// instead (drop and rebuild everything). Prints reviews/s; bench/import_bench.sh drives it.
// Exit codes: 0 ok, 1 error, 2 usage, 3 nothing to index (the database is already indexed).

#include "store/ReviewStore.h"
#include "store/StoreError.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <string>

namespace {

int usage()
{
    std::fprintf(stderr, "usage: index_bench DATABASE [--rebuild] [--chunk N]\n");
    return 2;
}

} // namespace

int main(int argc, char** argv)
{
    std::string path;
    bool rebuild = false;
    long long chunk = 20000;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--rebuild") == 0) {
            rebuild = true;
        } else if (std::strcmp(argv[i], "--chunk") == 0 && i + 1 < argc) {
            chunk = std::atoll(argv[++i]);
            if (chunk <= 0) {
                return usage();
            }
        } else if (argv[i][0] == '-' || !path.empty()) {
            return usage();
        } else {
            path = argv[i];
        }
    }
    if (path.empty()) {
        return usage();
    }
    try {
        auto store = rd::ReviewStore::openSqlite(path);
        const rd::SearchIndexState before = store->searchIndexState();
        if (!rebuild && before.complete()) {
            std::fprintf(stderr, "index_bench: %s: all %lld reviews are already indexed\n",
                         path.c_str(), static_cast<long long>(before.total));
            return 3;
        }
        const auto start = std::chrono::steady_clock::now();
        rd::SearchIndexState state = before;
        int transactions = 0;
        if (rebuild) {
            store->rebuildSearchIndex();
            transactions = 1;
        } else {
            while (!state.complete()) {
                const rd::SearchIndexState next = store->updateSearchIndex(chunk);
                ++transactions;
                if (next.indexed == state.indexed) {
                    std::fprintf(stderr, "index_bench: the index made no progress at %lld\n",
                                 static_cast<long long>(state.indexed));
                    return 1;
                }
                state = next;
            }
        }
        const double seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        state = store->searchIndexState();
        const long long reviews = rebuild ? state.total : state.indexed - before.indexed;
        std::printf("%s: indexed %lld reviews in %.3f s (%d transactions): %.0f reviews/s\n",
                    rebuild ? "rebuild" : "catch-up", reviews, seconds, transactions,
                    seconds > 0 ? reviews / seconds : 0.0);
        return 0;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "index_bench: %s\n", e.what());
        return 1;
    }
}
