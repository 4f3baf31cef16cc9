#pragma once

#include "model/ReviewFilter.h"
#include "report/BurstDetector.h"
#include "report/CategoryCounts.h"
#include "report/ProductIndex.h"
#include "report/ReportOptions.h"
#include "report/ReportRow.h"
#include "report/ResponseFigures.h"

#include <optional>
#include <string>
#include <vector>

namespace rd {

class ReportStore;

// Complaints per category in one week of the trend.
struct WeekColumn
{
    IsoWeek week;
    CategoryCounts counts;
};

// One category (bucket) this week against last week.
struct CategoryChange
{
    int bucket = 0;
    std::int64_t thisWeek = 0;
    std::int64_t lastWeek = 0;

    std::int64_t change() const { return thisWeek - lastWeek; }
    // Relative change in percent; empty when last week had none.
    std::optional<double> changePercent() const;
};

// A product among the most complained about this week.
struct ProductRow
{
    ProductInfo product;
    std::int64_t complaints = 0; // this week
    std::int64_t lastWeek = 0;
    CategoryCounts counts; // this week, per category
};

// A matched problem phrase of one category this week (docs/reports.md, "Problem phrases").
struct PhraseRow
{
    int bucket = 0;
    std::string key;    // PhraseNormalizer::key, the grouping key
    std::string phrase; // the rule term shown: the most frequent one of the group
    std::int64_t reviews = 0;
    ProductInfo topProduct; // the product with most of these reviews (empty key: none)
    std::int64_t topProductReviews = 0;
};

// What a click on a figure selects, for the drill-down into the queue. Unset fields mean "any";
// every field set narrows the selection. Phrases exist for the report week only.
struct ReportSelection
{
    std::optional<IsoWeek> week; // a week of the trend; empty: all of them
    std::optional<int> bucket;   // a category column (CategoryCounts.h)
    std::optional<std::string> productKey;
    std::optional<std::string> phraseKey;
};

// The weekly complaint-cause report: every figure the report window draws and the exports
// write, computed from the store (docs/reports.md defines each one). The GUI only draws it.
class WeeklyReport
{
public:
    // Computes the report. Throws std::invalid_argument when the options are not usable (the
    // message says why) and StoreError when the store cannot be read.
    static WeeklyReport build(ReportStore& store, const ReportOptions& options, Timestamp now);
    static WeeklyReport build(ReportStore& store, const ReportOptions& options);

    const ReportOptions& options() const { return m_options; }
    Timestamp generatedAt() const { return m_generatedAt; }

    // The trend, oldest week first; the last column is the report week.
    const std::vector<WeekColumn>& weeks() const { return m_weeks; }
    const WeekColumn& thisWeek() const { return m_weeks.back(); }
    const WeekColumn& lastWeek() const { return m_weeks[m_weeks.size() - 2]; }
    // Every category column, this week against last week.
    std::vector<CategoryChange> changes() const;
    const std::vector<ProductRow>& topProducts() const { return m_topProducts; }
    // Ordered by category column, then by reviews (most first), then key.
    const std::vector<PhraseRow>& phrases() const { return m_phrases; }
    const ResponseFigures& response() const { return m_response; }
    const ResponseFigures& lastWeekResponse() const { return m_lastWeekResponse; }
    // Bursts with at least one complaint in the report week.
    const std::vector<Burst>& bursts() const { return m_bursts; }

    // The reviews behind a figure, in report-time order; exactly those the figure counted.
    std::vector<std::int64_t> reviewIds(const ReportSelection& selection) const;
    // A queue filter showing exactly those reviews; empty when the selection has none (an
    // empty ReviewFilter::ids would mean "every review").
    std::optional<ReviewFilter> queueFilter(const ReportSelection& selection) const;
    static std::optional<ReviewFilter> queueFilter(const std::vector<std::int64_t>& ids);

private:
    void loadRows(ReportStore& store);
    void countWeeks();
    void rankProducts();
    void collectPhrases(ReportStore& store);
    int weekIndex(const IsoWeek& week) const;

    ReportOptions m_options;
    Timestamp m_generatedAt = 0;
    std::vector<WeekColumn> m_weeks;
    std::vector<ProductRow> m_topProducts;
    std::vector<PhraseRow> m_phrases;
    ResponseFigures m_response;
    ResponseFigures m_lastWeekResponse;
    std::vector<Burst> m_bursts;

    // The complaints of every week of the trend, for drill-down.
    ProductIndex m_products;
    std::vector<ReportRow> m_rows;
    std::vector<std::string> m_phraseKeys;      // interned PhraseRow::key
    std::vector<std::vector<int>> m_rowPhrases; // per row: indexes into m_phraseKeys
};

} // namespace rd
