#include "store/sqlite/SqliteReviewStore.h"

#include "store/StoreError.h"
#include "store/sqlite/SqliteBackup.h"
#include "store/sqlite/SqliteClassificationStore.h"
#include "store/sqlite/SqliteDraftStore.h"
#include "store/sqlite/SqliteImportSession.h"
#include "store/sqlite/SqliteQueryBuilder.h"
#include "store/sqlite/SqliteReportStore.h"
#include "store/sqlite/SqliteRowReader.h"
#include "store/sqlite/SqliteSavedViewStore.h"
#include "store/sqlite/SqliteSchema.h"
#include "store/sqlite/SqliteTransaction.h"
#include "store/sqlite/SqliteWorkflowStore.h"

#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include <algorithm>
#include <unordered_map>

namespace rd {

std::unique_ptr<ReviewStore> ReviewStore::openSqlite(const std::string& path)
{
    return std::make_unique<SqliteReviewStore>(path);
}

SqliteReviewStore::SqliteReviewStore(const std::string& path)
    : m_connection(path, true)
{
    SqliteSchema::migrate(m_connection);
    m_classifications = std::make_unique<SqliteClassificationStore>(m_connection);
    m_workflow = std::make_unique<SqliteWorkflowStore>(m_connection);
    m_drafts = std::make_unique<SqliteDraftStore>(m_connection);
    m_reports = std::make_unique<SqliteReportStore>(m_connection);
    m_savedViews = std::make_unique<SqliteSavedViewStore>(m_connection);
}

SqliteReviewStore::~SqliteReviewStore() = default;

int SqliteReviewStore::schemaVersion() const
{
    return const_cast<SqliteConnection&>(m_connection).userVersion();
}

std::unique_ptr<ImportSession> SqliteReviewStore::beginImport(const ImportBatchInfo& info)
{
    return std::make_unique<SqliteImportSession>(m_connection, info);
}

std::vector<ImportBatch> SqliteReviewStore::importBatches()
{
    auto st = m_connection.prepare(
        "SELECT id, source_file, format, encoding, started_at, finished_at, rows_read,"
        " rows_added, rows_updated, rows_revised, rows_unchanged, rows_skipped, skipped_json"
        " FROM import_batches ORDER BY id");
    std::vector<ImportBatch> out;
    while (st.step()) {
        ImportBatch b;
        b.id = st.columnInt64(0);
        b.info = {st.columnText(1), st.columnText(2), st.columnText(3), st.columnInt64(4)};
        b.finishedAt = st.columnOptInt64(5);
        b.counts.read = st.columnInt64(6);
        b.counts.added = st.columnInt64(7);
        b.counts.updated = st.columnInt64(8);
        b.counts.revised = st.columnInt64(9);
        b.counts.unchanged = st.columnInt64(10);
        b.counts.skipped = st.columnInt64(11);
        auto skipped = nlohmann::json::parse(st.columnView(12), nullptr, false);
        if (skipped.is_array()) {
            for (const auto& s : skipped) {
                b.counts.skippedRows.push_back(
                    {s.value("line", std::int64_t(0)), s.value("reason", std::string())});
            }
        }
        out.push_back(std::move(b));
    }
    return out;
}

std::optional<Review> SqliteReviewStore::review(std::int64_t id)
{
    auto rec = record(id);
    if (!rec) {
        return std::nullopt;
    }
    return std::move(rec->review);
}

std::optional<ReviewRecord> SqliteReviewStore::record(std::int64_t id)
{
    auto st = m_connection.prepare(std::string("SELECT ") + SqliteQueryBuilder::recordColumns() +
                                   SqliteQueryBuilder::fromClause() + " WHERE r.id = ?");
    st.bind(1, id);
    if (!st.step()) {
        return std::nullopt;
    }
    return readReviewRecord(st);
}

std::optional<std::int64_t> SqliteReviewStore::findId(Platform platform,
                                                      const std::string& externalId)
{
    auto st = m_connection.prepare("SELECT id FROM reviews WHERE platform = ? AND external_id = ?");
    st.bind(1, toKey(platform)).bind(2, externalId);
    if (!st.step()) {
        return std::nullopt;
    }
    return st.columnInt64(0);
}

std::vector<ReviewRecord> SqliteReviewStore::query(const ReviewFilter& filter)
{
    std::vector<ReviewRecord> out;
    SqliteQueryBuilder qb(filter, ftsIndexedUpto());
    auto st = m_connection.prepare(qb.selectRecords());
    qb.bindAll(st);
    while (st.step()) {
        out.push_back(readReviewRecord(st));
    }
    return out;
}

std::vector<std::int64_t> SqliteReviewStore::queryIds(const ReviewFilter& filter)
{
    std::vector<std::int64_t> out;
    SqliteQueryBuilder qb(filter, ftsIndexedUpto());
    auto st = m_connection.prepare(qb.selectIds());
    qb.bindAll(st);
    while (st.step()) {
        out.push_back(st.columnInt64(0));
    }
    return out;
}

std::int64_t SqliteReviewStore::count(const ReviewFilter& filter)
{
    SqliteQueryBuilder qb(filter, ftsIndexedUpto());
    auto st = m_connection.prepare(qb.selectCount());
    qb.bindAll(st);
    st.step();
    return st.columnInt64(0);
}

void SqliteReviewStore::forEach(const ReviewFilter& filter,
                                const std::function<bool(const ReviewRecord&)>& callback)
{
    // The ordered ids first (8 bytes a review), then the records in pages: constant memory for
    // the records however large the store is, any sort order, and no statement held open while
    // the callback runs (it may write to the store).
    constexpr std::size_t kPage = 1000;
    const std::vector<std::int64_t> ids = queryIds(filter);
    auto st = m_connection.prepare(std::string("SELECT ") + SqliteQueryBuilder::recordColumns() +
                                   SqliteQueryBuilder::fromClause() +
                                   " WHERE r.id IN (SELECT value FROM json_each(?))");
    for (std::size_t start = 0; start < ids.size(); start += kPage) {
        const std::size_t end = std::min(ids.size(), start + kPage);
        std::vector<std::int64_t> page(ids.begin() + static_cast<std::ptrdiff_t>(start),
                                       ids.begin() + static_cast<std::ptrdiff_t>(end));
        st.bind(1, nlohmann::json(page).dump());
        std::unordered_map<std::int64_t, ReviewRecord> byId;
        while (st.step()) {
            ReviewRecord rec = readReviewRecord(st);
            byId.emplace(rec.review.id, std::move(rec));
        }
        st.reset();
        for (std::int64_t id : page) {
            auto it = byId.find(id);
            if (it != byId.end() && !callback(it->second)) {
                return;
            }
        }
    }
}

std::vector<ReviewRevision> SqliteReviewStore::revisions(std::int64_t reviewId)
{
    auto st = m_connection.prepare(
        "SELECT id, review_id, changed_at, COALESCE(batch_id, 0), old_rating, new_rating,"
        " old_text, new_text FROM review_revisions WHERE review_id = ? ORDER BY id");
    st.bind(1, reviewId);
    std::vector<ReviewRevision> out;
    while (st.step()) {
        out.push_back({st.columnInt64(0), st.columnInt64(1), st.columnInt64(2), st.columnInt64(3),
                       st.columnOptInt(4), st.columnOptInt(5), st.columnText(6),
                       st.columnText(7)});
    }
    return out;
}

StoreStats SqliteReviewStore::stats()
{
    StoreStats s;
    auto st = m_connection.prepare(
        "SELECT count(*), sum(polarity = 'negative'), sum(polarity = 'neutral'),"
        " sum(polarity = 'positive'), sum(polarity = 'unknown'), min(published_at),"
        " max(published_at), (SELECT count(*) FROM classifications),"
        " (SELECT count(*) FROM review_revisions), (SELECT count(*) FROM import_batches)"
        " FROM reviews");
    st.step();
    s.reviews = st.columnInt64(0);
    s.negative = st.columnInt64(1);
    s.neutral = st.columnInt64(2);
    s.positive = st.columnInt64(3);
    s.unrated = st.columnInt64(4);
    s.oldest = st.columnOptInt64(5);
    s.newest = st.columnOptInt64(6);
    s.classified = st.columnInt64(7);
    s.revisions = st.columnInt64(8);
    s.batches = st.columnInt64(9);

    auto groups = [this](const char* sql, auto fromKey, auto& out) {
        auto g = m_connection.prepare(sql);
        while (g.step()) {
            if (auto key = fromKey(g.columnView(0))) {
                out.emplace_back(*key, g.columnInt64(1));
            }
        }
    };
    groups("SELECT platform, count(*) FROM reviews GROUP BY platform ORDER BY 2 DESC",
           platformFromKey, s.byPlatform);
    groups("SELECT language, count(*) FROM reviews GROUP BY language ORDER BY 2 DESC",
           languageFromKey, s.byLanguage);
    groups("SELECT COALESCE(o.category, c.category) AS cat, count(*) FROM classifications c"
           " LEFT JOIN classification_overrides o ON o.review_id = c.review_id"
           " GROUP BY cat ORDER BY 2 DESC",
           categoryFromKey, s.byCategory);
    return s;
}

std::int64_t SqliteReviewStore::ftsIndexedUpto()
{
    auto st = m_connection.prepare(
        "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'fts_indexed_upto'");
    return st.step() ? st.columnInt64(0) : 0;
}

SearchIndexState SqliteReviewStore::searchIndexState()
{
    auto st = m_connection.prepare("SELECT count(*), (SELECT count(*) FROM reviews WHERE id > ?)"
                                   " FROM reviews");
    st.bind(1, ftsIndexedUpto());
    st.step();
    return {st.columnInt64(0) - st.columnInt64(1), st.columnInt64(0)};
}

SearchIndexState SqliteReviewStore::updateSearchIndex(std::int64_t maxReviews)
{
    SqliteTransaction tx(m_connection);
    const std::int64_t from = ftsIndexedUpto();
    auto last = m_connection.prepare(
        "SELECT max(id) FROM (SELECT id FROM reviews WHERE id > ? ORDER BY id LIMIT ?)");
    last.bind(1, from).bind(2, maxReviews);
    last.step();
    if (!last.isNull(0)) {
        const std::int64_t to = last.columnInt64(0);
        auto ins = m_connection.prepare("INSERT INTO reviews_fts(rowid, title, text)"
                                        " SELECT id, title, text FROM reviews"
                                        " WHERE id > ? AND id <= ?");
        ins.bind(1, from).bind(2, to).run();
        auto mark = m_connection.prepare(
            "UPDATE meta SET value = CAST(? AS TEXT) WHERE key = 'fts_indexed_upto'");
        mark.bind(1, to).run();
    }
    last = SqliteStatement(m_connection, "SELECT 1");
    tx.commit();
    return searchIndexState();
}

void SqliteReviewStore::rebuildSearchIndex()
{
    SqliteTransaction tx(m_connection);
    m_connection.exec("INSERT INTO reviews_fts(reviews_fts) VALUES('rebuild');"
                      "UPDATE meta SET value = CAST((SELECT COALESCE(max(id), 0) FROM reviews)"
                      " AS TEXT) WHERE key = 'fts_indexed_upto';");
    tx.commit();
}

void SqliteReviewStore::runInTransaction(const std::function<void()>& work)
{
    SqliteTransaction tx(m_connection);
    work();
    tx.commit();
}

std::string SqliteReviewStore::integrityCheck()
{
    auto st = m_connection.prepare("PRAGMA integrity_check");
    std::string out;
    while (st.step()) {
        if (!out.empty()) {
            out += '\n';
        }
        out += st.columnText(0);
    }
    return out;
}

void SqliteReviewStore::setBusyTimeout(int milliseconds)
{
    sqlite3_busy_timeout(m_connection.handle(), milliseconds);
}

void SqliteReviewStore::backupTo(const std::string& targetPath)
{
    sqliteBackup(m_connection, targetPath);
}

ClassificationStore& SqliteReviewStore::classifications() { return *m_classifications; }
WorkflowStore& SqliteReviewStore::workflow() { return *m_workflow; }
DraftStore& SqliteReviewStore::drafts() { return *m_drafts; }
ReportStore& SqliteReviewStore::reports() { return *m_reports; }
SavedViewStore& SqliteReviewStore::savedViews() { return *m_savedViews; }

std::vector<ReviewRecord> SqliteReviewStore::queueRows(const ReviewFilter& filter,
                                                       int previewChars)
{
    std::vector<ReviewRecord> out;
    SqliteQueryBuilder qb(filter, ftsIndexedUpto());
    auto st = m_connection.prepare(qb.selectQueueRows(previewChars));
    qb.bindAll(st);
    while (st.step()) {
        out.push_back(readReviewRecord(st));
    }
    return out;
}

std::vector<ReviewRecord> SqliteReviewStore::queueRowsByIds(const std::vector<std::int64_t>& ids,
                                                            int previewChars)
{
    auto st = m_connection.prepare("SELECT " + SqliteQueryBuilder::queueColumns(previewChars) +
                                   SqliteQueryBuilder::fromClause() +
                                   " WHERE r.id IN (SELECT value FROM json_each(?))");
    st.bind(1, nlohmann::json(ids).dump());
    std::unordered_map<std::int64_t, ReviewRecord> byId;
    while (st.step()) {
        ReviewRecord rec = readReviewRecord(st);
        byId.emplace(rec.review.id, std::move(rec));
    }
    std::vector<ReviewRecord> out;
    out.reserve(byId.size());
    for (std::int64_t id : ids) {
        if (auto it = byId.find(id); it != byId.end()) {
            out.push_back(std::move(it->second));
            byId.erase(it);
        }
    }
    return out;
}

void SqliteReviewStore::interrupt() { sqlite3_interrupt(m_connection.handle()); }

void SqliteReviewStore::limitMemory(std::int64_t cacheBytes)
{
    const std::int64_t kib = std::max<std::int64_t>(cacheBytes / 1024, 256);
    m_connection.exec("PRAGMA cache_size = -" + std::to_string(kib) + "; PRAGMA mmap_size = 0;");
}

} // namespace rd
