#include "templates/TemplateEditorWindow.h"

#include "ui_TemplateEditorWindow.h"

#include "CategoryStyle.h"
#include "DialogRunner.h"
#include "templates/CoverageModel.h"
#include "templates/TemplateEditSession.h"
#include "templates/TemplateListModel.h"
#include "templates/TemplatePreview.h"
#include "templates/TemplateTextEdit.h"

#include "reply/TemplateCheck.h"
#include "reply/TemplateCoverage.h"
#include "util/AppPaths.h"

#include <QCloseEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QMessageBox>

namespace rd::gui {
namespace {

using Json = TemplateUserFile::Json;

QString fromStd(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QString inRed(const QString& text)
{
    return TemplateEditSession::colored(text, TemplateEditSession::kRed);
}

} // namespace

TemplateEditorWindow::TemplateEditorWindow(QWidget* parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::TemplateEditorWindow>()),
      m_session(std::make_unique<TemplateEditSession>()), m_preview(nullptr),
      m_coverage(new CoverageModel(this)), m_list(new TemplateListModel(this))
{
    m_ui->setupUi(this);
    m_preview = new TemplatePreview({m_ui->reviewList, m_ui->previewText, m_ui->previewInfo}, this);
    setUpViews();
    m_checkTimer.setSingleShot(true);
    m_checkTimer.setInterval(kCheckDelayMs);
    connect(&m_checkTimer, &QTimer::timeout, this, &TemplateEditorWindow::rebuild);
    connectWidgets();
    setUserFile(QString::fromStdString(AppPaths::userTemplatesFile()));
}

TemplateEditorWindow::~TemplateEditorWindow()
{
    // The members (the session and its library) go before the child widgets: the views must
    // not read the library while the window hides them on its way out.
    m_checkTimer.stop();
    m_coverage->setLibrary(nullptr);
    m_preview->setTarget(nullptr, {}, 0, QString());
}

void TemplateEditorWindow::setUpViews()
{
    m_ui->coverageView->setModel(m_coverage);
    m_ui->coverageView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->coverageView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->templateView->setModel(m_list);
    m_ui->templateView->verticalHeader()->hide();
    m_ui->templateView->horizontalHeader()->setStretchLastSection(true);
    for (Language l : {Language::Zh, Language::Ru, Language::En}) {
        m_ui->languageCombo->addItem(CategoryStyle::name(l), static_cast<int>(l));
    }
    m_ui->mainSplitter->setStretchFactor(0, 1);
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->rightSplitter->setStretchFactor(0, 3);
    m_ui->rightSplitter->setStretchFactor(1, 2);
}

void TemplateEditorWindow::connectWidgets()
{
    connect(m_ui->actionSave, &QAction::triggered, this, [this] {
        if (!save()) {
            QMessageBox box(QMessageBox::Warning, tr("Templates not saved"), m_lastError,
                            QMessageBox::Ok, this);
            DialogRunner::exec(box);
        }
    });
    connect(m_ui->actionReload, &QAction::triggered, this, &TemplateEditorWindow::reload);
    connect(m_ui->actionClose, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->coverageView, &QTableView::clicked, this,
            [this](const QModelIndex& index) { selectCell(index.row(), index.column()); });
    connect(m_ui->showAllButton, &QPushButton::clicked, this, [this] { selectCell(-1, -1); });
    connect(m_ui->templateView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& index) {
                if (!m_loading && index.isValid()) {
                    selectTemplate(index.data(TemplateListModel::IdRole).toString());
                }
            });
    connect(m_ui->newButton, &QPushButton::clicked, this, &TemplateEditorWindow::askNewTemplate);
    connect(m_ui->copyButton, &QPushButton::clicked, this, &TemplateEditorWindow::copyToUserFile);
    connect(m_ui->removeButton, &QPushButton::clicked, this,
            &TemplateEditorWindow::removeFromUserFile);
    connect(m_ui->languageCombo, &QComboBox::activated, this, [this](int index) {
        selectLanguage(static_cast<Language>(m_ui->languageCombo->itemData(index).toInt()));
    });
    connect(m_ui->variantCombo, &QComboBox::activated, this, &TemplateEditorWindow::selectVariant);
    connect(m_ui->addVariantButton, &QPushButton::clicked, this, &TemplateEditorWindow::addVariant);
    connect(m_ui->removeVariantButton, &QPushButton::clicked, this,
            &TemplateEditorWindow::removeVariant);
    connect(m_ui->textEdit, &QPlainTextEdit::textChanged, this,
            &TemplateEditorWindow::onTextChanged);
    for (QLineEdit* edit : {m_ui->subReasonEdit, m_ui->matchEdit, m_ui->remedyEdit}) {
        connect(edit, &QLineEdit::textEdited, this, &TemplateEditorWindow::onFieldsChanged);
    }
    for (QCheckBox* box : {m_ui->ozonCheck, m_ui->amazonCheck, m_ui->taobaoCheck,
                           m_ui->wildberriesCheck, m_ui->otherCheck}) {
        connect(box, &QCheckBox::toggled, this, &TemplateEditorWindow::onFieldsChanged);
    }
    connect(m_ui->findButton, &QPushButton::clicked, this, &TemplateEditorWindow::findReviews);
    connect(m_ui->findEdit, &QLineEdit::returnPressed, this, &TemplateEditorWindow::findReviews);
    connect(m_ui->recentButton, &QPushButton::clicked, this,
            &TemplateEditorWindow::showRecentReviews);
}

TemplateTextEdit* TemplateEditorWindow::textEdit() const
{
    return m_ui->textEdit;
}
QTableView* TemplateEditorWindow::coverageView() const
{
    return m_ui->coverageView;
}
QTableView* TemplateEditorWindow::templateView() const
{
    return m_ui->templateView;
}
QListWidget* TemplateEditorWindow::reviewList() const
{
    return m_ui->reviewList;
}
QString TemplateEditorWindow::validationText() const
{
    return m_ui->validationLabel->text();
}
QString TemplateEditorWindow::lengthText() const
{
    return m_ui->lengthLabel->text();
}
QString TemplateEditorWindow::previewText() const
{
    return m_ui->previewText->toPlainText();
}
QString TemplateEditorWindow::previewInfo() const
{
    return m_ui->previewInfo->text();
}
QString TemplateEditorWindow::userFile() const
{
    return m_session->path();
}
bool TemplateEditorWindow::isModified() const
{
    return m_session->isModified();
}
bool TemplateEditorWindow::isEditable() const
{
    return m_session->canEdit(m_current.toStdString());
}

void TemplateEditorWindow::setUserFile(const QString& path)
{
    m_session->load(path);
    reload();
}

void TemplateEditorWindow::reload()
{
    m_checkTimer.stop();
    m_lastError.clear();
    m_session->load(m_session->path());
    rebuild();
    if (m_session->effective(m_current.toStdString()).is_null()) {
        m_current = m_list->rowCount() > 0 ? m_list->rows().front().id : QString();
        m_variant = 0;
    }
    selectTemplate(m_current);
}

void TemplateEditorWindow::openDatabase(const QString& path)
{
    m_databasePath = path;
    QString error;
    if (!path.isEmpty() && !m_preview->open(path, &error)) {
        m_ui->statusbar->showMessage(tr("The database cannot be read for previews: %1").arg(error));
    }
    showRecentReviews();
}

void TemplateEditorWindow::rebuild()
{
    m_checkTimer.stop();
    m_session->check();
    m_coverage->setLibrary(&m_session->library());
    const int gaps = m_coverage->gaps();
    m_ui->gapsLabel->setText(gaps ? inRed(tr("%n cell(s) without a template", nullptr, gaps))
                                  : tr("every cell has a template"));
    if (m_cellRow >= 0 && m_cellColumn >= 0) {
        m_ui->coverageView->setCurrentIndex(m_coverage->index(m_cellRow, m_cellColumn));
    }
    fillList();
    updateChecks();
    updatePreview();
    updateTitle();
}

void TemplateEditorWindow::fillList()
{
    auto rows = m_session->listRows(m_cellRow, m_cellColumn);
    m_loading = true;
    m_list->setRows(std::move(rows));
    const int index = m_list->rowOf(m_current);
    if (index >= 0) {
        m_ui->templateView->setCurrentIndex(m_list->index(index, 0));
    }
    m_ui->templateView->resizeColumnsToContents();
    m_loading = false;
}

bool TemplateEditorWindow::selectTemplate(const QString& id)
{
    if (m_session->effective(id.toStdString()).is_null()) {
        return false;
    }
    if (id != m_current) {
        m_current = id;
        m_variant = 0;
    }
    m_loading = true;
    const int index = m_list->rowOf(id);
    if (index >= 0) {
        m_ui->templateView->setCurrentIndex(m_list->index(index, 0));
    } else {
        m_ui->templateView->clearSelection();
    }
    m_loading = false;
    showTemplate();
    return true;
}

void TemplateEditorWindow::selectCell(int row, int column)
{
    const bool cell = row >= 0 && column >= 0 && row < m_coverage->rowCount() &&
                      column < m_coverage->columnCount();
    m_cellRow = cell ? row : -1;
    m_cellColumn = cell ? column : -1;
    if (!cell) {
        m_ui->coverageView->clearSelection();
        fillList();
        return;
    }
    m_ui->coverageView->setCurrentIndex(m_coverage->index(row, column));
    m_language = TemplateCoverage::columns()[static_cast<std::size_t>(column)].language;
    fillList();
    if (m_list->rowOf(m_current) < 0 && m_list->rowCount() > 0) {
        selectTemplate(m_list->rows().front().id);
    } else {
        showTemplate();
    }
}

void TemplateEditorWindow::selectLanguage(Language language)
{
    m_language = language;
    m_variant = 0;
    showTemplate();
}

void TemplateEditorWindow::selectVariant(int index)
{
    m_variant = index;
    showVariant();
}

void TemplateEditorWindow::setReadOnly(bool readOnly)
{
    m_ui->textEdit->setReadOnly(readOnly);
    for (QLineEdit* edit : {m_ui->subReasonEdit, m_ui->matchEdit, m_ui->remedyEdit}) {
        edit->setReadOnly(readOnly);
    }
    for (QWidget* w : std::initializer_list<QWidget*>{m_ui->ozonCheck, m_ui->amazonCheck,
                                                      m_ui->taobaoCheck, m_ui->wildberriesCheck,
                                                      m_ui->otherCheck, m_ui->addVariantButton}) {
        w->setEnabled(!readOnly);
    }
    const bool readable = m_session->fileError().isEmpty();
    m_ui->copyButton->setEnabled(readOnly && readable &&
                                 m_session->base().definition(m_current.toStdString()));
    m_ui->removeButton->setEnabled(!readOnly);
    m_ui->newButton->setEnabled(readable);
}

void TemplateEditorWindow::showHeader()
{
    m_ui->headerLabel->setText(m_session->headerText(m_current.toStdString()));
}

void TemplateEditorWindow::showTemplate()
{
    const std::string id = m_current.toStdString();
    const Json e = m_session->effective(id);
    m_ui->editorBox->setEnabled(e.is_object());
    if (!e.is_object()) {
        m_ui->headerLabel->setText(tr("Choose a template in the list."));
        showVariant();
        return;
    }
    m_loading = true;
    showHeader();
    for (int i = 0; i < m_ui->languageCombo->count(); ++i) {
        const auto l = static_cast<Language>(m_ui->languageCombo->itemData(i).toInt());
        const auto n = static_cast<int>(m_session->texts(id, l).size());
        m_ui->languageCombo->setItemText(i, n ? tr("%1 (%2)").arg(CategoryStyle::name(l)).arg(n)
                                              : tr("%1 (none)").arg(CategoryStyle::name(l)));
    }
    m_ui->languageCombo->setCurrentIndex(
        m_ui->languageCombo->findData(static_cast<int>(m_language)));
    const Json platforms = e.value("platforms", Json::array());
    auto has = [&](Platform p) {
        return std::find(platforms.begin(), platforms.end(), Json(toKey(p))) != platforms.end();
    };
    m_ui->ozonCheck->setChecked(has(Platform::Ozon));
    m_ui->amazonCheck->setChecked(has(Platform::Amazon));
    m_ui->taobaoCheck->setChecked(has(Platform::Taobao));
    m_ui->wildberriesCheck->setChecked(has(Platform::Wildberries));
    m_ui->otherCheck->setChecked(has(Platform::Other));
    m_ui->subReasonEdit->setText(fromStd(e.value("sub_reason", std::string())));
    QStringList match;
    for (const Json& p : e.value("match", Json::array())) {
        match << (p.is_string() ? fromStd(p.get<std::string>()) : QString());
    }
    m_ui->matchEdit->setText(match.join(QStringLiteral(", ")));
    m_loading = false;
    setReadOnly(!isEditable());
    showVariant();
    showRecentReviews();
}

void TemplateEditorWindow::showVariant()
{
    const std::string id = m_current.toStdString();
    const auto texts = m_session->texts(id, m_language);
    m_variant = std::clamp(m_variant, 0, std::max(0, static_cast<int>(texts.size()) - 1));
    m_loading = true;
    m_ui->variantCombo->clear();
    for (std::size_t i = 0; i < texts.size(); ++i) {
        m_ui->variantCombo->addItem(
            tr("%1 of %2").arg(static_cast<int>(i) + 1).arg(static_cast<int>(texts.size())));
    }
    if (texts.empty()) {
        m_ui->variantCombo->addItem(tr("none yet: type to add one"));
    }
    m_ui->variantCombo->setCurrentIndex(m_variant);
    m_ui->textEdit->setPlainText(
        texts.empty() ? QString()
                      : QString::fromStdString(texts[static_cast<std::size_t>(m_variant)]));
    const Json e = m_session->effective(id);
    const std::string lang(toKey(m_language));
    const bool remedy = e.is_object() && e.contains("remedy") && e["remedy"].is_object() &&
                        e["remedy"].contains(lang) && e["remedy"][lang].is_string();
    m_ui->remedyEdit->setText(remedy ? fromStd(e["remedy"][lang].get<std::string>()) : QString());
    m_ui->removeVariantButton->setEnabled(isEditable() && texts.size() > 1);
    m_loading = false;
    updateChecks();
    updatePreview();
}

void TemplateEditorWindow::onTextChanged()
{
    if (m_loading || !isEditable()) {
        return;
    }
    const bool first = m_session->texts(m_current.toStdString(), m_language).empty();
    m_session->setText(m_current.toStdString(), m_language, m_variant,
                       m_ui->textEdit->toPlainText().toStdString());
    if (first) {
        m_variant = 0;
    }
    updateChecks(); // the text's own syntax at once; the whole file after a pause
    updateTitle();
    m_checkTimer.start();
}

void TemplateEditorWindow::onFieldsChanged()
{
    if (m_loading || !isEditable()) {
        return;
    }
    TemplateEditSession::Fields f;
    const std::pair<QCheckBox*, Platform> boxes[] = {
        {m_ui->ozonCheck, Platform::Ozon},
        {m_ui->amazonCheck, Platform::Amazon},
        {m_ui->taobaoCheck, Platform::Taobao},
        {m_ui->wildberriesCheck, Platform::Wildberries},
        {m_ui->otherCheck, Platform::Other}};
    for (const auto& [box, platform] : boxes) {
        if (box->isChecked()) {
            f.platforms.push_back(toKey(platform));
        }
    }
    f.subReason = m_ui->subReasonEdit->text().trimmed().toStdString();
    for (const QString& p : m_ui->matchEdit->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!p.trimmed().isEmpty()) {
            f.match.push_back(p.trimmed().toStdString());
        }
    }
    f.remedy = m_ui->remedyEdit->text().toStdString();
    m_session->setFields(m_current.toStdString(), m_language, f);
    updateTitle();
    m_checkTimer.start();
}

