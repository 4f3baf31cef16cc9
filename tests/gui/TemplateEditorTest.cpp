// The template editor (issue 4): coverage grid, completion, live validation, refused saves that
// leave the file alone, preview against a review of the database, save round trip.
#include "AppSettings.h"
#include "templates/CoverageModel.h"
#include "templates/TemplateEditorWindow.h"
#include "templates/TemplateListModel.h"
#include "templates/TemplateTextEdit.h"

#include "TestSupport.h"

#include "reply/DraftGenerator.h"
#include "reply/TemplateCoverage.h"
#include "reply/TemplateLibrary.h"
#include "store/ClassificationStore.h"
#include "store/ReviewStore.h"
#include "text/Utf8.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QBrush>
#include <QCompleter>
#include <QListWidget>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace rd;
using namespace rd::gui;

namespace {

QStringList g_testerFailures;
QtMessageHandler g_previousHandler = nullptr;

void collectFailures(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (message.contains(QStringLiteral("FAIL!"))) {
        g_testerFailures << message;
    }
    g_previousHandler(type, context, message);
}

int rowOf(Category category)
{
    const auto& rows = TemplateCoverage::rows();
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (rows[i].category == category) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

int columnOf(Language language, Platform platform)
{
    const auto& columns = TemplateCoverage::columns();
    for (std::size_t i = 0; i < columns.size(); ++i) {
        if (columns[i].language == language && columns[i].platform == platform) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

const char* const kReviewText = "Платье красивое, но маломерит на два размера.";

class TemplateEditorTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        g_testerFailures.clear();
        g_previousHandler = qInstallMessageHandler(collectFailures);
        m_settings = std::make_unique<AppSettings>(QString::fromStdString(m_dir.file("s.ini")));
        m_settings->setAgentName(QStringLiteral("Ольга"));
        AppSettings::setInstance(m_settings.get());
        m_userFile = QString::fromStdString(m_dir.file("templates.json"));
    }
    void TearDown() override
    {
        AppSettings::setInstance(nullptr);
        qInstallMessageHandler(g_previousHandler);
        EXPECT_TRUE(g_testerFailures.isEmpty()) << g_testerFailures.join('\n').toStdString();
    }

    // One Ozon review with the classifier's evidence for "маломерит" (product).
    std::int64_t makeDatabase()
    {
        m_database = QString::fromStdString(m_dir.file("reviews.sqlite"));
        auto store = ReviewStore::openSqlite(m_database.toStdString());
        auto session = store->beginImport({"fixture.csv", "csv", "utf-8", 1});
        Review r;
        r.platform = Platform::Ozon;
        r.language = Language::Ru;
        r.externalId = "ozon-77";
        r.customerName = "Анна";
        r.rating = 2;
        r.polarity = Polarity::Negative;
        r.text = kReviewText;
        r.publishedAt = 1'794'500'000'000;
        session->upsert(r);
        session->commit({});
        Classification c;
        c.category = Category::Product;
        c.confidence = 0.9;
        c.classifiedAt = 1;
        Evidence e;
        e.ruleId = "ru.product.size";
        e.term = "маломер*";
        e.target = "product";
        const std::string text = kReviewText;
        e.begin = static_cast<int>(utf8::length(text.substr(0, text.find("маломерит"))));
        e.end = e.begin + static_cast<int>(utf8::length("маломерит"));
        e.weight = 2.0;
        c.evidence.push_back(e);
        store->classifications().saveAutomatic({{r.id, c}});
        return r.id;
    }

    std::unique_ptr<TemplateEditorWindow> openEditor()
    {
        auto window = std::make_unique<TemplateEditorWindow>();
        window->setUserFile(m_userFile);
        window->resize(1300, 850);
        window->show();
        return window;
    }

    void setText(TemplateEditorWindow& window, const QString& text)
    {
        window.textEdit()->setPlainText(text);
        QTest::qWait(TemplateEditorWindow::kCheckDelayMs + 100); // the whole-file check
    }

    test::TempDir m_dir;
    std::unique_ptr<AppSettings> m_settings;
    QString m_userFile;
    QString m_database;
};

} // namespace

TEST_F(TemplateEditorTest, ModelsPassTheModelTester)
{
    CoverageModel coverage;
    QAbstractItemModelTester coverageTester(
        &coverage, QAbstractItemModelTester::FailureReportingMode::Warning);
    TemplateListModel list;
    QAbstractItemModelTester listTester(&list,
                                        QAbstractItemModelTester::FailureReportingMode::Warning);
    const TemplateLibrary lib = TemplateLibrary::builtIn();
    coverage.setLibrary(&lib);
    EXPECT_EQ(coverage.rowCount(), 8);
    EXPECT_EQ(coverage.columnCount(), 15);
    coverage.setLibrary(nullptr);
    EXPECT_FALSE(coverage.index(0, 0).data().isValid());

    list.setRows({{QStringLiteral("a"),
                   QStringLiteral("Price"),
                   {},
                   {},
                   1,
                   2,
                   3,
                   TemplateListModel::Origin::User}});
    EXPECT_EQ(list.rowCount(), 1);
    EXPECT_EQ(list.index(0, TemplateListModel::VariantsColumn).data().toString(),
              QStringLiteral("1 · 2 · 3"));
    list.setRows({});
    EXPECT_EQ(list.rowOf(QStringLiteral("a")), -1);

    // And inside the window, through loads and edits.
    auto window = openEditor();
    QAbstractItemModelTester inWindow1(window->coverageModel(),
                                       QAbstractItemModelTester::FailureReportingMode::Warning);
    QAbstractItemModelTester inWindow2(window->templateModel(),
                                       QAbstractItemModelTester::FailureReportingMode::Warning);
    window->selectCell(rowOf(Category::Price), columnOf(Language::Ru, Platform::Ozon));
    window->selectCell(-1, -1);
    ASSERT_TRUE(window->selectTemplate(QStringLiteral("price")));
    ASSERT_TRUE(window->copyToUserFile());
    window->reload();
}

TEST_F(TemplateEditorTest, CoverageGridMarksCellsWithoutATemplate)
{
    test::writeFile(m_userFile.toStdString(), R"({"templates": [
        {"id": "price", "disabled": true},
        {"id": "safety", "platforms": ["ozon", "amazon", "wildberries"]}]})");
    auto window = openEditor();
    CoverageModel* model = window->coverageModel();
    const int ozonRu = columnOf(Language::Ru, Platform::Ozon);
    const QModelIndex price = model->index(rowOf(Category::Price), ozonRu);
    EXPECT_FALSE(price.data(CoverageModel::CoveredRole).toBool());
    // price.drop and price.gift answer some price complaints, not all: still a gap.
    EXPECT_EQ(price.data(CoverageModel::CountRole).toInt(), 2);
    EXPECT_EQ(price.data(Qt::BackgroundRole).value<QBrush>().color(), QColor(0xf4, 0xb6, 0xb0));
    EXPECT_TRUE(price.data(Qt::ToolTipRole).toString().contains(QStringLiteral("sub-reason")));

    const QModelIndex safetyOther =
        model->index(7, columnOf(Language::En, Platform::Other)); // safety row, "other" platform
    EXPECT_FALSE(safetyOther.data(CoverageModel::CoveredRole).toBool());
    EXPECT_EQ(safetyOther.data(CoverageModel::CountRole).toInt(), 0);
    EXPECT_EQ(safetyOther.data().toString(), QStringLiteral("none"));

    const QModelIndex product = model->index(rowOf(Category::Product), ozonRu);
    EXPECT_TRUE(product.data(CoverageModel::CoveredRole).toBool());
    EXPECT_EQ(product.data(Qt::BackgroundRole).value<QBrush>().color(), QColor(0xd9, 0xf0, 0xd9));
    // Every price cell, and safety on Taobao and "other" in 3 languages.
    EXPECT_EQ(model->gaps(), 15 + 6);

    // A new template for the empty cell fills it.
    ASSERT_TRUE(
        window->createTemplate(QStringLiteral("price.ozon.ru"), rowOf(Category::Price), ozonRu));
    EXPECT_TRUE(
        model->index(rowOf(Category::Price), ozonRu).data(CoverageModel::CoveredRole).toBool());
    EXPECT_EQ(model->gaps(), 14 + 6);
    // The list shows the templates of the chosen cell.
    window->selectCell(rowOf(Category::Price), ozonRu);
    QStringList ids;
    for (const auto& r : window->templateModel()->rows()) {
        ids << r.id;
    }
    EXPECT_EQ(ids, (QStringList{QStringLiteral("price.drop"), QStringLiteral("price.gift"),
                                QStringLiteral("price.ozon.ru")}));
}

