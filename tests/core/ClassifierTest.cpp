// The classifier engine on its own small rule set (tests/data/rules/engine), so that these
// tests do not move when the built-in rules grow: inflections, negation, contrast, full-width
// and mixed-language text, overlaps, exclusions, offsets, ratings, determinism, threads.
#include "TestSupport.h"

#include "classify/ClassifierFactory.h"
#include "classify/ClassifierWorkspace.h"
#include "text/Utf8.h"

#include <gtest/gtest.h>

#include <atomic>
#include <thread>

using namespace rd;

namespace {

class ClassifierTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        RuleSources s;
        s.builtinDir = test::fixture("rules/engine");
        ClassifierLoad load = ClassifierFactory::load(s);
        ASSERT_TRUE(load.problems.empty()) << load.problems.front().toString();
        s_classifier = load.classifier;
    }
    static void TearDownTestSuite() { s_classifier.reset(); }

    static Classification classify(const std::string& text, std::optional<int> rating = 1,
                                   const std::string& title = {})
    {
        Review r;
        r.text = text;
        r.title = title;
        r.rating = rating;
        return s_classifier->classify(r);
    }

    // The counted (not negated) evidence terms, in text order.
    static std::vector<std::string> counted(const Classification& c)
    {
        std::vector<std::string> out;
        for (const Evidence& e : c.evidence) {
            if (!e.negated) {
                out.push_back(e.term);
            }
        }
        return out;
    }

    static std::string slice(const std::string& s, int begin, int end)
    {
        std::string out;
        std::size_t pos = 0;
        for (int i = 0; pos < s.size() && i < end; ++i) {
            const char32_t c = utf8::next(s, pos);
            if (i >= begin) {
                utf8::append(out, c);
            }
        }
        return out;
    }

    static std::shared_ptr<const Classifier> s_classifier;
};

std::shared_ptr<const Classifier> ClassifierTest::s_classifier;

} // namespace

TEST_F(ClassifierTest, MatchesInflectionsStemsAndForms)
{
    for (const char* text : {"Телефон сломался", "телефон сломалась", "Сломанный корпус",
                             "БРАКОВАННЫЙ товар", "явный брак"}) {
        EXPECT_EQ(classify(text).category, Category::Product) << text;
    }
    EXPECT_EQ(classify("It was delivered late").category, Category::Logistics);
    EXPECT_EQ(classify("Delivery took ages").category, Category::Logistics);
    // A stem only matches at the start of a word.
    EXPECT_TRUE(classify("передоставка").evidence.empty());
    // The evidence of a stem covers the whole word.
    const auto c = classify("Доставка");
    ASSERT_EQ(c.evidence.size(), 1u);
    EXPECT_EQ(c.evidence[0].end, 8);
}

TEST_F(ClassifierTest, NegationCancelsTheTerm)
{
    const auto ru = classify("Товар не сломан, курьер опоздал");
    EXPECT_EQ(ru.category, Category::Logistics);
    ASSERT_EQ(ru.evidence.size(), 2u);
    EXPECT_TRUE(ru.evidence[0].negated);
    EXPECT_EQ(ru.evidence[0].weight, 0.0);

    EXPECT_EQ(classify("没有破损，物流慢").category, Category::Logistics);
    EXPECT_EQ(classify("Nothing wrong with the delivery, but it runs small").category,
              Category::Product);
    EXPECT_EQ(classify("This isn't a delivery problem").category, Category::Other);
    EXPECT_EQ(classify("Брака нет, опоздал курьер").category, Category::Logistics);
    // "не только" is not a negation; a negation does not reach across a comma.
    EXPECT_EQ(classify("не только сломан").category, Category::Product);
    EXPECT_EQ(classify("не знаю, сломан").category, Category::Product);
    // Too far away.
    EXPECT_EQ(classify("не думаю что это хоть как то сломано").category, Category::Product);
}

