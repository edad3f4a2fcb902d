#include "../TeardownLog.h"
#include "../UiTestFixture.h"
#include "admin/AdminPanel.h"
#include "admin/StoreReplacement.h"
#include "backup/Backup.h"
#include "client/ClientDashboard.h"
#include "client/DeleteDataDialog.h"
#include "common/FirstRunWizard.h"
#include "common/IdleWatcher.h"
#include "common/MainWindow.h"
#include "common/PersonPickerDialog.h"
#include "common/Session.h"
#include "common/SessionController.h"
#include "common/SyncController.h"
#include "common/UnlockDialog.h"
#include "store/StoreKeyFile.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialog>
#include <QEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace rapport;
using namespace rapport::ui;
using namespace std::chrono_literals;

class TestSessionController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void wrongPassphraseKeepsDialogOpen();
    void storeOpenElsewhereIsBusy();
    void unlockShowsDashboardAndLockClearsIt();
    void lockShortcutAndIdleTimeout();
    void severalPeopleAskWhoIsUsing();
    void hrPersonOpensTheOrganisationOverview();
    void firstRunCreatesStoreAndClient();
    void demoOpensShowcaseAndUnlocksWithShownPassphrase();
    void lockAndUnlockTwiceClosesTheSessionInOrderEachTime();
    void idleLockClosesTheSessionInOrder();
    void quitClosesTheSessionInOrder();
    void startOverWithOthersLeftKeepsTheStoreOpen();
    void startOverWithNobodyLeftClosesTheSessionBeforeTheFilesGo();
    void languageChangeKeepsTheStoreOpen();
    void restoreOverCurrentClosesTheSessionAndOpensTheRestoredStore();
    void trayStartWaitsLockedAndChecksInAfterUnlocking();

private:
    void typeAndUnlock(UnlockDialog* dialog, const QString& passphrase);
    void start();
    void startWith(StartupOptions options);
    /** Unlocks and waits for the client's dashboard. */
    void unlockToDashboard();
    /** Erases the client on screen through the dashboard's Delete my data. */
    void eraseThroughTheDashboard();
    /** Whether the fixture's store can be opened here now, i.e. nobody (no session) holds it. */
    [[nodiscard]] bool storeOpensAgain() const;

    std::unique_ptr<test::ClientFixture> m_fixture;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<SessionController> m_session;
};

void TestSessionController::init()
{
    m_fixture = std::make_unique<test::ClientFixture>();
    QVERIFY(m_fixture->setUp(false));
    m_fixture->store.reset(); // closed: the session opens it
}

void TestSessionController::cleanup()
{
    m_session.reset();
    m_window.reset();
    m_fixture.reset();
}

void TestSessionController::start()
{
    StartupOptions options;
    options.storePath = m_fixture->path;
    startWith(options);
}

void TestSessionController::startWith(StartupOptions options)
{
    m_window = std::make_unique<MainWindow>();
    m_session = std::make_unique<SessionController>(*m_window, options);
    StoreOptions storeOptions;
    storeOptions.kdf = KdfParameters::minimal();
    m_session->setStoreOptions(storeOptions);
    m_window->show();
    m_session->start();
}

void TestSessionController::typeAndUnlock(UnlockDialog* dialog, const QString& passphrase)
{
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto* field = dialog->findChild<QLineEdit*>(QStringLiteral("passphraseEdit"));
    field->clear();
    QTest::keyClicks(field, passphrase);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("unlockButton")), Qt::LeftButton);
}

void TestSessionController::wrongPassphraseKeepsDialogOpen()
{
    start();
    QPointer<UnlockDialog> dialog = m_session->unlockDialog();
    typeAndUnlock(dialog, QStringLiteral("not the passphrase"));
    auto* error = dialog->findChild<QLabel*>(QStringLiteral("errorLabel"));
    QTRY_VERIFY(error->isVisible());
    QVERIFY(error->text().contains(QStringLiteral("not correct")));
    QVERIFY(dialog->isVisible());
    QVERIFY(!m_session->isUnlocked());

    // Show/hide toggle.
    auto* field = dialog->findChild<QLineEdit*>(QStringLiteral("passphraseEdit"));
    QCOMPARE(field->echoMode(), QLineEdit::Password);
    dialog->findChild<QAbstractButton*>(QStringLiteral("revealButton"))->click();
    QCOMPARE(field->echoMode(), QLineEdit::Normal);

    typeAndUnlock(dialog, test::FixturePassphrase);
    QTRY_VERIFY(m_session->isUnlocked());
    QTRY_VERIFY(dialog.isNull() || !dialog->isVisible());
}

