#pragma once

#include <QDateTime>
#include <QString>
#include <QTime>
#include <QTimeZone>

#include <optional>

namespace rapport {

/**
 * When Rapport may remind a client outside its window (a desktop notification), and what it says. Pure rules on an
 * injected time, so the scheduling is tested without waiting: a Wellbeing check-in is due the programme's interval
 * after the last one; a professional's request to share is worth a reminder while it is pending. Rapport reminds at
 * most once a local calendar day, never in the quiet hours (by default 21:00–08:00), and not before a "Later" has run
 * out. The text names nothing but Rapport and the kind of reminder: notifications show on lock screens.
 */
class ReminderPlanner
{
public:
    struct Rules
    {
        int checkInIntervalDays = 14;
        QTime quietFrom = QTime(21, 0); ///< quiet hours start (local time) …
        QTime quietUntil = QTime(8, 0); ///< … and end; equal times mean no quiet hours
        QTimeZone zone = QTimeZone::systemTimeZone();
    };

    /** What is known about the client, from the store (dates only, no scores). */
    struct State
    {
        QDateTime lastCheckIn; ///< invalid before the first one
        /**
         * When the next check-in is due, where only that is known (Rapport locked, from ReminderDueFile); used
         * instead of lastCheckIn and the interval when valid.
         */
        QDateTime checkInDueAt;
        QDateTime lastReminded; ///< the last notification of any kind; invalid when never
        QDateTime snoozedUntil; ///< "Later" was chosen; invalid when not
        int pendingRequests = 0; ///< professionals' requests to share, waiting for an answer
    };

    enum class Kind
    {
        CheckInDue,
        ShareRequest,
    };

    struct Reminder
    {
        Kind kind = Kind::CheckInDue;
        QDateTime at; ///< when to show it (UTC), never earlier than the `now` asked about
        QString title;
        QString body;

        friend bool operator==(const Reminder&, const Reminder&) = default;
    };

    /** "Later": how long a snooze lasts. */
    static constexpr int SnoozeHours = 3;

    /** The next reminder from `now` on, or nothing when there is nothing to remind of. */
    [[nodiscard]] static std::optional<Reminder> next(const Rules& rules, const State& state, const QDateTime& now);
    /** When the next check-in is due (UTC); invalid before the first check-in or without an interval. */
    [[nodiscard]] static QDateTime checkInDueAt(const Rules& rules, const State& state);
    /** Whether `time` (any zone) falls in the quiet hours of `rules`. */
    [[nodiscard]] static bool isQuiet(const Rules& rules, const QDateTime& time);
    /** The snooze end for "Later" chosen at `now`. */
    [[nodiscard]] static QDateTime snoozeUntil(const QDateTime& now);

private:
    /** The first moment at or after `candidate` that is neither quiet nor on the day of `lastReminded`. */
    [[nodiscard]] static QDateTime allowedFrom(const Rules& rules, const State& state, QDateTime candidate);
};

} // namespace rapport
