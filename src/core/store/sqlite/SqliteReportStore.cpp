#include "store/sqlite/SqliteReportStore.h"

#include "store/sqlite/SqliteClassificationStore.h"
#include "store/sqlite/SqliteConnection.h"
#include "store/sqlite/SqliteQueryBuilder.h"
#include "store/sqlite/SqliteStatement.h"

#include <nlohmann/json.hpp>

namespace rd {
namespace {

// The report time of a review: when the buyer published it, else when it was imported.
constexpr const char* kReportTime = "COALESCE(r.published_at, r.imported_at)";

// A complaint: 1-3 stars; without stars a negative or neutral polarity; or 1-3 stars before a
// recorded revision (a buyer who revised 2 -> 5 stars still complained that week).
constexpr const char* kIsComplaint = "(CASE WHEN r.rating IS NOT NULL THEN r.rating <= 3"
                                     " ELSE r.polarity IN ('negative', 'neutral') END"
                                     " OR EXISTS (SELECT 1 FROM review_revisions v"
                                     " WHERE v.review_id = r.id AND v.old_rating <= 3))";

std::string complaintsSql(const ComplaintScope& scope)
{
    std::string sql = std::string("SELECT r.id, ") + kReportTime +
                      ", r.platform, COALESCE(o.category, c.category), r.sku, r.product,"
                      " r.rating, w.first_response_at, w.resolved_at,"
                      " EXISTS (SELECT 1 FROM review_revisions v WHERE v.review_id = r.id"
                      " AND v.new_rating > v.old_rating)"
                      " FROM reviews r"
                      " LEFT JOIN classifications c ON c.review_id = r.id"
                      " LEFT JOIN classification_overrides o ON o.review_id = r.id"
                      " LEFT JOIN workflow w ON w.review_id = r.id WHERE " +
                      kReportTime + " >= ? AND " + kReportTime + " < ? AND " + kIsComplaint;
    auto in = [&sql](const char* column, std::size_t n) {
        if (n == 0) {
            return;
        }
        sql += std::string(" AND ") + column + " IN (?";
        for (std::size_t i = 1; i < n; ++i) {
            sql += ",?";
        }
        sql += ")";
    };
    in("r.platform", scope.platforms.size());
    in("r.shop", scope.shops.size());
    if (!scope.product.empty()) {
        sql += " AND (r.sku = ? OR r.product LIKE ? ESCAPE '\\')";
    }
    sql += std::string(" ORDER BY ") + kReportTime + ", r.id";
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
        st.bind(index++, scope.product);
        st.bind(index++, "%" + likeEscape(scope.product) + "%");
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
