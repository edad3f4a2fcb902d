#include "../UiTestFixture.h"
#include "client/ClientDashboard.h"
#include "common/IdleWatcher.h"
#include "common/MainWindow.h"
#include "common/PersonPickerDialog.h"
#include "common/SessionController.h"
#include "common/StartupOptions.h"
#include "common/UnlockDialog.h"
#include "models/ProfessionalClientsModel.h"
#include "professional/ProfessionalView.h"
#include "services/BusiestProfessional.h"
#include "store/ConnectionRepository.h"

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

/** --mode/--person, the person picker and the demo route each role to its screen; locking works in every mode. */
class TestModeRouting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void parseModeAndPerson_data();
    void parseModeAndPerson();
    void professionalModeOpensProfessionalView();
    void personWithAnotherRoleGetsAClearMessage();
    void unknownPersonGetsAClearMessage();
    void clientModeOpensTheDashboard();
    void hrModeOpensTheOrganisationOverview();
    void adminModeOpensTheAdministrationPanel();
    void pickerRoutesProfessionalsToTheProfessionalView();
    void lockShortcutAndIdleLockInProfessionalMode();
    void demoOpensAsTheBusiestProfessional();

private:
    void start(StartupOptions options);
    void unlock();

    std::unique_ptr<test::ClientFixture> m_fixture;
    Person m_hr;
    Person m_admin;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<SessionController> m_session;
};

void TestModeRouting::init()
{
    m_fixture = std::make_unique<test::ClientFixture>();
    QVERIFY(m_fixture->setUp());
    auto hr = m_fixture->store->people().add(QStringLiteral("Kim Hart"), Role::Hr);
    QVERIFY_RESULT(hr);
    m_hr = *hr;
    auto admin = m_fixture->store->people().add(QStringLiteral("Ari Admin"), Role::Admin);
    QVERIFY_RESULT(admin);
    m_admin = *admin;
    m_fixture->store.reset(); // closed: the session opens it
}

void TestModeRouting::cleanup()
{
    m_session.reset();
    m_window.reset();
    m_fixture.reset();
}

void TestModeRouting::start(StartupOptions options)
{
    if (!options.demo) {
        options.storePath = m_fixture->path;
    }
    m_window = std::make_unique<MainWindow>();
    m_session = std::make_unique<SessionController>(*m_window, options);
    StoreOptions storeOptions;
    storeOptions.kdf = KdfParameters::minimal();
    m_session->setStoreOptions(storeOptions);
    m_window->show();
    m_session->start();
}

void TestModeRouting::unlock()
{
    UnlockDialog* dialog = m_session->unlockDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto* field = dialog->findChild<QLineEdit*>(QStringLiteral("passphraseEdit"));
    field->clear();
    QTest::keyClicks(field, test::FixturePassphrase);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("unlockButton")), Qt::LeftButton);
    QTRY_VERIFY(m_session->isUnlocked());
}

void TestModeRouting::parseModeAndPerson_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("mode"); // -1: none
    QTest::addColumn<QString>("error");

    const QString id = QStringLiteral("0b6f3c1e-6a52-4b8e-9a43-2f1d7f6e0c11");
    QTest::newRow("none") << QStringList {} << true << -1 << QString();
    QTest::newRow("professional") << QStringList {QStringLiteral("--mode"),
                                                  QStringLiteral("professional"),
                                                  QStringLiteral("--person"),
                                                  id}
                                  << true << int(Role::Professional) << QString();
    QTest::newRow("braces") << QStringList {QStringLiteral("--mode"),
                                            QStringLiteral("client"),
                                            QStringLiteral("--person"),
                                            QLatin1Char('{') + id + QLatin1Char('}')}
                            << true << int(Role::Client) << QString();
    QTest::newRow("hr") << QStringList {QStringLiteral("--mode=hr"), QStringLiteral("--person"), id} << true
                        << int(Role::Hr) << QString();
    QTest::newRow("admin") << QStringList {QStringLiteral("--mode"),
                                           QStringLiteral("admin"),
                                           QStringLiteral("--person"),
                                           id}
                           << true << int(Role::Admin) << QString();
    QTest::newRow("demo without person") << QStringList {QStringLiteral("--demo"),
                                                         QStringLiteral("--mode"),
                                                         QStringLiteral("professional")}
                                         << true << int(Role::Professional) << QString();
    QTest::newRow("unknown mode") << QStringList {QStringLiteral("--mode"),
                                                  QStringLiteral("therapist"),
                                                  QStringLiteral("--person"),
                                                  id}
                                  << false << -1 << QStringLiteral("Unknown mode");
    QTest::newRow("bad id") << QStringList {QStringLiteral("--mode"),
                                            QStringLiteral("client"),
                                            QStringLiteral("--person"),
                                            QStringLiteral("alex")}
                            << false << -1 << QStringLiteral("is not a person id");
    QTest::newRow("mode without person") << QStringList {QStringLiteral("--mode"), QStringLiteral("professional")}
                                         << false << -1 << QStringLiteral("--mode needs --person");
    QTest::newRow("person without mode") << QStringList {QStringLiteral("--person"), id} << false << -1
                                         << QStringLiteral("--person needs --mode");
}