TEST_F(ClassifierTest, NegationThatBelongsToATermDoesNotCancelIt)
{
    // The cue is one of the term's own words, before a wildcard or a "..." gap.
    for (const char* text : {"Парфюм совсем не похож на оригинал", "Цвет не соответствует фото",
                             "не соответствует цвету на фото"}) {
        const auto c = classify(text);
        EXPECT_EQ(c.category, Category::Product) << text;
        ASSERT_FALSE(c.evidence.empty()) << text;
        EXPECT_FALSE(c.evidence[0].negated) << text;
    }
    // A term that starts with its own negation is not turned round by an earlier one.
    const auto list = classify("не пахнет и не держится");
    ASSERT_EQ(list.evidence.size(), 1u);
    EXPECT_FALSE(list.evidence[0].negated);
    // A cue in the gap of "a ... b" still negates.
    const auto gap = classify("качество не ужасное");
    ASSERT_EQ(gap.evidence.size(), 1u);
    EXPECT_TRUE(gap.evidence[0].negated);
    EXPECT_EQ(gap.category, Category::Other);
}

TEST_F(ClassifierTest, ContrastAndConcessionWeighTheClauses)
{
    const auto c = classify("Доставка долгая, но качество ужасное");
    EXPECT_EQ(c.category, Category::Product);
    ASSERT_EQ(c.also.size(), 0u); // logistics 1 x 0.5 stays below alsoMinScore
    const auto d = classify("Качество ужасное, но доставка опоздала");
    EXPECT_EQ(d.category, Category::Logistics);
    EXPECT_EQ(d.also, std::vector<Category>{Category::Product});
    EXPECT_EQ(classify("доставка быстрая, но качество ужасное").also.size(), 0u);
    EXPECT_EQ(classify("物流慢，但是质量很差").category, Category::Product);
    // "хотя" weakens its own clause: brak (2 x 0.5) against a late courier (2).
    EXPECT_EQ(classify("Хотя есть брак, курьер опоздал").category, Category::Logistics);
}

TEST_F(ClassifierTest, FullWidthAndMixedLanguageText)
{
    const std::string text = "ＤＥＬＩＶＥＲＥＤ late, 快递 ok";
    const auto c = classify(text);
    EXPECT_EQ(c.category, Category::Logistics);
    ASSERT_EQ(c.evidence.size(), 2u);
    EXPECT_EQ(slice(text, c.evidence[0].begin, c.evidence[0].end), "ＤＥＬＩＶＥＲＥＤ");
    EXPECT_EQ(slice(text, c.evidence[1].begin, c.evidence[1].end), "快递");

    const auto mixed = classify("这个iPhone壳质量很差, no refund!");
    EXPECT_EQ(mixed.category, Category::AfterSales); // equal scores: the later cause wins
    EXPECT_EQ(mixed.also, std::vector<Category>{Category::Product});
}

TEST_F(ClassifierTest, ChineseTermsAreSubstrings)
{
    EXPECT_EQ(classify("手机坏了").category, Category::Product);
    EXPECT_EQ(classify("到货时外包装破损严重").category, Category::Product);
}

TEST_F(ClassifierTest, LongestOfOverlappingMatchesWins)
{
    const auto c = classify("Забрала в пункте выдачи");
    ASSERT_EQ(c.evidence.size(), 1u);
    EXPECT_EQ(c.evidence[0].term, "пункт* выдачи");
    EXPECT_EQ(c.evidence[0].begin, 10);
    EXPECT_EQ(c.evidence[0].end, 23);
    // A flag term inside a category phrase still raises the flag; the flag rule also votes
    // for its category.
    const auto fire = classify("Загорелся сразу");
    EXPECT_TRUE(fire.safety);
    EXPECT_EQ(fire.category, Category::Product);
}

TEST_F(ClassifierTest, ExclusionsCancelByOverlapClauseAndReview)
{
    EXPECT_EQ(classify("не дорого").category, Category::Other);
    EXPECT_EQ(classify("очень дорого").category, Category::Price);
    EXPECT_EQ(classify("Дорогой продавец, очень дорого").category, Category::Other);
    EXPECT_EQ(classify("доставка быстрая").category, Category::Other);
    EXPECT_EQ(classify("доставка долгая").category, Category::Logistics);
    const auto shocked = classify("I was shocked at the size, runs small");
    EXPECT_FALSE(shocked.safety);
    EXPECT_TRUE(classify("gave me a shock").safety);
}