TEST_F(TemplateEditorTest, CompletionOffersTheVariables)
{
    auto window = openEditor();
    ASSERT_TRUE(window->selectTemplate(QStringLiteral("product")));
    ASSERT_TRUE(window->copyToUserFile());
    TemplateTextEdit* edit = window->textEdit();
    ASSERT_FALSE(edit->isReadOnly());
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("Hi {cu"));
    QCompleter* completer = edit->completer();
    EXPECT_EQ(edit->variablePrefix(), QStringLiteral("cu"));
    EXPECT_TRUE(completer->popup()->isVisible());
    EXPECT_EQ(completer->completionCount(), 1);
    EXPECT_EQ(completer->currentCompletion(), QStringLiteral("customer_name"));
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    EXPECT_EQ(edit->toPlainText(), QStringLiteral("Hi {customer_name}"));

    // `{` alone offers every variable; `{{` is a literal brace and offers nothing.
    QTest::keyClicks(edit, QStringLiteral(" {"));
    EXPECT_TRUE(completer->popup()->isVisible());
    EXPECT_EQ(completer->completionCount(), 12);
    QTest::keyClick(edit, Qt::Key_Escape);
    QTest::keyClicks(edit, QStringLiteral("{"));
    EXPECT_TRUE(edit->variablePrefix().isNull());
    EXPECT_FALSE(completer->popup()->isVisible());
}

