// Importing CSV files: encodings, RFC 4180 details, header names, mapping files, ratings.
#include "ImportFixture.h"

#include "import/DateParser.h"

using namespace rd;
using rd::test::ImportFixture;
using rd::test::skipped;

namespace {

class ImportCsv : public ImportFixture
{
};

void expectZhRows(ImportFixture& f, const ImportResult& r, const std::string& encoding)
{
    ASSERT_TRUE(r.ok()) << r.error;
    EXPECT_EQ(r.encoding, encoding);
    EXPECT_EQ(r.counts.read, 4);
    EXPECT_EQ(r.counts.added, 4);
    auto rows = f.all();
    ASSERT_EQ(rows.size(), 4u);
    const Review& first = rows[0].review;
    EXPECT_EQ(first.text, "快递太慢了，等了一个星期才到，包装也破了。");
    EXPECT_EQ(first.rating, 1);
    EXPECT_EQ(first.orderId, "TB1001");
    EXPECT_EQ(first.product, "保温杯");
    EXPECT_EQ(first.shop, "旗舰店");
    EXPECT_EQ(first.customerName, "小王");
    EXPECT_EQ(first.language, Language::Zh);
    EXPECT_EQ(first.publishedAt, DateParser::fromCivil(2024, 3, 5, 14, 30));
    EXPECT_EQ(rows[3].review.publishedAt, DateParser::fromCivil(2024, 3, 8, 20, 5));
}

} // namespace

TEST_F(ImportCsv, GbkIsDetectedAndConverted)
{
    expectZhRows(*this, importFixture("zh-gbk.csv"), "gb18030");
}

TEST_F(ImportCsv, Gb18030IsDetectedAndConverted)
{
    expectZhRows(*this, importFixture("zh-gb18030.csv"), "gb18030");
}

TEST_F(ImportCsv, Windows1251WithSemicolonsAndRussianHeaders)
{
    const ImportResult r = importFixture("ru-cp1251.csv");
    ASSERT_TRUE(r.ok()) << r.error;
    EXPECT_EQ(r.encoding, "windows-1251");
    EXPECT_EQ(r.delimiter, ';');
    EXPECT_EQ(r.counts.added, 4);
    auto rows = all();
    ASSERT_EQ(rows.size(), 4u);
    EXPECT_EQ(rows[2].review.text,
              "Крышка протекает, пришлось вернуть. Ёмкость меньше заявленной.");
    EXPECT_EQ(rows[2].review.customerName, "Олег");
    EXPECT_EQ(rows[2].review.orderId, "0154-3");
    EXPECT_EQ(rows[2].review.language, Language::Ru);
    EXPECT_EQ(rows[0].review.publishedAt, DateParser::fromCivil(2024, 3, 5));
    EXPECT_EQ(rows[3].review.publishedAt, DateParser::fromCivil(2024, 3, 8));
}

TEST_F(ImportCsv, Utf16BothEndiansWithAndWithoutBom)
{
    for (const char* name : {"en-utf16le.csv", "en-utf16be.csv", "en-utf16le-nobom.csv"}) {
        test::TempDir d;
        auto s = ReviewStore::openSqlite(d.file("r.sqlite"));
        const ImportResult r =
            Importer::importFile(*s, test::fixture(std::string("import/") + name), {});
        ASSERT_TRUE(r.ok()) << name << ": " << r.error;
        EXPECT_EQ(r.encoding,
                  std::string(name).find("be") != std::string::npos ? "utf-16be" : "utf-16le");
        EXPECT_EQ(r.delimiter, '\t');
        EXPECT_EQ(r.counts.added, 3) << name;
        auto r2 = s->review(*s->findId(Platform::Other, "R2"));
        ASSERT_TRUE(r2);
        EXPECT_EQ(r2->rating, 1);
        EXPECT_EQ(r2->title, "Leaks");
        EXPECT_EQ(r2->text, "The lid leaks, and support never answered.");
        EXPECT_EQ(r2->publishedAt, DateParser::fromCivil(2024, 3, 6, 5, 0));
        EXPECT_EQ(s->review(*s->findId(Platform::Other, "R3"))->rating, 3);
    }
}

