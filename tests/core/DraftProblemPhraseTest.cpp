#include "reply/ProblemPhrase.h"

#include "text/Utf8.h"

#include <gtest/gtest.h>

using namespace rd;

namespace {

// Evidence for the first occurrence of `words` in `text` (code-point offsets).
Evidence at(const std::string& text, const std::string& words, const std::string& target,
            double weight = 1.0, bool negated = false)
{
    const std::size_t byte = text.find(words);
    EXPECT_NE(byte, std::string::npos) << words;
    Evidence e;
    e.ruleId = "test." + target;
    e.term = words;
    e.target = target;
    e.begin = static_cast<int>(utf8::length(text.substr(0, byte)));
    e.end = e.begin + static_cast<int>(utf8::length(words));
    e.weight = weight;
    e.negated = negated;
    return e;
}

Review review(const std::string& text)
{
    Review r;
    r.text = text;
    return r;
}

} // namespace

TEST(DraftProblemPhrase, ShortClauseAroundTheMatchIsTaken)
{
    const Review r = review("25.07.21 получил данный товар. Упаковка была надорвана.. Количество "
                            "мешков совпадало.");
    EXPECT_EQ(ProblemPhrase::extract(r, {at(r.text, "надорвана", "logistics")}, "logistics"),
              "упаковка была надорвана");
}

TEST(DraftProblemPhrase, ChineseClauseEndsAtChinesePunctuation)
{
    const Review r = review("物流太慢了，等了一个星期才到。东西还可以");
    EXPECT_EQ(ProblemPhrase::extract(r, {at(r.text, "物流太慢", "logistics")}, "logistics"),
              "物流太慢了");
}

TEST(DraftProblemPhrase, LeadingConjunctionsAreDropped)
{
    const Review ru = review("Доставка быстрая, но качество ужасное");
    EXPECT_EQ(ProblemPhrase::extract(ru, {at(ru.text, "ужасное", "product")}, "product"),
              "качество ужасное");
    const Review en = review("I love the color but it runs small, and the zipper broke after "
                             "two days.");
    EXPECT_EQ(ProblemPhrase::extract(en, {at(en.text, "broke", "product")}, "product"),
              "the zipper broke after two days");
    const Review vot = review("Лупа нормальная. А вот упаковка вся повреждена.");
    EXPECT_EQ(ProblemPhrase::extract(vot, {at(vot.text, "повреждена", "logistics")}, "logistics"),
              "упаковка вся повреждена");
    const Review zh = review("包装很好，但是质量太差了");
    EXPECT_EQ(ProblemPhrase::extract(zh, {at(zh.text, "质量太差", "product")}, "product"),
              "质量太差了");
}

TEST(DraftProblemPhrase, StemMatchWidensToTheWord)
{
    const Review r = review("Платье маломерит на размер");
    EXPECT_EQ(ProblemPhrase::extract(r, {at(r.text, "маломер", "product")}, "product"),
              "платье маломерит на размер");
    // A long clause is narrowed to the part between the joining words around the match...
    const Review longer = review("Заказывала это платье на выпускной дочери и оно ужасно маломерит "
                                 "так что пришлось срочно искать другое в магазинах города");
    EXPECT_EQ(ProblemPhrase::extract(longer, {at(longer.text, "маломер", "product")}, "product"),
              "оно ужасно маломерит");
    const Review en = review("I ordered this for my daughter and it runs really small so we had "
                             "to look for another one in the shops downtown");
    EXPECT_EQ(ProblemPhrase::extract(en, {at(en.text, "small", "product")}, "product"),
              "it runs really small");
    // ...and when that is still long, only the matched words are kept.
    const Review endless =
        review("Платье которое я заказывала на выпускной дочери в прошлом месяце "
               "ужасно маломерит на целых два размера по сравнению с таблицей");
    EXPECT_EQ(ProblemPhrase::extract(endless, {at(endless.text, "маломер", "product")}, "product"),
              "маломерит");
}

TEST(DraftProblemPhrase, StrongestNonNegatedEvidenceOfTheTargetWins)
{
    const Review r = review("Курьер не опоздал, коробка целая. Но крышка треснула через день, "
                            "и ещё дорого");
    std::vector<Evidence> ev = {
        at(r.text, "опоздал", "logistics", 3.0, true), // negated: never the problem
        at(r.text, "дорого", "price", 5.0),            // another category
        at(r.text, "крышка", "product", 0.5),
        at(r.text, "треснула", "product", 2.0),
    };
    EXPECT_EQ(ProblemPhrase::extract(r, ev, "product"), "крышка треснула через день");
    EXPECT_EQ(ProblemPhrase::extract(r, ev, "logistics"), "");
    EXPECT_EQ(ProblemPhrase::extract(r, ev, "price"), "дорого"); // "и ещё" dropped
    const auto ranked = ProblemPhrase::ranked(ev, "product");
    ASSERT_EQ(ranked.size(), 2u);
    EXPECT_EQ(ranked[0]->term, "треснула");
}

TEST(DraftProblemPhrase, TitleEvidenceReadsTheTitle)
{
    Review r = review("Details inside");
    r.title = "Arrived crushed";
    Evidence e;
    e.target = "logistics";
    e.begin = 8;
    e.end = 15;
    e.weight = 1;
    e.inTitle = true;
    EXPECT_EQ(ProblemPhrase::extract(r, {e}, "logistics"), "arrived crushed");
}

TEST(DraftProblemPhrase, AcronymsKeepTheirCaseAndOffsetsAreClamped)
{
    const Review r = review("USB port died");
    EXPECT_EQ(ProblemPhrase::extract(r, {at(r.text, "died", "product")}, "product"),
              "USB port died");
    Evidence wild;
    wild.target = "product";
    wild.begin = 5;
    wild.end = 500;
    wild.weight = 1;
    EXPECT_EQ(ProblemPhrase::extract(r, {wild}, "product"), "USB port died");
    wild.begin = 400;
    EXPECT_EQ(ProblemPhrase::extract(r, {wild}, "product"), "");
    EXPECT_EQ(ProblemPhrase::slice("абв", 1, 2), "б");
}

TEST(DraftProblemPhrase, KeysHoldRuleTermAndWordsCaseFolded)
{
    const Review r = review("Пришёл НЕ ТОТ цвет");
    Evidence e = at(r.text, "НЕ ТОТ", "logistics");
    e.ruleId = "ru.logistics.Wrong";
    const auto keys = ProblemPhrase::keys(r, e);
    EXPECT_EQ(keys, (std::vector<std::string>{"не тот", "не", "тот", "ru.logistics.wrong"}));
}
