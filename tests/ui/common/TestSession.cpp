#include "../TeardownLog.h"
#include "../UiTestFixture.h"
#include "client/ClientDashboard.h"
#include "common/DemoSession.h"
#include "common/MainWindow.h"
#include "common/Session.h"
#include "common/SyncController.h"

#include <QFileInfo>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace rapport;
using namespace rapport::ui;
using namespace std::chrono_literals;

/** One Session with the real parts: a fixture store, a client's dashboard, automatic backups and (local) sync. */
class TestSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void closeTakesEverythingDownInTheWrittenOrder();
    void destructorClosesInTheSameOrder();
    void closeTwiceDoesNothingMore();
    void newScreenReplacesTheOldOneAndTheStoreStaysOpen();
    void clearScreenKeepsTheStoreAndTheBackgroundWork();
    void backgroundWorkIsReplacedNotDoubled();
    void preferencesGoThroughTheSession();
    void demoFolderGoesOnlyAfterTheStore_data();
    void demoFolderGoesOnlyAfterTheStore();

private:
    /** A session on the fixture's store, showing the client's dashboard, with backups and sync running. */
    [[nodiscard]] std::unique_ptr<Session> openFullSession();
    [[nodiscard]] bool storeIsOpenSomewhere() const;

    std::unique_ptr<test::ClientFixture> m_fixture;
    std::unique_ptr<MainWindow> m_window;
};

void TestSession::init()
{
    m_fixture = std::make_unique<test::ClientFixture>();
    QVERIFY(m_fixture->setUp(false));
    m_window = std::make_unique<MainWindow>();
    m_window->show();
}

void TestSession::cleanup()
{
    m_window.reset();
    m_fixture.reset();
}

std::unique_ptr<Session> TestSession::openFullSession()
{
    auto session = std::make_unique<Session>(std::move(m_fixture->store), *m_window);
    session->showScreen(m_fixture->client,
                        new ClientDashboard(session->store(), m_fixture->registry, m_fixture->client.id));
    session->startBackgroundWork({});
    return session;
}

bool TestSession::storeIsOpenSomewhere() const
{
    // A store is open in one place at a time: opening it again is refused while the session holds it.
    auto again = Store::open(m_fixture->path, SecureBytes::fromUtf8(test::FixturePassphrase));
    return !again && again.error().code == ErrorCode::Busy;
}

void TestSession::closeTakesEverythingDownInTheWrittenOrder()
{
    auto session = openFullSession();
    QVERIFY(session->isOpen());
    QVERIFY(m_window->findChild<ClientDashboard*>(QStringLiteral("clientDashboard")));
    QVERIFY(session->sync());
    QVERIFY(session->backups());
    QVERIFY(storeIsOpenSomewhere());

    // At the moment the store goes, nothing that uses it is left.
    bool aloneWhenTheStoreWent = false;
    QObject context;
    connect(&session->store(), &QObject::destroyed, &context, [&] {
        aloneWhenTheStoreWent
            = !session->sync() && !session->backups() && !session->screen() && !m_window->findChild<ClientDashboard*>();
    });
    test::TeardownLog log(*session);
    session->close();

    QCOMPARE(log.events, test::TeardownLog::expectedOrder());
    QVERIFY(aloneWhenTheStoreWent);
    QVERIFY(!session->isOpen());
    QVERIFY(!session->person());
    QVERIFY(!m_window->screen());
    QVERIFY(!storeIsOpenSomewhere()); // closed, so it opens again
}

void TestSession::destructorClosesInTheSameOrder()
{
    auto session = openFullSession();
    test::TeardownLog log(*session);
    session.reset();
    QCOMPARE(log.events, test::TeardownLog::expectedOrder());
    QVERIFY(!storeIsOpenSomewhere());
}

void TestSession::closeTwiceDoesNothingMore()
{
    auto session = openFullSession();
    QSignalSpy closed(session.get(), &Session::closed);
    session->close();
    session->close();
    session.reset();
    QCOMPARE(closed.count(), 1);
}

