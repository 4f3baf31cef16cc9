#include "DraftTestStore.h"

#include "export/CsvWriter.h"
#include "import/CsvReader.h"
#include "reply/DraftService.h"
#include "reply/DraftWorkflow.h"
#include "reply/ReplyExportService.h"
#include "reply/TemplateLibrary.h"

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

#include <sstream>

using namespace rd;
using rd::test::ReviewSpec;

namespace {

std::vector<std::vector<std::string>> parseCsv(const std::string& text)
{
    CsvReader reader(text, ',');
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string_view> fields;
    while (reader.next(fields)) {
        rows.emplace_back(fields.begin(), fields.end());
    }
    return rows;
}

class ReplyExportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ids = db.add({
            {Platform::Ozon, "3f1c-ozon-uuid", Language::Ru, 1, "Маломерит, брак",
             Category::Product, "брак"},
            {Platform::Amazon, "U1|B00X|1700000000000", Language::En, 2, "Arrived late",
             Category::Logistics, "late"},
            {Platform::Taobao, "tb-77", Language::Zh, 1, "质量太差", Category::Product, "质量太差"},
            {Platform::Ozon, "5a2b-ozon-uuid", Language::Ru, 5, "Отлично", std::nullopt, ""},
        });
        DraftService(*db.store, library, {"Анна", "", "", ""}).generate({});
    }

    std::string exportAll(ReplyExportFormat format, ReplyExportSummary* summary = nullptr,
                          ReplyExportOptions options = {})
    {
        options.format = format;
        std::ostringstream out;
        ReplyExportService service(*db.store, library.limits());
        auto s = service.write(byId(), options, out);
        if (summary) {
            *summary = s;
        }
        return out.str();
    }

    static ReviewFilter byId()
    {
        ReviewFilter f;
        f.sort = SortColumn::Id;
        f.descending = false;
        return f;
    }

    test::DraftTestStore db;
    std::vector<std::int64_t> ids;
    TemplateLibrary library = TemplateLibrary::builtIn();
};

} // namespace

TEST_F(ReplyExportTest, CsvParsesBackWithEveryColumn)
{
    ReplyExportSummary s;
    const std::string csv = exportAll(ReplyExportFormat::Csv, &s);
    EXPECT_EQ(s.exported, 4);
    const auto rows = parseCsv(csv);
    ASSERT_EQ(rows.size(), 5u);
    EXPECT_EQ(rows[0], (std::vector<std::string>{"review_id", "platform", "external_id", "language",
                                                 "reply"}));
    EXPECT_EQ(rows[1][0], std::to_string(ids[0]));
    EXPECT_EQ(rows[1][1], "ozon");
    EXPECT_EQ(rows[1][2], "3f1c-ozon-uuid");
    EXPECT_EQ(rows[1][3], "ru");
    EXPECT_EQ(rows[1][4], db.store->drafts().draft(ids[0])->text); // multi-line text intact
    EXPECT_NE(rows[1][4].find('\n'), std::string::npos);
    EXPECT_EQ(rows[2][2], "U1|B00X|1700000000000");
    EXPECT_EQ(rows[3][3], "zh");
    EXPECT_EQ(rows[3][4], db.store->drafts().draft(ids[2])->text);
    EXPECT_EQ(s.reviewIds, ids);
}

TEST_F(ReplyExportTest, CsvNeverWritesAFormula)
{
    const std::vector<std::string> dangerous = {
        "=HYPERLINK(\"http://x\")", "+7 999", "-1 star?", "@SUM(A1)", "\tindented", "\rcarriage"};
    for (std::size_t i = 0; i < 4; ++i) {
        db.store->drafts().saveEdit(ids[i], dangerous[i], 1, "t");
    }
    std::string csv = exportAll(ReplyExportFormat::Csv);
    auto rows = parseCsv(csv);
    ASSERT_EQ(rows.size(), 5u);
    for (std::size_t i = 0; i < 4; ++i) {
        EXPECT_EQ(rows[i + 1][4], "'" + dangerous[i]) << i;
        EXPECT_FALSE(CsvWriter::looksLikeFormula(rows[i + 1][4]));
    }
    db.store->drafts().saveEdit(ids[0], dangerous[4], 2, "t");
    db.store->drafts().saveEdit(ids[1], dangerous[5], 2, "t");
    rows = parseCsv(exportAll(ReplyExportFormat::Csv));
    EXPECT_EQ(rows[1][4], "'" + dangerous[4]);
    EXPECT_EQ(rows[2][4], "'" + dangerous[5]);
    // An external id may be hostile too.
    EXPECT_EQ(CsvWriter::formatCell("=cmd"), "'=cmd");
}

