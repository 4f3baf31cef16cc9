// Re-classification of stored reviews: results and evidence stored, overrides untouched,
// progress and cancel.
#include "TestSupport.h"

#include "classify/ClassificationService.h"
#include "classify/ClassifierFactory.h"
#include "store/ClassificationStore.h"
#include "store/ReviewStore.h"
#include "util/Clock.h"

#include <gtest/gtest.h>

using namespace rd;

namespace {

class ClassificationServiceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Clock::setForTesting([] { return Timestamp(1700000000000); });
        m_store = ReviewStore::openSqlite(m_dir.file("reviews.sqlite"));
        auto session = m_store->beginImport({"test.csv", "csv", "utf-8", 0});
        const std::vector<std::string> texts = {"Курьер опоздал на неделю", "Брак, сломался",
                                                "Очень дорого", "Не понравилось",
                                                "Загорелся при зарядке"};
        for (std::size_t i = 0; i < texts.size(); ++i) {
            Review r;
            r.platform = Platform::Ozon;
            r.externalId = "r" + std::to_string(i);
            r.text = texts[i];
            r.rating = 1;
            session->upsert(r);
            m_ids.push_back(r.id);
        }
        session->commit({});
        RuleSources s;
        s.builtinDir = test::fixture("rules/engine");
        m_classifier = ClassifierFactory::load(s).classifier;
    }
    void TearDown() override { Clock::setForTesting({}); }

    test::TempDir m_dir;
    std::unique_ptr<ReviewStore> m_store;
    std::shared_ptr<const Classifier> m_classifier;
    std::vector<std::int64_t> m_ids;
};

} // namespace

TEST_F(ClassificationServiceTest, StoresResultsWithEvidenceAndKeepsOverrides)
{
    ClassificationOverride manual;
    manual.category = Category::Price;
    manual.by = "agent";
    m_store->classifications().setOverride(m_ids[0], manual);

    ClassificationService service(*m_store, *m_classifier);
    const ClassificationRun run = service.run(ReviewFilter{}, {}, 2);
    EXPECT_EQ(run.total, 5);
    EXPECT_EQ(run.classified, 5);
    EXPECT_FALSE(run.cancelled);
    EXPECT_EQ(run.byCategory[static_cast<std::size_t>(Category::Product)], 2);
    EXPECT_EQ(run.safety, 1);

    auto late = m_store->classifications().automatic(m_ids[0]);
    ASSERT_TRUE(late);
    EXPECT_EQ(late->category, Category::Logistics);
    EXPECT_EQ(late->rulesetVersion, m_classifier->rulesetVersion());
    EXPECT_EQ(late->classifiedAt, 1700000000000);
    ASSERT_EQ(late->evidence.size(), 1u);
    EXPECT_EQ(late->evidence[0].ruleId, "ru.logistics.late");
    EXPECT_EQ(late->evidence[0].begin, 7);
    EXPECT_EQ(late->evidence[0].end, 14);
    // The person's correction is still there and still wins.
    auto kept = m_store->classifications().override(m_ids[0]);
    ASSERT_TRUE(kept);
    EXPECT_EQ(kept->category, Category::Price);
    EXPECT_EQ(m_store->record(m_ids[0])->category(), Category::Price);
}

TEST_F(ClassificationServiceTest, ProgressCanCancelAndFiltersApply)
{
    ClassificationService service(*m_store, *m_classifier);
    std::vector<std::int64_t> seen;
    const ClassificationRun run = service.run(
        ReviewFilter{},
        [&](std::int64_t done, std::int64_t total) {
            seen.push_back(done);
            EXPECT_EQ(total, 5);
            return false; // cancel after the first batch
        },
        2);
    EXPECT_TRUE(run.cancelled);
    EXPECT_EQ(run.classified, 2);
    EXPECT_EQ(seen, std::vector<std::int64_t>{2});

    ReviewFilter unclassified;
    unclassified.unclassifiedOnly = true;
    EXPECT_EQ(m_store->count(unclassified), 3);
    const ClassificationRun rest = service.run(unclassified);
    EXPECT_EQ(rest.classified, 3);
    EXPECT_EQ(m_store->count(unclassified), 0);
}