void TestSessionController::storeOpenElsewhereIsBusy()
{
    auto held = Store::open(m_fixture->path, SecureBytes::fromUtf8(test::FixturePassphrase));
    QVERIFY_RESULT(held);
    start();
    UnlockDialog* dialog = m_session->unlockDialog();
    typeAndUnlock(dialog, test::FixturePassphrase);
    auto* error = dialog->findChild<QLabel*>(QStringLiteral("errorLabel"));
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("already open in another Rapport window")),
             qPrintable(error->text()));
    QVERIFY(dialog->isVisible());
}

void TestSessionController::unlockShowsDashboardAndLockClearsIt()
{
    start();
    typeAndUnlock(m_session->unlockDialog(), test::FixturePassphrase);
    QPointer<ClientDashboard> dashboard;
    QTRY_VERIFY((dashboard = m_window->findChild<ClientDashboard*>(QStringLiteral("clientDashboard"))));
    QCOMPARE(dashboard->clientId(), m_fixture->client.id);
    QVERIFY(m_window->lockAction()->isEnabled());

    QSignalSpy locked(m_session.get(), &SessionController::sessionLocked);
    m_window->lockAction()->trigger();
    QCOMPARE(locked.count(), 1);
    QVERIFY(dashboard.isNull()); // destroyed at once, before the store closed
    QVERIFY(!m_session->isUnlocked());
    QVERIFY(!m_window->findChild<ClientDashboard*>());
    QVERIFY(!m_window->lockAction()->isEnabled());
    QVERIFY(m_session->unlockDialog());
    QTRY_VERIFY(m_session->unlockDialog()->isVisible());

    typeAndUnlock(m_session->unlockDialog(), test::FixturePassphrase);
    QTRY_VERIFY(m_window->findChild<ClientDashboard*>(QStringLiteral("clientDashboard")));
}

void TestSessionController::lockShortcutAndIdleTimeout()
{
    start();
    QCOMPARE(m_session->idleWatcher()->timeout(), std::chrono::milliseconds(SessionController::DefaultIdleTimeout));
    QCOMPARE(m_window->lockAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_L));
    typeAndUnlock(m_session->unlockDialog(), test::FixturePassphrase);
    QTRY_VERIFY(m_session->isUnlocked());
    QVERIFY(m_session->idleWatcher()->isActive());

    QSignalSpy locked(m_session.get(), &SessionController::sessionLocked);
    m_session->setIdleTimeout(50ms);
    QTRY_COMPARE(locked.count(), 1);
    QVERIFY(!m_session->isUnlocked());
    QVERIFY(!m_window->findChild<ClientDashboard*>());
}

void TestSessionController::severalPeopleAskWhoIsUsing()
{
    {
        auto store = Store::open(m_fixture->path, SecureBytes::fromUtf8(test::FixturePassphrase));
        QVERIFY_RESULT(store);
        QVERIFY_RESULT((*store)->people().add(QStringLiteral("Robin Lee"), Role::Client));
    }
    start();
    typeAndUnlock(m_session->unlockDialog(), test::FixturePassphrase);
    PersonPickerDialog* picker = nullptr;
    QTRY_VERIFY((picker = m_window->findChild<PersonPickerDialog*>(QStringLiteral("whoIsUsingDialog"))));
    picker->select(m_fixture->client.id);
    QTest::mouseClick(picker->findChild<QPushButton*>(QStringLiteral("acceptButton")), Qt::LeftButton);
    ClientDashboard* dashboard = nullptr;
    QTRY_VERIFY((dashboard = m_window->findChild<ClientDashboard*>(QStringLiteral("clientDashboard"))));
    QCOMPARE(dashboard->clientId(), m_fixture->client.id);
}

