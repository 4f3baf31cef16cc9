#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace rd::gui {

// Loads the UI translation at start-up: the program's own strings (reviewdesk_<lang>.qm,
// built from resources/translations and embedded under :/i18n) and Qt's own (qtbase_<lang>.qm
// from Qt's translations folder, package qt6-translations-l10n on Debian) for standard
// dialogs and buttons. The language is the one chosen in Settings, or the system's when the
// setting is empty. A change in Settings takes effect at the next start (docs/user-guide.md):
// every window would otherwise have to re-translate itself live.
class Translations
{
public:
    // `language`: "", "zh_CN", "ru" or "en". Returns the locale the UI now speaks (English
    // when no translation matches the system). Installs the translators into `app`, which
    // owns them, and sets QLocale's default so numbers and dates follow.
    static QLocale install(QCoreApplication& app, const QString& language);

    // The locale for a setting value: the system's for "", else the named one.
    static QLocale localeFor(const QString& language);
    // Which of our UI languages a locale falls back to ("zh_CN", "ru" or "en").
    static QString uiLanguageFor(const QLocale& locale);
    // The language's own name for a settings combo: "中文（简体）", "Русский", "English".
    static QString nativeName(const QString& language);
};

} // namespace rd::gui
