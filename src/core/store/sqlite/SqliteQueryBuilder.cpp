#include "store/sqlite/SqliteQueryBuilder.h"

#include "store/sqlite/FtsTokenizer.h"
#include "store/sqlite/SqliteStatement.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace rd {

namespace {
// Statuses in which a follow-up no longer counts as overdue.
constexpr const char* kClosedStatuses = "('resolved','revised','appealed','closed')";

// Ids whose effective classification (override, else automatic) satisfies a condition on
// `column`. The conditions on the joined tables are written as set membership over those small
// tables, read in id order, instead of per-row joins: at a million reviews a join costs one
// random B-tree lookup per scanned review and made a filter take seconds (docs/performance.md).
std::string effectiveIds(const std::string& column, const std::string& condition)
{
    return "SELECT c.review_id FROM classifications c LEFT JOIN classification_overrides o"
           " ON o.review_id = c.review_id WHERE o." +
           column + " IS NULL AND c." + column + condition +
           " UNION ALL SELECT review_id FROM classification_overrides WHERE " + column +
           condition;
}

std::string placeholders(std::size_t n)
{
    std::string out = "(";
    for (std::size_t i = 0; i < n; ++i) {
        out += i ? ",?" : "?";
    }
    return out + ")";
}
} // namespace

std::string likeEscape(const std::string& text)
{
    std::string out;
    out.reserve(text.size() + 2);
    for (char c : text) {
        if (c == '%' || c == '_' || c == '\\') {
            out += '\\';
        }
        out += c;
    }
    return out;
}

SqliteQueryBuilder::SqliteQueryBuilder(const ReviewFilter& filter, std::int64_t ftsIndexedUpto)
    : m_filter(filter)
{
    const auto& f = filter;
    addIn("r.platform", f.platforms, [](Platform p) { return std::string(toKey(p)); });
    addIn("r.shop", f.shops, [](const std::string& s) { return s; });
    if (f.minRating) {
        add("r.rating >= ?");
        m_values.emplace_back(std::int64_t(*f.minRating));
    }
    if (f.maxRating) {
        add("r.rating <= ?");
        m_values.emplace_back(std::int64_t(*f.maxRating));
    }
    addIn("r.polarity", f.polarities, [](Polarity p) { return std::string(toKey(p)); });
    addClassification(f);
    addStatuses(f.statuses);
    addIn("r.language", f.languages, [](Language l) { return std::string(toKey(l)); });
    if (f.assignee && f.assignee->empty()) {
        add("r.id NOT IN (SELECT review_id FROM workflow WHERE assignee <> '')");
    } else if (f.assignee) {
        add("r.id IN (SELECT review_id FROM workflow WHERE assignee = ?)");
        m_values.emplace_back(*f.assignee);
    }
    if (f.publishedFrom) {
        add("r.published_at >= ?");
        m_values.emplace_back(*f.publishedFrom);
    }
    if (f.publishedTo) {
        add("r.published_at < ?");
        m_values.emplace_back(*f.publishedTo);
    }
    if (!f.product.empty()) {
        add("(r.sku = ? OR r.product LIKE ? ESCAPE '\\')");
        m_values.emplace_back(f.product);
        m_values.emplace_back("%" + likeEscape(f.product) + "%");
    }
    if (!f.customerId.empty()) {
        // The second term lets SQLite use the partial index reviews_customer.
        add("r.customer_id = ? AND r.customer_id <> ''");
        m_values.emplace_back(f.customerId);
    }
    if (!f.ids.empty()) {
        add("r.id IN (SELECT value FROM json_each(?))");
        m_values.emplace_back(nlohmann::json(f.ids).dump());
    }
    if (f.overdueOnly) {
        add(std::string("r.id IN (SELECT review_id FROM workflow WHERE follow_up_at < ? AND"
                        " status NOT IN ") +
            kClosedStatuses + ")");
        m_values.emplace_back(f.now.value_or(0));
    }
    if (f.unclassifiedOnly) {
        add("r.id NOT IN (SELECT review_id FROM classifications)");
    }
    if (!f.search.empty()) {
        addSearch(f.search, ftsIndexedUpto);
    }
}

