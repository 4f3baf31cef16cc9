// The bad-input catalogue (docs/formats.md, "Bad input"): every kind of broken file a seller
// may be handed, each with its documented outcome, a message naming the file, line and reason,
// and the store either unchanged or changed exactly as documented. Small inputs live in
// tests/data/bad/; the big ones (a 10 MB field, 100,000 columns) are generated here.
#include "ImportFixture.h"

#include "import/DateParser.h"

#include <QFileInfo>

using namespace rd;
using rd::test::ImportFixture;
using rd::test::skipped;

namespace {

class BadInputCatalogue : public ImportFixture
{
public:
    void SetUp() override
    {
        ImportFixture::SetUp();
        // Reviews already stored, which no bad input may disturb.
        const ImportResult base = importFixture("export-v1.csv");
        ASSERT_TRUE(base.ok()) << base.error;
        before = snapshot();
        reviewsBefore = store->count(ReviewFilter{});
        batchesBefore = store->importBatches().size();
    }

    ImportResult importBad(const std::string& name, const ImportOptions& options = {})
    {
        return Importer::importFile(*store, test::fixture("bad/" + name), options);
    }

    // "<absolute path>:<line>: " as the importer prefixes its messages.
    static std::string where(const std::string& name, int line)
    {
        const std::string path = QFileInfo(QString::fromStdString(test::fixture("bad/" + name)))
                                     .absoluteFilePath()
                                     .toStdString();
        return path + (line > 0 ? ":" + std::to_string(line) : std::string()) + ": ";
    }

    // A refused file: the status, the message from its start, and a store exactly as before
    // (no review, revision or import batch from it).
    void expectRefused(const ImportResult& r, ImportResult::Status status,
                       const std::string& messageStart, std::int64_t line)
    {
        EXPECT_EQ(r.status, status) << r.error;
        EXPECT_EQ(r.error.substr(0, messageStart.size()), messageStart) << r.error;
        EXPECT_EQ(r.errorLine, line);
        EXPECT_EQ(snapshot(), before);
    }

    // An accepted file: exactly `added` new reviews and one new batch, the rest as before.
    void expectAdded(const ImportResult& r, std::int64_t added)
    {
        ASSERT_TRUE(r.ok()) << r.error;
        EXPECT_EQ(r.counts.added, added);
        EXPECT_EQ(store->count(ReviewFilter{}), reviewsBefore + added);
        EXPECT_EQ(store->importBatches().size(), batchesBefore + 1);
        EXPECT_EQ(snapshot().substr(0, before.rfind("batch ")),
                  before.substr(0, before.rfind("batch ")))
            << "a review stored before was changed";
    }

    std::string before;
    std::int64_t reviewsBefore = 0;
    std::size_t batchesBefore = 0;
};

} // namespace

TEST_F(BadInputCatalogue, EmptyFileIsRejected)
{
    expectRefused(importBad("empty.csv"), ImportResult::Status::Rejected,
                  where("empty.csv", 0) + "the file is empty", 0);
}

TEST_F(BadInputCatalogue, HeaderOnlyImportsNothingButRecordsTheBatch)
{
    const ImportResult r = importBad("header-only.csv");
    expectAdded(r, 0);
    EXPECT_EQ(r.counts.read, 0);
    EXPECT_EQ(r.counts.skipped, 0);
}

TEST_F(BadInputCatalogue, UnterminatedQuoteRejectsTheWholeFile)
{
    // Row 2 is fine, but nothing of the file is stored: the file is taken whole or not at all.
    expectRefused(importBad("unterminated-quote.csv"), ImportResult::Status::Rejected,
                  where("unterminated-quote.csv", 3) +
                      "unterminated quoted field: the quote opened on line 3 is never closed",
                  3);
}

TEST_F(BadInputCatalogue, MixedLineEndingsAreReadAndLinesCountedPhysically)
{
    const ImportResult r = importBad("mixed-line-endings.csv");
    expectAdded(r, 5);
    EXPECT_EQ(skipped(r),
              std::vector<std::string>{"line 7: rating '9' is out of range (1-5 stars)"});
    EXPECT_EQ(byExternalId("m3")->text, "cr line with a quoted\nbreak");
    EXPECT_EQ(byExternalId("m4")->text, "after a crlf");
    EXPECT_EQ(byExternalId("m6")->text, "last line without an end");
    EXPECT_EQ(byExternalId("m6")->rating, 5);
}

