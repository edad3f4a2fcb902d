#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace rapport::ui {

/**
 * How Rapport writes a date: one convention on every screen, in tables and in sentences alike, written out in the
 * interface language ("2 Dec 2026", "2. Dez. 2026") rather than the locale's numeric short form (11/22/26), which
 * readers in other countries take for another day. The translators give the pattern for each language.
 */
class DateText
{
    Q_DECLARE_TR_FUNCTIONS(DateText)

public:
    /** "2 Dec 2026", in local time. An invalid time gives an empty string. */
    [[nodiscard]] static QString date(const QDateTime& at);
    [[nodiscard]] static QString date(QDate day);
    /** "2 Dec 2026, 14:32", in local time. */
    [[nodiscard]] static QString dateTime(const QDateTime& at);
    /** "14:32" when `at` is today, else dateTime(): for status lines. */
    [[nodiscard]] static QString recent(const QDateTime& at);
};

} // namespace rapport::ui
