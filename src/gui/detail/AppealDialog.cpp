#include "detail/AppealDialog.h"

#include "ui_AppealDialog.h"

#include "CategoryStyle.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QPushButton>

namespace rd::gui {

AppealDialog::AppealDialog(AppealRequest request, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::AppealDialog>()), m_request(std::move(request))
{
    m_ui->setupUi(this);
    const Platform platform = m_request.review.platform;
    m_ui->introLabel->setText(
        tr("Paste this text into %1's “report a review” form. It is written in the "
           "marketplace's language (%2) and names the rule the review breaks.")
            .arg(CategoryStyle::name(platform),
                 CategoryStyle::name(AppealBuilder::languageFor(platform))));
    for (AppealGround g : kAllAppealGrounds) {
        m_ui->groundCombo->addItem(groundName(g), int(g));
    }
    auto* copy =
        m_ui->buttonBox->addButton(tr("&Copy and mark as appealed"), QDialogButtonBox::AcceptRole);
    copy->setDefault(true);
    connect(copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(text());
        accept();
    });
    connect(m_ui->groundCombo, &QComboBox::currentIndexChanged, this, [this] { rebuild(); });
    setGround(m_request.ground);
    rebuild();
}

AppealDialog::~AppealDialog() = default;

QString AppealDialog::groundName(AppealGround ground)
{
    switch (ground) {
    case AppealGround::Extortion:
        return tr("Extortion: a bad rating unless paid or refunded");
    case AppealGround::Advertising:
        return tr("Advertising a competitor, product or website");
    case AppealGround::Unrelated:
        return tr("Not about the product or the order");
    case AppealGround::Abuse:
        return tr("Insults or obscenities with no substance");
    }
    return {};
}

void AppealDialog::setGround(AppealGround ground)
{
    m_ui->groundCombo->setCurrentIndex(m_ui->groundCombo->findData(int(ground)));
}

AppealGround AppealDialog::ground() const
{
    return AppealGround(m_ui->groundCombo->currentData().toInt());
}

QString AppealDialog::text() const
{
    return m_ui->textEdit->toPlainText();
}

void AppealDialog::rebuild()
{
    m_request.ground = ground();
    m_ui->textEdit->setPlainText(QString::fromStdString(AppealBuilder::build(m_request)));
}

} // namespace rd::gui
