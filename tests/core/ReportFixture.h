#pragma once

// Builds small stores with known complaints for the report tests, through the store API only.

#include "TestSupport.h"

#include "report/WeeklyReport.h"
#include "store/ClassificationStore.h"
#include "store/ReportStore.h"
#include "store/ReviewStore.h"
#include "store/WorkflowStore.h"

#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <string>

namespace rd::test {

inline constexpr Timestamp kHour = 3'600'000;
inline constexpr Timestamp kDay = 24 * kHour;
// Monday 2026-11-16 00:00 UTC, the start of 2026-W47 (checked against `date -u`).
inline constexpr Timestamp kW47 = 1'794'787'200'000;

// One review to store: a complaint unless its stars say otherwise.
struct Spec
{
    Spec(Timestamp at_ = kW47, std::optional<int> rating_ = 2,
         std::optional<Category> category_ = Category::Product, std::string sku_ = "SKU-1",
         std::string product_ = "Dress", Platform platform_ = Platform::Ozon,
         std::string shop_ = "Shop A", Polarity polarity_ = Polarity::Unknown,
         bool noPublishedAt_ = false, std::vector<Evidence> evidence_ = {})
        : at(at_), rating(rating_), category(category_), sku(std::move(sku_)),
          product(std::move(product_)), platform(platform_), shop(std::move(shop_)),
          polarity(polarity_), noPublishedAt(noPublishedAt_), evidence(std::move(evidence_))
    {
    }

    Timestamp at;
    std::optional<int> rating;
    std::optional<Category> category; // empty: not classified
    std::string sku;
    std::string product;
    Platform platform;
    std::string shop;
    Polarity polarity;  // used when rating is empty
    bool noPublishedAt; // then `at` is the import time
    std::vector<Evidence> evidence;
};

class ReportFixture : public ::testing::Test
{
protected:
    void SetUp() override { store = ReviewStore::openSqlite(dir.file("report.sqlite")); }

    std::int64_t add(const Spec& s)
    {
        Review r;
        r.platform = s.platform;
        r.externalId = "r" + std::to_string(++m_next);
        r.shop = s.shop;
        r.sku = s.sku;
        r.product = s.product;
        r.rating = s.rating;
        r.polarity = s.rating ? polarityFromRating(*s.rating) : s.polarity;
        r.text = "text " + r.externalId;
        if (s.noPublishedAt) {
            r.importedAt = s.at;
        } else {
            r.publishedAt = s.at;
            r.importedAt = s.at + 30 * kDay; // imported much later: must not matter
        }
        auto session = store->beginImport({"fixture.csv", "csv", "utf-8", 0});
        session->upsert(r);
        session->commit({});
        m_external[r.id] = r;
        if (s.category) {
            Classification c;
            c.category = *s.category;
            c.evidence = s.evidence;
            c.classifiedAt = s.at;
            store->classifications().saveAutomatic({{r.id, c}});
        }
        return r.id;
    }

    // Re-imports a stored review with another star rating: a recorded revision.
    void revise(std::int64_t id, int newRating)
    {
        Review r = m_external.at(id);
        r.id = 0;
        r.rating = newRating;
        r.polarity = polarityFromRating(newRating);
        auto session = store->beginImport({"fixture-2.csv", "csv", "utf-8", 0});
        session->upsert(r);
        session->commit({});
    }

    void respond(std::int64_t id, Timestamp at)
    {
        store->workflow().setStatus(id, Status::InProgress, at, "agent");
    }
    void resolve(std::int64_t id, Timestamp at)
    {
        store->workflow().setStatus(id, Status::Resolved, at, "agent");
    }

    static ReportOptions options(int weeks = 3)
    {
        ReportOptions o;
        o.week = {2026, 47};
        o.weeks = weeks;
        return o;
    }

    WeeklyReport report(const ReportOptions& o, Timestamp now = kW47 + 60 * kDay)
    {
        return WeeklyReport::build(store->reports(), o, now);
    }

    TempDir dir;
    std::unique_ptr<ReviewStore> store;

private:
    int m_next = 0;
    std::map<std::int64_t, Review> m_external;
};

inline Evidence evidence(const std::string& term, const std::string& target, bool negated = false)
{
    Evidence e;
    e.ruleId = "rule." + target;
    e.term = term;
    e.target = target;
    e.begin = 0;
    e.end = 1;
    e.weight = 1.0;
    e.negated = negated;
    return e;
}

} // namespace rd::test
