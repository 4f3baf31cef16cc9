// The rule editor (issue 4): the live box, the evaluation table, saving (valid and invalid
// edits), re-classifying the store, and its place in the main window's View menu. The rules
// are the small fixture set of tests/data/evaluation/rules, so the figures are known.
#include "CategoryStyle.h"
#include "MainWindow.h"
#include "report/ManagerWindows.h"
#include "rules/LiveTestPanel.h"
#include "rules/RuleEditorWindow.h"

#include "TestDatabase.h"
#include "TestSupport.h"

#include "classify/ClassificationService.h"
#include "classify/Classifier.h"
#include "classify/RuleFileParser.h"
#include "store/ClassificationStore.h"

#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTextEdit>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace rd;
using namespace rd::gui;

namespace {

class RuleEditorTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_sources.builtinDir = test::fixture("evaluation/rules");
        m_sources.userFile = m_dir.file("rules.json");
    }

    std::unique_ptr<RuleEditorWindow> makeWindow()
    {
        auto w = std::make_unique<RuleEditorWindow>();
        w->setRuleSources(m_sources);
        w->resize(1400, 880);
        w->show();
        EXPECT_TRUE(compiled(*w));
        return w;
    }

    static bool compiled(RuleEditorWindow& w)
    {
        return test::waitUntil([&] { return !w.isCompiling() && w.classifier(); });
    }

    template <typename T>
    static T* child(RuleEditorWindow& w, const char* name)
    {
        T* found = w.findChild<T*>(QString::fromLatin1(name));
        EXPECT_NE(found, nullptr) << name;
        return found;
    }

    // Adds a user rule with New and fills its target and terms through the form.
    static void addRule(RuleEditorWindow& w, const QString& target, const QString& terms)
    {
        child<QPushButton>(w, "newRuleButton")->click();
        auto* combo = child<QComboBox>(w, "targetCombo");
        combo->setCurrentIndex(combo->findData(target));
        auto* edit = child<QPlainTextEdit>(w, "termsEdit");
        edit->setFocus();
        typeLines(edit, terms);
    }

    // Types `text`, a line break as the Return key.
    static void typeLines(QWidget* edit, const QString& text)
    {
        const QStringList lines = text.split(QLatin1Char('\n'));
        for (int i = 0; i < lines.size(); ++i) {
            if (i > 0) {
                QTest::keyClick(edit, Qt::Key_Return);
            }
            QTest::keyClicks(edit, lines[i]);
        }
    }

    static void type(RuleEditorWindow& w, const QString& text)
    {
        auto* live = child<QTextEdit>(w, "liveText");
        live->clear();
        live->setFocus();
        QTest::keyClicks(live, text);
    }

    static bool evaluated(RuleEditorWindow& w, const QString& path)
    {
        bool done = false;
        const auto connection =
            QObject::connect(&w, &RuleEditorWindow::evaluationFinished, [&] { done = true; });
        w.evaluate(path);
        const bool finished = test::waitUntil([&] { return done; });
        QObject::disconnect(connection);
        return finished;
    }

    test::TempDir m_dir;
    RuleSources m_sources;
};

QString cell(QTableWidget* table, int row, int column)
{
    const QTableWidgetItem* item = table->item(row, column);
    return item ? item->text() : QString();
}

} // namespace

