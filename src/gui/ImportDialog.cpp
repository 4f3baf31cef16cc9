#include "ImportDialog.h"

#include "ui_ImportDialog.h"

#include "AppSettings.h"
#include "FileChooser.h"
#include "ImportLabels.h"
#include "ImportTask.h"

#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QMimeData>
#include <QPushButton>

namespace rd::gui {
namespace {

constexpr int kPreviewRows = 50;
constexpr int kMaxProblemsListed = 5;
constexpr int kMaxSkippedShown = 10000;
const QColor kProblemColor(0xd0, 0x34, 0x2c, 40);

QString lineList(const std::vector<SkippedRow>& problems)
{
    QStringList lines;
    for (std::size_t i = 0; i < problems.size() && i < kMaxProblemsListed; ++i) {
        lines.append(ImportDialog::tr("line %1: %2")
                         .arg(problems[i].line)
                         .arg(QString::fromStdString(problems[i].reason)));
    }
    if (problems.size() > kMaxProblemsListed) {
        lines.append(ImportDialog::tr("…and %1 more").arg(problems.size() - kMaxProblemsListed));
    }
    return lines.join(QStringLiteral("\n"));
}

} // namespace

ImportDialog::ImportDialog(const QString& databasePath, const QStringList& files,
                           AppSettings& settings, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ImportDialog>()), m_settings(settings),
      m_databasePath(databasePath), m_task(std::make_unique<ImportTask>())
{
    m_ui->setupUi(this);
    m_importButton = m_ui->buttonBox->addButton(tr("&Import"), QDialogButtonBox::ActionRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setDefault(true);
    m_ui->errorLabel->setStyleSheet(QStringLiteral("color: #d0342c;"));
    m_ui->progressBar->setVisible(false);
    fillOptionCombos();

    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_ui->chooseFileButton, &QPushButton::clicked, this, &ImportDialog::chooseFiles);
    connect(m_ui->fileCombo, &QComboBox::currentIndexChanged, this, &ImportDialog::showFile);
    for (QComboBox* combo :
         {m_ui->formatCombo, m_ui->encodingCombo, m_ui->delimiterCombo, m_ui->platformCombo}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportDialog::optionsEdited);
    }
    connect(m_ui->shopCombo, &QComboBox::currentTextChanged, this, &ImportDialog::optionsEdited);
    connect(m_ui->headerCheck, &QCheckBox::toggled, this, &ImportDialog::optionsEdited);
    connect(m_task.get(), &ImportTask::progress, this, &ImportDialog::importProgress);
    connect(m_task.get(), &ImportTask::stageChanged, m_ui->progressLabel, &QLabel::setText);
    connect(m_task.get(), &ImportTask::finished, this, &ImportDialog::importFinished);

