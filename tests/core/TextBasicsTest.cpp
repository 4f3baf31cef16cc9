#include "export/CsvWriter.h"
#include "model/Enums.h"
#include "store/sqlite/FtsTokenizer.h"
#include "text/LanguageDetector.h"
#include "text/Utf8.h"

#include <gtest/gtest.h>

#include <sstream>

using namespace rd;

TEST(Enums, KeysRoundTrip)
{
    for (Category c : kAllCategories) {
        EXPECT_EQ(categoryFromKey(toKey(c)), c);
    }
    for (Platform p : kAllPlatforms) {
        EXPECT_EQ(platformFromKey(toKey(p)), p);
    }
    for (Status s : kAllStatuses) {
        EXPECT_EQ(statusFromKey(toKey(s)), s);
    }
    EXPECT_FALSE(categoryFromKey("Product"));
    EXPECT_EQ(splitCategories(" price;product ;bogus;"),
              (std::vector<Category>{Category::Price, Category::Product}));
    EXPECT_EQ(joinCategories({Category::AfterSales, Category::Other}), "after_sales;other");
}

TEST(Utf8, InvalidBytesAreReplacedAndCounted)
{
    EXPECT_TRUE(utf8::isValid("快递 ok Ёж 😀"));
    EXPECT_FALSE(utf8::isValid("bad \xC3 byte"));
    EXPECT_FALSE(utf8::isValid("\xED\xA0\x80")); // surrogate
    EXPECT_EQ(utf8::sanitize("a\xFF"
                             "b"),
              "a\xEF\xBF\xBD"
              "b");
    EXPECT_EQ(utf8::length("快递😀a"), 4u);
}

TEST(LanguageDetector, DetectsByScript)
{
    EXPECT_EQ(LanguageDetector::detect("快递太慢了"), Language::Zh);
    EXPECT_EQ(LanguageDetector::detect("这个iPhone壳质量很差"), Language::Zh);
    EXPECT_EQ(LanguageDetector::detect("Заказала на Wildberries, пришло мятое"), Language::Ru);
    EXPECT_EQ(LanguageDetector::detect("Runs small, returned it"), Language::En);
    EXPECT_EQ(LanguageDetector::detect("😀 123 !!!"), Language::Unknown);
    EXPECT_EQ(LanguageDetector::detect(""), Language::Unknown);
}

TEST(FtsTokenizer, BigramsForCjkAndFoldedWords)
{
    std::vector<std::string> tokens;
    tokenizeForSearch("快递慢 ДОСТАВКА Ёлка ＡＢＣ no.1",
                      [&](std::string_view t, int, int) { tokens.emplace_back(t); });
    EXPECT_EQ(tokens,
              (std::vector<std::string>{"快递", "递慢", "доставка", "елка", "abc", "no", "1"}));
}

TEST(FtsTokenizer, OffsetsPointIntoTheOriginalBytes)
{
    const std::string text = "ok 客服";
    std::vector<std::pair<int, int>> spans;
    tokenizeForSearch(text, [&](std::string_view, int b, int e) { spans.emplace_back(b, e); });
    ASSERT_EQ(spans.size(), 2u);
    EXPECT_EQ(text.substr(spans[1].first, spans[1].second - spans[1].first), "客服");
}

TEST(FtsTokenizer, QueryQuotesUserInput)
{
    EXPECT_EQ(buildFtsQuery("快递 OR \"x"), "\"快递\" \"OR\" \"\"\"x\"");
    EXPECT_EQ(buildFtsQuery("deliver*"), "\"deliver\"*");
    EXPECT_EQ(buildFtsQuery("快"), "\"快\"*");
    EXPECT_EQ(buildFtsQuery("  ... ,, "), "");
}

TEST(CsvWriter, QuotesAndGuardsFormulas)
{
    EXPECT_EQ(CsvWriter::formatCell("plain"), "plain");
    EXPECT_EQ(CsvWriter::formatCell("a,b"), "\"a,b\"");
    EXPECT_EQ(CsvWriter::formatCell("say \"hi\""), "\"say \"\"hi\"\"\"");
    EXPECT_EQ(CsvWriter::formatCell("line\nbreak"), "\"line\nbreak\"");
    EXPECT_EQ(CsvWriter::formatCell("=1+1"), "'=1+1");
    EXPECT_EQ(CsvWriter::formatCell("+7"), "'+7");
    EXPECT_EQ(CsvWriter::formatCell("-2"), "'-2");
    EXPECT_EQ(CsvWriter::formatCell("@SUM(A1)"), "'@SUM(A1)");
    EXPECT_EQ(CsvWriter::formatCell("\tx"), "'\tx");
    EXPECT_EQ(CsvWriter::formatCell("\rx"), "\"'\rx\"");
    EXPECT_EQ(CsvWriter::formatCell("a=b"), "a=b");
    std::ostringstream out;
    CsvWriter w(out);
    w.writeRow({"id", "=HYPERLINK(\"x\")"});
    EXPECT_EQ(out.str(), "id,\"'=HYPERLINK(\"\"x\"\")\"\r\n");
}
