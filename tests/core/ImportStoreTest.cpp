// Import and the store together: identity, dedupe, revisions, all-or-nothing, cancel, preview.
#include "ImportFixture.h"

#include "import/DateParser.h"

#include <random>

using namespace rd;
using rd::test::ImportFixture;
using rd::test::skipped;

namespace {

class ImportStore : public ImportFixture
{
};

std::string bigCsv(int rows)
{
    std::string text = "id,rating,text\n";
    for (int i = 0; i < rows; ++i) {
        text += "r" + std::to_string(i) + "," + std::to_string(i % 5 + 1) + ",Review number " +
                std::to_string(i) + "\n";
    }
    return text;
}

} // namespace

TEST_F(ImportStore, DuplicateIdsInOneFileKeepTheFirst)
{
    const ImportResult r = importFixture("duplicates.csv");
    ASSERT_TRUE(r.ok()) << r.error;
    EXPECT_EQ(r.counts.read, 4);
    EXPECT_EQ(r.counts.added, 3);
    EXPECT_EQ(skipped(r), (std::vector<std::string>{"line 4: duplicate of line 2 (same id 'd1')"}));
    EXPECT_EQ(byExternalId("d1")->text, "first");
    EXPECT_EQ(byExternalId("d1")->rating, 5);
}

TEST_F(ImportStore, ImportingTheSameFileTwiceChangesNothing)
{
    for (const char* name : {"export-v1.csv", "zh-gbk.csv", "ozon-list.json", "amazon.jsonl",
                             "noid-v1.csv", "unrated.csv", "polarity.csv"}) {
        ASSERT_TRUE(importFixture(name).ok()) << name;
    }
    const std::string before = snapshot();
    for (const char* name : {"export-v1.csv", "zh-gbk.csv", "ozon-list.json", "amazon.jsonl",
                             "noid-v1.csv", "unrated.csv", "polarity.csv"}) {
        const ImportResult again = importFixture(name);
        ASSERT_TRUE(again.ok()) << name;
        EXPECT_EQ(again.counts.added, 0) << name;
        EXPECT_EQ(again.counts.updated, 0) << name;
        EXPECT_EQ(again.counts.revised, 0) << name;
        EXPECT_EQ(again.counts.unchanged, again.counts.read - again.counts.skipped) << name;
    }
    // Only the new batch rows differ.
    const std::string after = snapshot();
    EXPECT_EQ(after.substr(0, after.find("batch ")), before.substr(0, before.find("batch ")));
    EXPECT_EQ(store->stats().revisions, 0);
}

TEST_F(ImportStore, NewerExportRecordsRevisions)
{
    ASSERT_TRUE(importFixture("export-v1.csv").ok());
    const ImportResult r = importFixture("export-v2.csv");
    ASSERT_TRUE(r.ok()) << r.error;
    EXPECT_EQ(r.counts.read, 4);
    EXPECT_EQ(r.counts.added, 1);     // e4
    EXPECT_EQ(r.counts.revised, 1);   // e1: 1 -> 4 stars, new text
    EXPECT_EQ(r.counts.updated, 1);   // e3: other shop
    EXPECT_EQ(r.counts.unchanged, 1); // e2
    auto e1 = byExternalId("e1");
    ASSERT_TRUE(e1);
    EXPECT_EQ(e1->rating, 4);
    EXPECT_EQ(e1->polarity, Polarity::Positive);
    const auto revs = store->revisions(e1->id);
    ASSERT_EQ(revs.size(), 1u);
    EXPECT_EQ(revs[0].oldRating, 1);
    EXPECT_EQ(revs[0].newRating, 4);
    EXPECT_EQ(revs[0].oldText, "Broken on arrival, very disappointed");
    EXPECT_EQ(revs[0].batchId, r.batchId);
    EXPECT_EQ(byExternalId("e3")->shop, "Second");
}

TEST_F(ImportStore, FilesWithoutIdsKeepTheirIdentityAcrossExports)
{
    ASSERT_TRUE(importFixture("noid-v1.csv").ok());
    const ImportResult r = importFixture("noid-v2.csv");
    ASSERT_TRUE(r.ok()) << r.error;
    EXPECT_EQ(r.counts.added, 1);   // Мария
    EXPECT_EQ(r.counts.revised, 1); // Ирина changed 1 -> 4 stars and her text
    EXPECT_EQ(r.counts.unchanged, 1);
    EXPECT_EQ(store->stats().reviews, 3);
    const auto rows = all();
    EXPECT_EQ(rows[0].review.externalId.rfind("k1:", 0), 0u);
    EXPECT_EQ(rows[0].review.externalId.size(), 35u);
    EXPECT_EQ(rows[0].review.rating, 4);
}