TEST_F(BadInputCatalogue, InvalidUtf8IsRejectedAtItsLineNotReadAsAnotherEncoding)
{
    // Mostly valid UTF-8 with two bad bytes: recognised as damaged UTF-8 (not as mojibake
    // Windows-1251 or GB18030) and refused at the line of the first bad byte.
    const ImportResult r = importBad("invalid-utf8.csv");
    expectRefused(r, ImportResult::Status::Rejected,
                  where("invalid-utf8.csv", 3) + "not valid UTF-8: ", 3);
    EXPECT_NE(r.error.find("byte offset"), std::string::npos) << r.error;
    EXPECT_NE(r.error.find("--encoding"), std::string::npos) << r.error;
}

TEST_F(BadInputCatalogue, WrongDeclaredEncodingIsRejected)
{
    // GBK bytes declared as UTF-8.
    ImportOptions utf8;
    utf8.encoding = "utf-8";
    expectRefused(importBad("declared-utf8-is-gbk.csv", utf8), ImportResult::Status::Rejected,
                  where("declared-utf8-is-gbk.csv", 2) + "not valid UTF-8: ", 2);

    // UTF-8 text declared as Windows-1251 or GBK would read without an error, as mojibake.
    for (const char* legacy : {"windows-1251", "gbk"}) {
        ImportOptions declared;
        declared.encoding = legacy;
        expectRefused(importBad("invalid-utf8.csv", declared), ImportResult::Status::Rejected,
                      where("invalid-utf8.csv", 2) + "the file is UTF-8 text, not ", 2);
    }
    const std::string utf8Text = "id,rating,text\nq1,1,Курьер опоздал\n";
    ImportOptions cp1251;
    cp1251.encoding = "cp1251";
    const ImportResult r = importText(utf8Text, cp1251);
    EXPECT_EQ(r.status, ImportResult::Status::Rejected);
    EXPECT_EQ(r.error, "memory.csv:2: the file is UTF-8 text, not windows-1251 as declared; give "
                       "--encoding utf-8 or leave the encoding out");
    EXPECT_EQ(snapshot(), before);
}

TEST_F(BadInputCatalogue, TenMegabyteFieldIsStoredWhole)
{
    std::string huge(10 * 1024 * 1024, 'x');
    for (std::size_t i = 0; i < huge.size(); i += 100) {
        huge[i] = ' ';
    }
    const std::string text = "id,rating,text\nbig,1,\"" + huge + "\"\nsmall,5,fine\n";
    const ImportResult r = importText(text);
    expectAdded(r, 2);
    const auto big = byExternalId("big");
    ASSERT_TRUE(big);
    // Trimmed like every text field; otherwise byte for byte.
    EXPECT_EQ(big->text.size(), huge.size() - 1);
    EXPECT_EQ(big->text, huge.substr(1));
    EXPECT_EQ(byExternalId("small")->text, "fine");
}

TEST_F(BadInputCatalogue, HundredThousandColumnsAreKeptAsExtraFields)
{
    constexpr int kColumns = 100000;
    std::string header = "id,rating,text";
    std::string row = "wide,2,many columns";
    for (int c = 4; c <= kColumns; ++c) {
        header += ",col" + std::to_string(c);
        row += "," + std::to_string(c);
    }
    const ImportResult r = importText(header + "\n" + row + "\n");
    expectAdded(r, 1);
    const auto wide = byExternalId("wide");
    ASSERT_TRUE(wide);
    EXPECT_EQ(wide->text, "many columns");
    EXPECT_EQ(wide->rating, 2);
    // Nothing in the file is lost: the unrecognised columns are the review's extra fields.
    EXPECT_NE(wide->extraJson.find("\"col4\":\"4\""), std::string::npos);
    EXPECT_NE(wide->extraJson.find("\"col100000\":\"100000\""), std::string::npos);
}