void TemplateEditorWindow::addVariant()
{
    const int added = m_session->addVariant(m_current.toStdString(), m_language, m_variant);
    if (added >= 0) {
        m_variant = added;
        rebuild();
        showTemplate();
    }
}

void TemplateEditorWindow::removeVariant()
{
    if (m_session->removeVariant(m_current.toStdString(), m_language, m_variant)) {
        rebuild();
        showTemplate();
    }
}

bool TemplateEditorWindow::copyToUserFile()
{
    if (!m_session->copyToUserFile(m_current.toStdString())) {
        return false;
    }
    rebuild();
    showTemplate();
    m_ui->statusbar->showMessage(
        tr("%1 is in the user file now: what you change there overrides the built-in template.")
            .arg(m_current),
        8000);
    return true;
}

bool TemplateEditorWindow::removeFromUserFile()
{
    if (!m_session->remove(m_current.toStdString())) {
        return false;
    }
    const bool builtIn = m_session->base().definition(m_current.toStdString()) != nullptr;
    rebuild();
    if (!builtIn) {
        m_current = m_list->rowCount() > 0 ? m_list->rows().front().id : QString();
    }
    selectTemplate(m_current);
    return true;
}

void TemplateEditorWindow::askNewTemplate()
{
    QModelIndex cell = m_ui->coverageView->currentIndex();
    if (!cell.isValid()) {
        const auto row = m_session->rowOf(m_current.toStdString());
        cell = m_coverage->index(row ? static_cast<int>(*row) : 0, 0);
    }
    const auto& column = TemplateCoverage::columns()[static_cast<std::size_t>(cell.column())];
    const auto& row = TemplateCoverage::rows()[static_cast<std::size_t>(cell.row())];
    const std::string stem =
        row.category ? std::string(toKey(*row.category)) : std::string(toKey(row.kind));
    QInputDialog dialog(this);
    dialog.setWindowTitle(tr("New template"));
    dialog.setLabelText(
        tr("A new template in the user file for %1, %2, %3.\nIts id (letters, digits, _ . -):")
            .arg(CoverageModel::rowName(cell.row()), CategoryStyle::name(column.language),
                 CategoryStyle::name(column.platform)));
    dialog.setTextValue(fromStd(stem + "." + std::string(toKey(column.platform)) + "." +
                                std::string(toKey(column.language))));
    if (DialogRunner::exec(dialog) != QDialog::Accepted) {
        return;
    }
    if (!createTemplate(dialog.textValue().trimmed(), cell.row(), cell.column())) {
        QMessageBox box(QMessageBox::Warning, tr("No new template"), m_lastError, QMessageBox::Ok,
                        this);
        DialogRunner::exec(box);
    }
}

