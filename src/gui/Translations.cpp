#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <spdlog/spdlog.h>

namespace rd::gui {

QLocale Translations::localeFor(const QString& language)
{
    return language.isEmpty() ? QLocale::system() : QLocale(language);
}

QString Translations::uiLanguageFor(const QLocale& locale)
{
    // Any Chinese locale gets the Simplified Chinese UI; the team's Chinese staff read it.
    if (locale.language() == QLocale::Chinese) {
        return QStringLiteral("zh_CN");
    }
    if (locale.language() == QLocale::Russian) {
        return QStringLiteral("ru");
    }
    return QStringLiteral("en");
}

QString Translations::nativeName(const QString& language)
{
    if (language == QLatin1String("zh_CN")) {
        return QStringLiteral("中文（简体）");
    }
    if (language == QLatin1String("ru")) {
        return QStringLiteral("Русский");
    }
    return QStringLiteral("English");
}

QLocale Translations::install(QCoreApplication& app, const QString& language)
{
    const QString ui = uiLanguageFor(localeFor(language));
    const QLocale locale(ui);
    QLocale::setDefault(locale);

    auto* own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/reviewdesk_%1.qm").arg(ui))) {
        QCoreApplication::installTranslator(own);
    } else {
        spdlog::warn("no UI translation for {}", ui.toStdString());
        delete own;
    }

    if (ui != QLatin1String("en")) {
        auto* qt = new QTranslator(&app);
        const QString dir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), dir)) {
            QCoreApplication::installTranslator(qt);
        } else {
            spdlog::info("Qt's own {} translation not found in {} (qt6-translations-l10n)",
                         ui.toStdString(), dir.toStdString());
            delete qt;
        }
    }
    return locale;
}

} // namespace rd::gui