TEST_F(RuleEditorTest, LiveBoxShowsCategoryFlagsAndEvidenceAsYouType)
{
    auto w = makeWindow();
    type(*w, QStringLiteral("Wow. The charger caught fire"));
    const Explanation& ex = w->liveTest()->explanation();
    EXPECT_EQ(ex.result.category, Category::Product);
    EXPECT_TRUE(ex.result.safety);
    const QString result = child<QLabel>(*w, "liveResult")->text();
    EXPECT_TRUE(result.contains(CategoryStyle::name(Category::Product))) << result.toStdString();
    EXPECT_TRUE(result.contains(QStringLiteral("safety"))) << result.toStdString();

    auto* evidence = child<QTreeWidget>(*w, "evidenceTree");
    ASSERT_EQ(evidence->topLevelItemCount(), 1);
    EXPECT_EQ(evidence->topLevelItem(0)->text(0), QStringLiteral("caught fire"));
    EXPECT_EQ(evidence->topLevelItem(0)->text(1), QStringLiteral("t.safety.fire"));
    // The counted words are highlighted in the text being typed.
    const auto selections = child<QTextEdit>(*w, "liveText")->extraSelections();
    ASSERT_EQ(selections.size(), 1);
    EXPECT_EQ(selections[0].cursor.selectedText(), QStringLiteral("caught fire"));

    // Typing on changes the result: now the courier is the last and only cause.
    type(*w, QStringLiteral("The courier was rude"));
    EXPECT_EQ(w->liveTest()->explanation().result.category, Category::Logistics);
    EXPECT_FALSE(w->liveTest()->explanation().result.safety);
    type(*w, QStringLiteral("Bad."));
    EXPECT_EQ(w->liveTest()->explanation().result.category, Category::Other);
    EXPECT_EQ(evidence->topLevelItemCount(), 0);
}

TEST_F(RuleEditorTest, LiveBoxUsesTheRulesBeingEdited)
{
    auto w = makeWindow();
    type(*w, QStringLiteral("The chair squeaks at night"));
    EXPECT_EQ(w->liveTest()->explanation().result.category, Category::Other);

    addRule(*w, QStringLiteral("product"), QStringLiteral("squeak*"));
    ASSERT_TRUE(compiled(*w));
    EXPECT_TRUE(w->isModified());
    EXPECT_EQ(w->liveTest()->explanation().result.category, Category::Product);
    auto* evidence = child<QTreeWidget>(*w, "evidenceTree");
    ASSERT_EQ(evidence->topLevelItemCount(), 1);
    EXPECT_EQ(evidence->topLevelItem(0)->text(0), QStringLiteral("squeaks"));
    EXPECT_EQ(evidence->topLevelItem(0)->text(1), QStringLiteral("user.product.rule1"));
    std::cout << "compiling the edited rules took " << w->lastCompileMs()
              << " ms (fixture rules); classifying the live text "
              << w->liveTest()->lastClassifyUs() << " us\n";

    // Switching off a built-in rule takes its words away.
    type(*w, QStringLiteral("Late delivery again"));
    EXPECT_EQ(w->liveTest()->explanation().result.category, Category::Logistics);
    ASSERT_TRUE(w->selectRule(QStringLiteral("t.logistics.late")));
    EXPECT_FALSE(child<QWidget>(*w, "termsEdit")->isEnabled() &&
                 !child<QPlainTextEdit>(*w, "termsEdit")->isReadOnly());
    child<QPushButton>(*w, "disableButton")->click();
    ASSERT_TRUE(compiled(*w));
    EXPECT_EQ(w->liveTest()->explanation().result.category, Category::Other);
    EXPECT_TRUE(w->document().isDisabled("t.logistics.late"));
}