    setAcceptDrops(true);
    addFiles(files);
    updateButtons();
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::fillOptionCombos()
{
    m_ui->formatCombo->addItem(tr("Detect"), QString());
    for (const char* format : {"csv", "ozon-json", "amazon-jsonl"}) {
        m_ui->formatCombo->addItem(ImportLabels::formatName(format), QString::fromLatin1(format));
    }
    m_ui->encodingCombo->addItem(tr("Detect"), QString());
    for (const char* encoding : {"utf-8", "gb18030", "windows-1251", "utf-16le", "utf-16be"}) {
        m_ui->encodingCombo->addItem(ImportLabels::encodingName(encoding),
                                     QString::fromLatin1(encoding));
    }
    m_ui->delimiterCombo->addItem(tr("Detect"), 0);
    for (char delimiter : {',', ';', '\t'}) {
        m_ui->delimiterCombo->addItem(ImportLabels::delimiterName(delimiter), int(delimiter));
    }
    m_ui->platformCombo->addItem(tr("As in the file"), -1);
    for (Platform platform : kAllPlatforms) {
        m_ui->platformCombo->addItem(ImportLabels::platformName(platform), int(platform));
    }
    m_ui->shopCombo->addItem(QString());
    m_ui->shopCombo->addItems(m_settings.shops());
}

ImportDialog::FileEntry* ImportDialog::current()
{
    const int index = m_ui->fileCombo->currentIndex();
    return index >= 0 && index < fileCount() ? &m_files[index] : nullptr;
}

void ImportDialog::addFiles(const QStringList& files)
{
    int first = -1;
    for (const QString& file : files) {
        const QString path = QFileInfo(file).absoluteFilePath();
        auto known = std::find_if(m_files.begin(), m_files.end(),
                                  [&](const FileEntry& e) { return e.path == path; });
        if (file.isEmpty() || known != m_files.end()) {
            continue;
        }
        FileEntry entry;
        entry.path = path;
        refreshPreview(entry);
        m_files.push_back(std::move(entry));
        m_ui->fileCombo->addItem(QFileInfo(path).fileName());
        m_ui->fileCombo->setItemData(m_ui->fileCombo->count() - 1, QDir::toNativeSeparators(path),
                                     Qt::ToolTipRole);
        first = first < 0 ? fileCount() - 1 : first;
        m_settings.setLastImportFolder(QFileInfo(path).absolutePath());
    }
    if (first >= 0) {
        const QSignalBlocker blocker(m_ui->fileCombo);
        m_ui->fileCombo->setCurrentIndex(first);
    }
    if (first >= 0) {
        showFile(first);
    }
    updateButtons();
}

void ImportDialog::chooseFiles()
{
    const QStringList files = FileChooser::openFiles(
        this, tr("Import reviews"), m_settings.lastImportFolder(),
        tr("Review files (*.csv *.tsv *.txt *.json *.jsonl);;All files (*)"));
    addFiles(files);
}

void ImportDialog::refreshPreview(FileEntry& entry)
{
    try {
        entry.preview = Importer::preview(entry.path.toStdString(), entry.options, kPreviewRows);
    } catch (const std::exception& e) {
        entry.preview = ImportPreview();
        entry.preview.error = entry.path.toStdString() + ": " + e.what();
    }
}

void ImportDialog::showFile(int index)
{
    if (index < 0 || index >= fileCount()) {
        return;
    }
    showOptions(m_files[index]);
    showPreview(m_files[index]);
}

void ImportDialog::showOptions(const FileEntry& entry)
{
    m_updatingWidgets = true;
    const ImportOptions& o = entry.options;
    auto select = [](QComboBox* combo, const QVariant& value) {
        combo->setCurrentIndex(std::max(0, combo->findData(value)));
    };
    select(m_ui->formatCombo, QString::fromStdString(o.format));
    select(m_ui->encodingCombo, QString::fromStdString(o.encoding));
    select(m_ui->delimiterCombo, int(o.delimiter));
    select(m_ui->platformCombo, o.platform ? int(*o.platform) : -1);
    m_ui->shopCombo->setCurrentText(QString::fromStdString(o.shop));
    m_ui->headerCheck->setChecked(entry.preview.mapping.hasHeader);
    const bool csv = entry.preview.format == "csv" || o.format == "csv";
    m_ui->delimiterCombo->setEnabled(csv);
    m_ui->headerCheck->setEnabled(csv && entry.preview.ok);
    m_updatingWidgets = false;
}

void ImportDialog::optionsEdited()
{
    FileEntry* entry = current();
    if (m_updatingWidgets || !entry) {
        return;
    }
    ImportOptions& o = entry->options;
    const ImportOptions before = o;
    o.format = m_ui->formatCombo->currentData().toString().toStdString();
    o.encoding = m_ui->encodingCombo->currentData().toString().toStdString();
    o.delimiter = static_cast<char>(m_ui->delimiterCombo->currentData().toInt());
    const int platform = m_ui->platformCombo->currentData().toInt();
    o.platform = platform < 0 ? std::nullopt : std::optional(static_cast<Platform>(platform));
    o.shop = m_ui->shopCombo->currentText().trimmed().toStdString();
    const bool readingChanged = o.format != before.format || o.encoding != before.encoding ||
                                o.delimiter != before.delimiter;
    const bool headerChanged = m_ui->headerCheck->isChecked() != entry->preview.mapping.hasHeader;
    if (readingChanged) {
        o.mapping.reset(); // recognise the columns afresh
    } else if (headerChanged) {
        ColumnMapping mapping = entry->preview.mapping;
        mapping.hasHeader = m_ui->headerCheck->isChecked();
        o.mapping = mapping;
    } else {
        return; // platform or shop: no change to how the file reads
    }
    // Deferred: the preview table is rebuilt, and the edited widget must outlive its signal.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (FileEntry* e = current()) {
                refreshPreview(*e);
                showFile(m_ui->fileCombo->currentIndex());
            }
        },
        Qt::QueuedConnection);
}

