// Replays the inputs the fuzz targets (tests/fuzz, scripts/fuzz.sh) crashed on, kept under
// tests/data/regressions/<target>/, and the targets' seed inputs (tests/fuzz/seeds/<target>/),
// through the same code with the same checks, so that a fixed crash stays fixed in every
// normal test run (and under the sanitizers: scripts/test.sh --sanitize).
#include "TestSupport.h"

#include "classify/Classifier.h"
#include "classify/RuleFileParser.h"
#include "classify/RuleSet.h"
#include "import/EncodingDetector.h"
#include "import/ImportError.h"
#include "import/Importer.h"
#include "import/TextDecoder.h"
#include "reply/TemplateError.h"
#include "reply/TemplateLibrary.h"
#include "reply/TemplateText.h"
#include "store/ReviewStore.h"
#include "text/Utf8.h"

#include <gtest/gtest.h>

#include <filesystem>

using namespace rd;

namespace {

// Every file of regressions/<target> and seeds/<target>, sorted.
std::vector<std::filesystem::path> inputsOf(const std::string& target)
{
    std::vector<std::filesystem::path> out;
    for (const std::filesystem::path& dir :
         {std::filesystem::path(test::fixture("regressions/" + target)),
          std::filesystem::path(test::sourceDir()) / "tests/fuzz/seeds" / target}) {
        if (std::filesystem::is_directory(dir)) {
            for (const auto& e : std::filesystem::directory_iterator(dir)) {
                if (e.is_regular_file()) {
                    out.push_back(e.path());
                }
            }
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

void replayImport(const std::string& target, const std::string& format)
{
    const auto inputs = inputsOf(target);
    ASSERT_FALSE(inputs.empty()) << "no inputs for " << target;
    auto store = ReviewStore::openSqlite(":memory:");
    for (const auto& path : inputs) {
        SCOPED_TRACE(path.string());
        const std::string bytes = test::readFile(path.string());
        ImportOptions options;
        options.format = format;
        const std::size_t batches = store->importBatches().size();
        const ImportResult r =
            Importer::importData(*store, bytes, path.filename().string(), options);
        EXPECT_NE(r.status, ImportResult::Status::Failed) << r.error;
        if (r.ok()) {
            const ImportCounts& c = r.counts;
            EXPECT_EQ(c.added + c.updated + c.revised + c.unchanged + c.skipped, c.read);
            EXPECT_EQ(store->importBatches().size(), batches + 1);
        } else {
            EXPECT_FALSE(r.error.empty());
            EXPECT_EQ(store->importBatches().size(), batches);
        }
        const ImportPreview p = Importer::previewData(bytes, path.filename().string(), options);
        EXPECT_TRUE(p.ok || !p.error.empty());
    }
    EXPECT_EQ(store->integrityCheck(), "ok");
}

} // namespace

TEST(FuzzRegression, ImportCsv)
{
    replayImport("import_csv", "csv");
}

TEST(FuzzRegression, ImportOzon)
{
    replayImport("import_ozon", "ozon-json");
}

TEST(FuzzRegression, ImportAmazon)
{
    replayImport("import_amazon", "amazon-jsonl");
}

TEST(FuzzRegression, Encoding)
{
    const auto inputs = inputsOf("encoding");
    ASSERT_FALSE(inputs.empty());
    for (const auto& path : inputs) {
        SCOPED_TRACE(path.string());
        const std::string bytes = test::readFile(path.string());
        const std::string detected = EncodingDetector::detect(bytes);
        EXPECT_EQ(EncodingDetector::canonicalName(detected), detected);
        for (const std::string& encoding :
             {detected, std::string("utf-8"), std::string("utf-16le"), std::string("utf-16be"),
              std::string("gb18030"), std::string("windows-1251")}) {
            for (const bool partial : {false, true}) {
                try {
                    const DecodedText d = TextDecoder::decode(bytes, encoding, partial);
                    EXPECT_TRUE(utf8::isValid(d.text())) << encoding;
                } catch (const ImportError& e) {
                    EXPECT_STRNE(e.what(), "") << encoding;
                }
            }
        }
    }
}

TEST(FuzzRegression, Rules)
{
    const auto inputs = inputsOf("rules");
    ASSERT_FALSE(inputs.empty());
    for (const auto& path : inputs) {
        SCOPED_TRACE(path.string());
        const std::string text = test::readFile(path.string());
        std::vector<RuleProblem> problems;
        const auto file = RuleFileParser::parse(text, path.filename().string(), problems);
        for (const RuleProblem& p : problems) {
            EXPECT_FALSE(p.message.empty());
        }
        if (!file) {
            continue;
        }
        RuleSet rules;
        rules.add(*file, true, problems);
        try {
            const Classifier classifier(rules);
            Review review;
            review.text = "the box arrived crushed, курьер опоздал, 快递太慢";
            review.rating = 1;
            (void)classifier.explain(review);
        } catch (const std::runtime_error& e) {
            EXPECT_STRNE(e.what(), "");
        }
    }
}

TEST(FuzzRegression, Templates)
{
    const auto inputs = inputsOf("templates");
    ASSERT_FALSE(inputs.empty());
    for (const auto& path : inputs) {
        SCOPED_TRACE(path.string());
        const std::string text = test::readFile(path.string());
        TemplateSyntaxError error;
        if (const auto t = TemplateText::parse(text, error)) {
            (void)t->render({{"customer_name", "{agent_name}"}});
        } else {
            EXPECT_FALSE(error.message.empty());
        }
        TemplateLibrary library;
        try {
            library.addJson(text, path.filename().string());
        } catch (const TemplateError& e) {
            EXPECT_FALSE(e.reason().empty());
        }
    }
}