TEST_F(TemplateEditorTest, UnknownVariableIsRefusedWithTheReasonAndNothingIsWritten)
{
    const std::string before =
        R"({"templates": [{"id": "product", "variants": {"en": ["Sorry about {problem}. {agent_name|}"]}}]})";
    test::writeFile(m_userFile.toStdString(), before);
    auto window = openEditor();
    ASSERT_TRUE(window->selectTemplate(QStringLiteral("product")));
    window->selectLanguage(Language::En);
    EXPECT_EQ(window->textEdit()->toPlainText(),
              QStringLiteral("Sorry about {problem}. {agent_name|}"));
    setText(*window, QStringLiteral("Sorry about {problem}.\nBest, {custmer_name}"));
    EXPECT_TRUE(window->validationText().contains(QStringLiteral("Line 2, position 7")));
    EXPECT_TRUE(window->validationText().contains(QStringLiteral("unknown variable")));
    EXPECT_TRUE(window->isModified());
    QSignalSpy saved(window.get(), &TemplateEditorWindow::templatesSaved);
    EXPECT_FALSE(window->save());
    EXPECT_TRUE(window->lastError().contains(QStringLiteral("unknown variable 'custmer_name'")))
        << window->lastError().toStdString();
    EXPECT_TRUE(window->lastError().contains(QStringLiteral("template 'product'")));
    EXPECT_EQ(test::readFile(m_userFile.toStdString()), before);
    EXPECT_EQ(saved.count(), 0);

    // Unbalanced braces too.
    setText(*window, QStringLiteral("Sorry about {problem"));
    EXPECT_TRUE(window->validationText().contains(QStringLiteral("unterminated")));
    EXPECT_FALSE(window->save());
    EXPECT_EQ(test::readFile(m_userFile.toStdString()), before);
}

