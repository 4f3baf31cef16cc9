#include "store/sqlite/SqliteReportStore.h"

#include "store/sqlite/SqliteClassificationStore.h"
#include "store/sqlite/SqliteConnection.h"
#include "store/sqlite/SqliteQueryBuilder.h"
#include "store/sqlite/SqliteStatement.h"

#include <nlohmann/json.hpp>

namespace rd {
namespace {

// A complaint: 1-3 stars; without stars a negative or neutral polarity; or 1-3 stars before a
// recorded revision (a buyer who revised 2 -> 5 stars still complained that week).
constexpr const char* kIsComplaint = " AND (CASE WHEN r.rating IS NOT NULL THEN r.rating <= 3"
                                     " ELSE r.polarity IN ('negative', 'neutral') END"
                                     " OR EXISTS (SELECT 1 FROM review_revisions v"
                                     " WHERE v.review_id = r.id AND v.old_rating <= 3))";

// One branch of the query. The report time is published_at, else imported_at; the two cases
// are separate branches so that the first is a range scan of the covering index reviews_queue
// (published_at, platform, polarity, rating, language, shop, sku, product), which never reads
// the review rows themselves, and only reviews without a date read imported_at. The category
// comes from the narrow index classifications_report (schema version 3). Workflow and
// revisions are looked up only from ?3 (responseFrom) on: a NULL rowid is no lookup at all.
std::string branch(const char* time, const char* range, const std::string& filters)
{
    const std::string recent = std::string(time) + " >= ?3";
    std::string sql = "SELECT r.id, ";
    sql += time;
    sql += ", r.platform, COALESCE(o.category, c.category), r.sku, r.product, r.rating,"
           " w.first_response_at, w.resolved_at, CASE WHEN ";
    sql += recent;
    sql += " THEN EXISTS (SELECT 1 FROM review_revisions v WHERE v.review_id = r.id"
           " AND v.new_rating > v.old_rating) ELSE 0 END"
           " FROM reviews r"
           " LEFT JOIN classifications c INDEXED BY classifications_report"
           " ON c.review_id = r.id"
           " LEFT JOIN classification_overrides o ON o.review_id = r.id"
           " LEFT JOIN workflow w ON w.review_id = CASE WHEN ";
    sql += recent;
    sql += " THEN r.id END WHERE ";
    sql += range;
    sql += kIsComplaint;
    sql += filters;
    return sql;
}

// Parameters: ?1 from, ?2 to, ?3 responseFrom, then the filters' values in order (bindScope),
// numbered so that both branches share them. The filter columns carry a unary + so that the
// planner keeps the time range as the index to scan: without statistics it would otherwise scan
// every review of a platform through the (platform, external_id) index.
std::string complaintsSql(const ComplaintScope& scope)
{
    std::string filters;
    int next = 4;
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
    st.bind(1, scope.from).bind(2, scope.to).bind(3, scope.responseFrom);
    int index = 4;
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

} // namespace

void SqliteReportStore::forEachComplaint(const ComplaintScope& scope,
                                         const std::function<void(const ComplaintFact&)>& callback)
{
    auto st = m_connection.prepare(complaintsSql(scope));
    bindScope(st, scope);
    ComplaintFact f;
    while (st.step()) {
        f.reviewId = st.columnInt64(0);
        f.at = st.columnInt64(1);
        f.platform = platformFromKey(st.columnView(2)).value_or(Platform::Other);
        f.category = st.isNull(3) ? std::nullopt : categoryFromKey(st.columnView(3));
        f.sku.assign(st.columnView(4));
        f.product.assign(st.columnView(5));
        f.rating = st.columnOptInt(6);
        f.firstResponseAt = st.columnOptInt64(7);
        f.resolvedAt = st.columnOptInt64(8);
        f.revisedUp = st.columnInt(9) != 0;
        callback(f);
    }
}

void SqliteReportStore::forEachEvidence(
    const std::vector<std::int64_t>& reviewIds,
    const std::function<void(std::int64_t, const std::vector<Evidence>&)>& callback)
{
    // In pages, so the id list bound as JSON stays small whatever the caller passes.
    constexpr std::size_t kPage = 5000;
    auto st = m_connection.prepare("SELECT review_id, evidence FROM classifications"
                                   " WHERE review_id IN (SELECT value FROM json_each(?))"
                                   " ORDER BY review_id");
    for (std::size_t start = 0; start < reviewIds.size(); start += kPage) {
        const std::size_t end = std::min(reviewIds.size(), start + kPage);
        const nlohmann::json page(
            std::vector<std::int64_t>(reviewIds.begin() + static_cast<std::ptrdiff_t>(start),
                                      reviewIds.begin() + static_cast<std::ptrdiff_t>(end)));
        st.bind(1, page.dump());
        while (st.step()) {
            callback(st.columnInt64(0), evidenceFromJson(st.columnView(1)));
        }
        st.reset();
    }
}

} // namespace rd