void ImportDialog::mappingEdited()
{
    FileEntry* entry = current();
    if (m_updatingWidgets || !entry) {
        return;
    }
    ColumnMapping mapping = entry->preview.mapping;
    mapping.columns.clear();
    for (int column = 0; column < m_ui->previewTable->columnCount(); ++column) {
        auto* combo = qobject_cast<QComboBox*>(m_ui->previewTable->cellWidget(0, column));
        mapping.columns.push_back(combo ? static_cast<ImportField>(combo->currentData().toInt())
                                        : ImportField::Ignore);
    }
    entry->options.mapping = mapping;
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (FileEntry* e = current()) {
                refreshPreview(*e);
                showPreview(*e);
            }
        },
        Qt::QueuedConnection);
}

void ImportDialog::showPreview(const FileEntry& entry)
{
    const ImportPreview& p = entry.preview;
    if (p.format.empty()) {
        m_ui->detectedLabel->clear();
    } else if (p.format == "csv") {
        m_ui->detectedLabel->setText(tr("Read as %1, %2, columns separated by %3.")
                                         .arg(ImportLabels::formatName(p.format),
                                              ImportLabels::encodingName(p.encoding),
                                              ImportLabels::delimiterName(p.delimiter)));
    } else {
        m_ui->detectedLabel->setText(
            tr("Read as %1, %2.")
                .arg(ImportLabels::formatName(p.format), ImportLabels::encodingName(p.encoding)));
    }
    m_ui->errorLabel->setText(p.ok ? QString() : QString::fromStdString(p.error));
    m_ui->errorLabel->setVisible(!p.ok);
    fillPreviewTable(p);
    if (p.problems.empty()) {
        m_ui->problemsLabel->setText(p.ok ? tr("The first %n row(s) read without problems.",
                                               nullptr, static_cast<int>(p.rows.size()))
                                          : QString());
    } else {
        m_ui->problemsLabel->setText(tr("Of the first %n row(s), these would be skipped:", nullptr,
                                        static_cast<int>(p.rows.size())) +
                                     QStringLiteral("\n") + lineList(p.problems));
    }
    updateButtons();
}

QComboBox* ImportDialog::mappingCombo(int column, ImportField field, bool editable)
{
    auto* combo = new QComboBox;
    combo->setObjectName(QStringLiteral("mapping_%1").arg(column));
    for (ImportField f : kAllImportFields) {
        combo->addItem(ImportLabels::fieldName(f), int(f));
    }
    combo->setCurrentIndex(std::max(0, combo->findData(int(field))));
    combo->setEnabled(editable);
    combo->setToolTip(editable ? tr("The review field this column feeds")
                               : tr("The fields of this format are fixed"));
    connect(combo, &QComboBox::currentIndexChanged, this, &ImportDialog::mappingEdited);
    return combo;
}

