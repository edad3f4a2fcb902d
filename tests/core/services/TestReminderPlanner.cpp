// The rules for reminders outside Rapport's window, on an injected time: intervals, quiet hours, "Later", at most
// once a day, and a text that names nothing personal.

#include "services/ReminderPlanner.h"

#include <QTest>

using namespace rapport;

namespace {

const QTimeZone Zone(3600); // a fixed UTC+1, so no time-zone database is needed

QDateTime local(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 12, day), QTime(hour, minute), Zone).toUTC();
}

ReminderPlanner::Rules rules()
{
    ReminderPlanner::Rules r;
    r.zone = Zone;
    return r;
}

} // namespace

class TestReminderPlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checkInIsDueTheIntervalAfterTheLastOne()
    {
        ReminderPlanner::State state;
        state.lastCheckIn = local(1, 10);
        auto next = ReminderPlanner::next(rules(), state, local(3, 12));
        QVERIFY(next);
        QCOMPARE(next->kind, ReminderPlanner::Kind::CheckInDue);
        QCOMPARE(next->at, local(15, 10));
        // Overdue: at once (during the day).
        next = ReminderPlanner::next(rules(), state, local(20, 15));
        QVERIFY(next);
        QCOMPARE(next->at, local(20, 15));
        // Another interval.
        auto weekly = rules();
        weekly.checkInIntervalDays = 7;
        next = ReminderPlanner::next(weekly, state, local(3, 12));
        QCOMPARE(next->at, local(8, 10));
    }

    void nothingToRemindOfBeforeTheFirstCheckIn() { QVERIFY(!ReminderPlanner::next(rules(), {}, local(3, 12))); }

    void neverInTheQuietHours()
    {
        ReminderPlanner::State state;
        state.lastCheckIn = local(1, 23, 30); // due on the 15th at 23:30: quiet
        auto next = ReminderPlanner::next(rules(), state, local(2, 12));
        QVERIFY(next);
        QCOMPARE(next->at, local(16, 8)); // the next morning, when the quiet hours end
        // Overdue, asked at 06:00: waits until 08:00 the same day.
        next = ReminderPlanner::next(rules(), state, local(20, 6));
        QCOMPARE(next->at, local(20, 8));
        QVERIFY(ReminderPlanner::isQuiet(rules(), local(20, 21)));
        QVERIFY(ReminderPlanner::isQuiet(rules(), local(20, 7, 59)));
        QVERIFY(!ReminderPlanner::isQuiet(rules(), local(20, 8)));
        // Quiet hours chosen within a day, and none at all.
        auto lunch = rules();
        lunch.quietFrom = QTime(12, 0);
        lunch.quietUntil = QTime(14, 0);
        next = ReminderPlanner::next(lunch, state, local(20, 12, 30));
        QCOMPARE(next->at, local(20, 14));
        auto never = rules();
        never.quietUntil = never.quietFrom;
        next = ReminderPlanner::next(never, state, local(20, 3));
        QCOMPARE(next->at, local(20, 3));
    }

    void atMostOnceADay()
    {
        ReminderPlanner::State state;
        state.lastCheckIn = local(1, 10);
        state.lastReminded = local(20, 9); // already reminded today
        auto next = ReminderPlanner::next(rules(), state, local(20, 15));
        QVERIFY(next);
        QCOMPARE(next->at, local(21, 8));
        // A waiting request does not break the rule either.
        state.pendingRequests = 1;
        next = ReminderPlanner::next(rules(), state, local(20, 15));
        QCOMPARE(next->at, local(21, 8));
    }

    void laterSnoozesForAFewHoursTheSameDay()
    {
        ReminderPlanner::State state;
        state.lastCheckIn = local(1, 10);
        state.lastReminded = local(20, 9);
        state.snoozedUntil = ReminderPlanner::snoozeUntil(local(20, 9, 5));
        QCOMPARE(state.snoozedUntil, local(20, 12, 5));
        auto next = ReminderPlanner::next(rules(), state, local(20, 9, 6));
        QVERIFY(next);
        QCOMPARE(next->at, local(20, 12, 5));
        // "Later" late in the evening runs into the quiet hours: the next morning.
        state.lastReminded = local(20, 19);
        state.snoozedUntil = ReminderPlanner::snoozeUntil(local(20, 19, 30));
        next = ReminderPlanner::next(rules(), state, local(20, 19, 31));
        QCOMPARE(next->at, local(21, 8));
    }

    void aWaitingRequestIsRemindedOf()
    {
        ReminderPlanner::State state;
        state.lastCheckIn = local(19, 10); // no check-in due for two weeks
        state.pendingRequests = 2;
        auto next = ReminderPlanner::next(rules(), state, local(20, 10));
        QVERIFY(next);
        QCOMPARE(next->kind, ReminderPlanner::Kind::ShareRequest);
        QCOMPARE(next->at, local(20, 10));
    }

    /** Lock screens show notifications: nothing but Rapport and the kind of reminder, never a name or a score. */
    void theTextNamesNothingPersonal()
    {
        ReminderPlanner::State state;
        state.lastCheckIn = local(1, 10);
        for (int requests : {0, 1}) {
            state.pendingRequests = requests;
            auto next = ReminderPlanner::next(rules(), state, local(20, 10));
            QVERIFY(next);
            QCOMPARE(next->title, QStringLiteral("Rapport"));
            QVERIFY(!next->body.isEmpty());
            static const QRegularExpression digits(QStringLiteral("\\d"));
            QVERIFY2(!next->body.contains(digits), qPrintable(next->body)); // no score, no count, no date
        }
    }

    /** Locked, only the due time is known (ReminderDueFile): it stands for the last check-in and the interval. */
    void aKnownDueTimeStandsForTheLastCheckIn()
    {
        ReminderPlanner::State state;
        state.checkInDueAt = local(20, 15);
        state.lastCheckIn = local(1, 10); // ignored: the due time is what counts
        auto next = ReminderPlanner::next(rules(), state, local(20, 9));
        QVERIFY(next);
        QCOMPARE(next->kind, ReminderPlanner::Kind::CheckInDue);
        QCOMPARE(next->at, local(20, 15));
        QCOMPARE(ReminderPlanner::checkInDueAt(rules(), state), local(20, 15));
        // Due in the quiet hours: the next morning, and not on a day already reminded.
        state.checkInDueAt = local(20, 22);
        QCOMPARE(ReminderPlanner::next(rules(), state, local(20, 9))->at, local(21, 8));
        state.lastReminded = local(21, 8, 30);
        QCOMPARE(ReminderPlanner::next(rules(), state, local(21, 9))->at, local(22, 8));
        QVERIFY(!ReminderPlanner::checkInDueAt(rules(), {}).isValid());
    }
};

QTEST_GUILESS_MAIN(TestReminderPlanner)
#include "TestReminderPlanner.moc"
