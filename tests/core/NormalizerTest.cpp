// Text normalisation for matching: NFKC, folding, white space, and the way back to the
// original code points.
#include "text/TextNormalizer.h"
#include "text/Utf8.h"

#include <gtest/gtest.h>

using namespace rd;

namespace {

NormalizedText normalized(const std::string& s)
{
    NormalizedText n;
    n.finish(TextNormalizer::append(s, n));
    return n;
}

// The original code points behind the normalised bytes [begin, end).
std::string original(const std::string& s, const NormalizedText& n, std::size_t begin,
                     std::size_t end)
{
    const auto [first, last] = n.originalSpan(begin, end);
    std::string out;
    std::size_t pos = 0;
    for (int i = 0; pos < s.size() && i < last; ++i) {
        const char32_t c = utf8::next(s, pos);
        if (i >= first) {
            utf8::append(out, c);
        }
    }
    return out;
}

} // namespace

TEST(NormalizerTest, FoldsCaseAndCollapsesWhiteSpace)
{
    EXPECT_EQ(TextNormalizer::normalize("Hello   WORLD\t!"), "hello world !");
    EXPECT_EQ(TextNormalizer::normalize("ДОСТАВКА Ёлка ёж"), "доставка елка еж");
    EXPECT_EQ(TextNormalizer::normalize("ÀÉÎ"), "àéî");
    EXPECT_EQ(TextNormalizer::normalize("a\u00A0\u2003b\u3000c"), "a b c");
    EXPECT_EQ(TextNormalizer::normalize("one\r\n\r\ntwo  \n three"), "one\ntwo\nthree");
    EXPECT_EQ(TextNormalizer::normalize(""), "");
}

TEST(NormalizerTest, MapsFullWidthAndCompatibilityForms)
{
    EXPECT_EQ(TextNormalizer::normalize("ＲＥＦＵＮＤ１２３！"), "refund123!");
    EXPECT_EQ(TextNormalizer::normalize("质量差，物流慢！"), "质量差,物流慢!");
    EXPECT_EQ(TextNormalizer::normalize("\uFB01t"), "fit");             // ﬁ ligature
    EXPECT_EQ(TextNormalizer::normalize("\uF900"), "\u8C48");           // compatibility ideograph
    EXPECT_EQ(TextNormalizer::normalize("\u2460\u00B2"), "12");         // ① ²
    EXPECT_EQ(TextNormalizer::normalize("\U0001D41B\U0001D42B"), "br"); // mathematical bold
    EXPECT_EQ(TextNormalizer::normalize("\uFF84\uFF9E"), "\u30C9");     // half-width ﾄﾞ -> ド
    EXPECT_EQ(TextNormalizer::normalize("\u2026"), "...");
}

TEST(NormalizerTest, ComposesCombiningMarksAndFoldsTheResult)
{
    EXPECT_EQ(TextNormalizer::normalize("\u0415\u0308\u043B\u043A\u0430"), "елка"); // Е + ̈
    EXPECT_EQ(TextNormalizer::normalize("\u0438\u0306"), "\u0439");                 // и + ̆ -> й
    EXPECT_EQ(TextNormalizer::normalize("Cafe\u0301"), "caf\u00E9");
}

TEST(NormalizerTest, DropsInvisiblesAndUnifiesPunctuation)
{
    EXPECT_EQ(TextNormalizer::normalize("bro\u00ADken\u200B"), "broken");
    EXPECT_EQ(TextNormalizer::normalize("\uFEFFdoesn\u2019t"), "doesn't");
    EXPECT_EQ(TextNormalizer::normalize("\u201Cquote\u201D \u2014 dash"), "\"quote\" - dash");
    EXPECT_EQ(TextNormalizer::normalize("\U0001F621 bad"), "\U0001F621 bad"); // emoji kept
}

