#include "store/sqlite/SqliteSchema.h"

#include "store/StoreError.h"
#include "store/sqlite/SqliteBackup.h"
#include "store/sqlite/SqliteConnection.h"
#include "store/sqlite/SqliteTransaction.h"

#include <spdlog/spdlog.h>

#include <array>
#include <chrono>
#include <string_view>

namespace rd {
namespace {

// Version 1: the whole domain. Times are Unix milliseconds (UTC); enums are stored as the
// keys of model/Enums.h so the file stays readable with the sqlite3 shell.
constexpr std::string_view kVersion1 = R"sql(
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE import_batches (
    id             INTEGER PRIMARY KEY,
    source_file    TEXT NOT NULL,
    format         TEXT NOT NULL,
    encoding       TEXT NOT NULL DEFAULT '',
    started_at     INTEGER NOT NULL,
    finished_at    INTEGER,
    rows_read      INTEGER NOT NULL DEFAULT 0,
    rows_added     INTEGER NOT NULL DEFAULT 0,
    rows_updated   INTEGER NOT NULL DEFAULT 0,
    rows_revised   INTEGER NOT NULL DEFAULT 0,
    rows_unchanged INTEGER NOT NULL DEFAULT 0,
    rows_skipped   INTEGER NOT NULL DEFAULT 0,
    skipped_json   TEXT NOT NULL DEFAULT '[]'
);

CREATE TABLE reviews (
    id            INTEGER PRIMARY KEY,
    platform      TEXT NOT NULL,
    external_id   TEXT NOT NULL,
    shop          TEXT NOT NULL DEFAULT '',
    sku           TEXT NOT NULL DEFAULT '',
    product       TEXT NOT NULL DEFAULT '',
    customer_id   TEXT NOT NULL DEFAULT '',
    customer_name TEXT NOT NULL DEFAULT '',
    order_id      TEXT NOT NULL DEFAULT '',
    rating        INTEGER CHECK (rating BETWEEN 1 AND 5),
    polarity      TEXT NOT NULL DEFAULT 'unknown',
    title         TEXT NOT NULL DEFAULT '',
    text          TEXT NOT NULL DEFAULT '',
    language      TEXT NOT NULL DEFAULT 'und',
    published_at  INTEGER,
    imported_at   INTEGER NOT NULL,
    batch_id      INTEGER REFERENCES import_batches(id),
    extra         TEXT NOT NULL DEFAULT '{}',
    UNIQUE (platform, external_id)
);
CREATE INDEX reviews_published ON reviews(published_at);
CREATE INDEX reviews_sku ON reviews(sku) WHERE sku <> '';
CREATE INDEX reviews_customer ON reviews(customer_id) WHERE customer_id <> '';

CREATE TABLE review_revisions (
    id         INTEGER PRIMARY KEY,
    review_id  INTEGER NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
    changed_at INTEGER NOT NULL,
    batch_id   INTEGER REFERENCES import_batches(id),
    old_rating INTEGER,
    new_rating INTEGER,
    old_text   TEXT NOT NULL DEFAULT '',
    new_text   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX review_revisions_review ON review_revisions(review_id);

CREATE TABLE classifications (
    review_id       INTEGER PRIMARY KEY REFERENCES reviews(id) ON DELETE CASCADE,
    category        TEXT NOT NULL,
    also            TEXT NOT NULL DEFAULT '',
    suspicious      INTEGER NOT NULL DEFAULT 0,
    safety          INTEGER NOT NULL DEFAULT 0,
    confidence      REAL NOT NULL DEFAULT 0,
    evidence        TEXT NOT NULL DEFAULT '[]',
    ruleset_version TEXT NOT NULL DEFAULT '',
    classified_at   INTEGER NOT NULL
);

CREATE TABLE classification_overrides (
    review_id  INTEGER PRIMARY KEY REFERENCES reviews(id) ON DELETE CASCADE,
    category   TEXT,
    suspicious INTEGER,
    safety     INTEGER,
    by         TEXT NOT NULL DEFAULT '',
    at         INTEGER NOT NULL
);

CREATE TABLE workflow (
    review_id         INTEGER PRIMARY KEY REFERENCES reviews(id) ON DELETE CASCADE,
    status            TEXT NOT NULL DEFAULT 'new',
    assignee          TEXT NOT NULL DEFAULT '',
    first_response_at INTEGER,
    follow_up_at      INTEGER,
    resolved_at       INTEGER,
    status_changed_at INTEGER NOT NULL,
    appeal_outcome    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX workflow_follow_up ON workflow(follow_up_at) WHERE follow_up_at IS NOT NULL;

CREATE TABLE status_changes (
    id          INTEGER PRIMARY KEY,
    review_id   INTEGER NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
    from_status TEXT NOT NULL,
    to_status   TEXT NOT NULL,
    at          INTEGER NOT NULL,
    by          TEXT NOT NULL DEFAULT ''
);
CREATE INDEX status_changes_review ON status_changes(review_id);

CREATE TABLE contacts (
    id           INTEGER PRIMARY KEY,
    review_id    INTEGER NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
    channel      TEXT NOT NULL,
    at           INTEGER NOT NULL,
    agent        TEXT NOT NULL DEFAULT '',
    offered      TEXT NOT NULL DEFAULT '',
    buyer_answer TEXT NOT NULL DEFAULT '',
    note         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX contacts_review ON contacts(review_id);

CREATE TABLE drafts (
    review_id    INTEGER PRIMARY KEY REFERENCES reviews(id) ON DELETE CASCADE,
    template_id  TEXT NOT NULL DEFAULT '',
    variant      INTEGER NOT NULL DEFAULT 0,
    language     TEXT NOT NULL DEFAULT 'und',
    text         TEXT NOT NULL,
    state        TEXT NOT NULL DEFAULT 'draft',
    human_edited INTEGER NOT NULL DEFAULT 0,
    missing      TEXT NOT NULL DEFAULT '',
    over_limit   INTEGER NOT NULL DEFAULT 0,
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL
);

CREATE TABLE draft_history (
    id        INTEGER PRIMARY KEY,
    review_id INTEGER NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
    at        INTEGER NOT NULL,
    action    TEXT NOT NULL,
    text      TEXT NOT NULL,
    state     TEXT NOT NULL,
    by        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX draft_history_review ON draft_history(review_id);

-- Full-text index over title and text (external content: the text is stored once, in
-- reviews). Rows with id <= meta.fts_indexed_upto are indexed; the rest are caught up in the
-- background.
CREATE VIRTUAL TABLE reviews_fts USING fts5(
    title, text, content='reviews', content_rowid='id', tokenize='rdtok'
);
INSERT INTO meta(key, value) VALUES ('fts_indexed_upto', '0');
)sql";

// Version 2: saved queue views, and one covering index for the queue. The queue filters and
// sorts by these columns of `reviews` (docs/performance.md); with them in one index led by
// published_at, the ordered id list of a filter is read from the index without touching the
// rows with the review text. It also serves everything reviews_published did.
constexpr std::string_view kVersion2 = R"sql(
CREATE TABLE saved_views (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    filter_json TEXT NOT NULL,
    position    INTEGER NOT NULL DEFAULT 0,
    created_at  INTEGER NOT NULL
);
CREATE INDEX reviews_queue
    ON reviews(published_at, platform, polarity, rating, language, shop, sku, product);
DROP INDEX reviews_published;
)sql";

// Version 3: the weekly report (docs/reports.md). It looks up the category of every complaint
// of its weeks; from this narrow index instead of the classification rows, which also hold the
// evidence JSON and are about ten times larger, so the pages it touches stay cached.
constexpr std::string_view kVersion3 = R"sql(
CREATE INDEX classifications_report ON classifications(review_id, category);
)sql";

struct Migration
{
    int version;
    std::string_view sql;
};

constexpr std::array<Migration, 3> kMigrations{{
    {1, kVersion1},
    {2, kVersion2},
    {3, kVersion3},
}};

std::int64_t nowMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

void apply(SqliteConnection& connection, const Migration& migration)
{
    SqliteTransaction tx(connection);
    connection.exec(migration.sql);
    connection.setUserVersion(migration.version);
    tx.commit();
    spdlog::info("{}: schema migrated to version {}", connection.path(), migration.version);
}

} // namespace

int SqliteSchema::latestVersion() { return kMigrations.back().version; }

std::string SqliteSchema::backupPathFor(const std::string& databasePath, int fromVersion)
{
    return databasePath + ".v" + std::to_string(fromVersion) + "-" + std::to_string(nowMs()) +
           ".bak";
}

int SqliteSchema::migrate(SqliteConnection& connection)
{
    const int found = connection.userVersion();
    if (found > latestVersion()) {
        throw StoreError(connection.path() + ": the database has schema version " +
                         std::to_string(found) + ", newer than this ReviewDesk understands (" +
                         std::to_string(latestVersion()) + "); update ReviewDesk to open it");
    }
    if (found == latestVersion()) {
        return found;
    }
    if (found > 0 && connection.path() != ":memory:") {
        const std::string copy = backupPathFor(connection.path(), found);
        sqliteBackup(connection, copy);
        spdlog::info("{}: copied to {} before migrating from version {}", connection.path(),
                     copy, found);
    }
    migrateTo(connection, latestVersion());
    return found;
}

void SqliteSchema::migrateTo(SqliteConnection& connection, int version)
{
    for (const Migration& m : kMigrations) {
        if (m.version > connection.userVersion() && m.version <= version) {
            apply(connection, m);
        }
    }
}

} // namespace rd
