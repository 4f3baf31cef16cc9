#include "detail/DetailPane.h"

#include "ui_DetailPane.h"

#include "CategoryStyle.h"
#include "DialogRunner.h"
#include "ReviewActions.h"
#include "detail/FollowUpDialog.h"

#include "store/ClassificationStore.h"
#include "store/ReviewStore.h"
#include "util/Clock.h"

#include <QDateTime>
#include <QLocale>
#include <QMenu>

namespace rd::gui {
namespace {

QString html(const std::string& s)
{
    return QString::fromStdString(s).toHtmlEscaped();
}

QString badge(const QString& text, const QColor& color)
{
    return QStringLiteral("<span style=\"background-color:%1; color:%2;\">&nbsp;%3&nbsp;</span>")
        .arg(color.name(), CategoryStyle::textOn(color).name(), text.toHtmlEscaped());
}

QString when(Timestamp ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

QString duration(Timestamp ms)
{
    const qint64 minutes = ms / 60000;
    if (minutes < 120) {
        return DetailPane::tr("%n min", nullptr, static_cast<int>(minutes));
    }
    if (minutes < 48 * 60) {
        return DetailPane::tr("%n h", nullptr, static_cast<int>(minutes / 60));
    }
    return DetailPane::tr("%n d", nullptr, static_cast<int>(minutes / (24 * 60)));
}

} // namespace

DetailPane::DetailPane(QWidget* parent) : QWidget(parent), m_ui(std::make_unique<Ui::DetailPane>())
{
    m_ui->setupUi(this);
    for (Category c : kAllCategories) {
        m_ui->categoryCombo->addItem(CategoryStyle::name(c), int(c));
    }
    m_ui->categoryCombo->addItem(tr("Not classified"), -1);
    buildStatusMenu();
    connect(m_ui->categoryCombo, &QComboBox::activated, this, [this](int index) {
        const int value = m_ui->categoryCombo->itemData(index).toInt();
        if (!m_updating && m_actions && m_reviewId && value >= 0) {
            m_actions->setCategory(m_reviewId, Category(value));
        }
    });
    connect(m_ui->suspiciousButton, &QToolButton::clicked, this, [this](bool on) {
        if (m_actions && m_reviewId) {
            m_actions->setFlag(m_reviewId, Flag::Suspicious, on);
        }
    });
    connect(m_ui->safetyButton, &QToolButton::clicked, this, [this](bool on) {
        if (m_actions && m_reviewId) {
            m_actions->setFlag(m_reviewId, Flag::Safety, on);
        }
    });
    connect(m_ui->resetButton, &QToolButton::clicked, this, [this] {
        if (m_actions && m_reviewId) {
            m_actions->resetClassification(m_reviewId);
        }
    });
    connect(m_ui->followUpButton, &QToolButton::clicked, this, &DetailPane::editFollowUp);
    showReview(0);
}

DetailPane::~DetailPane() = default;

ReviewTextView* DetailPane::textView() const
{
    return m_ui->textView;
}

void DetailPane::setActions(ReviewActions* actions)
{
    m_actions = actions;
}

void DetailPane::buildStatusMenu()
{
    m_statusMenu = new QMenu(this);
    int key = 1;
    for (Status s : kAllStatuses) {
        // &1 … &7: the menu answers to digits as well as to the arrows.
        QAction* a = m_statusMenu->addAction(
            QStringLiteral("&%1  %2").arg(key++).arg(CategoryStyle::name(s)));
        a->setData(int(s));
        a->setCheckable(true);
        connect(a, &QAction::triggered, this, [this, s] {
            if (m_actions && m_reviewId) {
                m_actions->setStatus(m_reviewId, s);
            }
        });
    }
    m_ui->statusButton->setMenu(m_statusMenu);
}

void DetailPane::popupStatusMenu()
{
    if (m_reviewId) {
        m_statusMenu->popup(
            m_ui->statusButton->mapToGlobal(QPoint(0, m_ui->statusButton->height())));
    }
}

void DetailPane::editFollowUp()
{
    if (!m_actions || !m_reviewId || !m_record) {
        return;
    }
    FollowUpDialog dialog(m_record->workflow.followUpAt, this);
    if (DialogRunner::exec(dialog) == QDialog::Accepted) {
        m_actions->setFollowUp(m_reviewId, dialog.followUp());
    }
}

void DetailPane::showReview(std::int64_t reviewId)
{
    m_reviewId = reviewId;
    m_record.reset();
    if (reviewId && m_actions && m_actions->store()) {
        m_record = m_actions->store()->record(reviewId);
    }
    const bool has = m_record.has_value();
    for (QWidget* w :
         {static_cast<QWidget*>(m_ui->categoryCombo), static_cast<QWidget*>(m_ui->suspiciousButton),
          static_cast<QWidget*>(m_ui->safetyButton), static_cast<QWidget*>(m_ui->statusButton),
          static_cast<QWidget*>(m_ui->followUpButton)}) {
        w->setEnabled(has);
    }
    if (!has) {
        m_reviewId = 0;
        m_ui->headerLabel->setText(tr("No review selected"));
        m_ui->metaLabel->clear();
        m_ui->automaticLabel->clear();
        m_ui->timesLabel->clear();
        m_ui->statusButton->setText(QString());
        m_ui->followUpButton->setText(QString());
        m_ui->resetButton->setEnabled(false);
        m_ui->textView->clearReview();
        Q_EMIT reviewShown(0);
        return;
    }
    showHeader(*m_record);
    showClassification(*m_record);
    showWorkflow(*m_record);
    Q_EMIT reviewShown(reviewId);
}

void DetailPane::showHeader(const ReviewRecord& rec)
{
    const Review& r = rec.review;
    QStringList head;
    if (r.rating) {
        const QColor amber = CategoryStyle::readableOn(CategoryStyle::suspiciousColor(),
                                                       palette().color(QPalette::Window));
        head << QStringLiteral("<span style=\"color:%1; font-size:large;\">%2</span>")
                    .arg(amber.name(),
                         QString(*r.rating, QChar(0x2605)) + QString(5 - *r.rating, QChar(0x2606)));
    }
    head << QStringLiteral("<b>%1</b>").arg(CategoryStyle::name(r.platform).toHtmlEscaped());
    if (!r.shop.empty()) {
        head << html(r.shop);
    }
    if (r.publishedAt) {
        head << when(*r.publishedAt);
    }
    m_ui->headerLabel->setText(head.join(QStringLiteral(" · ")));

    QStringList meta;
    if (!r.product.empty() || !r.sku.empty()) {
        meta << tr("Product: %1").arg(html(r.product.empty() ? r.sku : r.product)) +
                    (r.product.empty() || r.sku.empty() ? QString()
                                                        : QStringLiteral(" (%1)").arg(html(r.sku)));
    }
    if (!r.orderId.empty()) {
        meta << tr("Order: %1").arg(html(r.orderId));
    }
    meta << buyerText(r);
    m_ui->metaLabel->setText(meta.join(QStringLiteral(" · ")));

    std::vector<Evidence> evidence;
    if (auto automatic = m_actions->store()->classifications().automatic(r.id)) {
        evidence = std::move(automatic->evidence);
    }
    m_ui->textView->setReview(QString::fromStdString(r.title), QString::fromStdString(r.text),
                              evidence);
}

QString DetailPane::buyerText(const Review& r) const
{
    const QString name = html(r.customerName.empty() ? r.customerId : r.customerName);
    if (r.customerId.empty()) {
        return name.isEmpty() ? QString() : tr("Buyer: %1").arg(name);
    }
    ReviewFilter same;
    same.customerId = r.customerId;
    same.platforms = {r.platform};
    same.polarities = {Polarity::Negative};
    const std::int64_t negative = m_actions->store()->count(same);
    const std::int64_t others = negative - (r.polarity == Polarity::Negative ? 1 : 0);
    QString text = tr("Buyer: %1").arg(name);
    if (others > 0) {
        text += QLatin1Char(' ') + tr("(%n other negative review(s))", nullptr, int(others));
    }
    if (others >= kRepeatComplaints) {
        text += QLatin1Char(' ') + badge(tr("Repeat complainer"), CategoryStyle::suspiciousColor());
    }
    return text;
}

void DetailPane::showClassification(const ReviewRecord& rec)
{
    m_updating = true;
    const auto category = rec.category();
    m_ui->categoryCombo->setCurrentIndex(
        m_ui->categoryCombo->findData(category ? int(*category) : -1));
    m_ui->suspiciousButton->setChecked(rec.suspicious);
    m_ui->safetyButton->setChecked(rec.safety);
    m_updating = false;

    const auto override = m_actions->store()->classifications().override(rec.review.id);
    m_ui->resetButton->setEnabled(override.has_value());
    QStringList parts;
    if (rec.autoCategory) {
        parts << tr("Automatic: %1, confidence %2%")
                     .arg(CategoryStyle::name(*rec.autoCategory))
                     .arg(qRound(rec.confidence * 100));
    } else {
        parts << tr("Not classified automatically yet");
    }
    if (!rec.also.empty()) {
        QStringList also;
        for (Category c : rec.also) {
            also << CategoryStyle::name(c);
        }
        parts << tr("also: %1").arg(also.join(QStringLiteral(", ")));
    }
    if (override) {
        const QString by = QString::fromStdString(override->by);
        parts << (by.isEmpty() ? tr("corrected by hand") : tr("corrected by %1").arg(by));
    }
    m_ui->automaticLabel->setText(parts.join(QStringLiteral(" · ")));
    m_ui->safetyButton->setStyleSheet(
        rec.safety ? QStringLiteral("QToolButton:checked { background:%1; color:%2; }")
                         .arg(CategoryStyle::safetyColor().name(),
                              CategoryStyle::textOn(CategoryStyle::safetyColor()).name())
                   : QString());
    m_ui->suspiciousButton->setStyleSheet(
        rec.suspicious ? QStringLiteral("QToolButton:checked { background:%1; color:%2; }")
                             .arg(CategoryStyle::suspiciousColor().name(),
                                  CategoryStyle::textOn(CategoryStyle::suspiciousColor()).name())
                       : QString());
}

void DetailPane::showWorkflow(const ReviewRecord& rec)
{
    const WorkflowState& w = rec.workflow;
    m_ui->statusButton->setText(CategoryStyle::name(w.status));
    for (QAction* a : m_statusMenu->actions()) {
        a->setChecked(a->data().toInt() == int(w.status));
    }
    if (w.followUpAt) {
        const bool overdue = *w.followUpAt < Clock::nowMs();
        m_ui->followUpButton->setText(when(*w.followUpAt) +
                                      (overdue ? QStringLiteral(" ⚠") : QString()));
    } else {
        m_ui->followUpButton->setText(tr("None"));
    }
    QStringList times;
    const auto published = rec.review.publishedAt.value_or(rec.review.importedAt);
    if (w.firstResponseAt) {
        times << tr("First response after %1").arg(duration(*w.firstResponseAt - published));
    }
    if (w.resolvedAt) {
        times << tr("resolved after %1").arg(duration(*w.resolvedAt - published));
    }
    m_ui->timesLabel->setText(times.join(QStringLiteral(", ")));
}

void DetailPane::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        showReview(m_reviewId);
    }
}

} // namespace rd::gui
