#include "../UiTestFixture.h"
#include "client/ClientDashboard.h"
#include "common/FirstRunWizard.h"
#include "common/IdleWatcher.h"
#include "common/MainWindow.h"
#include "common/PersonPickerDialog.h"
#include "common/SessionController.h"
#include "common/UnlockDialog.h"

#include <QAction>
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

private:
    void typeAndUnlock(UnlockDialog* dialog, const QString& passphrase);
    void start();

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

QTEST_MAIN(TestSessionController)
#include "TestSessionController.moc"
