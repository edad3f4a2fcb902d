#pragma once

#include <QDateTime>

namespace rapport {

/**
 * The span a demo history covers: whole UTC days counted from the first one (day 0), up to the instant `until`.
 * Times are plain millisecond arithmetic, so a seed gives the same times wherever the demo is generated.
 */
struct DemoPeriod
{
    static constexpr qint64 MsPerSecond = 1000;
    static constexpr qint64 MsPerMinute = 60 * MsPerSecond;
    static constexpr qint64 MsPerHour = 60 * MsPerMinute;
    static constexpr qint64 MsPerDay = 24 * MsPerHour;

    qint64 firstDayMs = 0; ///< midnight UTC starting day 0
    qint64 untilMs = 0; ///< nothing happens at or after this instant
    int days = 0; ///< the day number of `until`
    int firstDayOfWeek = 1; ///< of day 0; 1 = Monday, as QDate::dayOfWeek()

    /** The `months` up to `until`, starting at midnight UTC of the same day `months` earlier. */
    [[nodiscard]] static DemoPeriod ending(const QDateTime& until, int months);
    /** The UTC time `ms` milliseconds after the epoch. */
    [[nodiscard]] static QDateTime utcTime(qint64 ms);

    /** 1 = Monday ... 7 = Sunday. */
    [[nodiscard]] int dayOfWeek(int day) const { return (firstDayOfWeek - 1 + day % 7) % 7 + 1; }
    /** Milliseconds since the epoch of `msOfDay` into day `day`. */
    [[nodiscard]] qint64 at(int day, qint64 msOfDay) const { return firstDayMs + day * MsPerDay + msOfDay; }
    /** How far into the history `day` is, 0–1. */
    [[nodiscard]] double fraction(int day) const { return days > 0 ? static_cast<double>(day) / days : 1.0; }
};

} // namespace rapport
