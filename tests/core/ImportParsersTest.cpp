// Unit tests of the import building blocks: encodings, CSV, headers, ratings, dates, formats.
#include "TestSupport.h"

#include "import/CsvReader.h"
#include "import/DateParser.h"
#include "import/EncodingDetector.h"
#include "import/FormatDetector.h"
#include "import/HeaderRecognizer.h"
#include "import/ImportError.h"
#include "import/RatingParser.h"
#include "import/SeenIdentities.h"
#include "import/TextDecoder.h"

#include <gtest/gtest.h>

using namespace rd;

namespace {

std::vector<std::vector<std::string>> readAll(std::string_view text, char delimiter,
                                              std::vector<std::int64_t>* lines = nullptr)
{
    CsvReader reader(text, delimiter);
    std::vector<std::string_view> fields;
    std::vector<std::vector<std::string>> out;
    while (reader.next(fields)) {
        out.emplace_back(fields.begin(), fields.end());
        if (lines) {
            lines->push_back(reader.recordLine());
        }
    }
    return out;
}

RatingValue rating(std::string_view cell, bool label = false)
{
    RatingValue v;
    std::string reason;
    EXPECT_TRUE(RatingParser::parse(cell, label, v, reason)) << cell << ": " << reason;
    return v;
}

std::string ratingError(std::string_view cell, bool label = false)
{
    RatingValue v;
    std::string reason;
    EXPECT_FALSE(RatingParser::parse(cell, label, v, reason)) << cell;
    return reason;
}

Timestamp date(std::string_view s, std::string_view format = {})
{
    auto t = DateParser::parse(s, format);
    EXPECT_TRUE(t.has_value()) << s;
    return t.value_or(0);
}

} // namespace

TEST(ImportCsvReader, QuotedFieldsNewlinesAndDoubledQuotes)
{
    std::vector<std::int64_t> lines;
    auto rows = readAll("a,b,c\r\n1,\"x, y\",\"line1\r\nline2\"\n2,\"say \"\"hi\"\"\",\r3,,last",
                        ',', &lines);
    ASSERT_EQ(rows.size(), 4u);
    EXPECT_EQ(rows[1][1], "x, y");
    EXPECT_EQ(rows[1][2], "line1\r\nline2");
    EXPECT_EQ(rows[2][1], "say \"hi\"");
    EXPECT_EQ(rows[2][2], "");
    EXPECT_EQ(rows[3], (std::vector<std::string>{"3", "", "last"}));
    EXPECT_EQ(lines, (std::vector<std::int64_t>{1, 2, 4, 5}));
}

TEST(ImportCsvReader, BlankLinesAreSkippedButCounted)
{
    std::vector<std::int64_t> lines;
    auto rows = readAll("h\n\n\nv1\r\n\r\nv2\n", ',', &lines);
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(lines, (std::vector<std::int64_t>{1, 4, 6}));
}

TEST(ImportCsvReader, LenientAboutStrayQuotes)
{
    auto rows = readAll("a,b\n5 \"inch\" screen,\"quoted\" tail\n", ',');
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[1][0], "5 \"inch\" screen");
    EXPECT_EQ(rows[1][1], "quoted tail");
}

TEST(ImportCsvReader, UnterminatedQuoteNamesTheLineWhereItOpens)
{
    CsvReader reader("a,b\n1,ok\n2,\"open\nmore\nstill open", ',');
    std::vector<std::string_view> fields;
    ASSERT_TRUE(reader.next(fields));
    ASSERT_TRUE(reader.next(fields));
    try {
        reader.next(fields);
        FAIL() << "no error";
    } catch (const ImportError& e) {
        EXPECT_EQ(e.line(), 3);
        EXPECT_NE(std::string(e.what()).find("unterminated"), std::string::npos);
    }
}

TEST(ImportCsvReader, SniffsTheDelimiter)
{
    EXPECT_EQ(CsvReader::sniffDelimiter("a,b,c\n1,2,3\n"), ',');
    EXPECT_EQ(CsvReader::sniffDelimiter("Текст;Оценка\n\"Да, хорошо\";5\nПлохо;1\n"), ';');
    EXPECT_EQ(CsvReader::sniffDelimiter("id\ttext\n1\tone, two; three\n"), '\t');
    EXPECT_EQ(CsvReader::sniffDelimiter("text\nonly one column\n"), ',');
}

