// Integration: the real review samples in ../shared/data (skipped when the folder is absent).
#include "ImportFixture.h"

using namespace rd;
using rd::test::ImportFixture;

namespace {

class ImportSharedData : public ImportFixture
{
protected:
    // Imports ../shared/data/<name>; false (after GTEST_SKIP in the caller) when absent.
    std::optional<ImportResult> importShared(const std::string& name, Platform platform)
    {
        auto path = test::sharedFile("data/" + name);
        if (!path) {
            return std::nullopt;
        }
        ImportOptions o;
        o.platform = platform;
        return Importer::importFile(*store, *path, o);
    }

    std::int64_t countLanguage(Platform platform, Language language)
    {
        ReviewFilter f;
        f.platforms = {platform};
        f.languages = {language};
        return store->count(f);
    }

    std::int64_t countPlatform(Platform platform)
    {
        ReviewFilter f;
        f.platforms = {platform};
        return store->count(f);
    }
};

} // namespace

TEST_F(ImportSharedData, AllFourSamples)
{
    struct Sample
    {
        const char* file;
        Platform platform;
        std::int64_t rows;
        Language language;
    };
    const Sample samples[] = {
        {"reviews-ru.csv", Platform::Wildberries, 2500, Language::Ru},
        {"reviews-zh.csv", Platform::Taobao, 3500, Language::Zh},
        {"reviews-en.csv", Platform::Amazon, 2870, Language::En},
        {"reviews-en2.csv", Platform::Other, 1824, Language::En},
    };
    for (const Sample& s : samples) {
        auto r = importShared(s.file, s.platform);
        if (!r) {
            GTEST_SKIP() << "../shared/data/" << s.file << " is not present";
        }
        ASSERT_TRUE(r->ok()) << r->error;
        EXPECT_EQ(r->format, "csv") << s.file;
        EXPECT_EQ(r->encoding, "utf-8") << s.file;
        EXPECT_EQ(r->counts.read, s.rows) << s.file;
        EXPECT_EQ(r->counts.added, s.rows) << s.file;
        EXPECT_EQ(r->counts.skipped, 0) << s.file;
        EXPECT_EQ(countPlatform(s.platform), s.rows) << s.file;
        // Script-based detection: nearly every review is in the file's language.
        EXPECT_GE(countLanguage(s.platform, s.language) * 100, s.rows * 98) << s.file;
    }

    // zh has a sentiment column and no stars: polarity only, 3000 negative and 500 positive.
    ReviewFilter zh;
    zh.platforms = {Platform::Taobao};
    zh.polarities = {Polarity::Negative};
    EXPECT_EQ(store->count(zh), 3000);
    zh.polarities = {Polarity::Positive};
    EXPECT_EQ(store->count(zh), 500);
    zh.polarities = {};
    zh.minRating = 1;
    EXPECT_EQ(store->count(zh), 0) << "no zh review has stars";

    // ru and en have stars; their ratings follow the sources' counts (SOURCES.md).
    ReviewFilter ru;
    ru.platforms = {Platform::Wildberries};
    ru.minRating = 1;
    ru.maxRating = 2;
    EXPECT_EQ(store->count(ru), 2000);
    ReviewFilter en;
    en.platforms = {Platform::Amazon};
    en.minRating = 1;
    en.maxRating = 1;
    EXPECT_EQ(store->count(en), 821);

    // The file's id column is the identity; product and the source row are kept.
    auto first = byExternalId("zh-000000", Platform::Taobao);
    ASSERT_TRUE(first);
    EXPECT_EQ(first->product, "书籍");
    EXPECT_EQ(first->text.rfind("做父母", 0), 0u) << "a stray U+FEFF at the start is dropped";
    EXPECT_EQ(first->extraJson, R"({"source_row":"0"})");

    const StoreStats stats = store->stats();
    EXPECT_EQ(stats.reviews, 2500 + 3500 + 2870 + 1824);
    EXPECT_EQ(stats.batches, 4);
}

TEST_F(ImportSharedData, ReimportIsANoOp)
{
    auto r = importShared("reviews-ru.csv", Platform::Wildberries);
    if (!r) {
        GTEST_SKIP() << "../shared/data/reviews-ru.csv is not present";
    }
    ASSERT_TRUE(r->ok()) << r->error;
    const std::string before = snapshot();
    auto again = importShared("reviews-ru.csv", Platform::Wildberries);
    ASSERT_TRUE(again->ok()) << again->error;
    EXPECT_EQ(again->counts.unchanged, 2500);
    const std::string after = snapshot();
    EXPECT_EQ(after.substr(0, after.find("batch ")), before.substr(0, before.find("batch ")));
}