void ImportDialog::fillPreviewTable(const ImportPreview& p)
{
    m_updatingWidgets = true;
    QTableWidget* table = m_ui->previewTable;
    // The old combos are deleted later by the view: take their names now so that only the
    // current ones answer to them.
    for (int c = 0; c < table->columnCount(); ++c) {
        if (QWidget* old = table->cellWidget(0, c)) {
            old->setObjectName(QString());
        }
    }
    table->clear();
    const int columns = p.ok ? static_cast<int>(p.headers.size()) : 0;
    table->setColumnCount(columns);
    table->setRowCount(columns > 0 ? static_cast<int>(p.rows.size()) + 1 : 0);
    QStringList headers;
    for (const std::string& h : p.headers) {
        headers.append(QString::fromStdString(h));
    }
    table->setHorizontalHeaderLabels(headers);
    QStringList rowLabels{tr("Field")};
    const bool editable = p.format == "csv";
    for (int c = 0; c < columns; ++c) {
        const ImportField field = c < static_cast<int>(p.mapping.columns.size())
                                      ? p.mapping.columns[c]
                                      : ImportField::Ignore;
        table->setCellWidget(0, c, mappingCombo(c, field, editable));
    }
    for (std::size_t r = 0; r < p.rows.size(); ++r) {
        const std::int64_t line = r < p.rowLines.size() ? p.rowLines[r] : 0;
        rowLabels.append(QString::number(line));
        auto problem = std::find_if(p.problems.begin(), p.problems.end(),
                                    [line](const SkippedRow& s) { return s.line == line; });
        for (int c = 0; c < columns && c < static_cast<int>(p.rows[r].size()); ++c) {
            auto* item = new QTableWidgetItem(QString::fromStdString(p.rows[r][c]).left(200));
            if (problem != p.problems.end()) {
                item->setBackground(kProblemColor);
                item->setToolTip(QString::fromStdString(problem->reason));
            }
            table->setItem(static_cast<int>(r) + 1, c, item);
        }
    }
    table->setVerticalHeaderLabels(rowLabels);
    table->resizeColumnsToContents();
    for (int c = 0; c < columns; ++c) {
        table->setColumnWidth(c, std::clamp(table->columnWidth(c), 110, 320));
    }
    table->horizontalHeader()->setStretchLastSection(true);
    m_updatingWidgets = false;
}

void ImportDialog::updateButtons()
{
    const bool running = m_task->isRunning();
    const bool anyReadable = std::any_of(m_files.begin(), m_files.end(),
                                         [](const FileEntry& e) { return e.preview.ok; });
    m_importButton->setEnabled(!running && anyReadable && m_ui->stack->currentIndex() == 0);
    m_ui->chooseFileButton->setEnabled(!running);
}

void ImportDialog::startImport()
{
    std::vector<ImportJob> jobs;
    for (const FileEntry& entry : m_files) {
        if (entry.preview.ok) {
            jobs.push_back({entry.path, entry.options});
        }
    }
    if (jobs.empty() || m_task->isRunning()) {
        return;
    }
    const QList<QWidget*> options{m_ui->fileCombo,     m_ui->chooseFileButton, m_ui->formatCombo,
                                  m_ui->encodingCombo, m_ui->delimiterCombo,   m_ui->headerCheck,
                                  m_ui->platformCombo, m_ui->shopCombo,        m_ui->previewTable};
    for (QWidget* widget : options) {
        widget->setEnabled(false);
    }
    m_ui->progressBar->setValue(0);
    m_ui->progressBar->setVisible(true);
    m_task->start(m_databasePath, std::move(jobs),
                  ReviewPreparation::Context::fromSettings(m_settings));
    updateButtons();
}

void ImportDialog::importProgress(int file, int percent, qint64 records)
{
    m_ui->progressBar->setValue(percent);
    if (file < 0) {
        return; // classification and drafts: the stage text says what is going on
    }
    if (m_ui->fileCombo->currentIndex() != file && file < m_ui->fileCombo->count()) {
        m_ui->fileCombo->setCurrentIndex(file);
    }
    m_ui->progressLabel->setText(tr("%n review(s) read", nullptr, static_cast<int>(records)));
}

