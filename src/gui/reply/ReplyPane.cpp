#include "reply/ReplyPane.h"

#include "ui_ReplyPane.h"

#include "AppSettings.h"
#include "CategoryStyle.h"
#include "DialogRunner.h"
#include "ReviewActions.h"
#include "WriteRetry.h"

#include "reply/DraftGenerator.h"
#include "reply/ReplyLimits.h"
#include "reply/TemplateLibrary.h"
#include "reply/TemplateVariables.h"
#include "store/ClassificationStore.h"
#include "store/DraftStore.h"
#include "store/ReviewStore.h"
#include "store/StoreError.h"
#include "util/Clock.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QRegularExpression>

namespace rd::gui {
namespace {

DraftContext draftContext()
{
    const AppSettings* s = AppSettings::instance();
    DraftContext c;
    c.agentName = s->agentName().toStdString();
    c.agentTitle = s->agentTitle().toStdString();
    c.shop = s->shops().value(0).toStdString();
    return c;
}

std::vector<Evidence> evidenceOf(ReviewStore& store, std::int64_t id)
{
    auto automatic = store.classifications().automatic(id);
    return automatic ? std::move(automatic->evidence) : std::vector<Evidence>{};
}

} // namespace

ReplyPane::ReplyPane(QWidget* parent) : QWidget(parent), m_ui(std::make_unique<Ui::ReplyPane>())
{
    m_ui->setupUi(this);
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(kSaveDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &ReplyPane::flush);
    connect(m_ui->editor, &QPlainTextEdit::textChanged, this, &ReplyPane::onTextChanged);
    connect(m_ui->copyButton, &QPushButton::clicked, this, &ReplyPane::copyReply);
    connect(m_ui->approveButton, &QPushButton::clicked, this, &ReplyPane::approve);
    connect(m_ui->templateCombo, &QComboBox::activated, this, [this](int index) {
        const QString id = m_ui->templateCombo->itemData(index).toString();
        if (!id.isEmpty()) {
            chooseTemplate(id);
        }
    });
    m_ui->missingBox->hide();
    showReview(0);
}

ReplyPane::~ReplyPane() = default;

void ReplyPane::setActions(ReviewActions* actions)
{
    m_actions = actions;
}

void ReplyPane::setTemplates(std::shared_ptr<const TemplateLibrary> library)
{
    m_library = std::move(library);
}

QString ReplyPane::text() const
{
    return m_ui->editor->toPlainText();
}
QString ReplyPane::counterText() const
{
    return m_ui->counterLabel->text();
}
void ReplyPane::focusEditor()
{
    m_ui->editor->setFocus(Qt::ShortcutFocusReason);
}

void ReplyPane::showReview(std::int64_t reviewId)
{
    flush();
    m_reviewId = reviewId;
    m_record.reset();
    m_draft.reset();
    if (reviewId && m_actions && m_actions->store()) {
        m_record = m_actions->store()->record(reviewId);
    }
    setEnabled(m_record.has_value());
    if (!m_record) {
        m_reviewId = 0;
        m_ui->templateCombo->clear();
        m_ui->languageLabel->clear();
        setEditorText(QString());
        m_ui->stateLabel->clear();
        return;
    }
    ReviewStore& store = *m_actions->store();
    m_draft = store.drafts().draft(reviewId);
    if (!m_draft && m_library) {
        generate(nullptr); // the first look at a review writes its draft
    }
    const Language language = DraftGenerator::replyLanguage(m_record->review);
    m_ui->languageLabel->setText(CategoryStyle::name(language));
    fillTemplates(*m_record);
    setEditorText(m_draft ? QString::fromStdString(m_draft->text) : QString());
    updateState();
}

QString ReplyPane::kindOf(const ReviewRecord& record)
{
    const auto category = record.category();
    const std::string_view kind = toKey(DraftGenerator::kindOf(record));
    const std::string_view cat = category ? toKey(*category) : std::string_view();
    return QString::fromUtf8(kind.data(), static_cast<qsizetype>(kind.size())) + QLatin1Char('/') +
           QString::fromUtf8(cat.data(), static_cast<qsizetype>(cat.size()));
}

void ReplyPane::fillTemplates(const ReviewRecord& record)
{
    m_kindShown = kindOf(record);
    m_ui->templateCombo->clear();
    m_ui->templateCombo->addItem(tr("Own text"), QString());
    if (!m_library) {
        return;
    }
    const TemplateKind kind = DraftGenerator::kindOf(record);
    const Language language = DraftGenerator::replyLanguage(record.review);
    const auto category = record.category();
    for (const ReplyTemplate& t : m_library->templates()) {
        if (t.kind != kind || !t.variantsFor(language) || !t.appliesTo(record.review.platform)) {
            continue;
        }
        if (kind == TemplateKind::Complaint && t.category != category) {
            continue;
        }
        QString label = QString::fromStdString(t.id);
        if (!t.subReason.empty()) {
            label += QStringLiteral(" — ") + QString::fromStdString(t.subReason);
        }
        m_ui->templateCombo->addItem(label, QString::fromStdString(t.id));
    }
    const bool ownText = !m_draft || m_draft->humanEdited || m_draft->templateId.empty();
    const int current =
        ownText ? 0 : m_ui->templateCombo->findData(QString::fromStdString(m_draft->templateId));
    m_ui->templateCombo->setCurrentIndex(std::max(current, 0));
}

void ReplyPane::generate(const std::string* templateId)
{
    ReviewStore& store = *m_actions->store();
    DraftGenerator generator(*m_library, draftContext());
    const auto evidence = evidenceOf(store, m_reviewId);
    const DraftOutcome outcome =
        templateId ? generator.generate(*m_record, evidence, Clock::nowMs(), *templateId)
                   : generator.generate(*m_record, evidence, Clock::nowMs());
    if (outcome.status != DraftOutcome::Status::Ok) {
        m_ui->stateLabel->setText(outcome.status == DraftOutcome::Status::Unclassified
                                      ? tr("Set a category to get a reply draft")
                                      : tr("No template fits this review: write the reply"));
        return;
    }
    try {
        // Waits while another program's import holds the write lock (WriteRetry).
        if (!WriteRetry::run([&] { store.drafts().saveGenerated(outcome.draft); })) {
            m_ui->stateLabel->setText(tr("The draft was not saved: the database was busy"));
            return;
        }
    } catch (const StoreError& e) {
        m_actions->notifyFailed(QString::fromUtf8(e.what()));
        return;
    }
    m_draft = store.drafts().draft(m_reviewId);
}

bool ReplyPane::chooseTemplate(const QString& templateId)
{
    if (!m_record || !m_library || m_ui->templateCombo->findData(templateId) < 0) {
        return false;
    }
    flush();
    const std::string id = templateId.toStdString();
    if (m_draft && (m_draft->humanEdited || m_draft->state != DraftState::Draft)) {
        QMessageBox ask(QMessageBox::Question, tr("Replace the reply?"),
                        tr("The reply was edited or already approved. Replace it with the "
                           "template's text? (Ctrl+Z brings it back.)"),
                        QMessageBox::Yes | QMessageBox::No, this);
        if (DialogRunner::exec(ask) != QMessageBox::Yes) {
            fillTemplates(*m_record);
            return false;
        }
        DraftGenerator generator(*m_library, draftContext());
        const DraftOutcome outcome = generator.generate(
            *m_record, evidenceOf(*m_actions->store(), m_reviewId), Clock::nowMs(), id);
        if (outcome.status != DraftOutcome::Status::Ok) {
            return false;
        }
        m_actions->editReply(m_reviewId, QString::fromStdString(outcome.draft.text));
    } else {
        generate(&id);
    }
    m_draft = m_actions->store()->drafts().draft(m_reviewId);
    setEditorText(m_draft ? QString::fromStdString(m_draft->text) : QString());
    m_ui->templateCombo->setCurrentIndex(m_ui->templateCombo->findData(templateId));
    updateState();
    return true;
}

void ReplyPane::setEditorText(const QString& text)
{
    m_loading = true;
    m_ui->editor->setPlainText(text);
    m_loading = false;
    m_saveTimer.stop();
    updateCounter();
    updateMissing();
}

void ReplyPane::onTextChanged()
{
    updateCounter();
    updateMissing();
    if (!m_loading && m_reviewId) {
        m_saveTimer.start();
    }
}

void ReplyPane::flush()
{
    m_saveTimer.stop();
    if (!m_reviewId || !m_actions || !m_actions->store()) {
        return;
    }
    const QString current = text();
    const QString stored = m_draft ? QString::fromStdString(m_draft->text) : QString();
    if (current == stored) {
        return;
    }
    m_actions->editReply(m_reviewId, current);
    m_draft = m_actions->store()->drafts().draft(m_reviewId);
    m_ui->templateCombo->setCurrentIndex(0); // own text now
    updateState();
}

void ReplyPane::refresh()
{
    if (!m_reviewId || !m_actions || !m_actions->store()) {
        return;
    }
    m_saveTimer.stop();
    m_record = m_actions->store()->record(m_reviewId);
    m_draft = m_actions->store()->drafts().draft(m_reviewId);
    if (m_record && kindOf(*m_record) != m_kindShown) {
        if (m_library && m_draft && !m_draft->humanEdited && m_draft->state == DraftState::Draft) {
            generate(nullptr); // the generated text was for the old category
        }
        fillTemplates(*m_record);
    }
    const QString stored = m_draft ? QString::fromStdString(m_draft->text) : QString();
    if (stored != text()) {
        const int cursor = m_ui->editor->textCursor().position();
        setEditorText(stored);
        QTextCursor c = m_ui->editor->textCursor();
        c.setPosition(std::min(cursor, static_cast<int>(stored.size())));
        m_ui->editor->setTextCursor(c);
    }
    updateState();
}

void ReplyPane::updateCounter()
{
    if (!m_record) {
        m_ui->counterLabel->clear();
        return;
    }
    const int length = ReplyLimits::length(text().toStdString());
    const int limit = AppSettings::instance()->replyLimit(m_record->review.platform);
    if (limit <= 0) {
        m_ui->counterLabel->setText(QString::number(length));
        return;
    }
    m_ui->counterLabel->setText(QStringLiteral("%1/%2").arg(length).arg(limit));
    const QColor red = CategoryStyle::readableOn(CategoryStyle::safetyColor(),
                                                 palette().color(QPalette::Window), 4.5);
    m_ui->counterLabel->setStyleSheet(
        length > limit ? QStringLiteral("color:%1; font-weight:bold;").arg(red.name()) : QString());
}

QStringList ReplyPane::missingVariables() const
{
    static const QRegularExpression pattern(QStringLiteral("\\{([a-z_]+)\\}"));
    QStringList names;
    auto it = pattern.globalMatch(text());
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (TemplateVariables::isKnown(name.toStdString()) && !names.contains(name)) {
            names << name;
        }
    }
    return names;
}

