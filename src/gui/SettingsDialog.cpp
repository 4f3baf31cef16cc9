#include "SettingsDialog.h"

#include "ui_SettingsDialog.h"

#include "AppSettings.h"
#include "FileChooser.h"
#include "Translations.h"

#include <QDir>
#include <QFileInfo>
#include <QPushButton>
#include <QSpinBox>

namespace rd::gui {
namespace {

QString platformKey(Platform platform)
{
    const std::string_view key = toKey(platform);
    return QString::fromLatin1(key.data(), static_cast<qsizetype>(key.size()));
}

const QString& databaseFilter()
{
    static const QString filter = SettingsDialog::tr("ReviewDesk databases (*.sqlite *.db);;"
                                                     "All files (*)");
    return filter;
}

} // namespace

SettingsDialog::SettingsDialog(AppSettings& settings, const QString& currentDatabase,
                               QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SettingsDialog>()), m_settings(settings)
{
    m_ui->setupUi(this);
    m_ui->languageNote->setVisible(false);
    fillLanguages();
    loadValues();
    setCurrentDatabase(currentDatabase);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_ui->addShopButton, &QPushButton::clicked, this, &SettingsDialog::addShop);
    connect(m_ui->removeShopButton, &QPushButton::clicked, this, &SettingsDialog::removeShop);
    connect(m_ui->openRecentButton, &QPushButton::clicked, this, &SettingsDialog::openRecent);
    connect(m_ui->recentList, &QListWidget::itemActivated, this, &SettingsDialog::openRecent);
    connect(m_ui->openDatabaseButton, &QPushButton::clicked, this,
            &SettingsDialog::openOtherDatabase);
    connect(m_ui->newDatabaseButton, &QPushButton::clicked, this, &SettingsDialog::createDatabase);
    connect(m_ui->resetLimitsButton, &QPushButton::clicked, this, &SettingsDialog::resetLimits);
    connect(m_ui->languageCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_ui->languageNote->setVisible(m_ui->languageCombo->currentData().toString() !=
                                       m_settings.language());
    });
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::fillLanguages()
{
    const QString system = Translations::uiLanguageFor(QLocale::system());
    m_ui->languageCombo->addItem(tr("System language (%1)").arg(Translations::nativeName(system)),
                                 QString());
    for (const QString& language : AppSettings::supportedLanguages()) {
        m_ui->languageCombo->addItem(Translations::nativeName(language), language);
    }
}

void SettingsDialog::loadValues()
{
    m_ui->agentNameEdit->setText(m_settings.agentName());
    m_ui->agentTitleEdit->setText(m_settings.agentTitle());
    m_ui->shopsList->clear();
    for (const QString& shop : m_settings.shops()) {
        auto* item = new QListWidgetItem(shop, m_ui->shopsList);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    m_ui->slaSpin->setValue(m_settings.slaHours());
    m_ui->languageCombo->setCurrentIndex(
        std::max(0, m_ui->languageCombo->findData(m_settings.language())));
    for (Platform platform : kAllPlatforms) {
        if (auto* spin = findChild<QSpinBox*>(QStringLiteral("limit_") + platformKey(platform))) {
            spin->setValue(m_settings.replyLimit(platform));
        }
    }
    fillRecent();
}

void SettingsDialog::saveValues()
{
    m_settings.setAgentName(m_ui->agentNameEdit->text());
    m_settings.setAgentTitle(m_ui->agentTitleEdit->text());
    QStringList shops;
    for (int i = 0; i < m_ui->shopsList->count(); ++i) {
        shops.append(m_ui->shopsList->item(i)->text());
    }
    m_settings.setShops(shops);
    m_settings.setSlaHours(m_ui->slaSpin->value());
    const QString language = m_ui->languageCombo->currentData().toString();
    m_languageChanged = language != m_settings.language();
    m_settings.setLanguage(language);
    for (Platform platform : kAllPlatforms) {
        if (auto* spin = findChild<QSpinBox*>(QStringLiteral("limit_") + platformKey(platform))) {
            m_settings.setReplyLimit(platform, spin->value());
        }
    }
    m_settings.sync();
}

void SettingsDialog::accept()
{
    saveValues();
    QDialog::accept();
}

void SettingsDialog::fillRecent()
{
    m_ui->recentList->clear();
    for (const QString& path : m_settings.recentDatabases()) {
        auto* item = new QListWidgetItem(QDir::toNativeSeparators(path), m_ui->recentList);
        item->setData(Qt::UserRole, path);
        if (!QFileInfo::exists(path)) {
            item->setText(tr("%1 (missing)").arg(QDir::toNativeSeparators(path)));
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
        }
    }
    m_ui->openRecentButton->setEnabled(m_ui->recentList->count() > 0);
}

void SettingsDialog::setCurrentDatabase(const QString& path)
{
    m_currentDatabase = path;
    m_ui->currentDatabaseLabel->setText(path.isEmpty() ? tr("(none)")
                                                       : QDir::toNativeSeparators(path));
    fillRecent();
}

void SettingsDialog::showDatabaseMessage(const QString& text, bool error)
{
    m_ui->databaseMessage->setText(text);
    m_ui->databaseMessage->setStyleSheet(error ? QStringLiteral("color: #d0342c;") : QString());
}

void SettingsDialog::addShop()
{
    auto* item = new QListWidgetItem(tr("New shop"), m_ui->shopsList);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    m_ui->shopsList->setCurrentItem(item);
    m_ui->shopsList->editItem(item);
}

void SettingsDialog::removeShop()
{
    delete m_ui->shopsList->currentItem();
}

void SettingsDialog::openRecent()
{
    QListWidgetItem* item = m_ui->recentList->currentItem();
    if (!item || !(item->flags() & Qt::ItemIsEnabled)) {
        showDatabaseMessage(tr("Select a database in the list first."), true);
        return;
    }
    showDatabaseMessage({}, false);
    Q_EMIT databaseRequested(item->data(Qt::UserRole).toString(), false);
}

void SettingsDialog::openOtherDatabase()
{
    const QString folder = QFileInfo(m_currentDatabase).absolutePath();
    const QString path = FileChooser::openFile(this, tr("Open database"), folder, databaseFilter());
    if (path.isEmpty()) {
        return;
    }
    showDatabaseMessage({}, false);
    Q_EMIT databaseRequested(path, false);
}

void SettingsDialog::createDatabase()
{
    const QString folder = QFileInfo(m_currentDatabase).absolutePath();
    QString path = FileChooser::saveFile(this, tr("New database"), folder, databaseFilter());
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += QStringLiteral(".sqlite");
    }
    if (QFileInfo::exists(path)) {
        showDatabaseMessage(tr("%1 already exists. Choose a new file name, or open it with "
                               "\"Open other…\".")
                                .arg(QDir::toNativeSeparators(path)),
                            true);
        return;
    }
    showDatabaseMessage({}, false);
    Q_EMIT databaseRequested(path, true);
}

void SettingsDialog::resetLimits()
{
    for (Platform platform : kAllPlatforms) {
        if (auto* spin = findChild<QSpinBox*>(QStringLiteral("limit_") + platformKey(platform))) {
            spin->setValue(AppSettings::defaultReplyLimit(platform));
        }
    }
}

} // namespace rd::gui
