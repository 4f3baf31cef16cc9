// The rule editor's evaluation in the core: reading labelled files (good and bad) and the
// figures of an evaluation, worked out by hand for tests/data/evaluation, and checked against
// ../shared/tools/score-labels on a development set.
#include "classify/ClassifierEvaluation.h"
#include "classify/ClassifierFactory.h"
#include "classify/LabelledSet.h"
#include "classify/ReviewCsv.h"
#include "export/CsvWriter.h"

#include "TestSupport.h"

#include <QProcess>
#include <QStandardPaths>

#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <sstream>

using namespace rd;

namespace {

std::shared_ptr<const Classifier> fixtureRules()
{
    RuleSources sources;
    sources.builtinDir = test::fixture("evaluation/rules");
    ClassifierLoad load = ClassifierFactory::load(sources);
    EXPECT_FALSE(load.hasErrors());
    return load.classifier;
}

const Score& of(const EvaluationReport& r, Category c)
{
    return r.categories[static_cast<std::size_t>(c)];
}

} // namespace

TEST(LabelledSetTest, ReadsTheTaxonomyFormatWithTexts)
{
    const LabelledSet set = LabelledSet::readFile(test::fixture("evaluation/labelled.csv"));
    ASSERT_EQ(set.labels.size(), 12u);
    EXPECT_TRUE(set.hasTexts);
    EXPECT_TRUE(set.hasFlags);
    ASSERT_EQ(set.reviews.size(), 12u);
    EXPECT_EQ(set.labels[4].id, "r05");
    EXPECT_EQ(set.labels[4].category, Category::Logistics);
    EXPECT_EQ(set.labels[4].also, std::vector<Category>{Category::AfterSales});
    EXPECT_EQ(set.labels[4].line, 6);
    EXPECT_TRUE(set.labels[10].safety);
    EXPECT_EQ(set.reviews[2].text, "Terrible quality, the handle is loose.");
    EXPECT_EQ(set.reviews[7].rating, 2);
}

TEST(LabelledSetTest, IdsOnlyAndOptionalColumns)
{
    const LabelledSet set = LabelledSet::read("\xEF\xBB\xBFid;category\n a1 ;Price\n", "mem.csv");
    ASSERT_EQ(set.labels.size(), 1u);
    EXPECT_EQ(set.labels[0].id, "a1");
    EXPECT_EQ(set.labels[0].category, Category::Price);
    EXPECT_FALSE(set.hasTexts);
    EXPECT_FALSE(set.hasFlags);
}

struct BadLabels
{
    const char* file;
    std::int64_t line;
    const char* reason;
};

class LabelledSetBadTest : public ::testing::TestWithParam<BadLabels>
{
};

TEST_P(LabelledSetBadTest, NamesFileLineAndReason)
{
    const BadLabels& bad = GetParam();
    const std::string path = test::fixture(std::string("evaluation/") + bad.file);
    try {
        LabelledSet::readFile(path);
        FAIL() << bad.file << " was accepted";
    } catch (const LabelError& e) {
        EXPECT_EQ(e.file(), path);
        EXPECT_EQ(e.line(), bad.line) << e.what();
        EXPECT_NE(e.reason().find(bad.reason), std::string::npos) << e.what();
        EXPECT_EQ(std::string(e.what()).rfind(path, 0), 0u);
    }
}

INSTANTIATE_TEST_SUITE_P(
    Files, LabelledSetBadTest,
    ::testing::Values(BadLabels{"bad-category.csv", 3, "category 'produce' is not a category"},
                      BadLabels{"bad-flag.csv", 3, "safety '2' is not 0 or 1"},
                      BadLabels{"bad-duplicate.csv", 3, "labelled twice (first on line 2)"},
                      BadLabels{"bad-fields.csv", 2, "4 fields where the header has 5"},
                      BadLabels{"bad-header.csv", 1, "needs the columns id and category"},
                      BadLabels{"bad-also.csv", 2, "also 'shiping' is not a category"},
                      BadLabels{"bad-quote.csv", 3, "quote"},
                      BadLabels{"bad-utf8.csv", 3, "not UTF-8"},
                      BadLabels{"bad-empty.csv", 0, "no labelled reviews"},
                      BadLabels{"does-not-exist.csv", 0, "cannot read the file"}));

