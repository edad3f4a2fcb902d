#include "../ShotSaver.h"
#include "../UiTestFixture.h"
#include "client/ClientDashboard.h"
#include "client/ShareRequestBanner.h"
#include "instruments/InstrumentIds.h"
#include "services/ClientReminders.h"
#include "services/Preferences.h"
#include "services/QuestionnaireService.h"
#include "store/ShareRequestRepository.h"
#include "store/SharingRepository.h"

#include <QPushButton>
#include <QTest>

using namespace rapport;
using namespace rapport::ui;

/** "Not now" on share requests and the check-in reminder: remembered in the store, never nagging. */
class TestClientReminders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void notNowHidesWithoutAnswering();
    void notNowComesBackTheNextDay();
    void declineAnswersTheRequest();
    void reminderFollowsThePreferredInterval();
    void reminderAtMostOnceADay();
    void dismissedReminderStaysAwayToday();

private:
    [[nodiscard]] std::unique_ptr<ClientDashboard> dashboard();
    [[nodiscard]] ShareRequest request();
    void checkInDaysAgo(int days);

    std::unique_ptr<test::ClientFixture> m_fixture;
};

void TestClientReminders::init()
{
    m_fixture = std::make_unique<test::ClientFixture>();
    QVERIFY(m_fixture->setUp());
}

void TestClientReminders::cleanup()
{
    m_fixture.reset();
}

std::unique_ptr<ClientDashboard> TestClientReminders::dashboard()
{
    auto shown = std::make_unique<ClientDashboard>(*m_fixture->store, m_fixture->registry, m_fixture->client.id);
    shown->resize(1200, 900);
    shown->show();
    return shown;
}

ShareRequest TestClientReminders::request()
{
    auto added
        = m_fixture->store->shareRequests().add(m_fixture->professional.id, m_fixture->client.id, Metric::Alliance);
    return added ? *added : ShareRequest();
}

void TestClientReminders::checkInDaysAgo(int days)
{
    QuestionnaireService service(*m_fixture->store, m_fixture->registry);
    QVERIFY_RESULT(service.submit(m_fixture->client.id,
                                  InstrumentIds::Wellbeing,
                                  {3, 3, 3, 3, 3},
                                  QUuid(),
                                  QDateTime::currentDateTimeUtc().addDays(-days)));
}

void TestClientReminders::notNowHidesWithoutAnswering()
{
    const ShareRequest asked = request();
    QVERIFY(!asked.id.isNull());
    auto shown = dashboard();
    ShareRequestBanner* banner = nullptr;
    QTRY_VERIFY((banner = shown->findChild<ShareRequestBanner*>(QStringLiteral("shareRequestBanner_0")))
                && banner->isVisible());
    test::saveShot(shown.get(), QStringLiteral("dashboard-request"));
    QTest::mouseClick(banner->findChild<QPushButton*>(QStringLiteral("notNowButton")), Qt::LeftButton);
    QTRY_VERIFY(!banner->isVisible());

    auto stored = m_fixture->store->shareRequests().find(asked.id);
    QVERIFY_RESULT(stored);
    QCOMPARE(stored->status, ShareRequest::Status::Pending);
    QVERIFY(!stored->answeredAt.isValid());
    auto sharing = m_fixture->store->sharing().state(m_fixture->client.id);
    QVERIFY_RESULT(sharing);
    QVERIFY(!sharing->anyOn());

    // Reopening the dashboard the same day: still hidden.
    shown = dashboard();
    QVERIFY(!shown->findChild<QWidget*>(QStringLiteral("requestBanners"))->isVisible());
}

void TestClientReminders::notNowComesBackTheNextDay()
{
    const ShareRequest asked = request();
    ClientReminders reminders(*m_fixture->store, m_fixture->client.id);
    QVERIFY_RESULT(reminders.snoozeRequest(asked.id, QDateTime::currentDateTimeUtc().addDays(-1)));
    auto shown = dashboard();
    ShareRequestBanner* banner = shown->findChild<ShareRequestBanner*>(QStringLiteral("shareRequestBanner_0"));
    QVERIFY(banner);
    QTRY_VERIFY(banner->isVisible());
    QCOMPARE(banner->requestId(), asked.id);
}