TEST_F(BadInputCatalogue, DuplicateIdsKeepTheFirstRow)
{
    const ImportResult r = importBad("duplicate-ids.csv");
    expectAdded(r, 3);
    EXPECT_EQ(r.counts.read, 5);
    EXPECT_EQ(skipped(r), (std::vector<std::string>{
                              "line 4: duplicate of line 2 (same id 'd1')",
                              "line 6: duplicate of line 3 (same id 'd2')",
                          }));
    EXPECT_EQ(byExternalId("d1")->text, "first copy");
    EXPECT_EQ(byExternalId("d1")->rating, 1);
    EXPECT_TRUE(store->revisions(*store->findId(Platform::Other, "d1")).empty());
}

TEST_F(BadInputCatalogue, RatingsOutOfRangeOrWordsSkipTheirRows)
{
    const ImportResult r = importBad("ratings.csv");
    expectAdded(r, 2);
    EXPECT_EQ(skipped(r), (std::vector<std::string>{
                              "line 2: rating '0' is out of range (1-5 stars)",
                              "line 3: rating '6' is out of range (1-5 stars)",
                              "line 4: unrecognised rating 'five'",
                          }));
    EXPECT_EQ(byExternalId("r4")->rating, 5);
    EXPECT_EQ(byExternalId("r5")->rating, 1);
    EXPECT_FALSE(byExternalId("r1"));
}

TEST_F(BadInputCatalogue, FutureDatesSkipTheRowAnd1970IsADate)
{
    const ImportResult r = importBad("dates.csv");
    expectAdded(r, 3);
    EXPECT_EQ(skipped(r),
              std::vector<std::string>{"line 2: date 2099-01-01T00:00:00Z is in the future"});
    EXPECT_EQ(byExternalId("t2")->publishedAt, Timestamp(0));
    EXPECT_EQ(byExternalId("t3")->publishedAt, Timestamp(1000));
    EXPECT_EQ(byExternalId("t4")->publishedAt, DateParser::fromCivil(2024, 3, 5));
}

TEST_F(BadInputCatalogue, FutureDatesInJsonFormatsToo)
{
    const std::string ozon = R"([{"id": "f1", "rating": 1, "text": "late", "published_at":
                                   "2099-05-01T00:00:00Z"},
                                  {"id": "f2", "rating": 2, "text": "ok", "published_at":
                                   "2024-05-01T00:00:00Z"}])";
    ImportOptions o;
    o.format = "ozon-json";
    const ImportResult r = Importer::importData(*store, ozon, "future.json", o);
    expectAdded(r, 1);
    EXPECT_EQ(skipped(r),
              std::vector<std::string>{"line 1: date 2099-05-01T00:00:00Z is in the future"});
}

TEST_F(BadInputCatalogue, TruncatedJsonIsRejectedAtTheCut)
{
    const ImportResult r = importBad("truncated.json");
    expectRefused(r, ImportResult::Status::Rejected,
                  where("truncated.json", 4) + "not valid JSON (", 4);
    EXPECT_NE(r.error.find("missing closing quote"), std::string::npos) << r.error;
}

TEST_F(BadInputCatalogue, JsonOfTheWrongShapeIsRejected)
{
    expectRefused(importBad("wrong-shape.json"), ImportResult::Status::Rejected,
                  where("wrong-shape.json", 1) + "not an Ozon review list: expected", 1);
    expectRefused(importBad("wrong-element.json"), ImportResult::Status::Rejected,
                  where("wrong-element.json", 3) + "", 3);
}

TEST_F(BadInputCatalogue, JsonlWithOneBadLineSkipsOnlyThatLine)
{
    const ImportResult r = importBad("one-bad-line.jsonl");
    expectAdded(r, 3);
    ASSERT_EQ(r.counts.skipped, 1);
    EXPECT_EQ(r.counts.skippedRows[0].line, 3);
    EXPECT_EQ(r.counts.skippedRows[0].reason.substr(0, 16), "not valid JSON (");
    EXPECT_TRUE(byExternalId("U3|B02|1588687900000", Platform::Amazon));
}
