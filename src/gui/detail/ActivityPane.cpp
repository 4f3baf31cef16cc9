#include "detail/ActivityPane.h"

#include "ui_ActivityPane.h"

#include "CategoryStyle.h"
#include "DialogRunner.h"
#include "ReviewActions.h"
#include "detail/AppealDialog.h"
#include "detail/ContactDialog.h"

#include "store/ClassificationStore.h"
#include "store/DraftStore.h"
#include "store/ReviewStore.h"
#include "store/WorkflowStore.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLocale>

#include <algorithm>

namespace rd::gui {
namespace {

QString when(Timestamp ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

QString stars(const std::optional<int>& rating)
{
    return rating ? QString(*rating, QChar(0x2605)) : QStringLiteral("–");
}

QString draftAction(const DraftHistoryEntry& e)
{
    if (e.action == "generated") {
        return ActivityPane::tr("Reply drafted");
    }
    if (e.action == "edited") {
        return ActivityPane::tr("Reply edited");
    }
    switch (e.state) {
    case DraftState::Approved:
        return ActivityPane::tr("Reply approved");
    case DraftState::Exported:
        return ActivityPane::tr("Reply copied");
    case DraftState::Posted:
        return ActivityPane::tr("Reply posted");
    case DraftState::Draft:
        break;
    }
    return ActivityPane::tr("Reply reopened");
}

} // namespace

ActivityPane::ActivityPane(QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ActivityPane>())
{
    m_ui->setupUi(this);
    const int w = fontMetrics().horizontalAdvance(QStringLiteral("00/00/00 00:00 "));
    for (QTreeWidget* list : {m_ui->contactsList, m_ui->historyList, m_ui->buyerList}) {
        list->header()->setStretchLastSection(true);
        list->header()->resizeSection(0, w);
        for (int c = 1; c < list->columnCount() - 1; ++c) {
            list->header()->resizeSection(c, w * 3 / 4);
        }
    }
    m_ui->outcomeCombo->addItem(tr("Pending"), QString());
    m_ui->outcomeCombo->addItem(tr("Removed by the marketplace"), QStringLiteral("removed"));
    m_ui->outcomeCombo->addItem(tr("Kept by the marketplace"), QStringLiteral("kept"));
    connect(m_ui->logContactButton, &QPushButton::clicked, this, &ActivityPane::logContact);
    connect(m_ui->prepareAppealButton, &QPushButton::clicked, this, &ActivityPane::prepareAppeal);
    connect(m_ui->outcomeCombo, &QComboBox::activated, this, [this] {
        if (!m_updating && m_actions && m_reviewId) {
            m_actions->setAppealOutcome(m_reviewId, m_ui->outcomeCombo->currentData().toString());
        }
    });
    connect(m_ui->buyerList, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        Q_EMIT reviewRequested(item->data(0, Qt::UserRole).toLongLong());
    });
    showReview(0);
}

ActivityPane::~ActivityPane() = default;

void ActivityPane::setActions(ReviewActions* actions)
{
    m_actions = actions;
}

void ActivityPane::showReview(std::int64_t reviewId)
{
    m_reviewId = m_actions && m_actions->store() ? reviewId : 0;
    setEnabled(m_reviewId != 0);
    showContacts();
    showHistory();
    showBuyer();
    showAppeal();
}

void ActivityPane::showContacts()
{
    m_ui->contactsList->clear();
    if (!m_reviewId) {
        return;
    }
    auto contacts = m_actions->store()->workflow().contacts(m_reviewId);
    for (auto it = contacts.rbegin(); it != contacts.rend(); ++it) {
        auto* item = new QTreeWidgetItem(
            m_ui->contactsList,
            {when(it->at), CategoryStyle::name(it->channel), QString::fromStdString(it->offered),
             QString::fromStdString(it->buyerAnswer), QString::fromStdString(it->agent)});
        item->setToolTip(3, QString::fromStdString(it->buyerAnswer));
        if (!it->note.empty()) {
            item->setToolTip(0, QString::fromStdString(it->note));
        }
    }
    m_ui->tabs->setTabText(m_ui->tabs->indexOf(m_ui->contactsTab),
                           contacts.empty() ? tr("Contacts")
                                            : tr("Contacts (%1)").arg(contacts.size()));
}

void ActivityPane::showHistory()
{
    m_ui->historyList->clear();
    if (!m_reviewId) {
        return;
    }
    struct Row
    {
        Timestamp at;
        QString what;
        QString details;
    };
    std::vector<Row> rows;
    ReviewStore& store = *m_actions->store();
    for (const auto& r : store.revisions(m_reviewId)) {
        if (r.oldRating != r.newRating) {
            rows.push_back({r.changedAt, tr("Rating revised"),
                            stars(r.oldRating) + QStringLiteral(" → ") + stars(r.newRating)});
        }
        if (r.oldText != r.newText) {
            rows.push_back({r.changedAt, tr("Text revised"), QString::fromStdString(r.newText)});
        }
    }
    for (const auto& s : store.workflow().statusHistory(m_reviewId)) {
        QString details =
            CategoryStyle::name(s.from) + QStringLiteral(" → ") + CategoryStyle::name(s.to);
        if (!s.by.empty()) {
            details += QStringLiteral(" (%1)").arg(QString::fromStdString(s.by));
        }
        rows.push_back({s.at, tr("Status"), details});
    }
    for (const auto& d : store.drafts().history(m_reviewId)) {
        rows.push_back({d.at, draftAction(d), QString::fromStdString(d.text)});
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const Row& a, const Row& b) { return a.at > b.at; });
    for (const Row& row : rows) {
        auto* item = new QTreeWidgetItem(m_ui->historyList, {when(row.at), row.what, row.details});
        item->setToolTip(2, row.details);
    }
}