TEST(ImportEncoding, DetectsByBomZeroBytesValidityAndStatistics)
{
    EXPECT_EQ(EncodingDetector::detect("\xEF\xBB\xBFid,text\n"), "utf-8");
    EXPECT_EQ(EncodingDetector::detect(std::string("\xFF\xFEi\0d\0", 6)), "utf-16le");
    EXPECT_EQ(EncodingDetector::detect(std::string("\xFE\xFF\0i\0d", 6)), "utf-16be");
    EXPECT_EQ(EncodingDetector::detect(std::string("i\0d\0,\0t\0e\0x\0t\0\n\0", 16)), "utf-16le");
    EXPECT_EQ(EncodingDetector::detect("plain ascii,1\n"), "utf-8");
    EXPECT_EQ(EncodingDetector::detect("Текст,оценка\nхорошо,5\n"), "utf-8");
    // "Доставка задержалась, товар хороший" in Windows-1251 and "快递太慢了，质量很好" in GBK.
    EXPECT_EQ(EncodingDetector::detect("\xC4\xEE\xF1\xF2\xE0\xE2\xEA\xE0 \xE7\xE0\xE4\xE5\xF0"
                                       "\xE6\xE0\xEB\xE0\xF1\xFC, \xF2\xEE\xE2\xE0\xF0 \xF5\xEE"
                                       "\xF0\xEE\xF8\xE8\xE9\n"),
              "windows-1251");
    EXPECT_EQ(EncodingDetector::detect("\xBF\xEC\xB5\xDD\xCC\xAB\xC2\xFD\xC1\xCB\xA3\xAC\xD6\xCA"
                                       "\xC1\xBF\xBA\xDC\xBA\xC3\n"),
              "gb18030");
}

TEST(ImportEncoding, CanonicalNames)
{
    EXPECT_EQ(EncodingDetector::canonicalName("UTF8"), "utf-8");
    EXPECT_EQ(EncodingDetector::canonicalName("GBK"), "gb18030");
    EXPECT_EQ(EncodingDetector::canonicalName("cp1251"), "windows-1251");
    EXPECT_EQ(EncodingDetector::canonicalName("UTF-16BE"), "utf-16be");
    EXPECT_EQ(EncodingDetector::canonicalName("latin-9"), "");
}

TEST(ImportDecoder, ConvertsAndStripsTheBom)
{
    EXPECT_EQ(TextDecoder::decode("\xEF\xBB\xBFok", "utf-8").text(), "ok");
    EXPECT_EQ(TextDecoder::decode("\xEF\xF0\xE8\xE2\xE5\xF2", "windows-1251").text(), "привет");
    EXPECT_EQ(TextDecoder::decode("\xBA\xC3", "gb18030").text(), "好");
    EXPECT_EQ(TextDecoder::decode(std::string("\xFF\xFEo\0k\0", 6), "utf-16le").text(), "ok");
}

TEST(ImportDecoder, InvalidInputNamesLineAndOffset)
{
    try {
        TextDecoder::decode("a,b\nfine\nbad \xC3\x28 byte\n", "utf-8");
        FAIL() << "accepted";
    } catch (const ImportError& e) {
        EXPECT_EQ(e.line(), 3);
        EXPECT_NE(std::string(e.what()).find("byte offset 13"), std::string::npos) << e.what();
    }
    try {
        TextDecoder::decode("ok\n\xBA\xC3\n\x80\x80\n", "gb18030");
        FAIL() << "accepted";
    } catch (const ImportError& e) {
        EXPECT_EQ(e.line(), 3);
        EXPECT_NE(std::string(e.what()).find("gb18030"), std::string::npos) << e.what();
    }
    // A character cut by the end of the file.
    EXPECT_THROW(TextDecoder::decode("ok\xBA", "gb18030"), ImportError);
    EXPECT_NO_THROW(TextDecoder::decode("ok\xBA", "gb18030", true));
}