TEST_F(ImportStore, RejectedFileLeavesTheStoreExactlyAsBefore)
{
    ASSERT_TRUE(importFixture("export-v1.csv").ok());
    const std::string before = snapshot();
    // The first rows would revise e1 and add reviews before the bad quote is reached.
    std::string text = "id,rating,text\ne1,5,changed text\nn1,4,new\nn2,3,\"never closed\n";
    const ImportResult r = importText(text);
    EXPECT_EQ(r.status, ImportResult::Status::Rejected);
    EXPECT_EQ(r.errorLine, 4);
    EXPECT_EQ(snapshot(), before);
    EXPECT_EQ(store->importBatches().size(), 1u);
    EXPECT_EQ(store->integrityCheck(), "ok");
}

TEST_F(ImportStore, CancelLeavesTheStoreExactlyAsBefore)
{
    ASSERT_TRUE(importFixture("export-v1.csv").ok());
    const std::string before = snapshot();
    std::int64_t calls = 0;
    std::int64_t lastRecords = 0;
    const ImportResult r = importText(bigCsv(5000), {}, [&](const ImportProgress& p) {
        ++calls;
        EXPECT_GE(p.records, lastRecords);
        EXPECT_LE(p.bytesDone, p.bytesTotal);
        lastRecords = p.records;
        return p.records < 3000;
    });
    EXPECT_EQ(r.status, ImportResult::Status::Cancelled);
    EXPECT_GE(calls, 3);
    EXPECT_GE(r.counts.read, 3000);
    EXPECT_LT(r.counts.read, 5000);
    EXPECT_EQ(snapshot(), before);
    EXPECT_EQ(store->importBatches().size(), 1u);
}

TEST_F(ImportStore, CancelAtTheVeryEndStillStoresNothing)
{
    const ImportResult r = importText(
        bigCsv(10), {}, [](const ImportProgress& p) { return p.bytesDone < p.bytesTotal; });
    EXPECT_EQ(r.status, ImportResult::Status::Cancelled);
    EXPECT_TRUE(all().empty());
    EXPECT_TRUE(store->importBatches().empty());
}

TEST_F(ImportStore, ProgressReachesTheEnd)
{
    ImportProgress last;
    const ImportResult r = importText(bigCsv(2500), {}, [&](const ImportProgress& p) {
        last = p;
        return true;
    });
    ASSERT_TRUE(r.ok()) << r.error;
    EXPECT_EQ(last.bytesDone, last.bytesTotal);
    EXPECT_EQ(last.records, 2500);
    EXPECT_EQ(store->stats().reviews, 2500);
    const auto batches = store->importBatches();
    ASSERT_EQ(batches.size(), 1u);
    EXPECT_EQ(batches[0].id, r.batchId);
    EXPECT_EQ(batches[0].info.format, "csv");
    EXPECT_EQ(batches[0].info.encoding, "utf-8");
    EXPECT_EQ(batches[0].counts.added, 2500);
}

TEST_F(ImportStore, MissingFileFails)
{
    const ImportResult r = Importer::importFile(*store, dir.file("nope.csv"), {});
    EXPECT_EQ(r.status, ImportResult::Status::Failed);
    EXPECT_NE(r.error.find("nope.csv"), std::string::npos);
}

TEST_F(ImportStore, PreviewShowsHowTheFileWillBeRead)
{
    const ImportPreview p = Importer::preview(test::fixture("import/bad-rows.csv"), {}, 5);
    ASSERT_TRUE(p.ok) << p.error;
    EXPECT_EQ(p.format, "csv");
    EXPECT_EQ(p.encoding, "utf-8");
    EXPECT_EQ(p.delimiter, ',');
    EXPECT_EQ(p.headers, (std::vector<std::string>{"id", "rating", "text", "date"}));
    EXPECT_EQ(p.mapping.columns,
              (std::vector<ImportField>{ImportField::ExternalId, ImportField::Rating,
                                        ImportField::Text, ImportField::PublishedAt}));
    ASSERT_EQ(p.rows.size(), 5u);
    EXPECT_EQ(p.rows[0], (std::vector<std::string>{"b1", "5", "Good product", "2024-02-01"}));
    EXPECT_EQ(p.rowLines[4], 6);
    ASSERT_EQ(p.problems.size(), 4u);
    EXPECT_EQ(p.problems[0].line, 3);
    EXPECT_EQ(p.problems[0].reason, "neither text nor rating");
    EXPECT_TRUE(all().empty()) << "a preview stores nothing";
}

TEST_F(ImportStore, PreviewThenImportWithAnEditedMapping)
{
    ImportPreview p = Importer::preview(test::fixture("import/custom-headers.csv"), {});
    EXPECT_FALSE(p.ok);
    EXPECT_NE(p.error.find("no column holds review text"), std::string::npos);

    ImportOptions o;
    o.delimiter = '|';
    ColumnMapping m;
    m.columns = {ImportField::CustomerName, ImportField::Rating, ImportField::Text,
                 ImportField::OrderId, ImportField::PublishedAt};
    m.dateFormat = "%d/%m/%Y";
    o.mapping = m;
    p = Importer::preview(test::fixture("import/custom-headers.csv"), o);
    ASSERT_TRUE(p.ok) << p.error;
    EXPECT_EQ(p.headers.at(0), "Kundenname");
    EXPECT_TRUE(p.problems.empty());
    const ImportResult r = importFixture("custom-headers.csv", o);
    ASSERT_TRUE(r.ok()) << r.error;
    EXPECT_EQ(r.counts.added, 2);
    EXPECT_EQ(all().at(1).review.publishedAt, DateParser::fromCivil(2024, 2, 15));
}