void TestSessionController::hrPersonOpensTheOrganisationOverview()
{
    QUuid hrId;
    {
        auto store = Store::open(m_fixture->path, SecureBytes::fromUtf8(test::FixturePassphrase));
        QVERIFY_RESULT(store);
        auto hr = (*store)->people().add(QStringLiteral("Kim Hart"), Role::Hr);
        QVERIFY_RESULT(hr);
        hrId = hr->id;
    }
    start();
    typeAndUnlock(m_session->unlockDialog(), test::FixturePassphrase);
    PersonPickerDialog* picker = nullptr;
    QTRY_VERIFY((picker = m_window->findChild<PersonPickerDialog*>(QStringLiteral("whoIsUsingDialog"))));
    picker->select(hrId);
    QTest::mouseClick(picker->findChild<QPushButton*>(QStringLiteral("acceptButton")), Qt::LeftButton);
    QTRY_VERIFY(m_window->findChild<QWidget*>(QStringLiteral("hrDashboard")));
    QVERIFY(!m_window->findChild<ClientDashboard*>());
}

void TestSessionController::firstRunCreatesStoreAndClient()
{
    const QString fresh = m_fixture->path + QStringLiteral(".new");
    StartupOptions options;
    options.storePath = fresh;
    m_window = std::make_unique<MainWindow>();
    m_session = std::make_unique<SessionController>(*m_window, options);
    StoreOptions storeOptions;
    storeOptions.kdf = KdfParameters::minimal();
    m_session->setStoreOptions(storeOptions);
    m_window->show();
    m_session->start();

    FirstRunWizard* wizard = m_session->firstRunWizard();
    QVERIFY(wizard);
    QTRY_VERIFY(wizard->isVisible());
    QCOMPARE(wizard->currentId(), int(FirstRunWizard::WelcomePage));
    wizard->next();
    QCOMPARE(wizard->currentId(), int(FirstRunWizard::PassphrasePage));
    auto* passphrase = wizard->currentPage()->findChild<QLineEdit*>(QStringLiteral("passphraseEdit"));
    auto* confirm = wizard->currentPage()->findChild<QLineEdit*>(QStringLiteral("confirmEdit"));
    QTest::keyClicks(passphrase, QStringLiteral("short"));
    QVERIFY(!wizard->currentPage()->isComplete());
    passphrase->setText(QStringLiteral("maple river lantern"));
    confirm->setText(QStringLiteral("maple river lantern!"));
    QVERIFY(!wizard->currentPage()->isComplete());
    QCOMPARE(wizard->currentPage()->findChild<QLabel*>(QStringLiteral("matchLabel"))->text(),
             QStringLiteral("The passphrases do not match."));
    confirm->setText(QStringLiteral("maple river lantern"));
    QVERIFY(wizard->currentPage()->isComplete());
    wizard->next();
    QCOMPARE(wizard->currentId(), int(FirstRunWizard::NamePage));
    QTest::keyClicks(wizard->currentPage()->findChild<QLineEdit*>(QStringLiteral("nameEdit")),
                     QStringLiteral("Jo Quinn"));
    wizard->button(QWizard::FinishButton)->click();

    ClientDashboard* dashboard = nullptr;
    QTRY_VERIFY((dashboard = m_window->findChild<ClientDashboard*>(QStringLiteral("clientDashboard"))));
    QCOMPARE(dashboard->overview().person.name, QStringLiteral("Jo Quinn"));
    QVERIFY(Store::exists(fresh));
    QVERIFY_RESULT(m_session->store()->verifyPassphrase(SecureBytes::fromUtf8(QStringLiteral("maple river lantern"))));
}

void TestSessionController::demoOpensShowcaseAndUnlocksWithShownPassphrase()
{
    StartupOptions options;
    options.demo = true;
    m_window = std::make_unique<MainWindow>();
    m_session = std::make_unique<SessionController>(*m_window, options);
    m_window->show();
    m_session->start();
    ClientDashboard* dashboard = nullptr;
    QTRY_VERIFY((dashboard = m_window->findChild<ClientDashboard*>(QStringLiteral("clientDashboard"))));
    QVERIFY(!dashboard->overview().wellbeing.isEmpty());

    m_window->lockAction()->trigger();
    UnlockDialog* dialog = m_session->unlockDialog();
    QVERIFY(dialog);
    auto* hint = dialog->findChild<QLabel*>(QStringLiteral("hintLabel"));
    QTRY_VERIFY(hint->isVisible());
    const QString passphrase = hint->text().section(QLatin1Char(' '), -1);
    QVERIFY(passphrase.startsWith(QStringLiteral("demo-")));
    typeAndUnlock(dialog, passphrase);
    QTRY_VERIFY(m_window->findChild<ClientDashboard*>(QStringLiteral("clientDashboard")));
}

