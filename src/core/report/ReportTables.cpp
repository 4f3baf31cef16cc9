#include "report/ReportTables.h"

#include "export/ReviewSerializer.h"
#include "report/WeeklyReport.h"

namespace rd {
namespace {

ReportCell cell(std::optional<double> value)
{
    return value ? ReportCell(*value) : ReportCell();
}

std::string join(const std::vector<std::string>& items)
{
    std::string out;
    for (const std::string& s : items) {
        if (!out.empty()) {
            out += ';';
        }
        out += s;
    }
    return out;
}

void addBucketColumns(std::vector<std::string>& columns)
{
    for (int b = 0; b < kBucketCount; ++b) {
        columns.emplace_back(bucketKey(b));
    }
}

void addCounts(std::vector<ReportCell>& row, const CategoryCounts& counts)
{
    for (int b = 0; b < kBucketCount; ++b) {
        row.emplace_back(counts[b]);
    }
}

ReportTable summary(const WeeklyReport& r)
{
    const ReportOptions& o = r.options();
    std::vector<std::string> platforms;
    for (Platform p : o.platforms) {
        platforms.emplace_back(toKey(p));
    }
    ReportTable t{"summary", {"field", "value"}, {}};
    auto add = [&t](const char* field, ReportCell value) {
        t.rows.push_back({std::string(field), std::move(value)});
    };
    add("week", o.week.toString());
    add("week_start", isoTime(o.week.start()));
    add("week_end", isoTime(o.week.end()));
    add("time_zone", std::string("UTC"));
    add("trend_weeks", std::int64_t(o.weeks));
    add("platforms", join(platforms));
    add("shops", join(o.shops));
    add("product", o.product);
    add("sla_hours", o.slaHours);
    add("burst_count", std::int64_t(o.burst.count));
    add("burst_hours", o.burst.hours);
    add("generated_at", isoTime(r.generatedAt()));
    add("complaints_this_week", r.thisWeek().counts.total());
    add("complaints_last_week", r.lastWeek().counts.total());
    add("bursts", std::int64_t(r.bursts().size()));
    return t;
}

ReportTable weekly(const WeeklyReport& r)
{
    ReportTable t{"weekly", {"week", "week_start"}, {}};
    addBucketColumns(t.columns);
    t.columns.emplace_back("total");
    for (const WeekColumn& w : r.weeks()) {
        std::vector<ReportCell> row{w.week.toString(), isoTime(w.week.start())};
        addCounts(row, w.counts);
        row.emplace_back(w.counts.total());
        t.rows.push_back(std::move(row));
    }
    return t;
}

ReportTable weekVsLast(const WeeklyReport& r)
{
    ReportTable t{
        "week_vs_last", {"category", "this_week", "last_week", "change", "change_percent"}, {}};
    std::vector<CategoryChange> changes = r.changes();
    changes.push_back({-1, r.thisWeek().counts.total(), r.lastWeek().counts.total()});
    for (const CategoryChange& c : changes) {
        t.rows.push_back({std::string(c.bucket < 0 ? "total" : bucketKey(c.bucket)), c.thisWeek,
                          c.lastWeek, c.change(), cell(c.changePercent())});
    }
    return t;
}

ReportTable topProducts(const WeeklyReport& r)
{
    ReportTable t{"top_products", {"rank", "sku", "product_name", "complaints", "last_week"}, {}};
    addBucketColumns(t.columns);
    std::int64_t rank = 0;
    for (const ProductRow& p : r.topProducts()) {
        std::vector<ReportCell> row{++rank, p.product.sku, p.product.name, p.complaints,
                                    p.lastWeek};
        addCounts(row, p.counts);
        t.rows.push_back(std::move(row));
    }
    return t;
}

ReportTable phrases(const WeeklyReport& r)
{
    ReportTable t{"phrases",
                  {"category", "rank", "phrase", "key", "reviews", "top_product_sku",
                   "top_product_name", "top_product_reviews"},
                  {}};
    int bucket = -1;
    std::int64_t rank = 0;
    for (const PhraseRow& p : r.phrases()) {
        rank = p.bucket == bucket ? rank + 1 : 1;
        bucket = p.bucket;
        t.rows.push_back({std::string(bucketKey(p.bucket)), rank, p.phrase, p.key, p.reviews,
                          p.topProduct.sku, p.topProduct.name, p.topProductReviews});
    }
    return t;
}

ReportTable response(const WeeklyReport& r)
{
    ReportTable t{"response", {"figure", "this_week", "last_week"}, {}};
    const ResponseFigures& a = r.response();
    const ResponseFigures& b = r.lastWeekResponse();
    auto add = [&t](const char* name, ReportCell x, ReportCell y) {
        t.rows.push_back({std::string(name), std::move(x), std::move(y)});
    };
    add("complaints", a.complaints, b.complaints);
    add("answered", a.answered, b.answered);
    add("median_first_response_hours", cell(a.medianFirstResponseHours),
        cell(b.medianFirstResponseHours));
    add("sla_due", a.slaDue, b.slaDue);
    add("within_sla", a.withinSla, b.withinSla);
    add("within_sla_share", cell(a.withinSlaShare()), cell(b.withinSlaShare()));
    add("resolved", a.resolved, b.resolved);
    add("resolved_share", cell(a.resolvedShare()), cell(b.resolvedShare()));
    add("rated", a.rated, b.rated);
    add("revised_up", a.revisedUp, b.revisedUp);
    add("revised_up_share", cell(a.revisedUpShare()), cell(b.revisedUpShare()));
    return t;
}

ReportTable bursts(const WeeklyReport& r)
{
    ReportTable t{
        "bursts",
        {"sku", "product_name", "category", "first", "last", "complaints", "peak", "review_ids"},
        {}};
    for (const Burst& b : r.bursts()) {
        std::string ids;
        for (std::int64_t id : b.reviewIds) {
            if (!ids.empty()) {
                ids += ';';
            }
            ids += std::to_string(id);
        }
        t.rows.push_back({b.product.sku, b.product.name, std::string(toKey(b.category)),
                          isoTime(b.first), isoTime(b.last), b.complaints, b.peak, ids});
    }
    return t;
}

} // namespace

std::vector<ReportTable> ReportTables::build(const WeeklyReport& report)
{
    return {summary(report), weekly(report),   weekVsLast(report), topProducts(report),
            phrases(report), response(report), bursts(report)};
}

} // namespace rd
