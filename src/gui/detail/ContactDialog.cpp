#include "detail/ContactDialog.h"

#include "ui_ContactDialog.h"

#include "AppSettings.h"
#include "CategoryStyle.h"

#include "util/Clock.h"

#include <QDateTime>

namespace rd::gui {

ContactDialog::ContactDialog(std::int64_t reviewId, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ContactDialog>()), m_reviewId(reviewId)
{
    m_ui->setupUi(this);
    for (ContactChannel c : {ContactChannel::Phone, ContactChannel::MarketplaceMessage,
                             ContactChannel::Email, ContactChannel::Other}) {
        m_ui->channelCombo->addItem(CategoryStyle::name(c), int(c));
    }
    m_ui->atEdit->setDateTime(QDateTime::fromMSecsSinceEpoch(Clock::nowMs()));
}

ContactDialog::~ContactDialog() = default;

void ContactDialog::fill(ContactChannel channel, Timestamp at, const QString& offered,
                         const QString& answer)
{
    m_ui->channelCombo->setCurrentIndex(m_ui->channelCombo->findData(int(channel)));
    m_ui->atEdit->setDateTime(QDateTime::fromMSecsSinceEpoch(at));
    m_ui->offeredEdit->setText(offered);
    m_ui->answerEdit->setPlainText(answer);
}

ContactEntry ContactDialog::entry() const
{
    ContactEntry e;
    e.reviewId = m_reviewId;
    e.channel = ContactChannel(m_ui->channelCombo->currentData().toInt());
    e.at = m_ui->atEdit->dateTime().toMSecsSinceEpoch();
    e.agent = AppSettings::instance()->agentName().toStdString();
    e.offered = m_ui->offeredEdit->text().trimmed().toStdString();
    e.buyerAnswer = m_ui->answerEdit->toPlainText().trimmed().toStdString();
    e.note = m_ui->noteEdit->text().trimmed().toStdString();
    return e;
}

} // namespace rd::gui