void TestModeRouting::parseModeAndPerson()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, valid);
    QFETCH(int, mode);
    QFETCH(QString, error);
    auto options = StartupOptions::parse(QStringList {QStringLiteral("rapport")} + arguments);
    if (!valid) {
        QVERIFY_ERROR(options, ErrorCode::InvalidArgument);
        QVERIFY2(options.error().message.contains(error), qPrintable(options.error().message));
        return;
    }
    QVERIFY_RESULT(options);
    QCOMPARE(options->mode.has_value(), mode >= 0);
    if (mode >= 0) {
        QCOMPARE(int(*options->mode), mode);
    }
    if (arguments.contains(QStringLiteral("--person"))) {
        QCOMPARE(options->person, QUuid(QStringLiteral("0b6f3c1e-6a52-4b8e-9a43-2f1d7f6e0c11")));
    }
}

void TestModeRouting::professionalModeOpensProfessionalView()
{
    StartupOptions options;
    options.mode = Role::Professional;
    options.person = m_fixture->professional.id;
    start(options);
    unlock();
    ProfessionalView* view = nullptr;
    QTRY_VERIFY((view = m_window->findChild<ProfessionalView*>(QStringLiteral("professionalView"))));
    QCOMPARE(view->professionalId(), m_fixture->professional.id);
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Rapport — Professional view — Dana Berg"));
    QVERIFY(view->findChild<QWidget*>(QStringLiteral("modeHeader"))->isVisible());
    QCOMPARE(view->findChild<QLabel*>(QStringLiteral("modeLabel"))->text(), QStringLiteral("PROFESSIONAL VIEW"));
    QCOMPARE(view->clientsModel()->rowCount(), 1);
    QVERIFY(!m_window->findChild<ClientDashboard*>());
    QVERIFY(m_window->lockAction()->isEnabled());
}

void TestModeRouting::personWithAnotherRoleGetsAClearMessage()
{
    StartupOptions options;
    options.mode = Role::Professional;
    options.person = m_fixture->client.id;
    start(options);
    unlock();
    QLabel* text = nullptr;
    QTRY_VERIFY((text = m_window->findChild<QLabel*>(QStringLiteral("messageText"))));
    QVERIFY2(text->text().contains(QStringLiteral("Alex Morgan is set up as Client, not as Professional")),
             qPrintable(text->text()));
    QVERIFY(text->text().contains(QStringLiteral("--mode client")));
    QVERIFY(!m_window->findChild<ProfessionalView*>());
    QVERIFY(!m_window->findChild<ClientDashboard*>());
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Rapport"));
    QVERIFY(m_window->lockAction()->isEnabled());
}

void TestModeRouting::unknownPersonGetsAClearMessage()
{
    StartupOptions options;
    options.mode = Role::Professional;
    options.person = QUuid::createUuid();
    start(options);
    unlock();
    QLabel* text = nullptr;
    QTRY_VERIFY((text = m_window->findChild<QLabel*>(QStringLiteral("messageText"))));
    QVERIFY2(text->text().contains(options.person.toString(QUuid::WithoutBraces)), qPrintable(text->text()));
    QVERIFY(text->text().contains(QStringLiteral("Nobody with the id")));
}

void TestModeRouting::clientModeOpensTheDashboard()
{
    StartupOptions options;
    options.mode = Role::Client;
    options.person = m_fixture->client.id;
    start(options);
    unlock();
    ClientDashboard* dashboard = nullptr;
    QTRY_VERIFY((dashboard = m_window->findChild<ClientDashboard*>(QStringLiteral("clientDashboard"))));
    QCOMPARE(dashboard->clientId(), m_fixture->client.id);
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Rapport — Alex Morgan"));
}

