#include "detail/FollowUpDialog.h"

#include "ui_FollowUpDialog.h"

#include "util/Clock.h"

#include <QDateTime>

namespace rd::gui {

FollowUpDialog::FollowUpDialog(std::optional<Timestamp> current, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::FollowUpDialog>())
{
    m_ui->setupUi(this);
    const Timestamp start = current.value_or(Clock::nowMs() + 24 * 3600 * 1000);
    m_ui->dateTimeEdit->setDateTime(QDateTime::fromMSecsSinceEpoch(start));
    m_ui->noneCheck->setChecked(false);
    connect(m_ui->noneCheck, &QCheckBox::toggled, m_ui->dateTimeEdit, &QWidget::setDisabled);
    connect(m_ui->tomorrowButton, &QPushButton::clicked, this, [this] { choosePreset(1); });
    connect(m_ui->threeDaysButton, &QPushButton::clicked, this, [this] { choosePreset(3); });
    connect(m_ui->weekButton, &QPushButton::clicked, this, [this] { choosePreset(7); });
}

FollowUpDialog::~FollowUpDialog() = default;

void FollowUpDialog::choosePreset(int days)
{
    m_ui->noneCheck->setChecked(false);
    m_ui->dateTimeEdit->setDateTime(QDateTime::fromMSecsSinceEpoch(Clock::nowMs()).addDays(days));
    accept();
}

std::optional<Timestamp> FollowUpDialog::followUp() const
{
    if (m_ui->noneCheck->isChecked()) {
        return std::nullopt;
    }
    return m_ui->dateTimeEdit->dateTime().toMSecsSinceEpoch();
}

} // namespace rd::gui
