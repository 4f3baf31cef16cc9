#pragma once

#include "import/Importer.h"

#include <QDialog>
#include <QStringList>

#include <memory>
#include <vector>

class QComboBox;
class QDragEnterEvent;
class QDropEvent;
class QShowEvent;
class QPushButton;

namespace Ui {
class ImportDialog;
}

namespace rd::gui {

class AppSettings;
class ImportTask;

// File > Import and files dropped on the main window. For each file it shows how it will be
// read (format, encoding, CSV delimiter and header, detected or chosen), the first rows and
// the column mapping — for CSV one combo per column, editable — and the rows the import would
// skip. Import runs on a worker thread (ImportTask, its own store connection) with progress
// and Cancel; then a summary lists what was added, updated or revised and every skipped row
// with its reason. A file that cannot be read shows its error ("file:line: reason") and is
// not imported.
//
// Test hooks: widgets have stable object names (fileCombo, formatCombo, encodingCombo,
// delimiterCombo, headerCheck, previewTable — row 0 holds the mapping combos named
// "mapping_<column>" —, errorLabel, problemsLabel, summaryLabel, skippedTable, importButton);
// startImport() and task() let tests run and wait for the import.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(const QString& databasePath, const QStringList& files, AppSettings& settings,
                 QWidget* parent = nullptr);
    ~ImportDialog() override;

    void addFiles(const QStringList& files);
    int fileCount() const { return static_cast<int>(m_files.size()); }
    const ImportPreview& preview(int file) const { return m_files.at(file).preview; }
    const ImportOptions& options(int file) const { return m_files.at(file).options; }

    // Starts the import of every readable file (the Import button).
    void startImport();
    ImportTask* task() const { return m_task.get(); }
    // Reviews added, updated or revised by the finished import.
    qint64 changedReviews() const { return m_changed; }

    void reject() override;

protected:
    // Opened without files (File > Import): asks for them first, and closes when none.
    void showEvent(QShowEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

Q_SIGNALS:
    // The import finished and stored something: the main window refreshes its queue.
    void reviewsImported(qint64 changed);

private Q_SLOTS:
    void chooseFiles();
    void showFile(int index);
    void optionsEdited();
    void mappingEdited();
    void importProgress(int file, int percent, qint64 records);
    void importFinished();

private:
    struct FileEntry
    {
        QString path;
        ImportOptions options;
        ImportPreview preview;
    };

    void fillOptionCombos();
    void refreshPreview(FileEntry& entry);
    void showPreview(const FileEntry& entry);
    void fillPreviewTable(const ImportPreview& preview);
    QComboBox* mappingCombo(int column, ImportField field, bool editable);
    void showOptions(const FileEntry& entry);
    void updateButtons();
    void showSummary();
    FileEntry* current();

    std::unique_ptr<Ui::ImportDialog> m_ui;
    AppSettings& m_settings;
    QString m_databasePath;
    std::vector<FileEntry> m_files;
    std::unique_ptr<ImportTask> m_task;
    QPushButton* m_importButton = nullptr;
    qint64 m_changed = 0;
    bool m_updatingWidgets = false;
    bool m_askedForFiles = false;
};

} // namespace rd::gui