void ActivityPane::showBuyer()
{
    m_ui->buyerList->clear();
    m_ui->buyerSummary->clear();
    if (!m_reviewId) {
        return;
    }
    const auto review = m_actions->store()->review(m_reviewId);
    if (!review || review->customerId.empty()) {
        m_ui->buyerSummary->setText(tr("The marketplace did not name the buyer."));
        return;
    }
    ReviewFilter filter;
    filter.customerId = review->customerId;
    filter.platforms = {review->platform};
    filter.limit = 200;
    int others = 0;
    for (const auto& rec : m_actions->store()->queueRows(filter, 120)) {
        if (rec.review.id == m_reviewId) {
            continue;
        }
        ++others;
        const auto category = rec.category();
        auto* item = new QTreeWidgetItem(
            m_ui->buyerList,
            {rec.review.publishedAt ? when(*rec.review.publishedAt) : QString(),
             stars(rec.review.rating), category ? CategoryStyle::name(*category) : QString(),
             CategoryStyle::name(rec.workflow.status), QString::fromStdString(rec.review.text)});
        item->setData(0, Qt::UserRole, qint64(rec.review.id));
    }
    const QString name = QString::fromStdString(
        review->customerName.empty() ? review->customerId : review->customerName);
    m_ui->buyerSummary->setText(others
                                    ? tr("%1 wrote %n other review(s).", nullptr, others).arg(name)
                                    : tr("%1 wrote no other review.").arg(name));
}

void ActivityPane::showAppeal()
{
    m_updating = true;
    const auto record = m_reviewId ? m_actions->store()->record(m_reviewId) : std::nullopt;
    const bool suspicious = record && record->suspicious;
    m_ui->prepareAppealButton->setEnabled(suspicious);
    m_ui->outcomeCombo->setEnabled(record && record->workflow.status == Status::Appealed);
    m_ui->outcomeCombo->setCurrentIndex(m_ui->outcomeCombo->findData(
        record ? QString::fromStdString(record->workflow.appealOutcome) : QString()));
    if (!record) {
        m_ui->appealInfo->clear();
    } else if (!suspicious) {
        m_ui->appealInfo->setText(tr("Only a review flagged as suspicious (a threat, an "
                                     "advertisement, off-topic or abuse) can be appealed."));
    } else if (record->workflow.status == Status::Appealed) {
        m_ui->appealInfo->setText(tr("Appealed. Record what the marketplace decided."));
    } else {
        m_ui->appealInfo->setText(tr("This review is flagged as suspicious. Prepare an appeal "
                                     "to ask the marketplace to remove it."));
    }
    m_updating = false;
}

void ActivityPane::logContact()
{
    if (!m_actions || !m_reviewId) {
        return;
    }
    ContactDialog dialog(m_reviewId, this);
    if (DialogRunner::exec(dialog) == QDialog::Accepted) {
        m_actions->addContact(dialog.entry());
        m_ui->tabs->setCurrentWidget(m_ui->contactsTab);
    }
}

void ActivityPane::prepareAppeal()
{
    if (!m_actions || !m_reviewId) {
        return;
    }
    ReviewStore& store = *m_actions->store();
    const auto review = store.review(m_reviewId);
    if (!review) {
        return;
    }
    AppealRequest request;
    request.review = *review;
    if (auto automatic = store.classifications().automatic(m_reviewId)) {
        request.evidence = std::move(automatic->evidence);
    }
    request.contacts = store.workflow().contacts(m_reviewId);
    request.ground = AppealBuilder::suggestGround(request.evidence);
    request.agentName = m_actions->agent().toStdString();
    AppealDialog dialog(std::move(request), this);
    if (DialogRunner::exec(dialog) == QDialog::Accepted) {
        m_actions->setStatus(m_reviewId, Status::Appealed);
        m_ui->tabs->setCurrentWidget(m_ui->appealTab);
    }
}

void ActivityPane::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        showReview(m_reviewId);
    }
}

} // namespace rd::gui