TEST_F(TemplateEditorTest, TooLongForThePlatformIsRefusedWithTheReason)
{
    const std::string before = R"({"templates": []})";
    test::writeFile(m_userFile.toStdString(), before);
    auto window = openEditor();
    ASSERT_TRUE(window->createTemplate(QStringLiteral("price.taobao"), rowOf(Category::Price),
                                       columnOf(Language::Zh, Platform::Taobao)));
    ASSERT_FALSE(window->textEdit()->isReadOnly());
    setText(*window, QString(400, QChar(0x4EF7)) + QStringLiteral("{problem}"));
    EXPECT_TRUE(window->lengthText().contains(QStringLiteral("480/500")))
        << window->lengthText().toStdString();
    EXPECT_TRUE(window->validationText().contains(QStringLiteral("✓")));
    setText(*window, QString(430, QChar(0x4EF7)) + QStringLiteral("{problem}"));
    EXPECT_TRUE(window->lengthText().contains(QStringLiteral("510/500")));
    EXPECT_TRUE(window->lengthText().contains(QStringLiteral("over the limit")));
    EXPECT_TRUE(window->validationText().contains(QStringLiteral("over its limit of 500")))
        << window->validationText().toStdString();
    EXPECT_FALSE(window->save());
    EXPECT_TRUE(window->lastError().contains(
        QStringLiteral("zh variant 1 is 510 characters on taobao, over its limit of 500")))
        << window->lastError().toStdString();
    EXPECT_EQ(test::readFile(m_userFile.toStdString()), before);
}

TEST_F(TemplateEditorTest, BuiltInTemplatesAreReadOnly)
{
    auto window = openEditor();
    ASSERT_TRUE(window->selectTemplate(QStringLiteral("logistics")));
    EXPECT_TRUE(window->textEdit()->isReadOnly());
    const QString text = window->textEdit()->toPlainText();
    window->textEdit()->setPlainText(QStringLiteral("changed"));
    EXPECT_FALSE(window->isModified());
    EXPECT_FALSE(window->removeFromUserFile());
    EXPECT_TRUE(window->copyToUserFile());
    EXPECT_FALSE(window->copyToUserFile()); // once
    EXPECT_FALSE(window->textEdit()->isReadOnly());
    EXPECT_TRUE(window->removeFromUserFile());
    EXPECT_TRUE(window->textEdit()->isReadOnly());
    EXPECT_EQ(window->textEdit()->toPlainText(), text);
}

TEST_F(TemplateEditorTest, AnUnreadableUserFileIsNeverOverwritten)
{
    const std::string broken = "{\"templates\": [ {\"id\": \"x\", ";
    test::writeFile(m_userFile.toStdString(), broken);
    auto window = openEditor();
    EXPECT_TRUE(window->validationText().contains(QStringLiteral("cannot be read")));
    EXPECT_TRUE(window->validationText().contains(QStringLiteral("templates.json:1")));
    EXPECT_FALSE(window->copyToUserFile());
    EXPECT_FALSE(window->createTemplate(QStringLiteral("n"), 0, 0));
    EXPECT_FALSE(window->save());
    EXPECT_EQ(test::readFile(m_userFile.toStdString()), broken);
}

TEST_F(TemplateEditorTest, PreviewShowsTheReplyDraftGeneratorWrites)
{
    const std::int64_t reviewId = makeDatabase();
    auto window = openEditor();
    window->openDatabase(m_database);
    const int cell = columnOf(Language::Ru, Platform::Ozon);
    ASSERT_TRUE(
        window->createTemplate(QStringLiteral("product.mine"), rowOf(Category::Product), cell));
    setText(*window, QStringLiteral("Здравствуйте, {customer_name}!\nВы пишете: «{problem}».\n"
                                    "{agent_name}, {order_id|без номера заказа}"));
    // The recent negative product reviews in Russian list the fixture.
    ASSERT_EQ(window->reviewList()->count(), 1);
    EXPECT_TRUE(window->reviewList()->item(0)->text().startsWith(
        QStringLiteral("#%1 · 2★ · Ozon").arg(reviewId)));
    ASSERT_TRUE(window->previewReview(reviewId));
    const QString expected = QStringLiteral("Здравствуйте, Анна!\nВы пишете: «маломерит на два "
                                            "размера».\nОльга, без номера заказа");
    EXPECT_EQ(window->previewText(), expected);
    EXPECT_TRUE(window->previewInfo().startsWith(
        QStringLiteral("%1/1000 characters · Ozon").arg(expected.size())))
        << window->previewInfo().toStdString();

    // Exactly what DraftGenerator writes with the saved file.
    ASSERT_TRUE(window->save());
    const TemplateLibrary lib = TemplateLibrary::withUserFile(m_userFile.toStdString());
    auto store = ReviewStore::openSqlite(m_database.toStdString());
    DraftContext context;
    context.agentName = "Ольга";
    const auto outcome =
        DraftGenerator(lib, context)
            .generate(*store->record(reviewId),
                      store->classifications().automatic(reviewId)->evidence, 0, "product.mine", 0);
    ASSERT_EQ(outcome.status, DraftOutcome::Status::Ok) << outcome.reason;
    EXPECT_EQ(QString::fromStdString(outcome.draft.text), expected);

    // A broken text previews nothing and says why.
    setText(*window, QStringLiteral("{problem"));
    EXPECT_TRUE(window->previewText().isEmpty());
    EXPECT_TRUE(window->previewInfo().contains(QStringLiteral("Fix the template")));
    // An unknown review id is not previewed.
    EXPECT_FALSE(window->previewReview(reviewId + 1000));
}

