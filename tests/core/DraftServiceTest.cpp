#include "DraftTestStore.h"

#include "reply/DraftService.h"
#include "reply/DraftWorkflow.h"
#include "reply/TemplateLibrary.h"
#include "store/WorkflowStore.h"
#include "util/Clock.h"

#include <gtest/gtest.h>

using namespace rd;
using rd::test::ReviewSpec;

namespace {

class DraftServiceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Clock::setForTesting([this] { return now; });
        ids = db.add({
            {Platform::Ozon, "o-1", Language::Ru, 1, "Пришёл с трещиной, брак", Category::Product,
             "брак"},
            {Platform::Ozon, "o-2", Language::Ru, 2, "Курьер опоздал на три дня",
             Category::Logistics, "опоздал"},
            {Platform::Taobao, "t-1", Language::Zh, 1, "客服态度太差了", Category::AfterSales,
             "态度太差"},
            {Platform::Amazon, "a-1", Language::En, 5, "Love it, works great", std::nullopt, ""},
            {Platform::Amazon, "a-2", Language::En, 1, "Terrible", std::nullopt,
             ""}, // unclassified
        });
    }
    void TearDown() override { Clock::setForTesting({}); }

    DraftRunSummary run(const DraftContext& context = {}, const ReviewFilter& filter = {},
                        const DraftProgressFn& progress = {}, int batch = 2)
    {
        DraftService service(*db.store, library, context);
        return service.generate(filter, progress, batch);
    }

    Timestamp now = 1'795'000'000'000;
    test::DraftTestStore db;
    std::vector<std::int64_t> ids;
    TemplateLibrary library = TemplateLibrary::builtIn();
};

} // namespace

TEST_F(DraftServiceTest, GeneratesDraftsForEveryMatchingReviewInOneCall)
{
    std::vector<DraftRunProgress> steps;
    const auto s = run({}, {}, [&](const DraftRunProgress& p) {
        steps.push_back(p);
        return true;
    });
    EXPECT_EQ(s.matched, 5);
    EXPECT_EQ(s.created, 4);
    EXPECT_EQ(s.unclassified, 1);
    EXPECT_EQ(s.refreshed + s.unchanged + s.keptEdited + s.noTemplate, 0);
    EXPECT_EQ(s.needsInput, 0);
    EXPECT_FALSE(s.cancelled);
    ASSERT_EQ(steps.size(), 3u); // batches of 2
    EXPECT_EQ(steps.back().done, 5);
    EXPECT_EQ(steps.back().total, 5);

    const auto product = db.store->drafts().draft(ids[0]);
    ASSERT_TRUE(product);
    EXPECT_EQ(product->templateId, "product.defect");
    EXPECT_EQ(product->language, Language::Ru);
    EXPECT_NE(product->text.find("брак"), std::string::npos) << product->text;
    EXPECT_EQ(product->createdAt, now);
    EXPECT_EQ(db.store->drafts().draft(ids[2])->language, Language::Zh);
    EXPECT_EQ(db.store->drafts().draft(ids[3])->templateId, "positive");
    EXPECT_FALSE(db.store->drafts().draft(ids[4]));
    const auto history = db.store->drafts().history(ids[0]);
    ASSERT_EQ(history.size(), 1u);
    EXPECT_EQ(history[0].action, "generated");
    EXPECT_EQ(history[0].text, product->text);
    EXPECT_EQ(db.store->record(ids[0])->draftState, DraftState::Draft);
}

TEST_F(DraftServiceTest, RerunIsUnchangedAndNewContextRefreshes)
{
    run();
    now += 1000;
    auto again = run();
    EXPECT_EQ(again.unchanged, 4);
    EXPECT_EQ(again.created + again.refreshed, 0);
    EXPECT_EQ(db.store->drafts().history(ids[1]).size(), 1u);

    now += 1000;
    auto signed_ = run({"Мария", "старший менеджер", "", ""});
    EXPECT_EQ(signed_.refreshed, 4);
    const auto d = db.store->drafts().draft(ids[1]);
    EXPECT_NE(d->text.find("Мария"), std::string::npos) << d->text;
    EXPECT_EQ(d->updatedAt, now);
    EXPECT_LT(d->createdAt, now);
    EXPECT_EQ(db.store->drafts().history(ids[1]).size(), 2u);
}

TEST_F(DraftServiceTest, NeverOverwritesAHumanEditOrAnApprovedDraft)
{
    run();
    db.store->drafts().saveEdit(ids[0], "Текст, написанный человеком", now, "anna");
    DraftWorkflow(*db.store, "lead").approve({ids[1]}, now);
    const std::string approved = db.store->drafts().draft(ids[1])->text;
    now += 1000;
    auto s = run({"Мария", "", "", ""});
    EXPECT_EQ(s.keptEdited, 2);
    EXPECT_EQ(s.refreshed, 2);
    EXPECT_EQ(db.store->drafts().draft(ids[0])->text, "Текст, написанный человеком");
    EXPECT_TRUE(db.store->drafts().draft(ids[0])->humanEdited);
    EXPECT_EQ(db.store->drafts().draft(ids[1])->text, approved);
    EXPECT_EQ(db.store->drafts().draft(ids[1])->state, DraftState::Approved);
    const auto history = db.store->drafts().history(ids[0]);
    ASSERT_EQ(history.size(), 2u);
    EXPECT_EQ(history[1].action, "edited");
    EXPECT_EQ(history[1].by, "anna");
}