TEST_F(ImportCsv, Utf8BomIsNotPartOfTheFirstHeader)
{
    const ImportResult r = importFixture("ru-utf8-bom.csv");
    ASSERT_TRUE(r.ok()) << r.error;
    EXPECT_EQ(r.encoding, "utf-8");
    EXPECT_EQ(all().at(0).review.text, "Доставка задержалась на неделю, коробка помята.");
}

TEST_F(ImportCsv, ForcedEncodingThatDoesNotFitIsRejected)
{
    ImportOptions o;
    o.encoding = "utf-8";
    const ImportResult r = importFixture("zh-gbk.csv", o);
    EXPECT_EQ(r.status, ImportResult::Status::Rejected);
    EXPECT_EQ(r.errorLine, 1);
    EXPECT_NE(r.error.find("zh-gbk.csv:1: not valid UTF-8"), std::string::npos) << r.error;
    o.encoding = "gbk";
    const ImportResult bad = importFixture("zh-gbk-invalid.csv", o);
    EXPECT_EQ(bad.status, ImportResult::Status::Rejected);
    EXPECT_EQ(bad.errorLine, 3);
    EXPECT_NE(bad.error.find("not valid gb18030: invalid byte sequence at byte offset 23"),
              std::string::npos)
        << bad.error;
    EXPECT_TRUE(all().empty());
    EXPECT_TRUE(store->importBatches().empty());
}

TEST_F(ImportCsv, ForcedEncodingOverridesDetection)
{
    ImportOptions o;
    o.encoding = "windows-1251"; // GBK bytes read as Cyrillic: valid, if nonsense
    const ImportResult misread = importFixture("zh-gbk.csv", o);
    EXPECT_EQ(misread.status, ImportResult::Status::Rejected) << "the header is not recognised";
    ColumnMapping m;
    m.columns = {ImportField::Text, ImportField::Rating};
    o.mapping = m;
    const ImportResult r = importFixture("zh-gbk.csv", o);
    ASSERT_TRUE(r.ok()) << r.error;
    EXPECT_EQ(r.encoding, "windows-1251");
    EXPECT_EQ(all().at(0).review.text.rfind("їм", 0), 0u) // GBK "快" read as Cyrillic
        << all().at(0).review.text;
}

TEST_F(ImportCsv, InvalidUtf8BeyondTheDetectionSampleIsRejectedWithItsLine)
{
    std::string text = "id,text\n";
    for (int i = 0; i < 20000; ++i) {
        text += std::to_string(i) + ",Всё хорошо, спасибо\n";
    }
    text += "bad,\xFF\xFE broken\n";
    const ImportResult r = importText(text);
    EXPECT_EQ(r.status, ImportResult::Status::Rejected);
    EXPECT_EQ(r.errorLine, 20002);
    EXPECT_NE(r.error.find("memory.csv:20002: not valid UTF-8"), std::string::npos) << r.error;
}

TEST_F(ImportCsv, QuotedNewlinesDoubledQuotesBomAndMixedLineEnds)
{
    const ImportResult r = importFixture("quoted.csv");
    ASSERT_TRUE(r.ok()) << r.error;
    EXPECT_EQ(r.counts.added, 5);
    EXPECT_EQ(byExternalId("q1")->text, "Line one\nline two, with comma");
    EXPECT_EQ(byExternalId("q2")->text, "She said \"great\" twice");
    EXPECT_EQ(byExternalId("q3")->text, "multi\nline\n\ntext");
    EXPECT_EQ(byExternalId("q4")->text, "plain text here");
    EXPECT_EQ(byExternalId("q5")->text, "ends \"quoted\"");
    EXPECT_EQ(byExternalId("q5")->publishedAt, DateParser::fromCivil(2024, 1, 6));
}

TEST_F(ImportCsv, UnterminatedQuoteRejectsTheWholeFile)
{
    const ImportResult r = importFixture("unterminated.csv");
    EXPECT_EQ(r.status, ImportResult::Status::Rejected);
    EXPECT_EQ(r.errorLine, 3);
    EXPECT_NE(r.error.find("unterminated.csv:3: unterminated quoted field"), std::string::npos)
        << r.error;
    EXPECT_TRUE(all().empty()) << "the row before the bad quote must not be stored";
    EXPECT_TRUE(store->importBatches().empty());
}

TEST_F(ImportCsv, FileWithoutTextOrRatingColumnIsRejected)
{
    const ImportResult r = importFixture("no-text-column.csv");
    EXPECT_EQ(r.status, ImportResult::Status::Rejected);
    EXPECT_NE(r.error.find("no-text-column.csv:1: no column holds review text or a rating"),
              std::string::npos)
        << r.error;
    EXPECT_NE(r.error.find("--mapping"), std::string::npos);
}