QString ReplyPane::variableLabel(const QString& name)
{
    using V = TemplateVariables;
    const std::string n = name.toStdString();
    if (n == V::kCustomerName) {
        return tr("Buyer's name");
    }
    if (n == V::kProduct) {
        return tr("Product");
    }
    if (n == V::kSku) {
        return tr("SKU");
    }
    if (n == V::kOrderId) {
        return tr("Order number");
    }
    if (n == V::kShop) {
        return tr("Shop");
    }
    if (n == V::kAgentName) {
        return tr("Your name");
    }
    if (n == V::kAgentTitle) {
        return tr("Your title");
    }
    if (n == V::kProblem) {
        return tr("The problem");
    }
    if (n == V::kRemedy) {
        return tr("What you offer");
    }
    if (n == V::kReviewDate) {
        return tr("Review date");
    }
    if (n == V::kFollowUpDate) {
        return tr("Follow-up date");
    }
    return name;
}

void ReplyPane::updateMissing()
{
    const QStringList names = missingVariables();
    if (names == m_missingShown) {
        return;
    }
    m_missingShown = names;
    while (m_ui->missingForm->rowCount() > 0) {
        m_ui->missingForm->removeRow(0);
    }
    for (const QString& name : names) {
        auto* edit = new QLineEdit(m_ui->missingBox);
        edit->setObjectName(QStringLiteral("missing_") + name);
        edit->setPlaceholderText(tr("Type it here: it replaces {%1} in the reply").arg(name));
        connect(edit, &QLineEdit::returnPressed, this,
                [this, edit, name] { fillVariable(name, edit->text()); });
        m_ui->missingForm->addRow(variableLabel(name), edit);
    }
    m_ui->missingBox->setVisible(!names.isEmpty());
}

