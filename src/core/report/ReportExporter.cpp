#include "report/ReportExporter.h"

#include "export/CsvWriter.h"
#include "export/ReviewSerializer.h"
#include "report/ReportTables.h"
#include "report/ReportXlsxWriter.h"
#include "report/WeeklyReport.h"

#include <QSaveFile>

#include <nlohmann/json.hpp>

#include <cmath>
#include <sstream>
#include <stdexcept>

namespace rd {
namespace {

using nlohmann::json;

json orNull(std::optional<double> value)
{
    return value ? json(*value) : json();
}

json countsJson(const CategoryCounts& counts)
{
    json j = json::object();
    for (int b = 0; b < kBucketCount; ++b) {
        j[std::string(bucketKey(b))] = counts[b];
    }
    return j;
}

json responseJson(const ResponseFigures& f)
{
    return {{"complaints", f.complaints},
            {"answered", f.answered},
            {"median_first_response_hours", orNull(f.medianFirstResponseHours)},
            {"sla_due", f.slaDue},
            {"within_sla", f.withinSla},
            {"within_sla_share", orNull(f.withinSlaShare())},
            {"resolved", f.resolved},
            {"resolved_share", orNull(f.resolvedShare())},
            {"rated", f.rated},
            {"revised_up", f.revisedUp},
            {"revised_up_share", orNull(f.revisedUpShare())}};
}

json headerJson(const WeeklyReport& r)
{
    const ReportOptions& o = r.options();
    json platforms = json::array();
    for (Platform p : o.platforms) {
        platforms.push_back(toKey(p));
    }
    json categories = json::array();
    for (int b = 0; b < kBucketCount; ++b) {
        categories.push_back(bucketKey(b));
    }
    return {{"week", o.week.toString()},
            {"week_start", isoTime(o.week.start())},
            {"week_end", isoTime(o.week.end())},
            {"time_zone", "UTC"},
            {"generated_at", isoTime(r.generatedAt())},
            {"filters", {{"platforms", platforms}, {"shops", o.shops}, {"product", o.product}}},
            {"settings",
             {{"trend_weeks", o.weeks},
              {"sla_hours", o.slaHours},
              {"burst_count", o.burst.count},
              {"burst_hours", o.burst.hours},
              {"top_products", o.topProducts},
              {"top_phrases", o.topPhrases}}},
            {"categories", categories}};
}

std::string cellText(const ReportCell& cell)
{
    if (const auto* i = std::get_if<std::int64_t>(&cell)) {
        return std::to_string(*i);
    }
    if (const auto* d = std::get_if<double>(&cell)) {
        std::ostringstream s;
        s.imbue(std::locale::classic());
        s.precision(std::abs(*d) < 1.0 ? 4 : 6);
        s << *d;
        return s.str();
    }
    if (const auto* t = std::get_if<std::string>(&cell)) {
        return *t;
    }
    return {};
}

void saveBytes(const std::string& path, const std::string& bytes)
{
    QSaveFile file(QString::fromStdString(path));
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(bytes.data(), static_cast<qint64>(bytes.size())) !=
            static_cast<qint64>(bytes.size()) ||
        !file.commit()) {
        throw std::runtime_error(path +
                                 ": cannot write the report: " + file.errorString().toStdString());
    }
}

} // namespace

std::optional<ReportFormat> ReportExporter::formatFromKey(std::string_view key)
{
    if (key == "json") {
        return ReportFormat::Json;
    }
    if (key == "csv") {
        return ReportFormat::Csv;
    }
    if (key == "xlsx") {
        return ReportFormat::Xlsx;
    }
    if (key == "pdf") {
        return ReportFormat::Pdf;
    }
    if (key == "png") {
        return ReportFormat::Png;
    }
    return std::nullopt;
}

bool ReportExporter::writesFormat(ReportFormat format)
{
    return format == ReportFormat::Json || format == ReportFormat::Csv ||
           format == ReportFormat::Xlsx;
}