TEST_F(RuleEditorTest, EvaluationTableOnTheLabelledFixture)
{
    auto w = makeWindow();
    ASSERT_TRUE(evaluated(*w, QString::fromStdString(test::fixture("evaluation/labelled.csv"))));
    ASSERT_NE(w->evaluation(), nullptr);
    const QString summary = child<QLabel>(*w, "evaluationSummary")->text();
    EXPECT_TRUE(summary.contains(QStringLiteral("12 of 12"))) << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("accuracy 0.667"))) << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("macro-F1 0.683"))) << summary.toStdString();

    auto* scores = child<QTableWidget>(*w, "scoreTable");
    ASSERT_EQ(scores->rowCount(), 7);                       // five categories and two flags
    EXPECT_EQ(cell(scores, 0, 0), QStringLiteral("5"));     // product support
    EXPECT_EQ(cell(scores, 0, 3), QStringLiteral("1.000")); // precision
    EXPECT_EQ(cell(scores, 0, 4), QStringLiteral("0.600")); // recall
    EXPECT_EQ(cell(scores, 0, 5), QStringLiteral("0.750")); // F1
    EXPECT_EQ(cell(scores, 3, 3), QStringLiteral("0.500")); // price precision
    EXPECT_EQ(cell(scores, 4, 5), QStringLiteral("0.333")); // other F1
    EXPECT_EQ(cell(scores, 6, 4), QStringLiteral("0.500")); // safety recall
    auto* confusion = child<QTableWidget>(*w, "confusionTable");
    EXPECT_EQ(cell(confusion, 0, 0), QStringLiteral("3"));
    EXPECT_EQ(cell(confusion, 0, 4), QStringLiteral("2"));
    EXPECT_EQ(cell(confusion, 4, 3), QStringLiteral("1"));

    auto* wrong = child<QTreeWidget>(*w, "misclassifiedTree");
    ASSERT_EQ(wrong->topLevelItemCount(), 4);
    EXPECT_EQ(wrong->topLevelItem(2)->text(0), QStringLiteral("r10"));
    // Clicking a misclassified review shows it in the live box with its explanation.
    wrong->setCurrentItem(wrong->topLevelItem(2));
    EXPECT_EQ(child<QTabWidget>(*w, "tabs")->currentWidget()->objectName(),
              QStringLiteral("liveTab"));
    EXPECT_EQ(child<QTextEdit>(*w, "liveText")->toPlainText(),
              QStringLiteral("It is overpriced junk"));
    EXPECT_EQ(w->liveTest()->explanation().result.category, Category::Price);
    const QString gold = child<QLabel>(*w, "liveGold")->text();
    EXPECT_TRUE(gold.contains(QStringLiteral("r10"))) << gold.toStdString();
    EXPECT_TRUE(gold.contains(CategoryStyle::name(Category::Other))) << gold.toStdString();
}

TEST_F(RuleEditorTest, EvaluationLooksReviewsUpInTheStoreAndReportsBadFiles)
{
    auto w = makeWindow();
    {
        auto store = ReviewStore::openSqlite(m_dir.file("eval.sqlite"));
        auto session = store->beginImport({"x.csv", "csv", "utf-8", 1});
        for (const auto& [id, text] :
             {std::pair{"r01", "It broke at once"}, std::pair{"r04", "Late delivery, a month"}}) {
            Review r;
            r.platform = Platform::Amazon;
            r.externalId = id;
            r.text = text;
            r.rating = 1;
            r.polarity = Polarity::Negative;
            session->upsert(r);
        }
        session->commit({});
    }
    w->openDatabase(QString::fromStdString(m_dir.file("eval.sqlite")));
    ASSERT_TRUE(
        evaluated(*w, QString::fromStdString(test::fixture("evaluation/labelled-ids.csv"))));
    ASSERT_NE(w->evaluation(), nullptr);
    EXPECT_EQ(w->evaluation()->scored, 2);
    EXPECT_EQ(w->evaluation()->missing, std::vector<std::string>{"r99"});
    EXPECT_DOUBLE_EQ(w->evaluation()->accuracy, 1.0);
    EXPECT_TRUE(child<QLabel>(*w, "evaluationSummary")->text().contains(QStringLiteral("r99")));

    const std::string bad = test::fixture("evaluation/bad-category.csv");
    ASSERT_TRUE(evaluated(*w, QString::fromStdString(bad)));
    const QString summary = child<QLabel>(*w, "evaluationSummary")->text();
    EXPECT_TRUE(summary.contains(QString::fromStdString(bad + ":3: category 'produce'")))
        << summary.toStdString();
    EXPECT_EQ(child<QTableWidget>(*w, "scoreTable")->rowCount(), 0);
}

