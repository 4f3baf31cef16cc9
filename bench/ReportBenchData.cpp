#include "ReportBenchData.h"

#include "model/Review.h"
#include "store/ClassificationStore.h"
#include "store/ReportStore.h"
#include "store/ReviewStore.h"
#include "store/WorkflowStore.h"
#include "text/Utf8.h"

#include <array>
#include <chrono>
#include <cstdio>
#include <limits>
#include <string>
#include <vector>

namespace rd::bench {
namespace {

constexpr Timestamp kHour = 3'600'000;

// SplitMix64: a deterministic hash of the review id for every random choice.
std::uint64_t mix(std::uint64_t x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

double unit(std::int64_t id, std::uint64_t salt)
{
    return static_cast<double>(mix(static_cast<std::uint64_t>(id) * 31 + salt) >> 11) /
           static_cast<double>(1ULL << 53);
}

// Rule terms per category as a rule file would write them (stems with wildcards, phrases,
// Chinese substrings), most frequent first.
const std::array<std::vector<const char*>, 5> kTerms = {{
    {"маломер*", "брак", "runs small", "сломал*", "poor quality", "质量差", "stopped working",
     "尺码偏小", "запах", "起球", "cheap material", "не соответствует описанию", "fake"},
    {"курьер", "достав*", "package damaged", "物流太慢", "late", "包装破损", "wrong item",
     "пункт выдачи", "发错货", "tracking"},
    {"не отвечает", "no response", "возврат", "客服态度差", "refund refused", "不理人",
     "customer service", "отказали"},
    {"дорого", "overpriced", "降价", "price dropped", "太贵", "скидка не применилась", "coupon"},
    {"ужас", "bad", "差评", "не понравилось", "meh"},
}};

Category pickCategory(std::int64_t id)
{
    const double u = unit(id, 1);
    if (u < 0.40) {
        return Category::Product;
    }
    if (u < 0.64) {
        return Category::Logistics;
    }
    if (u < 0.78) {
        return Category::AfterSales;
    }
    return u < 0.88 ? Category::Price : Category::Other;
}

Evidence term(std::int64_t id, int n, Category category)
{
    const auto& terms = kTerms[static_cast<std::size_t>(category)];
    // Skewed towards the first terms, as real complaints are.
    const double u = unit(id, 10 + static_cast<std::uint64_t>(n));
    const auto index = static_cast<std::size_t>(u * u * static_cast<double>(terms.size()));
    Evidence e;
    e.ruleId = std::string(toKey(category)) + "." + std::to_string(index);
    e.term = terms[index];
    e.target = std::string(toKey(category));
    e.begin = static_cast<int>(unit(id, 20 + static_cast<std::uint64_t>(n)) * 80);
    e.end = e.begin + static_cast<int>(utf8::length(e.term));
    e.weight = 1.0 + static_cast<double>(index % 3);
    e.negated = unit(id, 30 + static_cast<std::uint64_t>(n)) < 0.04;
    return e;
}

Classification classify(std::int64_t id, bool complaint, Timestamp at)
{
    Classification c;
    c.rulesetVersion = "bench-1";
    c.classifiedAt = at;
    if (!complaint) {
        c.category = Category::Other;
        c.confidence = 0.2;
        return c;
    }
    c.category = pickCategory(id);
    c.confidence = 0.5 + unit(id, 2) / 2;
    const int terms = 1 + static_cast<int>(unit(id, 3) * 3);
    for (int n = 0; n < terms; ++n) {
        c.evidence.push_back(term(id, n, c.category));
    }
    if (unit(id, 4) < 0.15) { // a second cause
        const auto other = static_cast<Category>((static_cast<int>(c.category) + 1) % 4);
        c.also.push_back(other);
        c.evidence.push_back(term(id, 5, other));
    }
    return c;
}

struct Complaint
{
    std::int64_t id;
    Timestamp at;
};

std::vector<Complaint> allComplaints(ReviewStore& store)
{
    std::vector<Complaint> out;
    ComplaintScope all;
    all.from = std::numeric_limits<Timestamp>::min();
    all.to = std::numeric_limits<Timestamp>::max();
    store.reports().forEachComplaint(all, [&](const ComplaintFact& f) {
        out.push_back({f.reviewId, f.at});
    });
    return out;
}

void classifyAll(ReviewStore& store, const std::vector<Complaint>& complaints)
{
    std::vector<bool> isComplaint;
    for (const Complaint& c : complaints) {
        if (c.id >= static_cast<std::int64_t>(isComplaint.size())) {
            isComplaint.resize(static_cast<std::size_t>(c.id) + 1);
        }
        isComplaint[static_cast<std::size_t>(c.id)] = true;
    }
    const std::vector<std::int64_t> ids = store.queryIds(ReviewFilter{});
    std::vector<std::pair<std::int64_t, Classification>> batch;
    for (std::int64_t id : ids) {
        const bool complaint =
            id < static_cast<std::int64_t>(isComplaint.size()) && isComplaint[id];
        batch.emplace_back(id, classify(id, complaint, 0));
        if (batch.size() == 50000) {
            store.classifications().saveAutomatic(batch);
            batch.clear();
        }
    }
    store.classifications().saveAutomatic(batch);
}

void addWorkflow(ReviewStore& store, const std::vector<Complaint>& complaints)
{
    const std::size_t chunk = 20000;
    for (std::size_t start = 0; start < complaints.size(); start += chunk) {
        store.runInTransaction([&] {
            for (std::size_t i = start; i < std::min(complaints.size(), start + chunk); ++i) {
                const Complaint& c = complaints[i];
                if (unit(c.id, 40) >= 0.70) {
                    continue;
                }
                // Log-normal-ish waits: half within ~8 hours, a long tail to days.
                const double u = unit(c.id, 41);
                const auto wait = static_cast<Timestamp>((0.5 + 60.0 * u * u * u) * kHour);
                store.workflow().setStatus(c.id, Status::InProgress, c.at + wait, "bench");
                if (unit(c.id, 42) < 0.5) {
                    const auto more = static_cast<Timestamp>((1 + 100 * unit(c.id, 43)) * kHour);
                    store.workflow().setStatus(c.id, Status::Resolved, c.at + wait + more, "bench");
                }
                if (unit(c.id, 44) < 0.01) {
                    store.classifications().setOverride(
                        c.id, {pickCategory(c.id + 7), std::nullopt, std::nullopt, "bench", c.at});
                }
            }
        });
    }
}

void addRevisions(ReviewStore& store, const std::vector<Complaint>& complaints)
{
    auto session = store.beginImport({"bench-revisions", "csv", "utf-8", 0});
    ImportCounts counts;
    for (const Complaint& c : complaints) {
        const double u = unit(c.id, 50);
        if (u >= 0.025) {
            continue;
        }
        auto review = store.review(c.id);
        if (!review || !review->rating) {
            continue;
        }
        const int newRating = u < 0.02 ? 5 : 1;
        if (newRating == *review->rating) {
            continue;
        }
        Review r = *review;
        r.rating = newRating;
        r.polarity = polarityFromRating(newRating);
        r.importedAt = 0;
        session->upsert(r);
        ++counts.read;
        ++counts.revised;
    }
    session->commit(counts);
}

double seconds(std::chrono::steady_clock::time_point since)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

} // namespace

void prepareReportData(ReviewStore& store)
{
    const StoreStats stats = store.stats();
    ReviewFilter answered;
    answered.statuses = {Status::InProgress, Status::Resolved};
    const bool needClassifications = stats.classified == 0;
    const bool needWorkflow = store.count(answered) == 0;
    const bool needRevisions = stats.revisions == 0;
    if (!needClassifications && !needWorkflow && !needRevisions) {
        return;
    }
    auto t = std::chrono::steady_clock::now();
    const std::vector<Complaint> complaints = allComplaints(store);
    std::fprintf(stderr, "report_bench: %lld reviews, %zu complaints (%.1f s)\n",
                 static_cast<long long>(stats.reviews), complaints.size(), seconds(t));
    if (needClassifications) {
        t = std::chrono::steady_clock::now();
        classifyAll(store, complaints);
        std::fprintf(stderr, "report_bench: classified with synthetic evidence (%.1f s)\n",
                     seconds(t));
    }
    if (needWorkflow) {
        t = std::chrono::steady_clock::now();
        addWorkflow(store, complaints);
        std::fprintf(stderr, "report_bench: workflow and overrides added (%.1f s)\n", seconds(t));
    }
    if (needRevisions) {
        t = std::chrono::steady_clock::now();
        addRevisions(store, complaints);
        std::fprintf(stderr, "report_bench: revisions added (%.1f s)\n", seconds(t));
    }
}

} // namespace rd::bench
