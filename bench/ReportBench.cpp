// report_bench: how long the weekly complaint-cause report takes on a large database
// (docs/performance.md, "Weekly report"). Driven by bench/report_bench.sh.
//
//   report_bench --db DATABASE [--week 2026-W47] [--prepare-only] [benchmark options]
//
// First adds what the report reads when the database lacks it (ReportBenchData.h: synthetic
// classifications with evidence, workflow, overrides, revisions), then times with Google
// Benchmark, in one process and on one connection:
//   Baseline/QueueCount   ReviewStore::count over the trend's weeks: the queue's own query
//                         touching the same reviews, the floor the report is compared with
//   WeeklyReport/...      WeeklyReport::build: every figure of the report (8 and 12 weeks,
//                         filtered by platform and by product)
//   ActiveBursts          BurstDetector::active: the queue's burst marks
//   ExportXlsx            the report's numbers written as XLSX
// Goal: WeeklyReport/8weeks within 300 ms.

#include "ReportBenchData.h"

#include "report/BurstDetector.h"
#include "report/ReportExporter.h"
#include "report/WeeklyReport.h"
#include "store/ReportStore.h"
#include "store/ReviewStore.h"

#include <benchmark/benchmark.h>

#include <QDir>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <exception>
#include <memory>
#include <string>
#include <vector>

namespace {

using namespace rd;

std::unique_ptr<ReviewStore> g_store;
IsoWeek g_week{2026, 47};
// "now" for the figures: the end of the report week, so runs are comparable whatever the date.
Timestamp now()
{
    return g_week.end();
}

ReportOptions options(int weeks)
{
    ReportOptions o;
    o.week = g_week;
    o.weeks = weeks;
    return o;
}

void queueCount(benchmark::State& state)
{
    ReviewFilter filter;
    filter.publishedFrom = g_week.plusWeeks(-7).start();
    filter.publishedTo = g_week.end();
    std::int64_t n = 0;
    for (auto _ : state) {
        n = g_store->count(filter);
        benchmark::DoNotOptimize(n);
    }
    state.counters["reviews"] = static_cast<double>(n);
}

void weeklyReport(benchmark::State& state, const ReportOptions& o)
{
    std::int64_t complaints = 0;
    for (auto _ : state) {
        WeeklyReport r = WeeklyReport::build(g_store->reports(), o, now());
        complaints = 0;
        for (const WeekColumn& w : r.weeks()) {
            complaints += w.counts.total();
        }
        benchmark::DoNotOptimize(complaints);
    }
    state.counters["complaints"] = static_cast<double>(complaints);
}

// The two store reads of a report on their own: the complaints of the 8 weeks, and the
// evidence of the report week's classified complaints.
void storeComplaints(benchmark::State& state)
{
    ComplaintScope scope;
    scope.from = g_week.plusWeeks(-7).start();
    scope.to = g_week.end();
    scope.responseFrom = g_week.plusWeeks(-1).start();
    std::int64_t n = 0;
    for (auto _ : state) {
        n = 0;
        g_store->reports().forEachComplaint(scope, [&n](const ComplaintFact&) { ++n; });
        benchmark::DoNotOptimize(n);
    }
    state.counters["complaints"] = static_cast<double>(n);
}

void storeEvidence(benchmark::State& state)
{
    ComplaintScope scope;
    scope.from = g_week.start();
    scope.to = g_week.end();
    std::vector<std::int64_t> ids;
    g_store->reports().forEachComplaint(scope, [&ids](const ComplaintFact& f) {
        if (f.category) {
            ids.push_back(f.reviewId);
        }
    });
    std::size_t n = 0;
    for (auto _ : state) {
        n = 0;
        g_store->reports().forEachEvidence(
            ids, [&n](std::int64_t, const std::vector<Evidence>& e) { n += e.size(); });
        benchmark::DoNotOptimize(n);
    }
    state.counters["reviews"] = static_cast<double>(ids.size());
}

void activeBursts(benchmark::State& state)
{
    const BurstDetector detector(BurstSettings{});
    std::size_t n = 0;
    for (auto _ : state) {
        n = detector.active(g_store->reports(), now()).size();
        benchmark::DoNotOptimize(n);
    }
    state.counters["bursts"] = static_cast<double>(n);
}

void exportXlsx(benchmark::State& state)
{
    const WeeklyReport r = WeeklyReport::build(g_store->reports(), options(8), now());
    const std::string path = QDir::tempPath().toStdString() + "/report_bench.xlsx";
    for (auto _ : state) {
        ReportExporter::writeFile(r, ReportFormat::Xlsx, path);
    }
    QDir().remove(QString::fromStdString(path));
}

// The SKU with most complaints in the report week, for the product-filtered run.
std::string busiestSku()
{
    const WeeklyReport r = WeeklyReport::build(g_store->reports(), options(2), now());
    return r.topProducts().empty() ? std::string("none") : r.topProducts()[0].product.key;
}

void registerAll()
{
    benchmark::RegisterBenchmark("Baseline/QueueCount8weeks", queueCount);
    benchmark::RegisterBenchmark("WeeklyReport/8weeks", weeklyReport, options(8));
    benchmark::RegisterBenchmark("Store/Complaints8weeks", storeComplaints);
    benchmark::RegisterBenchmark("Store/EvidenceReportWeek", storeEvidence);
    benchmark::RegisterBenchmark("WeeklyReport/12weeks", weeklyReport, options(12));
    ReportOptions ozon = options(8);
    ozon.platforms = {Platform::Ozon};
    benchmark::RegisterBenchmark("WeeklyReport/8weeks/platform=ozon", weeklyReport, ozon);
    ReportOptions product = options(8);
    product.product = busiestSku();
    benchmark::RegisterBenchmark("WeeklyReport/8weeks/product=busiest", weeklyReport, product);
    benchmark::RegisterBenchmark("ActiveBursts", activeBursts);
    benchmark::RegisterBenchmark("ExportXlsx/8weeks", exportXlsx);
}

int usage()
{
    std::fprintf(stderr, "usage: report_bench --db DATABASE [--week 2026-W47] [--prepare-only]"
                         " [--benchmark_...]\n");
    return 2;
}

} // namespace