TEST_F(RuleEditorTest, ValidEditIsSavedAndReloaded)
{
    auto w = makeWindow();
    QSignalSpy saved(w.get(), &RuleEditorWindow::rulesSaved);
    addRule(*w, QStringLiteral("price"), QStringLiteral("rip-off\nrip off"));
    ASSERT_TRUE(w->selectRule(QStringLiteral("t.product.broken")));
    child<QPushButton>(*w, "overrideButton")->click(); // copy the built-in rule into the file
    auto* weight = child<QDoubleSpinBox>(*w, "weightSpin");
    weight->setValue(3.0);
    ASSERT_TRUE(compiled(*w));
    ASSERT_TRUE(w->save()) << w->message().toStdString();
    EXPECT_EQ(saved.count(), 1);
    EXPECT_FALSE(w->isModified());

    const std::string text = test::readFile(m_sources.userFile);
    std::vector<RuleProblem> problems;
    auto file = RuleFileParser::parse(text, m_sources.userFile, problems);
    ASSERT_TRUE(file) << text;
    ASSERT_EQ(file->rules.size(), 2u);
    EXPECT_EQ(file->rules[0].id, "user.product.rule1");
    EXPECT_EQ(file->rules[0].target, RuleTarget::Price);
    EXPECT_EQ(file->rules[0].terms.size(), 2u);
    EXPECT_EQ(file->rules[1].id, "t.product.broken");
    EXPECT_DOUBLE_EQ(file->rules[1].weight, 3.0);

    // A new editor reads the saved file back.
    auto again = makeWindow();
    ASSERT_EQ(again->document().rules().size(), 2u);
    EXPECT_FALSE(again->isModified());
    type(*again, QStringLiteral("What a rip-off"));
    EXPECT_EQ(again->liveTest()->explanation().result.category, Category::Price);
}

TEST_F(RuleEditorTest, InvalidEditIsRefusedAndTheFileIsUnchanged)
{
    const std::string before = "{\"rules\": [{\"id\": \"my.price.cheap\", \"target\": \"price\", "
                               "\"terms\": [\"cheap\"]}]}\n";
    test::writeFile(m_sources.userFile, before);
    auto w = makeWindow();
    ASSERT_TRUE(w->selectRule(QStringLiteral("my.price.cheap")));
    auto* terms = child<QPlainTextEdit>(*w, "termsEdit");
    terms->moveCursor(QTextCursor::End);
    terms->setFocus();
    typeLines(terms, QStringLiteral("\nbro{ken"));
    ASSERT_TRUE(test::waitUntil([&] { return !w->isCompiling(); }));
    // The live box keeps the last rules that compiled and says so.
    EXPECT_TRUE(child<QLabel>(*w, "liveStatus")->text().contains(QStringLiteral("errors")));

    EXPECT_FALSE(w->save());
    EXPECT_EQ(test::readFile(m_sources.userFile), before);
    EXPECT_TRUE(w->isModified());
    EXPECT_TRUE(w->message().startsWith(QStringLiteral("Not saved"))) << w->message().toStdString();
    const QStringList problems = w->problems();
    ASSERT_FALSE(problems.isEmpty());
    // file:line:column: reason, and the rule it is in.
    const QString first = problems.first();
    EXPECT_TRUE(first.startsWith(QString::fromStdString(m_sources.userFile) + QLatin1Char(':')))
        << first.toStdString();
    EXPECT_TRUE(first.contains(QStringLiteral("bro{ken"))) << first.toStdString();
    EXPECT_TRUE(first.contains(QStringLiteral("my.price.cheap"))) << first.toStdString();
    EXPECT_TRUE(w->message().contains(QStringLiteral("bro{ken"))) << w->message().toStdString();

    // A bad id is refused the same way.
    terms->setPlainText(QStringLiteral("cheap"));
    auto* id = child<QLineEdit>(*w, "idEdit");
    id->setFocus();
    id->selectAll();
    QTest::keyClicks(id, QStringLiteral("my price!"));
    EXPECT_FALSE(w->save());
    EXPECT_EQ(test::readFile(m_sources.userFile), before);
    EXPECT_TRUE(w->problems().first().contains(QStringLiteral("\"id\"")))
        << w->problems().first().toStdString();
}