void SqliteQueryBuilder::addClassification(const ReviewFilter& f)
{
    if (!f.categories.empty()) {
        const std::string in = " IN " + placeholders(f.categories.size());
        add("r.id IN (" + effectiveIds("category", in) + ")");
        for (int pass = 0; pass < 2; ++pass) {
            for (Category c : f.categories) {
                m_values.emplace_back(std::string(toKey(c)));
            }
        }
    }
    if (f.suspicious) {
        add(std::string(*f.suspicious ? "r.id IN (" : "r.id NOT IN (") +
            effectiveIds("suspicious", " = 1") + ")");
    }
    if (f.safety) {
        add(std::string(*f.safety ? "r.id IN (" : "r.id NOT IN (") +
            effectiveIds("safety", " = 1") + ")");
    }
}

void SqliteQueryBuilder::addStatuses(const std::vector<Status>& statuses)
{
    if (statuses.empty()) {
        return;
    }
    // A review without a workflow row is New.
    const bool withNew = std::find(statuses.begin(), statuses.end(), Status::New) != statuses.end();
    add(std::string(withNew ? "r.id NOT IN (SELECT review_id FROM workflow WHERE status NOT IN "
                            : "r.id IN (SELECT review_id FROM workflow WHERE status IN ") +
        placeholders(statuses.size()) + ")");
    for (Status s : statuses) {
        m_values.emplace_back(std::string(toKey(s)));
    }
}

void SqliteQueryBuilder::add(const std::string& condition)
{
    m_where += m_where.empty() ? " WHERE " : " AND ";
    m_where += condition;
}

template <typename T, typename ToValue>
void SqliteQueryBuilder::addIn(const std::string& expression, const std::vector<T>& items,
                               ToValue toValue)
{
    if (items.empty()) {
        return;
    }
    std::string condition = expression + " IN (";
    for (std::size_t i = 0; i < items.size(); ++i) {
        condition += i ? ",?" : "?";
        m_values.emplace_back(toValue(items[i]));
    }
    add(condition + ")");
}

void SqliteQueryBuilder::addSearch(const std::string& text, std::int64_t ftsIndexedUpto)
{
    const std::string match = buildFtsQuery(text);
    if (match.empty()) {
        add("0");
        return;
    }
    // Indexed reviews through the index; the not-yet-indexed tail by substring, one LIKE per
    // whitespace-separated term.
    std::string tail = "(r.id > ?";
    std::vector<SqlValue> tailValues{ftsIndexedUpto};
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t start = text.find_first_not_of(" \t*", pos);
        if (start == std::string::npos) {
            break;
        }
        std::size_t end = text.find_first_of(" \t*", start);
        if (end == std::string::npos) {
            end = text.size();
        }
        tail += " AND (r.title || ' ' || r.text) LIKE ? ESCAPE '\\'";
        tailValues.emplace_back("%" + likeEscape(text.substr(start, end - start)) + "%");
        pos = end;
    }
    add("(r.id IN (SELECT rowid FROM reviews_fts WHERE reviews_fts MATCH ?) OR " + tail + "))");
    m_values.emplace_back(match);
    m_values.insert(m_values.end(), tailValues.begin(), tailValues.end());
}

const char* SqliteQueryBuilder::recordColumns()
{
    return "r.id, r.platform, r.external_id, r.shop, r.sku, r.product, r.customer_id, "
           "r.customer_name, r.order_id, r.rating, r.polarity, r.title, r.text, r.language, "
           "r.published_at, r.imported_at, r.batch_id, COALESCE(b.source_file, ''), r.extra, "
           "c.category, o.category, COALESCE(c.also, ''), "
           "COALESCE(o.suspicious, c.suspicious, 0), COALESCE(o.safety, c.safety, 0), "
           "COALESCE(c.confidence, 0), COALESCE(w.status, 'new'), COALESCE(w.assignee, ''), "
           "w.first_response_at, w.follow_up_at, w.resolved_at, "
           "COALESCE(w.status_changed_at, 0), COALESCE(w.appeal_outcome, ''), d.state";
}