void TestSession::newScreenReplacesTheOldOneAndTheStoreStaysOpen()
{
    auto session = openFullSession();
    QPointer<QWidget> first = session->screen();
    QVERIFY(first);
    QCOMPARE(m_window->screen(), first.data());
    QPointer<SyncController> sync = session->sync();

    // As after a language change: the old screen goes before the new one is shown.
    auto* second = new ClientDashboard(session->store(), m_fixture->registry, m_fixture->client.id);
    bool secondShownWhileTheFirstWasThere = false;
    QObject context;
    connect(
        first, &QObject::destroyed, &context, [&] { secondShownWhileTheFirstWasThere = m_window->screen() == second; });
    session->showScreen(m_fixture->client, second);

    QVERIFY(first.isNull());
    QVERIFY(!secondShownWhileTheFirstWasThere);
    QCOMPARE(m_window->screen(), static_cast<QWidget*>(second));
    QCOMPARE(session->screen(), static_cast<QWidget*>(second));
    QCOMPARE(session->person()->id, m_fixture->client.id);
    QVERIFY(session->isOpen());
    QVERIFY(storeIsOpenSomewhere());
    QCOMPARE(session->sync(), sync.data()); // sync goes on, with whatever password it was given
}

void TestSession::clearScreenKeepsTheStoreAndTheBackgroundWork()
{
    auto session = openFullSession();
    QPointer<QWidget> screen = session->screen();
    QPointer<SyncController> sync = session->sync();
    session->clearScreen();
    QVERIFY(screen.isNull());
    QVERIFY(!session->person());
    QVERIFY(!m_window->findChild<ClientDashboard*>());
    QVERIFY(session->isOpen());
    QVERIFY(storeIsOpenSomewhere());
    QVERIFY(sync);
    QCOMPARE(session->sync(), sync.data());
}

void TestSession::backgroundWorkIsReplacedNotDoubled()
{
    auto session = openFullSession();
    QPointer<SyncController> oldSync = session->sync();
    QPointer<BackupScheduler> oldBackups = session->backups();
    bool newSyncMadeBeforeTheOldWent = false;
    QObject context;
    connect(oldSync, &QObject::destroyed, &context, [&] { newSyncMadeBeforeTheOldWent = session->sync() != nullptr; });
    int prepared = 0;
    session->startBackgroundWork([&prepared](SyncController& sync) {
        ++prepared;
        sync.setInterval(1h);
    });
    QCOMPARE(prepared, 1);
    QVERIFY(oldSync.isNull());
    QVERIFY(oldBackups.isNull());
    QVERIFY(!newSyncMadeBeforeTheOldWent);
    QVERIFY(session->sync());
    QVERIFY(session->backups());
}

void TestSession::preferencesGoThroughTheSession()
{
    Session session(std::move(m_fixture->store), *m_window);
    auto before = session.preferences();
    QVERIFY_RESULT(before);
    QCOMPARE(*before, Preferences());
    Preferences chosen;
    chosen.autoLock = 5min;
    chosen.checkInReminderDays = 3;
    QVERIFY_RESULT(session.savePreferences(chosen));
    auto after = session.preferences();
    QVERIFY_RESULT(after);
    QCOMPARE(*after, chosen);
}

void TestSession::demoFolderGoesOnlyAfterTheStore_data()
{
    QTest::addColumn<bool>("controllerKeepsAShare");
    QTest::newRow("the session holds the only share") << false;
    QTest::newRow("the controller keeps one for the next unlock") << true;
}

void TestSession::demoFolderGoesOnlyAfterTheStore()
{
    QFETCH(bool, controllerKeepsAShare);
    auto created = DemoSession::create(m_fixture->registry);
    QVERIFY_RESULT(created);
    std::shared_ptr<DemoSession> folder = std::move(*created);
    const QString directory = QFileInfo(folder->storePath()).absolutePath();
    QVERIFY(QFileInfo::exists(folder->storePath()));
    std::unique_ptr<Store> store = folder->takeStore();
    std::weak_ptr<DemoSession> watched = folder;
    std::shared_ptr<DemoSession> kept = controllerKeepsAShare ? folder : nullptr;
    auto session = std::make_unique<Session>(std::move(store), *m_window, std::move(folder));

    bool folderThereWhenTheStoreWent = false;
    QObject context;
    connect(&session->store(), &QObject::destroyed, &context, [&] {
        folderThereWhenTheStoreWent = QFileInfo::exists(directory) && !watched.expired();
    });
    session->close();
    QVERIFY(folderThereWhenTheStoreWent);
    QCOMPARE(QFileInfo::exists(directory), controllerKeepsAShare);
    QCOMPARE(watched.expired(), !controllerKeepsAShare);

    kept.reset();
    QVERIFY(watched.expired());
    QVERIFY(!QFileInfo::exists(directory));
}

QTEST_MAIN(TestSession)
#include "TestSession.moc"
