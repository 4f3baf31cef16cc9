#include "ImportDialog.h"
#include "AppSettings.h"
#include "FileChooser.h"
#include "ImportTask.h"

#include "TestSupport.h"

#include "store/ReviewStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

using rd::ImportField;
using rd::gui::AppSettings;
using rd::gui::ImportDialog;

namespace {

template <typename T>
T* child(QWidget& parent, const QString& name)
{
    T* widget = parent.findChild<T*>(name);
    EXPECT_NE(widget, nullptr) << name.toStdString();
    return widget;
}

QString fixture(const char* name)
{
    return QString::fromStdString(rd::test::fixture(std::string("gui/") + name));
}

class ImportDialogTest : public ::testing::Test
{
protected:
    // Runs the import and waits for the summary.
    void importAndWait(ImportDialog& dialog)
    {
        QSignalSpy finished(dialog.task(), &rd::gui::ImportTask::finished);
        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("importButton")),
                          Qt::LeftButton);
        ASSERT_TRUE(finished.wait(30000));
        QCoreApplication::processEvents();
    }

    rd::test::TempDir m_dir;
    AppSettings m_settings{QString::fromStdString(m_dir.file("settings.ini"))};
    QString m_database = QString::fromStdString(m_dir.file("reviews.sqlite"));
};

} // namespace

TEST_F(ImportDialogTest, PreviewShowsFormatEncodingRowsAndProblems)
{
    ImportDialog dialog(m_database, {fixture("unknown-text-column.csv")}, m_settings);
    ASSERT_EQ(dialog.fileCount(), 1);
    const rd::ImportPreview& preview = dialog.preview(0);
    ASSERT_TRUE(preview.ok) << preview.error;
    EXPECT_EQ(preview.format, "csv");
    EXPECT_EQ(preview.encoding, "utf-8");

    const QString detected = child<QLabel>(dialog, QStringLiteral("detectedLabel"))->text();
    EXPECT_TRUE(detected.contains(QStringLiteral("CSV"))) << detected.toStdString();
    EXPECT_TRUE(detected.contains(QStringLiteral("UTF-8"))) << detected.toStdString();

    auto* table = child<QTableWidget>(dialog, QStringLiteral("previewTable"));
    ASSERT_EQ(table->columnCount(), 4);
    EXPECT_EQ(table->rowCount(), 1 + static_cast<int>(preview.rows.size()));
    EXPECT_EQ(table->horizontalHeaderItem(2)->text(), QStringLiteral("买家说的话"));
    EXPECT_EQ(table->item(1, 2)->text(), QStringLiteral("快递太慢了，等了十天"));
    auto* rating = child<QComboBox>(dialog, QStringLiteral("mapping_1"));
    EXPECT_EQ(rating->currentData().toInt(), int(ImportField::Rating));
    EXPECT_TRUE(rating->isEnabled());
    // An unknown header is kept as an extra field until the user maps it.
    EXPECT_EQ(child<QComboBox>(dialog, QStringLiteral("mapping_2"))->currentData().toInt(),
              int(ImportField::Extra));

    // Rows the import would skip are named with their line and reason.
    const QString problems = child<QLabel>(dialog, QStringLiteral("problemsLabel"))->text();
    EXPECT_TRUE(problems.contains(QStringLiteral("line 4"))) << problems.toStdString();
    EXPECT_TRUE(problems.contains(QStringLiteral("line 5"))) << problems.toStdString();
    EXPECT_TRUE(child<QPushButton>(dialog, QStringLiteral("importButton"))->isEnabled());
}