json ReportExporter::toJson(const WeeklyReport& r)
{
    json j = headerJson(r);
    json& weekly = j["weekly"] = json::array();
    for (const WeekColumn& w : r.weeks()) {
        weekly.push_back({{"week", w.week.toString()},
                          {"week_start", isoTime(w.week.start())},
                          {"counts", countsJson(w.counts)},
                          {"total", w.counts.total()}});
    }
    json& changes = j["week_vs_last"] = json::array();
    for (const CategoryChange& c : r.changes()) {
        changes.push_back({{"category", bucketKey(c.bucket)},
                           {"this_week", c.thisWeek},
                           {"last_week", c.lastWeek},
                           {"change", c.change()},
                           {"change_percent", orNull(c.changePercent())}});
    }
    json& products = j["top_products"] = json::array();
    for (const ProductRow& p : r.topProducts()) {
        products.push_back({{"sku", p.product.sku},
                            {"product", p.product.name},
                            {"complaints", p.complaints},
                            {"last_week", p.lastWeek},
                            {"counts", countsJson(p.counts)}});
    }
    json& phrases = j["phrases"] = json::array();
    for (const PhraseRow& p : r.phrases()) {
        phrases.push_back({{"category", bucketKey(p.bucket)},
                           {"phrase", p.phrase},
                           {"key", p.key},
                           {"reviews", p.reviews},
                           {"top_product",
                            {{"sku", p.topProduct.sku},
                             {"product", p.topProduct.name},
                             {"reviews", p.topProductReviews}}}});
    }
    j["response"] = {{"this_week", responseJson(r.response())},
                     {"last_week", responseJson(r.lastWeekResponse())}};
    json& bursts = j["bursts"] = json::array();
    for (const Burst& b : r.bursts()) {
        bursts.push_back({{"sku", b.product.sku},
                          {"product", b.product.name},
                          {"category", toKey(b.category)},
                          {"first", isoTime(b.first)},
                          {"last", isoTime(b.last)},
                          {"complaints", b.complaints},
                          {"peak", b.peak},
                          {"review_ids", b.reviewIds}});
    }
    return j;
}

void ReportExporter::writeCsv(const WeeklyReport& report, std::ostream& out)
{
    // Text cells go through CsvWriter's quoting and formula guard; numbers are written as they
    // are, so that a negative change stays a number rather than becoming "'-2".
    auto writeRow = [&out](const std::vector<ReportCell>& row) {
        for (std::size_t i = 0; i < row.size(); ++i) {
            if (i) {
                out << ',';
            }
            const auto* text = std::get_if<std::string>(&row[i]);
            out << (text ? CsvWriter::formatCell(*text) : cellText(row[i]));
        }
        out << "\r\n";
    };
    bool first = true;
    for (const ReportTable& table : ReportTables::build(report)) {
        if (!first) {
            out << "\r\n";
        }
        first = false;
        writeRow({table.name});
        writeRow(std::vector<ReportCell>(table.columns.begin(), table.columns.end()));
        for (const auto& row : table.rows) {
            writeRow(row);
        }
    }
}

void ReportExporter::writeFile(const WeeklyReport& report, ReportFormat format,
                               const std::string& path)
{
    switch (format) {
    case ReportFormat::Json:
        saveBytes(path, toJson(report).dump(2, ' ', false, json::error_handler_t::replace) + "\n");
        return;
    case ReportFormat::Csv: {
        std::ostringstream out;
        writeCsv(report, out);
        saveBytes(path, out.str());
        return;
    }
    case ReportFormat::Xlsx:
        ReportXlsxWriter::write(ReportTables::build(report), path);
        return;
    case ReportFormat::Pdf:
    case ReportFormat::Png:
        break;
    }
    throw std::invalid_argument("PDF and PNG reports are drawn by the ReviewDesk window; the core"
                                " writes json, csv and xlsx");
}

} // namespace rd
