#pragma once

#include "common/Error.h"
#include "instruments/Trend.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

namespace rapport::cli {

// Parsers for command-line values. They accept any input without crashing (they are fuzzed) and fail with a
// one-line, translated message naming the offending part.

/** Most answers one list may hold. */
inline constexpr qsizetype MaxAnswers = 1000;

/**
 * "3,4,5,2,1" → {3, 4, 5, 2, 1}. Spaces around items are ignored; signs are allowed (the scale decides what is in
 * range). Fails with InvalidArgument for an empty list, an empty item or a non-number, and OutOfRange for a number
 * that does not fit an int or a list longer than MaxAnswers.
 */
[[nodiscard]] Result<QList<int>> parseAnswerList(const QString& text);

/**
 * A point in time, in UTC: "YYYY-MM-DD" is that day at 12:00 UTC; a full ISO 8601 time "YYYY-MM-DDTHH:MM[:SS[.fff]]"
 * with an offset ("Z", "+01:00", "+0100", "-05") is converted to UTC, and without one is taken as UTC. Anything else,
 * and dates or times that do not exist (2026-02-30, 24:00), fail with InvalidArgument.
 */
[[nodiscard]] Result<QDateTime> parseTimePoint(const QString& text);

/** "DATE=SCORE" (DATE as parseTimePoint, SCORE a decimal number like 56 or 5.4) → a trend point. */
[[nodiscard]] Result<TrendPoint> parseTrendPoint(const QString& text);

/** A person's, connection's or request's id; `what` names it in the message ("'x' is not a valid client id."). */
[[nodiscard]] Result<QUuid> parseId(const QString& text, const QString& what);

/** A language code like "de", "is" or "de_CH" (also "de-CH"); fails with InvalidArgument otherwise. */
[[nodiscard]] Result<QString> parseLanguageCode(const QString& text);

} // namespace rapport::cli
