#include "store/sqlite/SqliteImportSession.h"

#include "store/StoreError.h"

#include <nlohmann/json.hpp>

#include <chrono>

namespace rd {
namespace {

Timestamp nowMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

constexpr const char* kInsert =
    "INSERT INTO reviews(platform, external_id, shop, sku, product, customer_id, customer_name,"
    " order_id, rating, polarity, title, text, language, published_at, imported_at, batch_id,"
    " extra) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
    " ON CONFLICT(platform, external_id) DO NOTHING";

constexpr const char* kSelect =
    "SELECT id, shop, sku, product, customer_id, customer_name, order_id, rating, polarity,"
    " title, text, published_at, extra FROM reviews WHERE platform = ? AND external_id = ?";

// Fields that are updated in place when a newer export fills or changes them.
struct PlainField
{
    const char* column;
    std::string Review::*member;
};
constexpr PlainField kPlainFields[] = {
    {"shop", &Review::shop},
    {"sku", &Review::sku},
    {"product", &Review::product},
    {"customer_id", &Review::customerId},
    {"customer_name", &Review::customerName},
    {"order_id", &Review::orderId},
    {"extra", &Review::extraJson},
};

} // namespace

SqliteImportSession::SqliteImportSession(SqliteConnection& connection,
                                         const ImportBatchInfo& info, std::int64_t bulkThreshold)
    : m_connection(connection)
    , m_transaction(connection)
    , m_now(nowMs())
    , m_insert(connection.prepare(kInsert))
    , m_select(connection.prepare(kSelect))
    , m_bulkThreshold(bulkThreshold)
{
    auto st = connection.prepare(
        "INSERT INTO import_batches(source_file, format, encoding, started_at) VALUES(?,?,?,?)");
    st.bind(1, info.sourceFile).bind(2, info.format).bind(3, info.encoding);
    st.bind(4, info.startedAt ? info.startedAt : m_now);
    st.run();
    m_batchId = connection.lastInsertRowId();
    auto w = connection.prepare("SELECT CAST(value AS INTEGER) FROM meta"
                                " WHERE key = 'fts_indexed_upto'");
    m_ftsIndexedUpto = w.step() ? w.columnInt64(0) : 0;
    auto rows = connection.prepare("SELECT coalesce(max(id), 0) FROM reviews");
    m_rowsBefore = rows.step() ? rows.columnInt64(0) : 0;
}

UpsertOutcome SqliteImportSession::upsert(Review& r)
{
    if (r.externalId.empty()) {
        throw StoreError("a review without an identity cannot be stored");
    }
    if (r.importedAt == 0) {
        r.importedAt = m_now;
    }
    r.batchId = m_batchId;
    // The review outlives run(), so its strings are bound without copies.
    auto& st = m_insert;
    st.bindStatic(1, toKey(r.platform)).bindStatic(2, r.externalId).bindStatic(3, r.shop);
    st.bindStatic(4, r.sku).bindStatic(5, r.product).bindStatic(6, r.customerId);
    st.bindStatic(7, r.customerName).bindStatic(8, r.orderId).bind(9, r.rating);
    st.bindStatic(10, toKey(r.polarity)).bindStatic(11, r.title).bindStatic(12, r.text);
    st.bindStatic(13, toKey(r.language)).bind(14, r.publishedAt).bind(15, r.importedAt);
    st.bind(16, m_batchId);
    st.bindStatic(17, r.extraJson.empty() ? std::string_view("{}") : r.extraJson);
    st.run();
    if (m_connection.changes() == 1) {
        r.id = m_connection.lastInsertRowId();
        if (++m_added >= m_bulkThreshold && m_added >= m_rowsBefore && !m_bulk) {
            deferIndexes();
        }
        return UpsertOutcome::Added;
    }
    return merge(r);
}

UpsertOutcome SqliteImportSession::merge(Review& in)
{
    m_select.bind(1, toKey(in.platform)).bind(2, in.externalId);
    if (!m_select.step()) {
        m_select.reset();
        throw StoreError(m_connection.path() + ": review " + in.externalId +
                         " conflicts but cannot be read back");
    }
    Review old;
    old.id = m_select.columnInt64(0);
    old.shop = m_select.columnText(1);
    old.sku = m_select.columnText(2);
    old.product = m_select.columnText(3);
    old.customerId = m_select.columnText(4);
    old.customerName = m_select.columnText(5);
    old.orderId = m_select.columnText(6);
    old.rating = m_select.columnOptInt(7);
    old.polarity = polarityFromKey(m_select.columnView(8)).value_or(Polarity::Unknown);
    old.title = m_select.columnText(9);
    old.text = m_select.columnText(10);
    old.publishedAt = m_select.columnOptInt64(11);
    old.extraJson = m_select.columnText(12);
    m_select.reset();
    in.id = old.id;

    const bool ratingChanged = in.rating && in.rating != old.rating;
    const bool polarityChanged =
        !in.rating && in.polarity != Polarity::Unknown && in.polarity != old.polarity;
    const bool textChanged =
        (!in.text.empty() && in.text != old.text) || (!in.title.empty() && in.title != old.title);
    if (ratingChanged || polarityChanged || textChanged) {
        reviseText(old, in);
        return UpsertOutcome::Revised;
    }

    bool updated = false;
    for (const PlainField& f : kPlainFields) {
        const std::string& value = in.*(f.member);
        if (!value.empty() && value != old.*(f.member) && !(f.member == &Review::extraJson &&
                                                            value == "{}")) {
            auto up = m_connection.prepare(std::string("UPDATE reviews SET ") + f.column +
                                           " = ? WHERE id = ?");
            up.bind(1, value).bind(2, old.id).run();
            updated = true;
        }
    }
    if (in.publishedAt && in.publishedAt != old.publishedAt) {
        auto up = m_connection.prepare("UPDATE reviews SET published_at = ? WHERE id = ?");
        up.bind(1, *in.publishedAt).bind(2, old.id).run();
        updated = true;
    }
    return updated ? UpsertOutcome::Updated : UpsertOutcome::Unchanged;
}

void SqliteImportSession::reviseText(const Review& old, const Review& in)
{
    const std::string newTitle = in.title.empty() ? old.title : in.title;
    const std::string newText = in.text.empty() ? old.text : in.text;
    const std::optional<int> newRating = in.rating ? in.rating : old.rating;
    const Polarity newPolarity = in.polarity != Polarity::Unknown ? in.polarity : old.polarity;

    auto rev = m_connection.prepare(
        "INSERT INTO review_revisions(review_id, changed_at, batch_id, old_rating, new_rating,"
        " old_text, new_text) VALUES(?,?,?,?,?,?,?)");
    rev.bind(1, old.id).bind(2, m_now).bind(3, m_batchId).bind(4, old.rating).bind(5, newRating);
    rev.bind(6, old.text).bind(7, newText).run();

    const bool indexed = old.id <= m_ftsIndexedUpto;
    if (indexed) {
        // External-content FTS5 needs the old values to remove their tokens.
        auto del = m_connection.prepare("INSERT INTO reviews_fts(reviews_fts, rowid, title, text)"
                                        " VALUES('delete', ?, ?, ?)");
        del.bind(1, old.id).bind(2, old.title).bind(3, old.text).run();
    }
    auto up = m_connection.prepare("UPDATE reviews SET rating = ?, polarity = ?, title = ?,"
                                   " text = ?, language = ? WHERE id = ?");
    up.bind(1, newRating).bind(2, toKey(newPolarity)).bind(3, newTitle).bind(4, newText);
    up.bind(5, toKey(in.language)).bind(6, old.id).run();
    if (indexed) {
        auto ins = m_connection.prepare("INSERT INTO reviews_fts(rowid, title, text) VALUES(?,?,?)");
        ins.bind(1, old.id).bind(2, newTitle).bind(3, newText).run();
    }
    if (newText != old.text || newTitle != old.title) {
        // The evidence offsets point into the old text: the review must be classified again.
        auto drop = m_connection.prepare("DELETE FROM classifications WHERE review_id = ?");
        drop.bind(1, old.id).run();
    }
}

void SqliteImportSession::deferIndexes()
{
    // The unique (platform, external_id) index stays: it is the dedupe. Index names come from
    // the schema, not from input, so they are safe to splice into the DDL.
    m_bulk = true;
    std::vector<std::string> names;
    {
        auto st = m_connection.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index'"
                                       " AND tbl_name = 'reviews' AND sql IS NOT NULL");
        while (st.step()) {
            names.push_back(st.columnText(0));
            m_deferredIndexes.push_back(st.columnText(1));
        }
    }
    for (const std::string& name : names) {
        m_connection.exec("DROP INDEX \"" + name + "\"");
    }
}

void SqliteImportSession::commit(const ImportCounts& counts)
{
    for (const std::string& createIndex : m_deferredIndexes) {
        m_connection.exec(createIndex);
    }
    m_deferredIndexes.clear();
    nlohmann::json skipped = nlohmann::json::array();
    for (const SkippedRow& s : counts.skippedRows) {
        skipped.push_back({{"line", s.line}, {"reason", s.reason}});
    }
    auto st = m_connection.prepare(
        "UPDATE import_batches SET finished_at = ?, rows_read = ?, rows_added = ?,"
        " rows_updated = ?, rows_revised = ?, rows_unchanged = ?, rows_skipped = ?,"
        " skipped_json = ? WHERE id = ?");
    st.bind(1, nowMs()).bind(2, counts.read).bind(3, counts.added).bind(4, counts.updated);
    st.bind(5, counts.revised).bind(6, counts.unchanged).bind(7, counts.skipped);
    st.bind(8, skipped.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    st.bind(9, m_batchId).run();
    m_transaction.commit();
}

void SqliteImportSession::rollback() { m_transaction.rollback(); }

} // namespace rd