TEST_F(ImportCsv, EmptyFileIsRejected)
{
    const ImportResult r = importText("");
    EXPECT_EQ(r.status, ImportResult::Status::Rejected);
    EXPECT_NE(r.error.find("empty"), std::string::npos);
}

TEST_F(ImportCsv, HeaderOnlyFileImportsNothing)
{
    const ImportResult r = importText("text,rating\r\n");
    ASSERT_TRUE(r.ok()) << r.error;
    EXPECT_EQ(r.counts.read, 0);
    EXPECT_EQ(store->importBatches().size(), 1u);
}

TEST_F(ImportCsv, BadRowsAreSkippedWithLineAndReason)
{
    const ImportResult r = importFixture("bad-rows.csv");
    ASSERT_TRUE(r.ok()) << r.error;
    EXPECT_EQ(r.counts.read, 8);
    EXPECT_EQ(r.counts.added, 2);
    EXPECT_EQ(r.counts.skipped, 6);
    EXPECT_EQ(skipped(r), (std::vector<std::string>{
                              "line 3: neither text nor rating",
                              "line 4: rating '0' is out of range (1-5 stars)",
                              "line 5: rating '6' is out of range (1-5 stars)",
                              "line 6: unrecognised rating 'five'",
                              "line 7: unparseable date '2024-13-45'",
                              "line 8: the record has 6 fields where the header has 4 (a"
                              " delimiter or quote inside an unquoted field?)",
                          }));
    // The batch history keeps the reasons too.
    const auto batches = store->importBatches();
    ASSERT_EQ(batches.size(), 1u);
    EXPECT_EQ(batches[0].counts.skipped, 6);
    ASSERT_EQ(batches[0].counts.skippedRows.size(), 6u);
    EXPECT_EQ(batches[0].counts.skippedRows[5].line, 8);
}

TEST_F(ImportCsv, PolarityColumnsAndWords)
{
    const ImportResult r = importFixture("polarity.csv");
    ASSERT_TRUE(r.ok()) << r.error;
    EXPECT_EQ(r.counts.added, 13);
    EXPECT_EQ(skipped(r), (std::vector<std::string>{"line 15: unknown polarity 'maybe'"}));
    const std::pair<const char*, Polarity> expected[] = {
        {"p1", Polarity::Positive},  {"p2", Polarity::Neutral},   {"p3", Polarity::Negative},
        {"p4", Polarity::Positive},  {"p5", Polarity::Neutral},   {"p6", Polarity::Negative},
        {"p7", Polarity::Positive},  {"p8", Polarity::Neutral},   {"p9", Polarity::Negative},
        {"p10", Polarity::Positive}, {"p11", Polarity::Negative}, {"p12", Polarity::Positive},
        {"p13", Polarity::Negative},
    };
    for (const auto& [id, polarity] : expected) {
        auto rev = byExternalId(id);
        ASSERT_TRUE(rev) << id;
        EXPECT_EQ(rev->polarity, polarity) << id;
        EXPECT_FALSE(rev->rating.has_value()) << id;
    }
}

TEST_F(ImportCsv, TextWithoutRatingIsStoredUnrated)
{
    const ImportResult r = importFixture("unrated.csv");
    ASSERT_TRUE(r.ok()) << r.error;
    EXPECT_EQ(r.counts.added, 3);
    EXPECT_EQ(r.counts.skipped, 0);
    const auto rows = all();
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_FALSE(rows[0].review.rating.has_value());
    EXPECT_EQ(rows[0].review.polarity, Polarity::Unknown);
    EXPECT_EQ(rows[2].review.rating, 5);
    EXPECT_EQ(store->stats().unrated, 2);
}

