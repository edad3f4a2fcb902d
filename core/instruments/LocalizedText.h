#pragma once

#include <QMap>
#include <QString>

namespace rapport {

/**
 * A text of an instrument in several languages, keyed by language code ("en", "de", "is", or with a territory such
 * as "de_CH"). In a definition file it is either a plain string (English) or an object {"en": "...", "de": "..."}.
 */
struct LocalizedText
{
    QMap<QString, QString> byLanguage;

    /**
     * The text for `language` ("de" or "de_DE"; "de-DE" is accepted too). Falls back from "de_DE" to "de", then to
     * English, then to the first language there is. An empty `language` means English. Empty when there is no text.
     */
    [[nodiscard]] QString text(const QString& language = QString()) const;

    /** True when no language has a (non-empty) text. */
    [[nodiscard]] bool isEmpty() const;

    /** The language codes that have a text, in ascending order. */
    [[nodiscard]] QStringList languages() const;

    /** A text in English only. */
    [[nodiscard]] static LocalizedText english(const QString& text);

    friend bool operator==(const LocalizedText& a, const LocalizedText& b) { return a.byLanguage == b.byLanguage; }
};

} // namespace rapport