TEST(ImportHeaders, RecognisesThreeLanguagesAndSpellings)
{
    EXPECT_EQ(HeaderRecognizer::recognize("评价内容"), ImportField::Text);
    EXPECT_EQ(HeaderRecognizer::recognize("评分"), ImportField::Rating);
    EXPECT_EQ(HeaderRecognizer::recognize("订单号"), ImportField::OrderId);
    EXPECT_EQ(HeaderRecognizer::recognize("Текст отзыва"), ImportField::Text);
    EXPECT_EQ(HeaderRecognizer::recognize("ОЦЕНКА"), ImportField::Rating);
    EXPECT_EQ(HeaderRecognizer::recognize("Номер заказа"), ImportField::OrderId);
    EXPECT_EQ(HeaderRecognizer::recognize("Order ID"), ImportField::OrderId);
    EXPECT_EQ(HeaderRecognizer::recognize("order_id"), ImportField::OrderId);
    EXPECT_EQ(HeaderRecognizer::recognize("orderId"), ImportField::OrderId);
    EXPECT_EQ(HeaderRecognizer::recognize(" Review Text "), ImportField::Text);
    EXPECT_EQ(HeaderRecognizer::recognize("sentiment"), ImportField::Polarity);
    EXPECT_EQ(HeaderRecognizer::recognize("published_at"), ImportField::PublishedAt);
    EXPECT_EQ(HeaderRecognizer::recognize("Звёзды"), ImportField::Rating);
    EXPECT_EQ(HeaderRecognizer::recognize("source_row"), ImportField::Extra);

    const ColumnMapping m = HeaderRecognizer::recognize({"text", "comment", "rating"});
    EXPECT_EQ(m.columns, (std::vector<ImportField>{ImportField::Text, ImportField::Extra,
                                                   ImportField::Rating}));
}

TEST(ImportRatings, StarsInManySpellings)
{
    EXPECT_EQ(rating("4").stars, 4);
    EXPECT_EQ(rating("4.0").stars, 4);
    EXPECT_EQ(rating("4,0").stars, 4);
    EXPECT_EQ(rating("4.5").stars, 5);
    EXPECT_EQ(rating("5/5").stars, 5);
    EXPECT_EQ(rating("8/10").stars, 4);
    EXPECT_EQ(rating("4.0 out of 5 stars").stars, 4);
    EXPECT_EQ(rating("3 из 5").stars, 3);
    EXPECT_EQ(rating("2 звезды").stars, 2);
    EXPECT_EQ(rating("4星").stars, 4);
    EXPECT_EQ(rating("★★★").stars, 3);
    EXPECT_EQ(rating("★★☆☆☆").stars, 2);
    EXPECT_EQ(rating("1").polarity, Polarity::Negative);
    EXPECT_TRUE(rating("  ").empty());
}

TEST(ImportRatings, PolarityWordsAndLabels)
{
    EXPECT_EQ(rating("好评").polarity, Polarity::Positive);
    EXPECT_EQ(rating("中评").polarity, Polarity::Neutral);
    EXPECT_EQ(rating("差评").polarity, Polarity::Negative);
    EXPECT_EQ(rating("Отрицательный").polarity, Polarity::Negative);
    EXPECT_EQ(rating("положительная").polarity, Polarity::Positive);
    EXPECT_EQ(rating("Neutral").polarity, Polarity::Neutral);
    EXPECT_EQ(rating("neg").polarity, Polarity::Negative);
    EXPECT_FALSE(rating("neg").stars.has_value());
    EXPECT_EQ(rating("1", true).polarity, Polarity::Positive);
    EXPECT_FALSE(rating("1", true).stars.has_value());
    EXPECT_EQ(rating("0", true).polarity, Polarity::Negative);
}

TEST(ImportRatings, RejectsOutOfRangeAndUnknown)
{
    EXPECT_NE(ratingError("0").find("out of range"), std::string::npos);
    EXPECT_NE(ratingError("6").find("out of range"), std::string::npos);
    EXPECT_NE(ratingError("-1").find("unrecognised"), std::string::npos);
    EXPECT_NE(ratingError("five").find("unrecognised rating 'five'"), std::string::npos);
    EXPECT_NE(ratingError("3/7").find("scale"), std::string::npos);
    EXPECT_NE(ratingError("maybe", true).find("unknown polarity"), std::string::npos);
    EXPECT_NE(ratingError("☆☆☆").find("out of range"), std::string::npos);
}