void TestModeRouting::adminModeOpensTheAdministrationPanel()
{
    StartupOptions options;
    options.mode = Role::Admin;
    options.person = m_admin.id;
    start(options);
    unlock();
    QTRY_VERIFY(m_window->findChild<QWidget*>(QStringLiteral("adminPanel")));
    QVERIFY(!m_window->findChild<ClientDashboard*>());
    QVERIFY(!m_window->findChild<QWidget*>(QStringLiteral("hrDashboard")));
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Rapport — Administration — Ari Admin"));
}

void TestModeRouting::hrModeOpensTheOrganisationOverview()
{
    StartupOptions options;
    options.mode = Role::Hr;
    options.person = m_hr.id;
    start(options);
    unlock();
    QTRY_VERIFY(m_window->findChild<QWidget*>(QStringLiteral("hrDashboard")));
    QVERIFY(!m_window->findChild<ClientDashboard*>());
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Rapport — HR view — Kim Hart"));
}

void TestModeRouting::pickerRoutesProfessionalsToTheProfessionalView()
{
    start(StartupOptions());
    unlock();
    PersonPickerDialog* picker = nullptr;
    QTRY_VERIFY((picker = m_window->findChild<PersonPickerDialog*>(QStringLiteral("whoIsUsingDialog"))));
    picker->select(m_fixture->secondProfessional.id);
    QTest::mouseClick(picker->findChild<QPushButton*>(QStringLiteral("acceptButton")), Qt::LeftButton);
    ProfessionalView* view = nullptr;
    QTRY_VERIFY((view = m_window->findChild<ProfessionalView*>(QStringLiteral("professionalView"))));
    QCOMPARE(view->professionalId(), m_fixture->secondProfessional.id);
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Rapport — Professional view — Sam Ortiz"));
}

void TestModeRouting::lockShortcutAndIdleLockInProfessionalMode()
{
    StartupOptions options;
    options.mode = Role::Professional;
    options.person = m_fixture->professional.id;
    start(options);
    unlock();
    QPointer<ProfessionalView> view;
    QTRY_VERIFY((view = m_window->findChild<ProfessionalView*>(QStringLiteral("professionalView"))));
    QVERIFY(m_session->idleWatcher()->isActive());

    // Ctrl+L, typed.
    QSignalSpy locked(m_session.get(), &SessionController::sessionLocked);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
    QTRY_COMPARE(locked.count(), 1);
    QVERIFY(view.isNull()); // destroyed before the store closed
    QVERIFY(!m_session->isUnlocked());
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Rapport")); // no name while locked

    // Unlocking opens the same professional again; then the idle timeout locks.
    unlock();
    QTRY_VERIFY((view = m_window->findChild<ProfessionalView*>(QStringLiteral("professionalView"))));
    m_session->setIdleTimeout(50ms);
    QTRY_COMPARE(locked.count(), 2);
    QVERIFY(view.isNull());
    QVERIFY(!m_window->findChild<ProfessionalView*>());
}

void TestModeRouting::demoOpensAsTheBusiestProfessional()
{
    StartupOptions options;
    options.demo = true;
    options.mode = Role::Professional;
    start(options);
    ProfessionalView* view = nullptr;
    QTRY_VERIFY((view = m_window->findChild<ProfessionalView*>(QStringLiteral("professionalView"))));
    auto busiest = busiestProfessional(*m_session->store());
    QVERIFY_RESULT(busiest);
    QVERIFY(busiest->has_value());
    QCOMPARE(view->professionalId(), (*busiest)->id);
    auto connections = m_session->store()->connections().forProfessional(view->professionalId());
    QVERIFY_RESULT(connections);
    QCOMPARE(view->clientsModel()->rowCount(), int(connections->size()));
    QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("Rapport — Professional view — ")));
    QVERIFY(m_window->windowTitle().endsWith(QStringLiteral("(demo)")));
    // The demo mixes sharing choices: both states are on the list.
    bool sharing = false;
    bool notSharing = false;
    for (const ProfessionalClientEntry& entry : view->overview().clients) {
        (entry.sharing.anyOn() ? sharing : notSharing) = true;
    }
    QVERIFY(sharing && notSharing);
}

QTEST_MAIN(TestModeRouting)
#include "TestModeRouting.moc"