TEST_F(ImportCsv, MappingFileForUnknownHeaders)
{
    ImportOptions o;
    o.mappingFile = test::fixture("import/custom-mapping.json");
    const ImportResult r = importFixture("custom-headers.csv", o);
    ASSERT_TRUE(r.ok()) << r.error;
    EXPECT_EQ(r.delimiter, '|');
    EXPECT_EQ(r.counts.added, 2);
    const auto rows = all();
    ASSERT_EQ(rows.size(), 2u);
    const Review& b = rows[1].review;
    EXPECT_EQ(b.platform, Platform::Amazon);
    EXPECT_EQ(b.shop, "DE store");
    EXPECT_EQ(b.customerName, "Boris");
    EXPECT_EQ(b.rating, 2);
    EXPECT_EQ(b.text, "Zu klein");
    EXPECT_EQ(b.orderId, "A-2");
    EXPECT_EQ(b.publishedAt, DateParser::fromCivil(2024, 2, 15));
    EXPECT_EQ(rows[0].review.publishedAt, DateParser::fromCivil(2024, 2, 1));
}

TEST_F(ImportCsv, MappingFileForAHeaderlessFile)
{
    ImportOptions o;
    o.mappingFile = test::fixture("import/headerless-mapping.json");
    const ImportResult r = importFixture("headerless.csv", o);
    ASSERT_TRUE(r.ok()) << r.error;
    EXPECT_EQ(r.counts.added, 2);
    EXPECT_EQ(byExternalId("X-1")->rating, 4);
    EXPECT_EQ(byExternalId("X-2")->text, "Всё плохо");
}

TEST_F(ImportCsv, BadMappingFilesAreRejectedNamingTheMappingFile)
{
    ImportOptions o;
    o.mappingFile = test::fixture("import/bad-mapping.json");
    ImportResult r = importFixture("custom-headers.csv", o);
    EXPECT_EQ(r.status, ImportResult::Status::Rejected);
    EXPECT_NE(r.error.find("bad-mapping.json:4: column \"Sterne\": unknown field \"stars\""),
              std::string::npos)
        << r.error;
    o.mappingFile = test::fixture("import/truncated-mapping.json");
    r = importFixture("custom-headers.csv", o);
    EXPECT_EQ(r.status, ImportResult::Status::Rejected);
    EXPECT_NE(r.error.find("truncated-mapping.json:4: not valid JSON"), std::string::npos)
        << r.error;
    o.mappingFile = test::fixture("import/custom-mapping.json");
    r = importFixture("ru-cp1251.csv", o);
    EXPECT_EQ(r.status, ImportResult::Status::Rejected);
    EXPECT_NE(r.error.find("custom-mapping.json: the mapping names column \""), std::string::npos)
        << r.error;
    EXPECT_NE(r.error.find("which the file does not have"), std::string::npos) << r.error;
    EXPECT_TRUE(all().empty());
}

TEST_F(ImportCsv, GivenMappingTakesPrecedence)
{
    ImportOptions o;
    ColumnMapping m;
    m.columns = {ImportField::ExternalId, ImportField::Ignore, ImportField::Text};
    o.mapping = m;
    const ImportResult r = importText("a,b,c\nid1,5,hello\n", o);
    ASSERT_TRUE(r.ok()) << r.error;
    auto rev = byExternalId("id1");
    ASSERT_TRUE(rev);
    EXPECT_EQ(rev->text, "hello");
    EXPECT_FALSE(rev->rating.has_value());
    EXPECT_EQ(rev->extraJson, "{}");
}

TEST_F(ImportCsv, UnrecognisedColumnsAreKeptAsExtra)
{
    const ImportResult r =
        importText("id,text,source_row,colour\nx,nice,17,\"red, \"\"dark\"\"\"\n");
    ASSERT_TRUE(r.ok()) << r.error;
    EXPECT_EQ(byExternalId("x")->extraJson, R"({"source_row":"17","colour":"red, \"dark\""})");
}

TEST_F(ImportCsv, PlatformAndShopFromColumnsOrOptions)
{
    ImportOptions o;
    o.platform = Platform::Wildberries;
    o.shop = "Default shop";
    const ImportResult r =
        importText("id,platform,shop,text\n1,Озон,,a\n2,淘宝,S2,b\n3,,,c\n4,Lamoda,,d\n", o);
    ASSERT_TRUE(r.ok()) << r.error;
    EXPECT_EQ(byExternalId("1", Platform::Ozon)->shop, "Default shop");
    EXPECT_EQ(byExternalId("2", Platform::Taobao)->shop, "S2");
    EXPECT_TRUE(byExternalId("3", Platform::Wildberries));
    auto other = byExternalId("4", Platform::Other);
    ASSERT_TRUE(other);
    EXPECT_EQ(other->extraJson, R"({"platform":"Lamoda"})");
}