TEST_F(ClassifierTest, PartsMustFollowInOneClause)
{
    EXPECT_EQ(classify("The size is way too small").category, Category::Product);
    EXPECT_EQ(classify("The size is fine. Small box").category, Category::Other);
    EXPECT_EQ(classify("small size").category, Category::Other); // wrong order
    // The parts never join across a contrast or concession word: "size ... small" is silent
    // in the first, "качество ... ужасн*" in the third.
    EXPECT_EQ(classify("The size is right but the box is small").category, Category::Other);
    EXPECT_EQ(classify("The box is fine but the size is small").category, Category::Product);
    EXPECT_EQ(classify("Качество отличное но упаковка ужасная").category, Category::Other);
    EXPECT_EQ(classify("Качество ужасное").category, Category::Product);
    EXPECT_TRUE(classify("Верните деньги иначе напишу плохой отзыв").suspicious);
    EXPECT_FALSE(classify("Верните деньги. Иначе. Отзыв").suspicious);
}

TEST_F(ClassifierTest, OffsetsPointIntoTheOriginalTitleOrText)
{
    const std::string text = "\U0001F621\U0001F621 ужас, сло\u00ADмался за день \uFB01t";
    const auto c = classify(text, 1, "БРАК!");
    ASSERT_GE(c.evidence.size(), 3u);
    EXPECT_TRUE(c.evidence[0].inTitle);
    EXPECT_EQ(c.evidence[0].begin, 0);
    EXPECT_EQ(c.evidence[0].end, 4);
    for (const Evidence& e : c.evidence) {
        if (!e.inTitle) {
            EXPECT_NE(slice(text, e.begin, e.end), "") << e.term;
        }
    }
    EXPECT_EQ(slice(text, c.evidence[1].begin, c.evidence[1].end), "ужас");
    EXPECT_EQ(slice(text, c.evidence[2].begin, c.evidence[2].end), "сло\u00ADмался");
    EXPECT_EQ(slice(text, c.evidence.back().begin, c.evidence.back().end), "\uFB01t");
}

TEST_F(ClassifierTest, RatingDecidesWhenNoCauseIsNamed)
{
    const auto bare = classify("Не понравилось совсем", 1);
    EXPECT_EQ(bare.category, Category::Other);
    EXPECT_TRUE(bare.evidence.empty());
    EXPECT_DOUBLE_EQ(bare.confidence, 0.6);
    EXPECT_EQ(classify("ужас", 1).category, Category::Other);
    // 4-5 stars need more evidence (positiveMinScore 3 in the fixture).
    EXPECT_EQ(classify("курьер опоздал", 5).category, Category::Other);
    EXPECT_EQ(classify("курьер опоздал", 2).category, Category::Logistics);
    Review positive;
    positive.text = "курьер опоздал";
    positive.polarity = Polarity::Positive;
    EXPECT_EQ(s_classifier->classify(positive).category, Category::Other);
}

TEST_F(ClassifierTest, EmptyAndHugeTexts)
{
    const auto empty = classify("");
    EXPECT_EQ(empty.category, Category::Other);
    EXPECT_TRUE(empty.evidence.empty());
    EXPECT_EQ(empty.rulesetVersion, s_classifier->rulesetVersion());

    std::string big = "Загорелся! ";
    while (big.size() < 10 * 1024 * 1024) {
        big += "Всё хорошо, но брак и курьер опоздал. ";
    }
    const auto c = classify(big);
    EXPECT_TRUE(c.safety);
    EXPECT_EQ(c.category, Category::Product); // the fire also votes for product
    EXPECT_EQ(c.evidence.size(), 50u);        // maxEvidence in the fixture
    EXPECT_EQ(slice(big, c.evidence[0].begin, c.evidence[0].end), "Загорелся");
    EXPECT_EQ(slice(big, c.evidence[1].begin, c.evidence[1].end), "брак");
    EXPECT_GT(c.confidence, 0.0);
}