std::string SqliteQueryBuilder::queueColumns(int previewChars)
{
    // recordColumns() with the text cut to a preview and the bulky fields left empty.
    return "r.id, r.platform, r.external_id, r.shop, r.sku, r.product, r.customer_id, "
           "r.customer_name, r.order_id, r.rating, r.polarity, r.title, substr(r.text, 1, " +
           std::to_string(std::max(previewChars, 0)) +
           "), r.language, r.published_at, r.imported_at, r.batch_id, '', '', "
           "c.category, o.category, COALESCE(c.also, ''), "
           "COALESCE(o.suspicious, c.suspicious, 0), COALESCE(o.safety, c.safety, 0), "
           "COALESCE(c.confidence, 0), COALESCE(w.status, 'new'), COALESCE(w.assignee, ''), "
           "w.first_response_at, w.follow_up_at, w.resolved_at, "
           "COALESCE(w.status_changed_at, 0), COALESCE(w.appeal_outcome, ''), d.state";
}

std::string SqliteQueryBuilder::idsFromClause() const
{
    // Only the joins the sort needs: the conditions do not refer to joined tables.
    std::string from = " FROM reviews r";
    if (m_filter.sort == SortColumn::Category) {
        from += " LEFT JOIN classifications c ON c.review_id = r.id"
                " LEFT JOIN classification_overrides o ON o.review_id = r.id";
    } else if (m_filter.sort == SortColumn::Status || m_filter.sort == SortColumn::FollowUp) {
        from += " LEFT JOIN workflow w ON w.review_id = r.id";
    }
    return from;
}

const char* SqliteQueryBuilder::fromClause()
{
    return " FROM reviews r"
           " LEFT JOIN classifications c ON c.review_id = r.id"
           " LEFT JOIN classification_overrides o ON o.review_id = r.id"
           " LEFT JOIN workflow w ON w.review_id = r.id"
           " LEFT JOIN drafts d ON d.review_id = r.id"
           " LEFT JOIN import_batches b ON b.id = r.batch_id";
}

std::string SqliteQueryBuilder::orderBy() const
{
    const char* dir = m_filter.descending ? " DESC" : " ASC";
    std::string column;
    switch (m_filter.sort) {
    case SortColumn::Published: column = "r.published_at"; break;
    case SortColumn::Imported: column = "r.imported_at"; break;
    case SortColumn::Rating: column = "r.rating"; break;
    case SortColumn::Platform: column = "r.platform"; break;
    case SortColumn::Category: column = "COALESCE(o.category, c.category)"; break;
    case SortColumn::Status: column = "COALESCE(w.status, 'new')"; break;
    case SortColumn::FollowUp: column = "w.follow_up_at"; break;
    case SortColumn::Product: column = "r.product"; break;
    case SortColumn::Customer: column = "r.customer_name"; break;
    case SortColumn::Id: return std::string(" ORDER BY r.id") + dir;
    }
    return " ORDER BY " + column + dir + ", r.id" + dir;
}

std::string SqliteQueryBuilder::limit() const
{
    if (!m_filter.limit) {
        return m_filter.offset > 0 ? " LIMIT -1 OFFSET " + std::to_string(m_filter.offset) : "";
    }
    return " LIMIT " + std::to_string(*m_filter.limit) + " OFFSET " +
           std::to_string(m_filter.offset);
}

std::string SqliteQueryBuilder::selectRecords() const
{
    return std::string("SELECT ") + recordColumns() + fromClause() + m_where + orderBy() +
           limit();
}

std::string SqliteQueryBuilder::selectQueueRows(int previewChars) const
{
    return "SELECT " + queueColumns(previewChars) + fromClause() + m_where + orderBy() + limit();
}

std::string SqliteQueryBuilder::selectIds() const
{
    return std::string("SELECT r.id") + idsFromClause() + m_where + orderBy() + limit();
}

std::string SqliteQueryBuilder::selectCount() const
{
    return std::string("SELECT count(*) FROM reviews r") + m_where;
}

void SqliteQueryBuilder::bindAll(SqliteStatement& statement) const
{
    int index = 1;
    for (const SqlValue& v : m_values) {
        if (const auto* i = std::get_if<std::int64_t>(&v)) {
            statement.bind(index, *i);
        } else if (const auto* d = std::get_if<double>(&v)) {
            statement.bind(index, *d);
        } else if (const auto* s = std::get_if<std::string>(&v)) {
            statement.bind(index, *s);
        } else {
            statement.bindNull(index);
        }
        ++index;
    }
}

} // namespace rd