void ReplyPane::fillVariable(const QString& name, const QString& value)
{
    if (value.trimmed().isEmpty()) {
        return;
    }
    QString updated = text();
    updated.replace(QLatin1Char('{') + name + QLatin1Char('}'), value.trimmed());
    QTextCursor cursor(m_ui->editor->document());
    cursor.select(QTextCursor::Document);
    cursor.insertText(updated); // one step of the editor's own undo, and saved as an edit
    flush();
    m_ui->editor->setFocus();
}

void ReplyPane::updateState()
{
    const bool has = m_draft.has_value() && !text().isEmpty();
    m_ui->copyButton->setEnabled(has);
    m_ui->approveButton->setEnabled(has && m_draft->state == DraftState::Draft);
    if (!m_draft) {
        return;
    }
    QString state;
    switch (m_draft->state) {
    case DraftState::Draft:
        state = m_draft->humanEdited ? tr("Draft, edited") : tr("Draft from template");
        break;
    case DraftState::Approved:
        state = tr("Approved");
        break;
    case DraftState::Exported:
        state = tr("Copied for posting");
        break;
    case DraftState::Posted:
        state = tr("Posted");
        break;
    }
    m_ui->stateLabel->setText(state);
}

bool ReplyPane::readyToLeaveDraft(bool copying)
{
    flush();
    if (!m_draft || text().trimmed().isEmpty()) {
        Q_EMIT message(tr("There is no reply yet."));
        return false;
    }
    const QStringList missing = missingVariables();
    if (!missing.isEmpty()) {
        const QString field = variableLabel(missing.first());
        Q_EMIT message(copying ? tr("Fill in “%1” before copying the reply.").arg(field)
                               : tr("Fill in “%1” before approving the reply.").arg(field));
        if (auto* edit = m_ui->missingBox->findChild<QLineEdit*>(QStringLiteral("missing_") +
                                                                 missing.first())) {
            edit->setFocus();
        }
        return false;
    }
    return true;
}

bool ReplyPane::copyReply()
{
    if (!m_reviewId || !readyToLeaveDraft(true)) {
        return false;
    }
    QGuiApplication::clipboard()->setText(text());
    if (m_draft->state == DraftState::Draft || m_draft->state == DraftState::Approved) {
        m_actions->setReplyState(m_reviewId, DraftState::Exported);
    }
    m_draft = m_actions->store()->drafts().draft(m_reviewId);
    updateState();
    Q_EMIT message(tr("Reply copied: paste it into the marketplace's reply box."));
    return true;
}

bool ReplyPane::approve()
{
    if (!m_reviewId || !readyToLeaveDraft(false)) {
        return false;
    }
    if (m_draft->state != DraftState::Draft) {
        Q_EMIT message(tr("The reply is already approved."));
        return false;
    }
    m_actions->setReplyState(m_reviewId, DraftState::Approved);
    m_draft = m_actions->store()->drafts().draft(m_reviewId);
    updateState();
    Q_EMIT message(tr("Reply approved."));
    return true;
}

void ReplyPane::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_missingShown.clear();
        updateMissing();
        updateState();
    }
}

} // namespace rd::gui