TEST_F(RuleEditorTest, ReclassificationChangesTheStoresCategories)
{
    const std::string path = m_dir.file("store.sqlite");
    std::vector<std::int64_t> ids;
    {
        auto store = ReviewStore::openSqlite(path);
        auto session = store->beginImport({"x.csv", "csv", "utf-8", 1});
        for (int i = 0; i < 1200; ++i) {
            Review r;
            r.platform = Platform::Ozon;
            r.externalId = "s" + std::to_string(i);
            r.text = i % 2 ? "The chair squeaks" : "The courier was late";
            r.rating = 1;
            r.polarity = Polarity::Negative;
            session->upsert(r);
            ids.push_back(r.id);
        }
        session->commit({});
        const ClassifierLoad load = ClassifierFactory::load(m_sources);
        ClassificationService(*store, *load.classifier).run(ReviewFilter());
        ClassificationOverride person;
        person.category = Category::Price;
        person.by = "test";
        store->classifications().setOverride(ids[3], person);
        ASSERT_EQ(store->record(ids[1])->autoCategory, Category::Other);
    }
    auto w = makeWindow();
    w->openDatabase(QString::fromStdString(path));
    addRule(*w, QStringLiteral("product"), QStringLiteral("squeak*"));
    ASSERT_TRUE(compiled(*w));
    // Unsaved rules are not used for the store.
    EXPECT_FALSE(w->reclassify());
    ASSERT_TRUE(w->save());
    EXPECT_TRUE(child<QPushButton>(*w, "reclassifyButton")->isVisible()); // offered after saving

    // Cancelled: stops after the first batch; what was stored stays.
    QSignalSpy done(w.get(), &RuleEditorWindow::storeReclassified);
    ASSERT_TRUE(w->reclassify());
    w->cancelReclassify();
    ASSERT_TRUE(test::waitUntil([&] { return done.count() == 1; }, 30000));
    EXPECT_FALSE(w->isReclassifying());
    EXPECT_TRUE(w->message().contains(QStringLiteral("cancelled"))) << w->message().toStdString();

    child<QPushButton>(*w, "reclassifyButton")->click();
    ASSERT_TRUE(w->isReclassifying());
    ASSERT_TRUE(test::waitUntil([&] { return done.count() == 2; }, 30000));
    EXPECT_TRUE(w->message().contains(QStringLiteral("1200"))) << w->message().toStdString();

    auto store = ReviewStore::openSqlite(path);
    EXPECT_EQ(store->record(ids[1])->autoCategory, Category::Product);
    EXPECT_EQ(store->record(ids[1199])->autoCategory, Category::Product);
    EXPECT_EQ(store->record(ids[0])->autoCategory, Category::Logistics);
    EXPECT_EQ(store->record(ids[3])->overrideCategory, Category::Price); // a person's choice
    EXPECT_EQ(store->record(ids[3])->autoCategory, Category::Product);
}

TEST_F(RuleEditorTest, OpensFromTheMainWindowOnItsDatabase)
{
    test::TestDatabase db(m_dir.file("main.sqlite"), 20);
    MainWindow main;
    ASSERT_TRUE(main.openDatabase(db.path()));
    ManagerWindows* managers = main.managerWindows();
    managers->rulesAction()->trigger();
    RuleEditorWindow* editor = managers->ruleEditor();
    ASSERT_NE(editor, nullptr);
    EXPECT_TRUE(editor->isVisible());
    EXPECT_EQ(editor->databasePath(), db.path());
    EXPECT_EQ(managers->rulesAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    editor->close();
}