TEST(NormalizerTest, OffsetsMapBackToOriginalCodePoints)
{
    const std::string s = "\U0001F621 ＤＥＬＩＶＥＲＹ  \uFB01ne ёж";
    const NormalizedText n = normalized(s);
    ASSERT_EQ(n.text, "\U0001F621 delivery fine еж");
    ASSERT_EQ(n.origin.size(), n.text.size() + 1);
    const std::size_t d = n.text.find("delivery");
    EXPECT_EQ(n.originalSpan(d, d + 8), std::make_pair(2, 10)); // emoji is one code point
    EXPECT_EQ(original(s, n, d, d + 8), "ＤＥＬＩＶＥＲＹ");
    const std::size_t f = n.text.find("fine");
    EXPECT_EQ(original(s, n, f, f + 4), "\uFB01ne");
    EXPECT_EQ(original(s, n, f, f + 1), "\uFB01"); // inside a ligature: the whole ligature
    EXPECT_EQ(original(s, n, f + 1, f + 2), "\uFB01");
    const std::size_t e = n.text.find("еж");
    EXPECT_EQ(original(s, n, e, n.text.size()), "ёж");
}

TEST(NormalizerTest, FieldsKeepTheirOwnOffsets)
{
    NormalizedText n;
    const std::int32_t title = TextNormalizer::append("Брак!", n);
    TextNormalizer::appendSeparator(n, title);
    n.finish(TextNormalizer::append("Тоже брак", n));
    EXPECT_EQ(n.text, "брак!\nтоже брак");
    const std::size_t t = n.text.find("брак");
    EXPECT_EQ(n.originalSpan(t, t + 8), std::make_pair(0, 4));
    const std::size_t second = n.text.rfind("брак");
    EXPECT_EQ(n.originalSpan(second, second + 8), std::make_pair(5, 9));
}

TEST(NormalizerTest, IllFormedBytesCountOneCodePointEach)
{
    const std::string s = std::string("ab\xFF\xFE") + "CD";
    const NormalizedText n = normalized(s);
    EXPECT_EQ(n.text, "ab\uFFFD\uFFFDcd");
    EXPECT_EQ(n.origin.back(), 6);
    const std::size_t c = n.text.find("cd");
    EXPECT_EQ(n.originalSpan(c, c + 2), std::make_pair(4, 6));
}

TEST(NormalizerTest, HugeTextIsNormalisedCompletely)
{
    std::string big;
    while (big.size() < 10 * 1024 * 1024) {
        big += "Очень ДОЛГАЯ доставка, ＢＲＯＫＥＮ 质量差 \U0001F621\n";
    }
    const NormalizedText n = normalized(big);
    EXPECT_EQ(n.origin.back(), static_cast<std::int32_t>(utf8::length(big)));
    EXPECT_EQ(n.text.find("ＢＲＯＫＥＮ"), std::string::npos);
    EXPECT_EQ(n.text.substr(n.text.size() - 5), "\U0001F621\n");
}

// Any bytes at all: the normalised text is valid UTF-8, origins never go backwards and end at
// the field's length in code points.
TEST(NormalizerTest, ArbitraryBytesKeepTheOffsetMapConsistent)
{
    const std::vector<std::string> pieces = {"a",
                                             "Z",
                                             " ",
                                             "\n",
                                             "\t\t",
                                             "\xD0\x81",
                                             "\xD0\xB9",
                                             "\xCC\x81",
                                             "\xCC",
                                             "\xFF",
                                             "\xE4\xB8\xAD",
                                             "\xEF\xBC\xA1",
                                             "\xEF\xBE\x9E",
                                             "\xF0\x9F\x98\xA1",
                                             "\xEF\xAC\x81",
                                             "\xE2\x80\xA6",
                                             "\xC2\xAD",
                                             "\xE3\x80\x80",
                                             "\xF0\x9D\x90\x9B",
                                             ",",
                                             "."};
    std::uint32_t seed = 12345;
    for (int round = 0; round < 2000; ++round) {
        std::string s;
        const int length = static_cast<int>(seed % 40);
        for (int i = 0; i < length; ++i) {
            seed = seed * 1103515245u + 12345u;
            s += pieces[(seed >> 16) % pieces.size()];
        }
        seed = seed * 1103515245u + 12345u;
        const NormalizedText n = normalized(s);
        ASSERT_TRUE(utf8::isValid(n.text)) << round;
        ASSERT_EQ(n.origin.size(), n.text.size() + 1);
        ASSERT_EQ(n.origin.back(), static_cast<std::int32_t>(utf8::length(s)));
        for (std::size_t i = 1; i < n.origin.size(); ++i) {
            ASSERT_LE(n.origin[i - 1], n.origin[i]) << round << " at " << i;
        }
    }
}