TEST(ImportDates, CommonFormats)
{
    const Timestamp day = 1709596800000; // 2024-03-05T00:00:00Z
    EXPECT_EQ(date("2024-03-05"), day);
    EXPECT_EQ(date("2024/03/05"), day);
    EXPECT_EQ(date("2024.03.05"), day);
    EXPECT_EQ(date("05.03.2024"), day);
    EXPECT_EQ(date("05-03-2024"), day);
    EXPECT_EQ(date("03/05/2024"), day);                   // US
    EXPECT_EQ(date("25/03/2024"), day + 20 * 86400000LL); // day first when above 12
    EXPECT_EQ(date("20240305"), day);
    EXPECT_EQ(date("2024年3月5日"), day);
    EXPECT_EQ(date("2024年3月5日 14:30"), day + 14 * 3600000LL + 30 * 60000LL);
    EXPECT_EQ(date("March 5, 2024"), day);
    EXPECT_EQ(date("5 Mar 2024"), day);
    EXPECT_EQ(date("5 марта 2024 г."), day);
    EXPECT_EQ(date("5 мая 2024"), 1714867200000);
    EXPECT_EQ(date("2024-03-05T14:30:00Z"), day + 52200000);
    EXPECT_EQ(date("2024-03-05T14:30:00.123Z"), day + 52200123);
    EXPECT_EQ(date("2024-03-05 17:30:00+03:00"), day + 52200000);
    EXPECT_EQ(date("2024-03-05T09:30-0500"), day + 52200000);
    EXPECT_EQ(date("1709596800"), day);
    EXPECT_EQ(date("1709596800000"), day);
    EXPECT_EQ(date("05/03/2024 14:30", "%d/%m/%Y %H:%M"), day + 52200000);
}

TEST(ImportDates, RejectsNonsense)
{
    for (const char* bad : {"2024-13-45", "2023-02-29", "yesterday", "32.01.2024",
                            "2024-03-05T25:00", "12/31/24", "2024-03-05 garbage", "0"}) {
        EXPECT_FALSE(DateParser::parse(bad).has_value()) << bad;
    }
    EXPECT_FALSE(DateParser::parse("2024-03-05", "%d.%m.%Y").has_value());
}

TEST(ImportFormat, DetectedFromContent)
{
    EXPECT_EQ(FormatDetector::detect("id,text\n1,{not json}\n"), "csv");
    EXPECT_EQ(FormatDetector::detect("  [ {\"id\": \"1\"} ]"), "ozon-json");
    EXPECT_EQ(FormatDetector::detect("{\n  \"reviews\": []\n}"), "ozon-json");
    EXPECT_EQ(FormatDetector::detect("{\"reviews\": [], \"has_next\": false}"), "ozon-json");
    EXPECT_EQ(FormatDetector::detect("{\"rating\": 5.0, \"asin\": \"B1\"}\n{\"rating\": 1.0}\n"),
              "amazon-jsonl");
    EXPECT_EQ(FormatDetector::canonicalName("JSONL"), "amazon-jsonl");
    EXPECT_EQ(FormatDetector::canonicalName("xlsx"), "");
}

TEST(ImportSeenIdentities, ExactAcrossGrowth)
{
    SeenIdentities seen;
    std::int64_t first = 0;
    for (int i = 0; i < 100000; ++i) {
        ASSERT_TRUE(seen.insert("ozon", "id-" + std::to_string(i), i + 2, first)) << i;
    }
    EXPECT_EQ(seen.size(), 100000u);
    EXPECT_FALSE(seen.insert("ozon", "id-777", 999999, first));
    EXPECT_EQ(first, 779);
    EXPECT_TRUE(seen.insert("amazon", "id-777", 1000000, first)) << "platform is part of it";
    EXPECT_TRUE(seen.insert("ozon", "id-0777", 1000001, first)) << "a new id";
    EXPECT_FALSE(seen.insert("ozon", "id-0777", 1000002, first));
    EXPECT_EQ(first, 1000001);
}

TEST(ImportHeaders, EveryRecognisedNameIsDocumented)
{
    const std::string doc = test::readFile(test::sourceDir() + "/docs/formats.md");
    ASSERT_FALSE(doc.empty());
    for (ImportField field : kAllImportFields) {
        for (std::string_view name : HeaderRecognizer::synonyms(field)) {
            EXPECT_NE(doc.find(std::string(name)), std::string::npos)
                << "docs/formats.md does not list the header name '" << name << "'";
        }
    }
}