TEST_F(ClassifierTest, ResultsAreDeterministicAcrossCallsAndThreads)
{
    const std::vector<std::string> texts = {"Доставка долгая, но качество ужасное",
                                            "没有破损，物流慢",
                                            "refund refused, runs small",
                                            "Брака нет, опоздал курьер",
                                            "Загорелся",
                                            ""};
    std::vector<Classification> first;
    for (const auto& t : texts) {
        first.push_back(classify(t));
    }
    auto same = [](const Classification& a, const Classification& b) {
        if (a.category != b.category || a.also != b.also || a.suspicious != b.suspicious ||
            a.safety != b.safety || a.confidence != b.confidence ||
            a.evidence.size() != b.evidence.size()) {
            return false;
        }
        for (std::size_t i = 0; i < a.evidence.size(); ++i) {
            const Evidence& x = a.evidence[i];
            const Evidence& y = b.evidence[i];
            if (x.ruleId != y.ruleId || x.term != y.term || x.begin != y.begin || x.end != y.end ||
                x.negated != y.negated || x.weight != y.weight) {
                return false;
            }
        }
        return true;
    };
    std::vector<std::thread> threads;
    std::atomic<int> mismatches{0};
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&, t] {
            auto ws = s_classifier->makeWorkspace();
            Classification out;
            for (int round = 0; round < 200; ++round) {
                const std::size_t i = static_cast<std::size_t>((round + t) % texts.size());
                Review r;
                r.text = texts[i];
                r.rating = 1;
                if (round % 2) {
                    s_classifier->classify(r, *ws, out); // reused workspace and output
                } else {
                    out = s_classifier->classify(r);
                }
                mismatches += same(out, first[i]) ? 0 : 1;
            }
        });
    }
    for (auto& th : threads) {
        th.join();
    }
    EXPECT_EQ(mismatches.load(), 0);
}

TEST_F(ClassifierTest, WorkspaceBelongsToItsClassifier)
{
    RuleSources s;
    s.builtinDir = test::fixture("rules/engine");
    auto other = ClassifierFactory::load(s).classifier;
    auto ws = other->makeWorkspace();
    Classification out;
    Review r;
    EXPECT_THROW(s_classifier->classify(r, *ws, out), std::invalid_argument);
}

TEST_F(ClassifierTest, ExplainTellsWhatHappenedToEveryMatch)
{
    Review r;
    r.text = "Товар не сломан, доставка быстрая, очень дорого";
    r.rating = 2;
    const Explanation ex = s_classifier->explain(r);
    EXPECT_EQ(ex.result.category, Category::Price);
    EXPECT_EQ(ex.normalizedText, "товар не сломан, доставка быстрая, очень дорого");
    ASSERT_EQ(ex.matches.size(), 3u);
    EXPECT_EQ(ex.matches[0].status, "negated by 'не'");
    EXPECT_EQ(ex.matches[1].status, "excluded by 'быстр*'");
    EXPECT_EQ(ex.matches[2].status, "counted");
    EXPECT_DOUBLE_EQ(ex.scores[static_cast<std::size_t>(RuleTarget::Price)], 2.0);
}

TEST_F(ClassifierTest, ArbitraryTextGivesOffsetsInsideTheFields)
{
    const std::vector<std::string> pieces = {"брак",
                                             " ",
                                             "не ",
                                             "доставка",
                                             "ужас",
                                             "\xCC\x81",
                                             "\xFF",
                                             "质量很差",
                                             "没有",
                                             "ＲＥＦＵＮＤ",
                                             ", ",
                                             "no refund",
                                             "\xF0\x9F\x98\xA1",
                                             "иначе ... отзыв"};
    std::uint32_t seed = 7;
    for (int round = 0; round < 500; ++round) {
        Review r;
        for (std::string* field : {&r.title, &r.text}) {
            const int length = static_cast<int>(seed % 12);
            for (int i = 0; i < length; ++i) {
                seed = seed * 1103515245u + 12345u;
                *field += pieces[(seed >> 16) % pieces.size()];
            }
            seed = seed * 1103515245u + 12345u;
        }
        const Classification c = s_classifier->classify(r);
        for (const Evidence& e : c.evidence) {
            const auto length = static_cast<int>(utf8::length(e.inTitle ? r.title : r.text));
            ASSERT_LE(0, e.begin);
            ASSERT_LT(e.begin, e.end);
            ASSERT_LE(e.end, length) << round;
        }
    }
}