TEST(ClassifierEvaluationTest, FiguresOfTheFixtureAreTheOnesWorkedOutByHand)
{
    const auto classifier = fixtureRules();
    const LabelledSet set = LabelledSet::readFile(test::fixture("evaluation/labelled.csv"));
    const EvaluationReport r = ClassifierEvaluation::run(*classifier, set);

    EXPECT_EQ(r.labelled, 12);
    EXPECT_EQ(r.scored, 12);
    EXPECT_TRUE(r.missing.empty());
    // Rows labelled, columns predicted: product 3 right, r03 and r12 other; after_sales r07
    // other; other r10 price.
    const std::array<std::array<std::int64_t, 5>, 5> confusion{
        {{3, 0, 0, 0, 2}, {0, 2, 0, 0, 0}, {0, 0, 1, 0, 1}, {0, 0, 0, 1, 0}, {0, 0, 0, 1, 1}}};
    EXPECT_EQ(r.confusion, confusion);
    EXPECT_DOUBLE_EQ(of(r, Category::Product).precision, 1.0);
    EXPECT_DOUBLE_EQ(of(r, Category::Product).recall, 0.6);
    EXPECT_NEAR(of(r, Category::Product).f1, 0.75, 1e-12);
    EXPECT_DOUBLE_EQ(of(r, Category::Logistics).f1, 1.0);
    EXPECT_NEAR(of(r, Category::AfterSales).f1, 2.0 / 3.0, 1e-12);
    EXPECT_DOUBLE_EQ(of(r, Category::Price).precision, 0.5);
    EXPECT_DOUBLE_EQ(of(r, Category::Price).recall, 1.0);
    EXPECT_EQ(of(r, Category::Other).predicted, 4);
    EXPECT_DOUBLE_EQ(of(r, Category::Other).precision, 0.25);
    EXPECT_NEAR(of(r, Category::Other).f1, 1.0 / 3.0, 1e-12);
    EXPECT_NEAR(r.macroF1, (0.75 + 1.0 + 2.0 / 3.0 + 2.0 / 3.0 + 1.0 / 3.0) / 5.0, 1e-12);
    EXPECT_NEAR(r.accuracy, 8.0 / 12.0, 1e-12);
    EXPECT_EQ(r.safety.support, 2);
    EXPECT_EQ(r.safety.predicted, 1);
    EXPECT_DOUBLE_EQ(r.safety.recall, 0.5);
    EXPECT_EQ(r.suspicious.support, 0);
    EXPECT_DOUBLE_EQ(r.suspicious.f1, 0.0);
    EXPECT_EQ(r.multiLabel.correct, 8);
    EXPECT_EQ(r.multiLabel.support, 13);
    EXPECT_EQ(r.multiLabel.predicted, 12);

    std::vector<std::string> wrong;
    for (const Misclassified& m : r.misclassified) {
        wrong.push_back(m.gold.id);
    }
    EXPECT_EQ(wrong, (std::vector<std::string>{"r03", "r07", "r10", "r12"}));
    EXPECT_EQ(r.misclassified[2].category, Category::Price);
    EXPECT_EQ(r.misclassified[2].review.text, "It is overpriced junk");
}

TEST(ClassifierEvaluationTest, LooksUpTextsAndListsTheMissing)
{
    const auto classifier = fixtureRules();
    const LabelledSet texts = LabelledSet::readFile(test::fixture("evaluation/labelled.csv"));
    std::map<std::string, Review> byId;
    for (const Review& review : texts.reviews) {
        byId[review.externalId] = review;
    }
    const LabelledSet ids = LabelledSet::readFile(test::fixture("evaluation/labelled-ids.csv"));
    int lookups = 0;
    const EvaluationReport r = ClassifierEvaluation::run(
        *classifier, ids, [&](const std::string& id) -> std::optional<Review> {
            ++lookups;
            auto it = byId.find(id);
            return it == byId.end() ? std::nullopt : std::optional<Review>(it->second);
        });
    EXPECT_EQ(lookups, 3);
    EXPECT_EQ(r.scored, 2);
    EXPECT_EQ(r.missing, std::vector<std::string>{"r99"});
    EXPECT_DOUBLE_EQ(r.accuracy, 1.0);
    EXPECT_DOUBLE_EQ(r.macroF1, 1.0); // price has no scored support: not in the average
}

TEST(ClassifierEvaluationTest, CancelStopsEarly)
{
    const auto classifier = fixtureRules();
    LabelledSet set = LabelledSet::readFile(test::fixture("evaluation/labelled.csv"));
    for (int copy = 0; copy < 10; ++copy) { // 132 labels: progress every 50
        for (std::size_t i = 0; i < 12; ++i) {
            Label l = set.labels[i];
            l.id += "-" + std::to_string(copy);
            set.labels.push_back(l);
            set.reviews.push_back(set.reviews[i]);
        }
    }
    int calls = 0;
    const EvaluationReport r =
        ClassifierEvaluation::run(*classifier, set, {}, [&](std::int64_t done, std::int64_t) {
            ++calls;
            return done < 50;
        });
    EXPECT_TRUE(r.cancelled);
    EXPECT_EQ(calls, 1);
    EXPECT_EQ(r.scored, 50);
}

