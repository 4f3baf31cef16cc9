#include "store/sqlite/SqliteReportStore.h"

#include "store/sqlite/SqliteClassificationStore.h"
#include "store/sqlite/SqliteConnection.h"
#include "store/sqlite/SqliteQueryBuilder.h"
#include "store/sqlite/SqliteStatement.h"

#include <algorithm>

namespace rd {
namespace {

// A complaint: 1-3 stars; without stars a negative or neutral polarity; or 1-3 stars before a
// recorded revision (a buyer who revised 2 -> 5 stars still complained that week).
constexpr const char* kIsComplaint = " AND (CASE WHEN r.rating IS NOT NULL THEN r.rating <= 3"
                                     " ELSE r.polarity IN ('negative', 'neutral') END"
                                     " OR EXISTS (SELECT 1 FROM review_revisions v"
                                     " WHERE v.review_id = r.id AND v.old_rating <= 3))";

// One branch of the first query: the complaints of the range with their own columns. The
// report time is published_at, else imported_at; the two cases are separate branches so that
// the first is a range scan of the covering index reviews_queue (published_at, platform,
// polarity, rating, language, shop, sku, product), which never reads the review rows with their
// text, and only reviews without a date read imported_at.
std::string branch(const char* time, const char* range, const std::string& filters)
{
    std::string sql = "SELECT r.id, ";
    sql += time;
    sql += ", r.platform, r.sku, r.product, r.rating FROM reviews r WHERE ";
    sql += range;
    sql += kIsComplaint;
    sql += filters;
    return sql;
}

// Parameters: ?1 from, ?2 to, then the filters' values in order (bindScope), numbered so that
// both branches share them. The filter columns carry a unary + so that the
// planner keeps the time range as the index to scan: without statistics it would otherwise scan
// every review of a platform through the (platform, external_id) index.
std::string complaintsSql(const ComplaintScope& scope)
{
    std::string filters;
    int next = 3;
    auto in = [&](const char* column, std::size_t n) {
        if (n == 0) {
            return;
        }
        filters += " AND ";
        filters += column;
        filters += " IN (";
        for (std::size_t i = 0; i < n; ++i) {
            filters += i ? ",?" : "?";
            filters += std::to_string(next++);
        }
        filters += ")";
    };
    in("+r.platform", scope.platforms.size());
    in("+r.shop", scope.shops.size());
    if (!scope.product.empty()) {
        filters += " AND (+r.sku = ?";
        filters += std::to_string(next);
        filters += " OR r.product LIKE ?";
        filters += std::to_string(next + 1);
        filters += " ESCAPE '\\')";
    }
    std::string sql =
        branch("r.published_at", "r.published_at >= ?1 AND r.published_at < ?2", filters);
    sql += " UNION ALL ";
    sql += branch("r.imported_at",
                  "r.published_at IS NULL AND r.imported_at >= ?1 AND r.imported_at < ?2", filters);
    return sql;
}

void bindScope(SqliteStatement& st, const ComplaintScope& scope)
{
    st.bind(1, scope.from).bind(2, scope.to);
    int index = 3;
    for (Platform p : scope.platforms) {
        st.bind(index++, toKey(p));
    }
    for (const std::string& shop : scope.shops) {
        st.bind(index++, shop);
    }
    if (!scope.product.empty()) {
        std::string pattern = "%";
        pattern += likeEscape(scope.product);
        pattern += '%';
        st.bind(index++, scope.product);
        st.bind(index++, pattern);
    }
}

// The report's working set on a 1,000,000-review database is about 100 MB (its weeks of
// reviews_queue, classifications_report, workflow, and the report week's evidence rows); with
// SQLite's default page cache of 2 MB every report would read those pages again through the
// file system (docs/performance.md). Raises this connection's cache limit to 128 MB: a limit,
// filled only as pages are read, and reports run on a connection of their own in the GUI.
void ensureCache(SqliteConnection& connection)
{
    constexpr std::int64_t kWanted = 128LL * 1024 * 1024;
    auto size = connection.prepare("PRAGMA cache_size");
    auto page = connection.prepare("PRAGMA page_size");
    if (!size.step() || !page.step()) {
        return;
    }
    const std::int64_t value = size.columnInt64(0);
    const std::int64_t bytes = value < 0 ? -value * 1024 : value * page.columnInt64(0);
    if (bytes < kWanted) {
        connection.exec("PRAGMA cache_size = -131072");
    }
}

// (review id, index into the facts), ascending by id: the order of every lookup below.
using IdOrder = std::vector<std::pair<std::int64_t, std::size_t>>;

// The ids of `order` whose fact satisfies `wanted`, as a JSON array for json_each.
template <typename Wanted>
std::string idArray(const std::vector<ComplaintFact>& facts, const IdOrder& order, Wanted wanted)
{
    std::string json = "[";
    for (const auto& [id, index] : order) {
        if (wanted(facts[index])) {
            if (json.size() > 1) {
                json += ',';
            }
            json += std::to_string(id);
        }
    }
    json += ']';
    return json;
}

// Runs `sql`, whose first column is the json_each value (a review id) and whose rows come in
// the array's ascending order, handing each row to `read` with its fact.
template <typename Read>
void lookUp(SqliteConnection& connection, const char* sql, const std::string& ids,
            std::vector<ComplaintFact>& facts, const IdOrder& order, Read read)
{
    auto st = connection.prepare(sql);
    st.bind(1, ids);
    std::size_t k = 0;
    while (st.step()) {
        const std::int64_t id = st.columnInt64(0);
        while (k < order.size() && order[k].first < id) {
            ++k;
        }
        if (k < order.size() && order[k].first == id) {
            read(st, facts[order[k].second]);
        }
    }
}

// Looked up per complaint in ascending id order (json_each over the sorted ids), which visits
// each page of the narrow index classifications_report (schema version 3) and of workflow once,
// in order: several times faster than joining them in the time-ordered scan.
constexpr const char* kCategories =
    "SELECT j.value, COALESCE(o.category, c.category) FROM json_each(?1) j"
    " LEFT JOIN classifications c INDEXED BY classifications_report ON c.review_id = j.value"
    " LEFT JOIN classification_overrides o ON o.review_id = j.value";
constexpr const char* kResponses =
    "SELECT j.value, w.first_response_at, w.resolved_at,"
    " EXISTS (SELECT 1 FROM review_revisions v WHERE v.review_id = j.value"
    " AND v.new_rating > v.old_rating)"
    " FROM json_each(?1) j LEFT JOIN workflow w ON w.review_id = j.value";

} // namespace

void SqliteReportStore::forEachComplaint(const ComplaintScope& scope,
                                         const std::function<void(const ComplaintFact&)>& callback)
{
    ensureCache(m_connection);
    std::vector<ComplaintFact> facts;
    {
        auto st = m_connection.prepare(complaintsSql(scope));
        bindScope(st, scope);
        while (st.step()) {
            ComplaintFact& f = facts.emplace_back();
            f.reviewId = st.columnInt64(0);
            f.at = st.columnInt64(1);
            f.platform = platformFromKey(st.columnView(2)).value_or(Platform::Other);
            f.sku.assign(st.columnView(3));
            f.product.assign(st.columnView(4));
            f.rating = st.columnOptInt(5);
        }
    }
    IdOrder order;
    order.reserve(facts.size());
    for (std::size_t i = 0; i < facts.size(); ++i) {
        order.emplace_back(facts[i].reviewId, i);
    }
    std::sort(order.begin(), order.end());
    lookUp(m_connection, kCategories,
           idArray(facts, order, [](const ComplaintFact&) { return true; }), facts, order,
           [](const SqliteStatement& st, ComplaintFact& f) {
               f.category = st.isNull(1) ? std::nullopt : categoryFromKey(st.columnView(1));
           });
    const std::string recent = idArray(
        facts, order, [&scope](const ComplaintFact& f) { return f.at >= scope.responseFrom; });
    if (recent.size() > 2) {
        lookUp(m_connection, kResponses, recent, facts, order,
               [](const SqliteStatement& st, ComplaintFact& f) {
                   f.firstResponseAt = st.columnOptInt64(1);
                   f.resolvedAt = st.columnOptInt64(2);
                   f.revisedUp = st.columnInt(3) != 0;
               });
    }
    for (const auto& entry : order) {
        callback(facts[entry.second]);
    }
}

void SqliteReportStore::forEachEvidence(
    const std::vector<std::int64_t>& reviewIds,
    const std::function<void(std::int64_t, const std::vector<Evidence>&)>& callback)
{
    // Sorted, so the lookups walk the table in order; in pages, so the id list bound as JSON
    // stays small whatever the caller passes.
    std::vector<std::int64_t> ids = reviewIds;
    std::sort(ids.begin(), ids.end());
    constexpr std::size_t kPage = 20000;
    auto st = m_connection.prepare("SELECT c.review_id, c.evidence FROM json_each(?) j"
                                   " JOIN classifications c ON c.review_id = j.value");
    for (std::size_t start = 0; start < ids.size(); start += kPage) {
        std::string page = "[";
        for (std::size_t i = start; i < std::min(ids.size(), start + kPage); ++i) {
            if (i > start) {
                page += ',';
            }
            page += std::to_string(ids[i]);
        }
        page += ']';
        st.bind(1, page);
        while (st.step()) {
            callback(st.columnInt64(0), evidenceFromJson(st.columnView(1)));
        }
        st.reset();
    }
}

std::vector<std::string> SqliteReportStore::shops()
{
    std::vector<std::string> out;
    auto st = m_connection.prepare("SELECT DISTINCT shop FROM reviews WHERE shop <> ''"
                                   " ORDER BY shop");
    while (st.step()) {
        out.push_back(st.columnText(0));
    }
    return out;
}

} // namespace rd
