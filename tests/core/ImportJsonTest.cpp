// Importing Ozon Seller API JSON and Amazon Reviews 2023 JSONL.
#include "ImportFixture.h"

#include "import/DateParser.h"

#include <nlohmann/json.hpp>

using namespace rd;
using rd::test::ImportFixture;
using rd::test::skipped;

namespace {

class ImportJson : public ImportFixture
{
};

} // namespace

TEST_F(ImportJson, OzonReviewListResponse)
{
    const ImportResult r = importFixture("ozon-list.json");
    ASSERT_TRUE(r.ok()) << r.error;
    EXPECT_EQ(r.format, "ozon-json");
    EXPECT_EQ(r.counts.added, 3);
    auto first = byExternalId("019a1c3e-0001-7000-8000-000000000001", Platform::Ozon);
    ASSERT_TRUE(first);
    EXPECT_EQ(first->rating, 3);
    EXPECT_EQ(first->polarity, Polarity::Neutral);
    EXPECT_EQ(first->sku, "1234567890");
    EXPECT_EQ(first->text, "Коробка пришла мятая, но товар целый.");
    EXPECT_EQ(first->language, Language::Ru);
    EXPECT_EQ(first->publishedAt, DateParser::fromCivil(2024, 3, 5, 14, 30));
    const auto extra = nlohmann::json::parse(first->extraJson);
    EXPECT_EQ(extra["status"], "UNPROCESSED");
    EXPECT_EQ(extra["photos_amount"], 2);
    EXPECT_EQ(extra["order_status"], "DELIVERED");
    EXPECT_EQ(extra["is_rating_participant"], true);
    // A rating without text is a review too.
    auto second = byExternalId("019a1c3e-0001-7000-8000-000000000002", Platform::Ozon);
    ASSERT_TRUE(second);
    EXPECT_EQ(second->rating, 5);
    EXPECT_EQ(second->text, "");
}

TEST_F(ImportJson, OzonBareArray)
{
    ImportOptions o;
    o.shop = "Ozon main";
    const ImportResult r = importFixture("ozon-array.json", o);
    ASSERT_TRUE(r.ok()) << r.error;
    EXPECT_EQ(r.counts.added, 2);
    EXPECT_EQ(byExternalId("a-2", Platform::Ozon)->rating, 1);
    EXPECT_EQ(byExternalId("a-2", Platform::Ozon)->shop, "Ozon main");
}

TEST_F(ImportJson, OzonBadReviewsAreSkippedWithTheirLine)
{
    const ImportResult r = importFixture("ozon-bad-review.json");
    ASSERT_TRUE(r.ok()) << r.error;
    EXPECT_EQ(r.counts.added, 1);
    EXPECT_EQ(skipped(r), (std::vector<std::string>{
                              "line 4: rating '0' is out of range (1-5 stars)",
                              "line 5: review without an \"id\"",
                              "line 6: unparseable date \"вчера\"",
                              "line 7: neither text nor rating",
                          }));
}

TEST_F(ImportJson, TruncatedOzonJsonIsRejected)
{
    const ImportResult r = importFixture("ozon-truncated.json");
    EXPECT_EQ(r.status, ImportResult::Status::Rejected);
    EXPECT_GT(r.errorLine, 10);
    EXPECT_NE(
        r.error.find("ozon-truncated.json:" + std::to_string(r.errorLine) + ": not valid JSON"),
        std::string::npos)
        << r.error;
    EXPECT_TRUE(all().empty());
    EXPECT_TRUE(store->importBatches().empty());
}

TEST_F(ImportJson, WrongShapeIsRejected)
{
    const ImportResult r = importFixture("ozon-wrong-shape.json");
    EXPECT_EQ(r.status, ImportResult::Status::Rejected);
    EXPECT_NE(r.error.find("not an Ozon review list"), std::string::npos) << r.error;
    const ImportResult scalar = importText("[1, 2]");
    EXPECT_EQ(scalar.status, ImportResult::Status::Rejected);
    EXPECT_NE(scalar.error.find("memory.csv:1: review 1 of the list is not an object"),
              std::string::npos)
        << scalar.error;
    EXPECT_TRUE(all().empty());
}

TEST_F(ImportJson, AmazonJsonl)
{
    const ImportResult r = importFixture("amazon.jsonl");
    ASSERT_TRUE(r.ok()) << r.error;
    EXPECT_EQ(r.format, "amazon-jsonl");
    EXPECT_EQ(r.counts.added, 3);
    auto first = byExternalId("AUSER1|B00TEST001|1588687728923", Platform::Amazon);
    ASSERT_TRUE(first);
    EXPECT_EQ(first->rating, 5);
    EXPECT_EQ(first->title, "Works great");
    EXPECT_EQ(first->text, "Fits perfectly.\nWould buy again.");
    EXPECT_EQ(first->sku, "B00TEST001");
    EXPECT_EQ(first->customerId, "AUSER1");
    EXPECT_EQ(first->publishedAt, 1588687728923);
    EXPECT_EQ(first->language, Language::En);
    const auto extra = nlohmann::json::parse(first->extraJson);
    EXPECT_EQ(extra["parent_asin"], "B00TEST000");
    EXPECT_EQ(extra["verified_purchase"], true);
    EXPECT_EQ(extra["helpful_vote"], 2);
}

TEST_F(ImportJson, AmazonBadLinesAreSkipped)
{
    const ImportResult r = importFixture("amazon-bad-lines.jsonl");
    ASSERT_TRUE(r.ok()) << r.error;
    EXPECT_EQ(r.counts.added, 2);
    const auto reasons = skipped(r);
    ASSERT_EQ(reasons.size(), 4u);
    EXPECT_EQ(reasons[0].rfind("line 2: not valid JSON", 0), 0u) << reasons[0];
    EXPECT_EQ(reasons[1], "line 3: rating '9.0' is out of range (1-5 stars)");
    EXPECT_EQ(reasons[2],
              "line 4: cannot identify the review: user_id, asin and timestamp are needed");
    EXPECT_EQ(reasons[3].rfind("line 7: not valid JSON", 0), 0u) << reasons[3];
}

TEST_F(ImportJson, AmazonFileWhoseFirstLineIsBrokenIsRejected)
{
    ImportOptions o;
    o.format = "amazon-jsonl";
    const ImportResult forced = importFixture("amazon-not-jsonl.jsonl", o);
    EXPECT_EQ(forced.status, ImportResult::Status::Rejected);
    EXPECT_NE(forced.error.find("amazon-not-jsonl.jsonl:1: not an Amazon JSONL file"),
              std::string::npos)
        << forced.error;
    const ImportResult detected = importFixture("amazon-not-jsonl.jsonl");
    EXPECT_EQ(detected.status, ImportResult::Status::Rejected) << detected.error;
    EXPECT_TRUE(all().empty());
}

TEST_F(ImportJson, FormatCanBeForced)
{
    ImportOptions o;
    o.format = "csv";
    const ImportResult r = importFixture("amazon.jsonl", o);
    // Read as CSV, a JSON line has no recognisable header: rejected, not misread.
    EXPECT_EQ(r.status, ImportResult::Status::Rejected);
    EXPECT_EQ(r.format, "csv");
}