// The same figures as ../shared/tools/score-labels for the built-in rules (read from the
// source tree) on the English development set.
TEST(ClassifierEvaluationTest, AgreesWithScoreLabelsOnADevelopmentSet)
{
    const auto reviewsPath = test::sharedFile("data/reviews-en.csv");
    const auto devPath = test::sharedFile("eval/dev-en.csv");
    const auto tool = test::sharedFile("tools/score-labels");
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (!reviewsPath || !devPath || !tool || python.isEmpty()) {
        GTEST_SKIP() << "../shared (data, eval, tools) or python3 not available";
    }
    std::vector<Review> reviews;
    CsvProblem problem;
    const std::string text = test::readFile(*reviewsPath);
    ASSERT_TRUE(ReviewCsv::readAll(text, reviews, problem)) << problem.reason;
    std::map<std::string, Review> byId;
    for (Review& r : reviews) {
        byId[r.externalId] = std::move(r);
    }
    RuleSources sources;
    sources.builtinDir = test::sourceDir() + "/resources/rules";
    const ClassifierLoad load = ClassifierFactory::load(sources);
    const LabelledSet dev = LabelledSet::readFile(*devPath);

    test::TempDir dir;
    const std::string predictions = dir.file("pred.csv");
    std::ofstream out(predictions, std::ios::binary);
    CsvWriter csv(out);
    csv.writeRow({"id", "category", "also", "suspicious", "safety"});
    const EvaluationReport r = ClassifierEvaluation::run(
        *load.classifier, dev,
        [&](const std::string& id) -> std::optional<Review> {
            auto it = byId.find(id);
            return it == byId.end() ? std::nullopt : std::optional<Review>(it->second);
        },
        {},
        [&](const Label& label, const Classification& c) {
            csv.writeRow({label.id, std::string(toKey(c.category)), joinCategories(c.also),
                          c.suspicious ? "1" : "0", c.safety ? "1" : "0"});
        });
    out.close();
    ASSERT_TRUE(r.missing.empty());

    QProcess process;
    process.start(python, {QString::fromStdString(*tool), QString::fromStdString(predictions),
                           QString::fromStdString(*devPath)});
    ASSERT_TRUE(process.waitForFinished(60000));
    const std::string printed = process.readAllStandardOutput().toStdString();
    std::istringstream lines(printed);
    std::map<std::string, std::vector<std::string>> rows; // first word -> the line's words
    for (std::string line; std::getline(lines, line);) {
        std::istringstream words(line);
        std::vector<std::string> w;
        for (std::string x; words >> x;) {
            w.push_back(x);
        }
        if (!w.empty()) {
            // The first line of a name: the confusion rows repeat the category names.
            rows.emplace(w[0] + (w[0] == "flag" && w.size() > 1 ? " " + w[1] : ""), w);
        }
    }
    const auto fixed = [](double v) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.3f", v);
        return std::string(buf);
    };
    ASSERT_TRUE(rows.count("macro-F1")) << printed;
    EXPECT_EQ(rows["macro-F1"][1], fixed(r.macroF1)) << printed;
    EXPECT_EQ(rows["accuracy"][1], fixed(r.accuracy)) << printed;
    for (Category c : kAllCategories) {
        const auto& w = rows[std::string(toKey(c))];
        ASSERT_GE(w.size(), 5u) << printed;
        const Score& s = of(r, c);
        EXPECT_EQ(w[1], std::to_string(s.support)) << toKey(c);
        EXPECT_EQ(w[2], fixed(s.precision)) << toKey(c);
        EXPECT_EQ(w[3], fixed(s.recall)) << toKey(c);
        EXPECT_EQ(w[4], fixed(s.f1)) << toKey(c);
    }
    const auto& safety = rows["flag safety:"];
    ASSERT_GE(safety.size(), 10u) << printed;
    EXPECT_EQ(safety[3], std::to_string(r.safety.support));
    EXPECT_EQ(safety[7], fixed(r.safety.recall));
    const auto& multi = rows["multi-label"];
    ASSERT_GE(multi.size(), 10u) << printed;
    EXPECT_EQ(multi[9], fixed(r.multiLabel.f1)) << printed;
    std::cout << "score-labels: " << rows["macro-F1"][1] << " macro-F1, ours " << fixed(r.macroF1)
              << " (" << r.scored << " reviews)\n";
}