void TestClientReminders::declineAnswersTheRequest()
{
    const ShareRequest asked = request();
    auto shown = dashboard();
    ShareRequestBanner* banner = nullptr;
    QTRY_VERIFY((banner = shown->findChild<ShareRequestBanner*>(QStringLiteral("shareRequestBanner_0")))
                && banner->isVisible());
    QTest::mouseClick(banner->findChild<QPushButton*>(QStringLiteral("declineButton")), Qt::LeftButton);
    QTRY_VERIFY(!banner->isVisible());
    auto stored = m_fixture->store->shareRequests().find(asked.id);
    QVERIFY_RESULT(stored);
    QCOMPARE(stored->status, ShareRequest::Status::Declined);
}

void TestClientReminders::reminderFollowsThePreferredInterval()
{
    checkInDaysAgo(10);
    auto shown = dashboard();
    auto* due = shown->findChild<QWidget*>(QStringLiteral("checkInDueBanner"));
    QVERIFY(!due->isVisible()); // 10 days: not due under the default 14

    Preferences preferences;
    preferences.checkInReminderDays = 7;
    QVERIFY_RESULT(preferences.save(*m_fixture->store)); // applied at once: the store change refreshes
    QTRY_VERIFY(due->isVisible());
}

void TestClientReminders::reminderAtMostOnceADay()
{
    checkInDaysAgo(20);
    auto shown = dashboard();
    QTRY_VERIFY(shown->findChild<QWidget*>(QStringLiteral("checkInDueBanner"))->isVisible());
    ClientReminders reminders(*m_fixture->store, m_fixture->client.id);
    auto remindedAt = reminders.checkInRemindedAt();
    QVERIFY_RESULT(remindedAt);
    QVERIFY(remindedAt->isValid());
    // Stays up in this dashboard through other changes.
    QVERIFY_RESULT(m_fixture->store->sharing().set(m_fixture->client.id, Metric::Alliance, true, m_fixture->client.id));
    QVERIFY(shown->findChild<QWidget*>(QStringLiteral("checkInDueBanner"))->isVisible());

    // A new dashboard the same day (after a lock, say) does not remind again.
    shown = dashboard();
    QVERIFY(!shown->findChild<QWidget*>(QStringLiteral("checkInDueBanner"))->isVisible());

    // The next day it does.
    QVERIFY_RESULT(reminders.setCheckInRemindedAt(QDateTime::currentDateTimeUtc().addDays(-1)));
    shown = dashboard();
    QTRY_VERIFY(shown->findChild<QWidget*>(QStringLiteral("checkInDueBanner"))->isVisible());
}

void TestClientReminders::dismissedReminderStaysAwayToday()
{
    checkInDaysAgo(20);
    ClientReminders reminders(*m_fixture->store, m_fixture->client.id);
    QVERIFY_RESULT(reminders.setCheckInRemindedAt(QDateTime::currentDateTimeUtc().addDays(-2)));
    auto shown = dashboard();
    auto* due = shown->findChild<QWidget*>(QStringLiteral("checkInDueBanner"));
    QTRY_VERIFY(due->isVisible());
    test::saveShot(shown.get(), QStringLiteral("dashboard-reminder"));
    QTest::mouseClick(due->findChild<QPushButton*>(QStringLiteral("dismissCheckInButton")), Qt::LeftButton);
    QVERIFY(!due->isVisible());
    auto remindedAt = reminders.checkInRemindedAt();
    QVERIFY_RESULT(remindedAt);
    QVERIFY(ClientReminders::sameDay(*remindedAt, QDateTime::currentDateTimeUtc()));
    QVERIFY_RESULT(
        m_fixture->store->sharing().set(m_fixture->client.id, Metric::Wellbeing, true, m_fixture->client.id));
    QVERIFY(!due->isVisible());
}

QTEST_MAIN(TestClientReminders)
#include "TestClientReminders.moc"