void ImportDialog::importFinished()
{
    m_changed = 0;
    for (const ImportResult& r : m_task->results()) {
        if (r.ok()) {
            m_changed += r.counts.added + r.counts.updated + r.counts.revised;
        }
    }
    showSummary();
    m_importButton->setVisible(false);
    m_ui->buttonBox->setStandardButtons(QDialogButtonBox::Close);
    if (m_changed > 0) {
        Q_EMIT reviewsImported(m_changed);
    }
}

void ImportDialog::showSummary()
{
    QStringList lines;
    if (m_task->wasCancelled()) {
        lines.append(tr("The import was cancelled. Files finished before that are stored."));
    }
    const std::vector<ImportResult>& results = m_task->results();
    m_ui->skippedTable->setRowCount(0);
    int shown = 0;
    std::size_t next = 0;
    for (const FileEntry& entry : m_files) {
        const QString name = QFileInfo(entry.path).fileName();
        if (!entry.preview.ok) {
            lines.append(
                tr("%1: not imported: %2").arg(name, QString::fromStdString(entry.preview.error)));
            continue;
        }
        if (next >= results.size()) {
            lines.append(tr("%1: not started.").arg(name));
            continue;
        }
        const ImportResult& r = results[next++];
        lines.append(QStringLiteral("%1: %2").arg(name, ImportLabels::result(r)));
        for (const SkippedRow& row : r.counts.skippedRows) {
            if (shown++ >= kMaxSkippedShown) {
                break;
            }
            const int at = m_ui->skippedTable->rowCount();
            m_ui->skippedTable->insertRow(at);
            m_ui->skippedTable->setItem(at, 0, new QTableWidgetItem(name));
            m_ui->skippedTable->setItem(at, 1, new QTableWidgetItem(QString::number(row.line)));
            m_ui->skippedTable->setItem(at, 2,
                                        new QTableWidgetItem(QString::fromStdString(row.reason)));
        }
    }
    const ReviewPreparation::Outcome& prepared = m_task->preparation();
    if (prepared.classified > 0) {
        lines.append(tr("%n new review(s) classified, %1 reply draft(s) written.", nullptr,
                        static_cast<int>(prepared.classified))
                         .arg(prepared.drafts));
    }
    if (!prepared.warning.isEmpty()) {
        lines.append(prepared.warning);
    }
    m_ui->summaryLabel->setText(lines.join(QStringLiteral("\n")));
    const bool anySkipped = m_ui->skippedTable->rowCount() > 0;
    m_ui->skippedCaption->setVisible(anySkipped);
    m_ui->skippedTable->setVisible(anySkipped);
    m_ui->skippedTable->resizeColumnsToContents();
    m_ui->stack->setCurrentWidget(m_ui->summaryPage);
}

void ImportDialog::reject()
{
    if (m_task->isRunning()) {
        // Stop the running file (its batch is rolled back); the summary follows.
        m_task->cancel();
        m_ui->progressLabel->setText(tr("Cancelling…"));
        return;
    }
    QDialog::reject();
}

void ImportDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    if (m_askedForFiles || !m_files.empty()) {
        return;
    }
    m_askedForFiles = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            chooseFiles();
            if (m_files.empty()) {
                reject();
            }
        },
        Qt::QueuedConnection);
}

void ImportDialog::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls() && !m_task->isRunning() && m_ui->stack->currentIndex() == 0) {
        event->acceptProposedAction();
    }
}

void ImportDialog::dropEvent(QDropEvent* event)
{
    QStringList files;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile()) {
            files.append(url.toLocalFile());
        }
    }
    addFiles(files);
    event->acceptProposedAction();
}

} // namespace rd::gui