TEST_F(ImportDialogTest, EditedMappingIsUsedByTheImportAndTheSummaryListsSkippedRows)
{
    ImportDialog dialog(m_database, {fixture("unknown-text-column.csv")}, m_settings);
    QSignalSpy imported(&dialog, &ImportDialog::reviewsImported);
    auto* textColumn = child<QComboBox>(dialog, QStringLiteral("mapping_2"));
    textColumn->setCurrentIndex(textColumn->findData(int(ImportField::Text)));
    QCoreApplication::processEvents(); // the preview refreshes after the edit
    ASSERT_TRUE(dialog.options(0).mapping.has_value());
    EXPECT_EQ(dialog.options(0).mapping->columnOf(ImportField::Text), 2);
    EXPECT_EQ(child<QComboBox>(dialog, QStringLiteral("mapping_2"))->currentData().toInt(),
              int(ImportField::Text));

    importAndWait(dialog);
    auto* stack = child<QStackedWidget>(dialog, QStringLiteral("stack"));
    EXPECT_EQ(stack->currentWidget()->objectName(), QStringLiteral("summaryPage"));
    const QString summary = child<QLabel>(dialog, QStringLiteral("summaryLabel"))->text();
    EXPECT_TRUE(summary.contains(QStringLiteral("3 added"))) << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("2 skipped"))) << summary.toStdString();
    auto* skipped = child<QTableWidget>(dialog, QStringLiteral("skippedTable"));
    ASSERT_EQ(skipped->rowCount(), 2);
    EXPECT_EQ(skipped->item(0, 1)->text(), QStringLiteral("4"));
    EXPECT_FALSE(skipped->item(0, 2)->text().isEmpty());
    EXPECT_EQ(skipped->item(1, 1)->text(), QStringLiteral("5"));
    ASSERT_EQ(imported.count(), 1);
    EXPECT_EQ(imported.at(0).at(0).toLongLong(), 3);
    EXPECT_EQ(dialog.changedReviews(), 3);

    // The text column really fed the reviews' text.
    auto store = rd::ReviewStore::openSqlite(m_database.toStdString());
    rd::ReviewFilter all;
    EXPECT_EQ(store->count(all), 3);
    const auto id = store->findId(rd::Platform::Other, "g1");
    ASSERT_TRUE(id.has_value());
    EXPECT_EQ(store->review(*id)->text, "快递太慢了，等了十天");
    EXPECT_EQ(store->review(*store->findId(rd::Platform::Other, "g5"))->text,
              "尺码偏小，\"建议\"买大一号");
    // The new reviews were classified and got drafts after the import.
    EXPECT_EQ(store->stats().classified, 3);
    EXPECT_TRUE(summary.contains(QStringLiteral("classified"))) << summary.toStdString();
    EXPECT_EQ(store->record(*id)->category(), rd::Category::Logistics);
}

TEST_F(ImportDialogTest, BadFileShowsItsErrorAndCannotBeImported)
{
    ImportDialog dialog(m_database, {fixture("truncated-ozon.json")}, m_settings);
    ASSERT_EQ(dialog.fileCount(), 1);
    EXPECT_FALSE(dialog.preview(0).ok);
    auto* error = child<QLabel>(dialog, QStringLiteral("errorLabel"));
    EXPECT_TRUE(error->text().contains(QStringLiteral("truncated-ozon.json")))
        << error->text().toStdString();
    EXPECT_FALSE(child<QPushButton>(dialog, QStringLiteral("importButton"))->isEnabled());
    EXPECT_EQ(child<QTableWidget>(dialog, QStringLiteral("previewTable"))->rowCount(), 0);
}

TEST_F(ImportDialogTest, ReadableFilesImportAndUnreadableOnesAreReported)
{
    ImportDialog dialog(m_database, {}, m_settings);
    rd::gui::FileChooser::setNextForTesting(
        {fixture("truncated-ozon.json") + QLatin1Char('\n') + fixture("unknown-text-column.csv")});
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("chooseFileButton")),
                      Qt::LeftButton);
    ASSERT_EQ(dialog.fileCount(), 2);
    EXPECT_EQ(m_settings.lastImportFolder(), QFileInfo(fixture("x")).absolutePath());
    importAndWait(dialog);
    const QString summary = child<QLabel>(dialog, QStringLiteral("summaryLabel"))->text();
    EXPECT_TRUE(summary.contains(QStringLiteral("truncated-ozon.json: not imported")))
        << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("3 added"))) << summary.toStdString();
}

