// Desktop notifications reach a real notification service: a private D-Bus session bus (dbus-daemon) with a
// notification server on it (this test's own, implementing org.freedesktop.Notifications as a desktop's daemon
// does). The reminder's text says nothing personal, the actions come back, and the scheduler shows a due reminder
// once and records it.

#include "../ShotSaver.h"
#include "../UiTestFixture.h"
#include "ResultTesting.h"
#include "client/ReminderScheduler.h"
#include "common/DesktopNotifier.h"
#include "common/TrayController.h"
#include "services/ClientReminders.h"
#include "services/ReminderDueFile.h"

#include <QAction>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QMenu>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace rapport;
using namespace rapport::ui;

namespace {

/** What a desktop's notification daemon does, as far as the spec goes: Notify returns an id. */
class FakeNotificationServer : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Shown
    {
        QString app;
        QString summary;
        QString body;
        QStringList actions;
    };
    QList<Shown> shown;

public Q_SLOTS:
    uint Notify(const QString& app,
                uint /*replaces*/,
                const QString& /*icon*/,
                const QString& summary,
                const QString& body,
                const QStringList& actions,
                const QVariantMap& /*hints*/,
                int /*timeout*/)
    {
        shown.append({app, summary, body, actions});
        return static_cast<uint>(shown.size());
    }
    QStringList GetCapabilities() { return {QStringLiteral("actions"), QStringLiteral("body")}; }
};

} // namespace

class TestDesktopNotifier : public QObject
{
    Q_OBJECT

private:
    QProcess m_bus;
    QString m_address;
    FakeNotificationServer m_server;
    std::optional<QDBusConnection> m_daemon;