void TestSessionController::unlockToDashboard()
{
    typeAndUnlock(m_session->unlockDialog(), test::FixturePassphrase);
    QTRY_VERIFY(m_window->findChild<ClientDashboard*>(QStringLiteral("clientDashboard")));
}

void TestSessionController::eraseThroughTheDashboard()
{
    auto* dashboard = m_window->findChild<ClientDashboard*>(QStringLiteral("clientDashboard"));
    QVERIFY(dashboard);
    dashboard->findChild<QAction*>(QStringLiteral("deleteDataAction"))->trigger();
    auto* dialog = dashboard->findChild<DeleteDataDialog*>(QStringLiteral("deleteDataDialog"));
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("confirmEdit")), QStringLiteral("DELETE"));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("deleteButton")), Qt::LeftButton);
}

bool TestSessionController::storeOpensAgain() const
{
    return Store::open(m_fixture->path, SecureBytes::fromUtf8(test::FixturePassphrase)).has_value();
}

void TestSessionController::lockAndUnlockTwiceClosesTheSessionInOrderEachTime()
{
    start();
    QStringList expected = test::TeardownLog::expectedOrder();
    expected << QStringLiteral("locked");
    for (int round = 0; round < 2; ++round) {
        unlockToDashboard();
        QPointer<Session> session = m_session->session();
        QVERIFY(session);
        QVERIFY(session->sync());
        QVERIFY(!storeOpensAgain());
        test::TeardownLog log(*session);
        QObject context;
        connect(m_session.get(), &SessionController::sessionLocked, &context, [&log] {
            log.events << QStringLiteral("locked");
        });

        m_window->lockAction()->trigger();
        QCOMPARE(log.events, expected);
        QVERIFY(session.isNull());
        QVERIFY(!m_session->session());
        QVERIFY(!m_session->isUnlocked());
        QVERIFY(!m_session->store());
        QVERIFY(!m_session->syncController());
        QVERIFY(!m_window->screen());
        QCOMPARE(m_window->windowTitle(), QStringLiteral("Rapport"));
        QVERIFY(storeOpensAgain());
        QVERIFY(m_session->unlockDialog());
    }
}

void TestSessionController::idleLockClosesTheSessionInOrder()
{
    start();
    unlockToDashboard();
    test::TeardownLog log(*m_session->session());
    m_session->setIdleTimeout(50ms);
    QTRY_VERIFY(!m_session->isUnlocked());
    QCOMPARE(log.events, test::TeardownLog::expectedOrder());
    QVERIFY(storeOpensAgain());
}

void TestSessionController::quitClosesTheSessionInOrder()
{
    start();
    unlockToDashboard();
    test::TeardownLog log(*m_session->session());
    m_session.reset(); // as at the end of main()
    QCOMPARE(log.events, test::TeardownLog::expectedOrder());
    QVERIFY(!m_window->screen());
    QVERIFY(storeOpensAgain());
}