TEST_F(ImportDialogTest, ForcedEncodingAndHeaderToggleRereadTheFile)
{
    ImportDialog dialog(m_database, {fixture("unknown-text-column.csv")}, m_settings);
    auto* encoding = child<QComboBox>(dialog, QStringLiteral("encodingCombo"));
    // The file is UTF-8 text: read as Windows-1251 it would be stored as mojibake, so the
    // forced encoding re-reads it and the preview refuses it with the reason.
    encoding->setCurrentIndex(encoding->findData(QStringLiteral("windows-1251")));
    QCoreApplication::processEvents();
    EXPECT_FALSE(dialog.preview(0).ok);
    EXPECT_NE(dialog.preview(0).error.find("the file is UTF-8 text, not windows-1251"),
              std::string::npos)
        << dialog.preview(0).error;
    EXPECT_EQ(dialog.options(0).encoding, "windows-1251");

    encoding->setCurrentIndex(encoding->findData(QString()));
    QCoreApplication::processEvents();
    EXPECT_EQ(dialog.preview(0).encoding, "utf-8");
    const auto rowsWithHeader = dialog.preview(0).rows.size();

    auto* header = child<QCheckBox>(dialog, QStringLiteral("headerCheck"));
    header->setChecked(false);
    QCoreApplication::processEvents();
    EXPECT_FALSE(dialog.preview(0).mapping.hasHeader);
    EXPECT_EQ(dialog.preview(0).rows.size(), rowsWithHeader + 1);
}

TEST_F(ImportDialogTest, CancelStopsTheImportAndStoresNothingOfThatFile)
{
    // A file big enough that the import is still running when Cancel is pressed.
    std::string csv = "id,rating,text\n";
    for (int i = 0; i < 200000; ++i) {
        csv += "c" + std::to_string(i) + ",2,Коробка пришла мятая, товар поцарапан " +
               std::to_string(i) + "\n";
    }
    const std::string path = m_dir.file("big.csv");
    rd::test::writeFile(path, csv);
    ImportDialog dialog(m_database, {QString::fromStdString(path)}, m_settings);
    QSignalSpy finished(dialog.task(), &rd::gui::ImportTask::finished);
    QSignalSpy progress(dialog.task(), &rd::gui::ImportTask::progress);
    dialog.startImport();
    ASSERT_TRUE(progress.wait(30000)); // the file is being read
    dialog.reject();                   // the Cancel button
    ASSERT_TRUE(finished.wait(60000));
    QCoreApplication::processEvents();
    EXPECT_TRUE(dialog.task()->wasCancelled());
    ASSERT_EQ(dialog.task()->results().size(), 1u);
    EXPECT_EQ(dialog.task()->results()[0].status, rd::ImportResult::Status::Cancelled);
    const QString summary = child<QLabel>(dialog, QStringLiteral("summaryLabel"))->text();
    EXPECT_TRUE(summary.contains(QStringLiteral("cancelled"))) << summary.toStdString();
    auto store = rd::ReviewStore::openSqlite(m_database.toStdString());
    EXPECT_EQ(store->count(rd::ReviewFilter{}), 0);
}

TEST_F(ImportDialogTest, OpenedWithoutFilesAsksForThemAndClosesWhenNoneAreChosen)
{
    {
        ImportDialog dialog(m_database, {}, m_settings);
        rd::gui::FileChooser::setNextForTesting({fixture("unknown-text-column.csv")});
        dialog.show();
        QTRY_COMPARE(dialog.fileCount(), 1);
        EXPECT_TRUE(dialog.isVisible());
    }
    ImportDialog dialog(m_database, {}, m_settings);
    rd::gui::FileChooser::setNextForTesting({QString()}); // the file dialog was cancelled
    dialog.show();
    QTRY_VERIFY(!dialog.isVisible());
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
}