TEST_F(TemplateEditorTest, SaveRoundTripsThroughTheUserFile)
{
    test::writeFile(m_userFile.toStdString(), R"({"comment": "kept", "templates": []})");
    auto window = openEditor();
    QSignalSpy saved(window.get(), &TemplateEditorWindow::templatesSaved);
    const int column = columnOf(Language::En, Platform::Amazon);
    ASSERT_TRUE(window->createTemplate(QStringLiteral("logistics.amazon"),
                                       rowOf(Category::Logistics), column));
    // It starts from the general logistics template's English texts, for Amazon only.
    const TemplateLibrary builtIn = TemplateLibrary::builtIn();
    EXPECT_EQ(window->textEdit()->toPlainText().toStdString(),
              builtIn.find("logistics")->variantsFor(Language::En)->front().source());
    setText(*window, QStringLiteral("Hello {customer_name|there},\nsorry about \"{problem}\"."));
    window->selectVariant(1);
    setText(*window, QStringLiteral("Second variant: {remedy}."));
    EXPECT_FALSE(window->createTemplate(QStringLiteral("logistics.amazon"), 0, 0)); // taken
    EXPECT_TRUE(window->lastError().contains(QStringLiteral("exists already")));
    EXPECT_FALSE(window->createTemplate(QStringLiteral("bad id"), 0, 0));
    ASSERT_TRUE(window->save()) << window->lastError().toStdString();
    EXPECT_FALSE(window->isModified());
    ASSERT_EQ(saved.count(), 1);
    EXPECT_EQ(saved.at(0).at(0).toString(), m_userFile);

    const TemplateLibrary lib = TemplateLibrary::withUserFile(m_userFile.toStdString());
    const ReplyTemplate* t = lib.find("logistics.amazon");
    ASSERT_NE(t, nullptr);
    EXPECT_EQ(t->category, Category::Logistics);
    EXPECT_EQ(t->platforms, std::vector<Platform>{Platform::Amazon});
    const auto& texts = *t->variantsFor(Language::En);
    EXPECT_EQ(texts[0].source(), "Hello {customer_name|there},\nsorry about \"{problem}\".");
    EXPECT_EQ(texts[1].source(), "Second variant: {remedy}.");
    EXPECT_EQ(t->remedy.at(Language::En), builtIn.find("logistics")->remedy.at(Language::En));
    EXPECT_NE(test::readFile(m_userFile.toStdString()).find("\"comment\": \"kept\""),
              std::string::npos);

    // A new window reads it back as the user's own template.
    auto again = openEditor();
    ASSERT_TRUE(again->selectTemplate(QStringLiteral("logistics.amazon")));
    again->selectLanguage(Language::En);
    EXPECT_EQ(again->textEdit()->toPlainText(),
              QStringLiteral("Hello {customer_name|there},\nsorry about \"{problem}\"."));
    EXPECT_FALSE(again->textEdit()->isReadOnly());
    const int row = again->templateModel()->rowOf(QStringLiteral("logistics.amazon"));
    ASSERT_GE(row, 0);
    EXPECT_EQ(again->templateModel()->index(row, 0).data(TemplateListModel::OriginRole).toInt(),
              static_cast<int>(TemplateListModel::Origin::User));
    EXPECT_FALSE(again->isModified());
}