TEST_F(ReplyExportTest, OzonJsonHoldsOnlyOzonReviewsAsApiPayloads)
{
    ReplyExportSummary s;
    const std::string text = exportAll(ReplyExportFormat::OzonJson, &s);
    const auto j = nlohmann::json::parse(text);
    ASSERT_TRUE(j.is_array());
    ASSERT_EQ(j.size(), 2u);
    EXPECT_EQ(s.otherPlatform, 2);
    EXPECT_EQ(j[0]["review_id"], "3f1c-ozon-uuid");
    EXPECT_EQ(j[0]["text"], db.store->drafts().draft(ids[0])->text);
    EXPECT_EQ(j[0]["mark_review_as_processed"], true);
    EXPECT_EQ(j[1]["review_id"], "5a2b-ozon-uuid");
    EXPECT_EQ(j[0].size(), 3u);

    ReplyExportOptions keep;
    keep.markProcessed = false;
    const auto k = nlohmann::json::parse(exportAll(ReplyExportFormat::OzonJson, nullptr, keep));
    EXPECT_EQ(k[0]["mark_review_as_processed"], false);
}

TEST_F(ReplyExportTest, EmptyExportsAreStillValid)
{
    ReplyExportOptions none;
    none.states = {DraftState::Posted};
    EXPECT_EQ(nlohmann::json::parse(exportAll(ReplyExportFormat::OzonJson, nullptr, none)),
              nlohmann::json::array());
    EXPECT_EQ(parseCsv(exportAll(ReplyExportFormat::Csv, nullptr, none)).size(), 1u);
    EXPECT_EQ(exportAll(ReplyExportFormat::Text, nullptr, none), "");
}

TEST_F(ReplyExportTest, JsonKeepsHostileTextIntactAndValid)
{
    db.store->drafts().saveEdit(ids[0], "Quote \" backslash \\ newline\n tab\t end \xff", 1, "t");
    const auto j = nlohmann::json::parse(exportAll(ReplyExportFormat::OzonJson));
    EXPECT_EQ(j[0]["text"], "Quote \" backslash \\ newline\n tab\t end \xEF\xBF\xBD");
}

TEST_F(ReplyExportTest, TextPackShowsEachReplyWithItsReview)
{
    const std::string text = exportAll(ReplyExportFormat::Text);
    for (std::size_t i = 0; i < ids.size(); ++i) {
        const auto d = db.store->drafts().draft(ids[i]);
        EXPECT_NE(text.find(d->text), std::string::npos) << i;
        EXPECT_NE(text.find("review " + std::to_string(ids[i]) + " |"), std::string::npos);
    }
    EXPECT_NE(text.find("ozon 3f1c-ozon-uuid | ru | 1* | 2026-11-12"), std::string::npos) << text;
    EXPECT_NE(text.find("/500 chars"), std::string::npos); // Taobao's limit shown
    EXPECT_NE(text.find("> 质量太差"), std::string::npos);
}

TEST_F(ReplyExportTest, SkipsPostedAndIncompleteDraftsAndCountsOverLimit)
{
    DraftWorkflow(*db.store, "t").markPosted({ids[0]}, 5);
    db.store->drafts().saveEdit(ids[1], "   ", 5, "t");
    db.store->drafts().saveEdit(ids[2], std::string(600, 'x'), 5, "t");
    ReplyExportSummary s;
    const auto rows = parseCsv(exportAll(ReplyExportFormat::Csv, &s));
    EXPECT_EQ(s.exported, 2);
    EXPECT_EQ(s.needsInput, 1);
    EXPECT_EQ(s.overLimit, 1);
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows[1][0], std::to_string(ids[2]));
    EXPECT_EQ(rows[1][4].size(), 600u); // never cut

    ReplyExportOptions approvedOnly;
    approvedOnly.states = {DraftState::Approved};
    DraftWorkflow(*db.store, "t").approve({ids[3]}, 6);
    ReplyExportSummary a;
    exportAll(ReplyExportFormat::Csv, &a, approvedOnly);
    EXPECT_EQ(a.reviewIds, std::vector<std::int64_t>{ids[3]});
}

TEST_F(ReplyExportTest, ExportingAndMarkingMovesDraftsToExported)
{
    ReplyExportSummary s;
    exportAll(ReplyExportFormat::Csv, &s);
    const auto r = DraftWorkflow(*db.store, "cli").markExported(s.reviewIds, 7);
    EXPECT_EQ(r.changed, 4);
    for (auto id : ids) {
        EXPECT_EQ(db.store->drafts().draft(id)->state, DraftState::Exported);
        EXPECT_EQ(db.store->drafts().history(id).back().action, "state");
    }
    // Exported drafts are exported again until posted (the default states).
    ReplyExportSummary again;
    exportAll(ReplyExportFormat::Csv, &again);
    EXPECT_EQ(again.exported, 4);
    EXPECT_EQ(DraftWorkflow(*db.store, "cli").markExported(again.reviewIds, 8).unchanged, 4);
}

TEST(ReplyExportFormat, KeysRoundTrip)
{
    for (auto f : {ReplyExportFormat::Csv, ReplyExportFormat::OzonJson, ReplyExportFormat::Text}) {
        EXPECT_EQ(replyExportFormatFromKey(toKey(f)), f);
    }
    EXPECT_FALSE(replyExportFormatFromKey("xlsx"));
    EXPECT_EQ(ReplyExportService::excerpt("a  b\n\nc", 10), "a b c");
    EXPECT_EQ(ReplyExportService::excerpt("абвгд", 3), "абв…");
}