bool TemplateEditorWindow::createTemplate(const QString& id, int row, int column)
{
    QString error;
    if (!m_session->create(id.toStdString(), row, column, &error)) {
        showError(error);
        return false;
    }
    m_lastError.clear();
    m_language = TemplateCoverage::columns()[static_cast<std::size_t>(column)].language;
    m_current = id;
    m_variant = 0;
    rebuild();
    selectTemplate(id);
    return true;
}

void TemplateEditorWindow::showRecentReviews()
{
    const auto row = m_session->rowOf(m_current.toStdString());
    m_preview->showReviews(row && m_preview->isOpen()
                               ? m_preview->recent(TemplateCoverage::rows()[*row], m_language)
                               : std::vector<ReviewRecord>{});
}

void TemplateEditorWindow::findReviews()
{
    const auto found = m_preview->find(m_ui->findEdit->text());
    m_preview->showReviews(found);
    if (found.empty()) {
        m_ui->statusbar->showMessage(tr("No review matches \"%1\".").arg(m_ui->findEdit->text()),
                                     6000);
    }
}

bool TemplateEditorWindow::previewReview(qint64 reviewId)
{
    return m_preview->showReview(reviewId);
}

void TemplateEditorWindow::updateChecks()
{
    const std::string text = m_ui->textEdit->toPlainText().toStdString();
    const auto syntax = TemplateCheck::syntax(text);
    const bool editable = isEditable();
    m_ui->textEdit->setErrorAt(syntax && editable ? syntax->line : 0, syntax ? syntax->column : 0);
    m_ui->validationLabel->setText(m_session->checkMessage(text, editable));
    m_ui->lengthLabel->setText(m_session->lengthMessage(m_current.toStdString(), m_language, text));
}