TEST_F(DraftServiceTest, FilterLimitsTheRun)
{
    ReviewFilter f;
    f.platforms = {Platform::Ozon};
    auto s = run({}, f);
    EXPECT_EQ(s.matched, 2);
    EXPECT_EQ(s.created, 2);
    EXPECT_FALSE(db.store->drafts().draft(ids[2]));
}

TEST_F(DraftServiceTest, CancelKeepsTheFinishedBatchesOnly)
{
    int calls = 0;
    ReviewFilter oldestFirst;
    oldestFirst.sort = SortColumn::Id;
    oldestFirst.descending = false;
    auto s = run(
        {}, oldestFirst, [&](const DraftRunProgress&) { return ++calls < 1; }, 2);
    EXPECT_TRUE(s.cancelled);
    EXPECT_EQ(calls, 1);
    EXPECT_EQ(s.created, 2);
    EXPECT_TRUE(db.store->drafts().draft(ids[0]));
    EXPECT_TRUE(db.store->drafts().draft(ids[1]));
    EXPECT_FALSE(db.store->drafts().draft(ids[2]));
    EXPECT_EQ(db.store->integrityCheck(), "ok");
}

TEST_F(DraftServiceTest, MissingValuesAreCountedAndStored)
{
    TemplateLibrary lib = TemplateLibrary::builtIn();
    lib.addJson(
        R"({"templates": [{"id": "logistics.late", "variants": {"ru": ["Заказ {order_id}: {problem}"]}}]})",
        "user.json");
    DraftService service(*db.store, lib, {});
    auto s = service.generate({});
    EXPECT_EQ(s.needsInput, 1);
    const auto d = db.store->drafts().draft(ids[1]);
    EXPECT_EQ(d->missing, std::vector<std::string>{"order_id"});
    EXPECT_EQ(d->text, "Заказ {order_id}: курьер опоздал на три дня");
}

TEST_F(DraftServiceTest, WorkflowMovesThroughTheStatesWithHistory)
{
    run();
    DraftWorkflow wf(*db.store, "lead");
    auto approved = wf.approve({ids[0], ids[1], ids[4]}, now + 1);
    EXPECT_EQ(approved.changed, 2);
    EXPECT_EQ(approved.noDraft, 1);
    EXPECT_EQ(wf.approve({ids[0]}, now + 2).unchanged, 1);
    auto exported = wf.markExported({ids[0], ids[2]}, now + 3);
    EXPECT_EQ(exported.changed, 2);
    EXPECT_EQ(exported.changedIds, (std::vector<std::int64_t>{ids[0], ids[2]}));
    EXPECT_EQ(wf.approve({ids[0]}, now + 4).wrongState, 1); // no way back by approving
    EXPECT_EQ(db.store->workflow().state(ids[0]).status, Status::New);
    auto posted = wf.markPosted({ids[0], ids[3]}, now + 5);
    EXPECT_EQ(posted.changed, 2);
    EXPECT_EQ(db.store->drafts().draft(ids[0])->state, DraftState::Posted);
    // Posting is the first response.
    const WorkflowState ws = db.store->workflow().state(ids[0]);
    EXPECT_EQ(ws.status, Status::InProgress);
    EXPECT_EQ(ws.firstResponseAt, now + 5);
    std::vector<std::string> states;
    for (const auto& h : db.store->drafts().history(ids[0])) {
        states.push_back(h.action + ":" + std::string(toKey(h.state)) + ":" + h.by);
    }
    EXPECT_EQ(states, (std::vector<std::string>{"generated:draft:", "state:approved:lead",
                                                "state:exported:lead", "state:posted:lead"}));
    // A generated draft that moved on is never regenerated.
    EXPECT_EQ(run().keptEdited, 4);
}

TEST_F(DraftServiceTest, DraftNeedingInputCannotBeApprovedOrPosted)
{
    TemplateLibrary lib;
    lib.addJson(
        R"({"templates": [{"id": "p", "kind": "positive", "variants": {"en": ["Hi {agent_name}"]}}]})",
        "user.json");
    DraftService(*db.store, lib, {}).generate({});
    DraftWorkflow wf(*db.store, "lead");
    EXPECT_EQ(wf.approve({ids[3]}, now).needsInput, 1);
    EXPECT_EQ(wf.markPosted({ids[3]}, now).needsInput, 1);
    db.store->drafts().saveEdit(ids[3], "Hi from Li", now, "li");
    EXPECT_EQ(wf.approve({ids[3]}, now).changed, 1);
}