TEST_F(ImportStore, PreviewOfJsonFormats)
{
    const ImportPreview p = Importer::preview(test::fixture("import/amazon.jsonl"), {}, 2);
    ASSERT_TRUE(p.ok) << p.error;
    EXPECT_EQ(p.format, "amazon-jsonl");
    EXPECT_EQ(p.headers, (std::vector<std::string>{"user_id", "asin", "rating", "title", "text",
                                                   "timestamp"}));
    ASSERT_EQ(p.rows.size(), 2u);
    EXPECT_EQ(p.rows[0][0], "AUSER1");
    EXPECT_EQ(p.rows[0][2], "5");
    EXPECT_EQ(p.rows[0][5], "2020-05-05T14:08:48Z");
    const ImportPreview o = Importer::preview(test::fixture("import/ozon-bad-review.json"), {});
    ASSERT_TRUE(o.ok) << o.error;
    EXPECT_EQ(o.rows.size(), 1u);
    EXPECT_EQ(o.problems.size(), 4u);
    const ImportPreview bad = Importer::preview(test::fixture("import/ozon-truncated.json"), {});
    EXPECT_FALSE(bad.ok);
    EXPECT_GT(bad.errorLine, 0);
}

TEST_F(ImportStore, PreviewOfABigFileReadsOnlyItsStart)
{
    const std::string path = dir.file("big.csv");
    std::string text = bigCsv(100000);
    text += "bad,1,\"unterminated\n"; // beyond the preview's sample
    test::writeFile(path, text);
    const ImportPreview p = Importer::preview(path, {}, 10);
    ASSERT_TRUE(p.ok) << p.error;
    EXPECT_EQ(p.rows.size(), 10u);
    EXPECT_EQ(Importer::importFile(*store, path, {}).status, ImportResult::Status::Rejected);
}

TEST_F(ImportStore, LanguagesAreDetected)
{
    ASSERT_TRUE(
        importText("id,text\n1,快递太慢了\n2,Доставка задержалась\n3,Arrived late\n4,👍\n").ok());
    EXPECT_EQ(byExternalId("1")->language, Language::Zh);
    EXPECT_EQ(byExternalId("2")->language, Language::Ru);
    EXPECT_EQ(byExternalId("3")->language, Language::En);
    EXPECT_EQ(byExternalId("4")->language, Language::Unknown);
}

TEST_F(ImportStore, MutatedFilesAreImportedOrRejectedNeverHalfStored)
{
    // Damaged copies of the fixtures (flipped bytes, cut and repeated ranges, stray quotes,
    // brackets and line breaks): every import ends in a defined state with a reason, the
    // counts add up, and a rejected one leaves the store as it was.
    const char* const names[] = {"quoted.csv",     "zh-gbk.csv",   "en-utf16le.csv",
                                 "ozon-list.json", "amazon.jsonl", "ru-cp1251.csv"};
    std::mt19937 rng(20240305);
    auto pick = [&rng](std::size_t n) { return n ? std::size_t(rng() % n) : 0; };
    for (int iter = 0; iter < 240; ++iter) {
        std::string data = test::readFile(test::fixture(std::string("import/") + names[iter % 6]));
        for (int k = 0, ops = 1 + iter % 4; k < ops && !data.empty(); ++k) {
            const std::size_t at = pick(data.size());
            switch (rng() % 5) {
            case 0:
                data[at] = static_cast<char>(rng() & 0xFF);
                break;
            case 1:
                data.erase(at, pick(40) + 1);
                break;
            case 2:
                data.insert(at, data.substr(at, pick(60) + 1));
                break;
            case 3:
                data.insert(at, 1, "\"{}[],;\n\r\t"[rng() % 10]);
                break;
            default:
                data.resize(at);
                break;
            }
        }
        const std::string before = snapshot();
        const ImportResult r = importText(data);
        const ImportPreview p = Importer::previewData(data, "memory.csv", {}, 10);
        EXPECT_EQ(p.ok, p.error.empty()) << p.error;
        if (r.ok()) {
            const ImportCounts& c = r.counts;
            EXPECT_EQ(c.read, c.added + c.updated + c.revised + c.unchanged + c.skipped);
        } else {
            EXPECT_EQ(r.status, ImportResult::Status::Rejected) << r.error;
            EXPECT_EQ(r.error.rfind("memory.csv", 0), 0u) << r.error;
            EXPECT_EQ(snapshot(), before) << "iteration " << iter;
        }
    }
    EXPECT_EQ(store->integrityCheck(), "ok");
}