void TestSessionController::startOverWithOthersLeftKeepsTheStoreOpen()
{
    QUuid robinId;
    {
        auto store = Store::open(m_fixture->path, SecureBytes::fromUtf8(test::FixturePassphrase));
        QVERIFY_RESULT(store);
        auto robin = (*store)->people().add(QStringLiteral("Robin Lee"), Role::Client);
        QVERIFY_RESULT(robin);
        robinId = robin->id;
    }
    start();
    typeAndUnlock(m_session->unlockDialog(), test::FixturePassphrase);
    PersonPickerDialog* picker = nullptr;
    QTRY_VERIFY((picker = m_window->findChild<PersonPickerDialog*>(QStringLiteral("whoIsUsingDialog"))));
    picker->select(m_fixture->client.id);
    QTest::mouseClick(picker->findChild<QPushButton*>(QStringLiteral("acceptButton")), Qt::LeftButton);
    QPointer<ClientDashboard> erased;
    QTRY_VERIFY((erased = m_window->findChild<ClientDashboard*>(QStringLiteral("clientDashboard"))));
    QPointer<Session> session = m_session->session();
    QSignalSpy closed(session.data(), &Session::closed);

    // Robin is the only one left, so Robin's dashboard opens at once — on the same open store.
    eraseThroughTheDashboard();
    QTRY_VERIFY(erased.isNull());
    ClientDashboard* next = nullptr;
    QTRY_VERIFY((next = m_window->findChild<ClientDashboard*>(QStringLiteral("clientDashboard"))));
    QCOMPARE(next->clientId(), robinId);
    QVERIFY(session); // the same session: no passphrase asked again
    QCOMPARE(m_session->session(), session.data());
    QCOMPARE(closed.count(), 0);
    QVERIFY(session->isOpen());
    QCOMPARE(session->person()->id, robinId);
    QCOMPARE(session->screen(), static_cast<QWidget*>(next));
    QVERIFY(!storeOpensAgain());
}

void TestSessionController::startOverWithNobodyLeftClosesTheSessionBeforeTheFilesGo()
{
    start();
    unlockToDashboard();
    QPointer<Session> session = m_session->session();
    test::TeardownLog log(*session);
    bool filesThereWhenTheStoreWent = false;
    QObject context;
    connect(m_session->store(), &QObject::destroyed, &context, [&] {
        filesThereWhenTheStoreWent
            = QFile::exists(m_fixture->path) && QFile::exists(StoreKeyFile::pathFor(m_fixture->path));
    });

    eraseThroughTheDashboard();
    QTRY_VERIFY(m_session->firstRunWizard());
    // The erased person's screen went first (the store stayed open to count who is left), then the rest in order.
    QStringList expected = test::TeardownLog::expectedOrder();
    expected.move(expected.indexOf(QStringLiteral("screen")), 0);
    QCOMPARE(log.events, expected);
    QVERIFY(filesThereWhenTheStoreWent);
    QVERIFY(session.isNull());
    QVERIFY(!m_session->isUnlocked());
    QVERIFY(!Store::exists(m_fixture->path));
}

void TestSessionController::languageChangeKeepsTheStoreOpen()
{
    start();
    unlockToDashboard();
    QPointer<ClientDashboard> before = m_window->findChild<ClientDashboard*>(QStringLiteral("clientDashboard"));
    QPointer<Session> session = m_session->session();
    QPointer<SyncController> sync = session->sync();
    QSignalSpy closed(session.data(), &Session::closed);

    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(m_window.get(), &change);
    QTRY_VERIFY(before.isNull());
    ClientDashboard* after = m_window->findChild<ClientDashboard*>(QStringLiteral("clientDashboard"));
    QVERIFY(after);
    QCOMPARE(after->clientId(), m_fixture->client.id);
    QCOMPARE(session->screen(), static_cast<QWidget*>(after));
    QCOMPARE(m_session->session(), session.data());
    QCOMPARE(closed.count(), 0);
    QVERIFY(sync); // sync runs on, keeping a hub password typed this session
    QCOMPARE(session->sync(), sync.data());
    QVERIFY(m_session->isUnlocked());
    QVERIFY(!storeOpensAgain());
    QVERIFY(m_window->lockAction()->isEnabled());
}