    void invoke(uint id, const QString& action)
    {
        QDBusMessage signal = QDBusMessage::createSignal(QStringLiteral("/org/freedesktop/Notifications"),
                                                         QStringLiteral("org.freedesktop.Notifications"),
                                                         QStringLiteral("ActionInvoked"));
        signal << id << action;
        QVERIFY(m_daemon->send(signal));
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString daemon = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
        if (daemon.isEmpty()) {
            QSKIP("dbus-daemon is not installed (Debian: dbus), so no session bus can be started for the test");
        }
        m_bus.start(daemon,
                    {QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--print-address=1")});
        QVERIFY(m_bus.waitForStarted());
        QTRY_VERIFY(m_bus.canReadLine());
        m_address = QString::fromUtf8(m_bus.readLine()).trimmed();
        QVERIFY(!m_address.isEmpty());
        // The application's session bus is this private one (read when Qt first connects to it), and the notifier
        // works offscreen for this test only.
        qputenv("DBUS_SESSION_BUS_ADDRESS", m_address.toUtf8());
        qputenv("RAPPORT_TEST_NOTIFICATIONS", "1");
        m_daemon = QDBusConnection::connectToBus(m_address, QStringLiteral("notification-daemon"));
        QVERIFY(m_daemon->isConnected());
        QVERIFY(m_daemon->registerService(QStringLiteral("org.freedesktop.Notifications")));
        QVERIFY(m_daemon->registerObject(
            QStringLiteral("/org/freedesktop/Notifications"), &m_server, QDBusConnection::ExportAllSlots));
    }

    void cleanupTestCase()
    {
        if (m_daemon) {
            QDBusConnection::disconnectFromBus(QStringLiteral("notification-daemon"));
        }
        m_bus.kill();
        m_bus.waitForFinished();
    }

    void aReminderReachesTheDaemonAndItsActionsComeBack()
    {
        DesktopNotifier notifier;
        QVERIFY(notifier.available());
        ReminderPlanner::Reminder reminder {ReminderPlanner::Kind::CheckInDue,
                                            QDateTime::currentDateTimeUtc(),
                                            QStringLiteral("Rapport"),
                                            QStringLiteral("It is time for your Wellbeing check-in.")};
        m_server.shown.clear();
        QVERIFY(notifier.show(reminder));
        QTRY_COMPARE(m_server.shown.size(), 1);
        QTRY_VERIFY(notifier.lastNotificationId() != 0); // the reply with the id travels back
        QCOMPARE(m_server.shown.first().app, QStringLiteral("Rapport"));
        QCOMPARE(m_server.shown.first().summary, QStringLiteral("Rapport"));
        QVERIFY(m_server.shown.first().actions.contains(QStringLiteral("check-in")));
        QVERIFY(m_server.shown.first().actions.contains(QStringLiteral("later")));

        QSignalSpy checkIn(&notifier, &DesktopNotifier::checkInRequested);
        QSignalSpy later(&notifier, &DesktopNotifier::laterRequested);
        const uint id = notifier.lastNotificationId();
        invoke(id, QStringLiteral("check-in"));
        QTRY_COMPARE(checkIn.count(), 1);
        invoke(id, QStringLiteral("later"));
        QTRY_COMPARE(later.count(), 1);
        // Another application's notification is none of Rapport's business.
        invoke(99, QStringLiteral("check-in"));
        QTest::qWait(100);
        QCOMPARE(checkIn.count(), 1);
    }

    /** A due check-in is shown once through the daemon, recorded, and not shown again the same day. */
    void theSchedulerShowsADueReminderOnce()
    {
        test::ClientFixture fixture;
        QVERIFY(fixture.setUp(false));
        DesktopNotifier notifier;
        ReminderScheduler scheduler(*fixture.store, fixture.client.id, notifier);
        m_server.shown.clear();
        const QDateTime now = fixture.store->clock().now();
        // Due for a week; no quiet hours, so the test does not depend on the time of day it runs at.
        scheduler.setQuietHours(QTime(0, 0), QTime(0, 0));
        scheduler.plan(now.addDays(-21), 0, 14);
        auto planned = scheduler.planned();
        QVERIFY(planned);
        QVERIFY(planned->at <= now);
        QTRY_COMPARE(m_server.shown.size(), 1);
        QCOMPARE(m_server.shown.first().body, QStringLiteral("It is time for your Wellbeing check-in."));
        auto recorded = ClientReminders(*fixture.store, fixture.client.id).checkInRemindedAt();
        QVERIFY_RESULT(recorded);
        QVERIFY(recorded->isValid());
        // Planned again after it was shown: not before tomorrow.
        scheduler.plan(now.addDays(-21), 0, 14);
        planned = scheduler.planned();
        QVERIFY(planned);
        QVERIFY(planned->at.toLocalTime().date() > now.toLocalTime().date());
        QTest::qWait(100);
        QCOMPARE(m_server.shown.size(), 1);
    }

    /**
     * Locked, Rapport knows only the due file: a due check-in reaches the daemon from the tray, is recorded there
     * (once a day), "Later" puts it off, "Check in now" comes back as the tray's request; the menu has its actions.
     */
    void aLockedRapportRemindsFromTheDueFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("reminder-due.json"));
        QDateTime now = QDateTime(QDate(2026, 12, 20), QTime(12, 0), QTimeZone::systemTimeZone()).toUTC();
        ReminderDueFile::Content due;
        due.checkInDueAt = now.addDays(-1);
        due.quietFrom = QTime(0, 0);
        due.quietUntil = QTime(0, 0);
        QVERIFY_RESULT(ReminderDueFile(path).write(due));
        TrayController tray(path, Clock([&now] { return now; }));
        QStringList menu;
        for (QAction* action : tray.menu()->actions()) {
            if (!action->isSeparator()) {
                menu << action->text();
            }
        }
        QCOMPARE(
            menu,
            (QStringList {QStringLiteral("Open Rapport"), QStringLiteral("Check in now"), QStringLiteral("Quit")}));
        tray.menu()->adjustSize();
        test::saveShot(tray.menu(), QStringLiteral("tray-menu"));
        m_server.shown.clear();
        tray.setLocked(true);
        QVERIFY(tray.planned());
        QTRY_COMPARE(m_server.shown.size(), 1);
        QCOMPARE(m_server.shown.first().summary, QStringLiteral("Rapport"));
        QCOMPARE(m_server.shown.first().body, QStringLiteral("It is time for your Wellbeing check-in."));
        QCOMPARE(ReminderDueFile(path).read().remindedAt, now);
        // Not again today.
        QVERIFY(tray.planned());
        QVERIFY(tray.planned()->at.toLocalTime().date() > now.toLocalTime().date());
        QTRY_VERIFY(tray.notifier()->lastNotificationId() != 0);
        QSignalSpy checkIn(&tray, &TrayController::checkInRequested);
        invoke(tray.notifier()->lastNotificationId(), QStringLiteral("check-in"));
        QTRY_COMPARE(checkIn.count(), 1);
        invoke(tray.notifier()->lastNotificationId(), QStringLiteral("later"));
        QTRY_VERIFY(ReminderDueFile(path).read().snoozedUntil.isValid());
        QCOMPARE(ReminderDueFile(path).read().snoozedUntil, now.addSecs(3 * 3600));
        QVERIFY(tray.planned());
        QCOMPARE(tray.planned()->at, now.addSecs(3 * 3600));
        // Unlocked, the dashboard reminds: the tray plans nothing.
        tray.setLocked(false);
        QVERIFY(!tray.planned());
        QCOMPARE(m_server.shown.size(), 1);
    }
};

QTEST_MAIN(TestDesktopNotifier)
#include "TestDesktopNotifier.moc"
