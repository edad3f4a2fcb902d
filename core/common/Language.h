#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace rapport {

/**
 * The languages of Rapport's interface and the switch between them at run time, for both `rapport` and
 * `rapport-cli` (Qt Core only: QTranslator and QLocale need no GUI). A choice is a language code ("en", "de", "is")
 * or empty for "follow the system". It is kept in the per-user QSettings, not in the encrypted store, because the
 * unlock dialog needs it before any store is open; it is not personal data.
 */
class Language
{
public:
    /** The languages shipped: English (the source language), German and Icelandic. */
    [[nodiscard]] static QStringList available();
    /** The name of a language in that language ("Deutsch"), for the language menu. */
    [[nodiscard]] static QString nativeName(const QString& code);

    /** The stored choice; empty means the system's language. */
    [[nodiscard]] static QString storedChoice();
    static void storeChoice(const QString& choice);

    /**
     * The shipped language a choice stands for: the choice itself when shipped, else the system locale's language
     * when shipped, else English.
     */
    [[nodiscard]] static QString resolve(const QString& choice);
    /** The locale dates and numbers follow for a choice: the system's when it speaks that language (keeps de_CH). */
    [[nodiscard]] static QLocale locale(const QString& choice);

    /**
     * Installs Rapport's and Qt's translations for `choice`, replacing those installed before, and makes its locale
     * the default. Installing posts QEvent::LanguageChange to every widget. Returns the language now in use.
     */
    static QString apply(const QString& choice);
    /** The shipped language of the default locale (set by apply()); English for any other. */
    [[nodiscard]] static QString current();

    /** The choice from RAPPORT_LANGUAGE when set, else the stored one. */
    [[nodiscard]] static QString startupChoice();
};

} // namespace rapport
