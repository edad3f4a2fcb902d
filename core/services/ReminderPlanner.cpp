#include "ReminderPlanner.h"

#include "common/CoreTr.h"

namespace rapport {
namespace {

QDateTime atLocal(const QDate& day, const QTime& time, const QTimeZone& zone)
{
    return QDateTime(day, time, zone).toUTC();
}

} // namespace

bool ReminderPlanner::isQuiet(const Rules& rules, const QDateTime& time)
{
    if (rules.quietFrom == rules.quietUntil) {
        return false;
    }
    const QTime local = time.toTimeZone(rules.zone).time();
    if (rules.quietFrom < rules.quietUntil) { // e.g. 13:00–14:00
        return local >= rules.quietFrom && local < rules.quietUntil;
    }
    return local >= rules.quietFrom || local < rules.quietUntil; // over midnight, e.g. 21:00–08:00
}

QDateTime ReminderPlanner::snoozeUntil(const QDateTime& now)
{
    return now.toUTC().addSecs(qint64(SnoozeHours) * 3600);
}

QDateTime ReminderPlanner::allowedFrom(const Rules& rules, const State& state, QDateTime candidate)
{
    candidate = candidate.toUTC();
    // A few steps settle it: a day already used moves to the next morning, a quiet time to the end of the quiet
    // hours; the loop ends as soon as neither applies (at most one of each, twice, in any order).
    for (int step = 0; step < 6; ++step) {
        const QDate day = candidate.toTimeZone(rules.zone).date();
        // "Later" after the last reminder asks for another one the same day; otherwise once a day at most.
        const bool snoozedSinceReminded
            = state.snoozedUntil.isValid() && state.lastReminded.isValid() && state.snoozedUntil > state.lastReminded;
        if (state.lastReminded.isValid() && !snoozedSinceReminded
            && state.lastReminded.toTimeZone(rules.zone).date() >= day) {
            candidate = atLocal(
                day.addDays(1), rules.quietFrom == rules.quietUntil ? QTime(9, 0) : rules.quietUntil, rules.zone);
            continue;
        }
        if (isQuiet(rules, candidate)) {
            const QTime local = candidate.toTimeZone(rules.zone).time();
            // Before midnight inside a quiet stretch that runs over midnight: it ends tomorrow.
            const QDate end = (rules.quietFrom > rules.quietUntil && local >= rules.quietFrom) ? day.addDays(1) : day;
            candidate = atLocal(end, rules.quietUntil, rules.zone);
            continue;
        }
        return candidate;
    }
    return candidate;
}

QDateTime ReminderPlanner::checkInDueAt(const Rules& rules, const State& state)
{
    if (state.checkInDueAt.isValid()) {
        return state.checkInDueAt.toUTC();
    }
    if (state.lastCheckIn.isValid() && rules.checkInIntervalDays > 0) {
        return state.lastCheckIn.toUTC().addDays(rules.checkInIntervalDays);
    }
    return {};
}

std::optional<ReminderPlanner::Reminder>
ReminderPlanner::next(const Rules& rules, const State& state, const QDateTime& now)
{
    QDateTime earliest = now.toUTC();
    if (state.snoozedUntil.isValid() && state.snoozedUntil > earliest) {
        earliest = state.snoozedUntil.toUTC();
    }
    std::optional<Reminder> best;
    auto consider = [&](Kind kind, const QDateTime& dueAt, const QString& body) {
        const QDateTime at = allowedFrom(rules, state, std::max(dueAt.toUTC(), earliest));
        if (!best || at < best->at) {
            best = Reminder {kind, at, CoreTr::tr("Rapport"), body};
        }
    };
    // A request waiting for an answer comes first when both are due at once: it is someone waiting.
    if (state.pendingRequests > 0) {
        consider(Kind::ShareRequest, earliest, CoreTr::tr("A request to share is waiting for your answer."));
    }
    const QDateTime checkInDue = checkInDueAt(rules, state);
    if (checkInDue.isValid()) {
        consider(Kind::CheckInDue, checkInDue, CoreTr::tr("It is time for your Wellbeing check-in."));
    }
    return best;
}

} // namespace rapport
