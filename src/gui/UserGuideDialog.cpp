#include "UserGuideDialog.h"

#include "Translations.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QTextBlock>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace rd::gui {

QString UserGuideDialog::guideResource(const QString& language)
{
    const QString translated = QStringLiteral(":/docs/user-guide.%1.md").arg(language);
    return QFileInfo::exists(translated) ? translated : QStringLiteral(":/docs/user-guide.md");
}

UserGuideDialog::UserGuideDialog(QWidget* parent)
    : QDialog(parent), m_browser(new QTextBrowser(this))
{
    setWindowTitle(tr("ReviewDesk User Guide"));
    setObjectName(QStringLiteral("UserGuideDialog"));
    m_browser->setObjectName(QStringLiteral("guideBrowser"));
    m_browser->setOpenLinks(true);
    m_browser->setOpenExternalLinks(true);
    m_browser->setSearchPaths({QStringLiteral(":/docs")});

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(860, 720);

    QFile file(guideResource(Translations::uiLanguageFor(QLocale())));
    if (file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        m_browser->setMarkdown(QString::fromUtf8(file.readAll()));
    } else {
        m_browser->setPlainText(tr("The user guide is missing from this build."));
    }
}

QStringList UserGuideDialog::headings() const
{
    QStringList result;
    for (QTextBlock block = m_browser->document()->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() > 0) {
            result.append(block.text());
        }
    }
    return result;
}

} // namespace rd::gui