void TemplateEditorWindow::updatePreview()
{
    QString blocked;
    if (!m_session->problem().isEmpty() ||
        (isEditable() && TemplateCheck::syntax(m_ui->textEdit->toPlainText().toStdString()))) {
        blocked = tr("Fix the template to preview it.");
    }
    m_preview->setTarget(&m_session->library(), m_current.toStdString(), m_variant, blocked);
}

void TemplateEditorWindow::updateTitle()
{
    setWindowTitle(
        tr("Template editor — %1[*] — ReviewDesk").arg(QFileInfo(m_session->path()).fileName()));
    setWindowModified(isModified());
    m_ui->actionSave->setEnabled(m_session->fileError().isEmpty());
}

void TemplateEditorWindow::showError(const QString& message)
{
    m_lastError = message;
    m_ui->validationLabel->setText(inRed(message));
    m_ui->statusbar->showMessage(message, 10000);
}

bool TemplateEditorWindow::save()
{
    m_lastError.clear();
    m_checkTimer.stop();
    QString error;
    if (!m_session->save(&error)) {
        rebuild();
        showError(tr("Nothing was saved: %1").arg(error));
        return false;
    }
    rebuild();
    m_ui->statusbar->showMessage(tr("Saved %1").arg(m_session->path()), 6000);
    Q_EMIT templatesSaved(m_session->path());
    return true;
}

void TemplateEditorWindow::closeEvent(QCloseEvent* event)
{
    if (!isModified()) {
        event->accept();
        return;
    }
    QMessageBox ask(QMessageBox::Question, tr("Unsaved template changes"),
                    tr("Save the changes to the user template file?"),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    const int answer = DialogRunner::exec(ask);
    if (answer == QMessageBox::Save && !save()) {
        QMessageBox box(QMessageBox::Warning, tr("Templates not saved"), m_lastError,
                        QMessageBox::Ok, this);
        DialogRunner::exec(box);
        event->ignore();
        return;
    }
    if (answer != QMessageBox::Save && answer != QMessageBox::Discard) {
        event->ignore();
        return;
    }
    if (answer == QMessageBox::Discard) {
        reload(); // opened again, the window shows the file as it is
    }
    event->accept();
}

void TemplateEditorWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        rebuild();
        showTemplate();
    }
    QMainWindow::changeEvent(event);
}

} // namespace rd::gui