int main(int argc, char** argv)
{
    std::string db;
    bool prepareOnly = false;
    std::vector<char*> rest{argv[0]};
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--db") == 0 && i + 1 < argc) {
            db = argv[++i];
        } else if (std::strcmp(argv[i], "--week") == 0 && i + 1 < argc) {
            auto week = IsoWeek::parse(argv[++i]);
            if (!week) {
                return usage();
            }
            g_week = *week;
        } else if (std::strcmp(argv[i], "--prepare-only") == 0) {
            prepareOnly = true;
        } else {
            rest.push_back(argv[i]);
        }
    }
    if (db.empty()) {
        return usage();
    }
    try {
        g_store = ReviewStore::openSqlite(db);
        bench::prepareReportData(*g_store);
        if (prepareOnly) {
            return 0;
        }
        // The first report on a fresh connection (SQLite's page cache empty, the OS cache as
        // the previous steps left it), for the record.
        g_store = ReviewStore::openSqlite(db);
        const auto t = std::chrono::steady_clock::now();
        const std::clock_t cpu = std::clock();
        const WeeklyReport first = WeeklyReport::build(g_store->reports(), options(8), now());
        const double ms =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t).count();
        const double cpuMs = 1000.0 * static_cast<double>(std::clock() - cpu) / CLOCKS_PER_SEC;
        std::fprintf(stderr,
                     "report_bench: %s: %lld complaints this week; first report on a new"
                     " connection: %.0f ms (CPU %.0f ms)\n",
                     g_week.toString().c_str(),
                     static_cast<long long>(first.thisWeek().counts.total()), ms, cpuMs);
        registerAll();
        int n = static_cast<int>(rest.size());
        benchmark::Initialize(&n, rest.data());
        benchmark::RunSpecifiedBenchmarks();
        benchmark::Shutdown();
    } catch (const std::exception& e) {
        std::fprintf(stderr, "report_bench: %s\n", e.what());
        return 1;
    }
    return 0;
}