void TestSessionController::restoreOverCurrentClosesTheSessionAndOpensTheRestoredStore()
{
    const QString backupPassphrase = QStringLiteral("otter kettle violet harbour");
    const QString backupFile = m_fixture->path + QStringLiteral(".rapport-backup");
    QUuid adminId;
    BackupManifest manifest;
    {
        auto store = Store::open(m_fixture->path, SecureBytes::fromUtf8(test::FixturePassphrase));
        QVERIFY_RESULT(store);
        auto admin = (*store)->people().add(QStringLiteral("Robin Admin"), Role::Admin);
        QVERIFY_RESULT(admin);
        adminId = admin->id;
        auto exported
            = Backup::exportTo(**store, backupFile, SecureBytes::fromUtf8(backupPassphrase), KdfParameters::minimal());
        QVERIFY_RESULT(exported);
        manifest = *exported;
        QVERIFY_RESULT((*store)->people().add(QStringLiteral("Added After The Backup"), Role::Client));
    }
    StartupOptions options;
    options.storePath = m_fixture->path;
    options.person = adminId;
    startWith(options);
    typeAndUnlock(m_session->unlockDialog(), test::FixturePassphrase);
    AdminPanel* panel = nullptr;
    QTRY_VERIFY((panel = m_window->findChild<AdminPanel*>(QStringLiteral("adminPanel"))));
    QCOMPARE(m_session->store()->people().count().value_or(-1), qint64(3));
    QPointer<Session> before = m_session->session();
    test::TeardownLog log(*before);

    // What the panel hands over once the admin has confirmed (its own test covers the asking).
    auto request = std::make_shared<RestoreOverCurrentRequest>();
    request->backupFile = backupFile;
    request->storePath = m_fixture->path;
    request->backupPassphrase = SecureBytes::fromUtf8(backupPassphrase);
    request->currentStorePassphrase = SecureBytes::fromUtf8(test::FixturePassphrase);
    request->newStorePassphrase = SecureBytes::fromUtf8(QStringLiteral("brand new store words"));
    request->kdf = KdfParameters::minimal();
    request->manifest = manifest;
    Q_EMIT panel->restoreOverCurrentRequested(request);

    QTRY_VERIFY(before.isNull());
    QCOMPARE(log.events, test::TeardownLog::expectedOrder());
    QTRY_VERIFY_WITH_TIMEOUT(m_session->isUnlocked(), 20000);
    QTRY_VERIFY(m_window->findChild<AdminPanel*>(QStringLiteral("adminPanel")));
    QVERIFY(m_session->session()->sync());
    QCOMPARE(m_session->store()->people().count().value_or(-1), qint64(2)); // as in the backup
    QVERIFY_RESULT(
        m_session->store()->verifyPassphrase(SecureBytes::fromUtf8(QStringLiteral("brand new store words"))));
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Rapport — Administration — Robin Admin"));
}

QTEST_MAIN(TestSessionController)
/**
 * --tray (start at login): no window and no unlock dialog until asked for from the tray; "Check in now" shows the
 * window, asks for the passphrase and opens the check-in once the dashboard is there; closing the window hides it in
 * the tray and locks, without asking again until shown.
 */
void TestSessionController::trayStartWaitsLockedAndChecksInAfterUnlocking()
{
    StartupOptions options;
    options.storePath = m_fixture->path;
    options.startInTray = true;
    m_window = std::make_unique<MainWindow>();
    m_session = std::make_unique<SessionController>(*m_window, options);
    StoreOptions storeOptions;
    storeOptions.kdf = KdfParameters::minimal();
    m_session->setStoreOptions(storeOptions);
    m_window->setHidesOnClose(true);
    m_session->start();
    QTest::qWait(50);
    QVERIFY(!m_window->isVisible());
    QVERIFY(!m_session->unlockDialog());
    QVERIFY(!m_session->isUnlocked());

    m_session->checkInFromTray();
    QVERIFY(m_window->isVisible());
    typeAndUnlock(m_session->unlockDialog(), test::FixturePassphrase);
    QTRY_VERIFY(m_window->findChild<ClientDashboard*>(QStringLiteral("clientDashboard")));
    QTRY_VERIFY(m_window->findChild<QDialog*>(QStringLiteral("questionnaireDialog")));
    QTRY_VERIFY(m_window->findChild<QDialog*>(QStringLiteral("questionnaireDialog"))->isVisible());
    m_window->findChild<QDialog*>(QStringLiteral("questionnaireDialog"))->reject();

    QSignalSpy locked(m_session.get(), &SessionController::sessionLocked);
    QVERIFY(!m_window->close()); // hidden, not closed
    QCOMPARE(locked.count(), 1);
    QVERIFY(!m_window->isVisible());
    QVERIFY(!m_session->isUnlocked());
    QVERIFY(!m_session->unlockDialog());
    m_session->showFromTray();
    QVERIFY(m_window->isVisible());
    QVERIFY(m_session->unlockDialog());
    QTRY_VERIFY(m_session->unlockDialog()->isVisible());
}

#include "TestSessionController.moc"
