#include "../ShotSaver.h"
#include "../UiTestFixture.h"
#include "client/ClientDashboard.h"
#include "client/DeleteDataDialog.h"
#include "common/FirstRunWizard.h"
#include "common/MainWindow.h"
#include "common/PersonPickerDialog.h"
#include "common/SessionController.h"
#include "common/UnlockDialog.h"
#include "instruments/InstrumentIds.h"
#include "services/ClientReminders.h"
#include "services/QuestionnaireService.h"
#include "store/SettingsRepository.h"
#include "store/ShareRequestRepository.h"
#include "store/SharingRepository.h"
#include "store/StoreKeyFile.h"
#include "store/SubmissionRepository.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace rapport;
using namespace rapport::ui;

class TestDeleteData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void confirms_data();
    void confirms();
    void deleteNeedsTheTypedWord();
    void cancelKeepsEverything();
    void erasesEverythingOfTheClient();
    void backToWhoIsUsingWhenOthersRemain();
    void backToFirstRunWhenNobodyIsLeft();

private:
    void addData();
    [[nodiscard]] DeleteDataDialog* openDialog(ClientDashboard& dashboard);
    void verifyGone(Store& store);
    void startSession();

    std::unique_ptr<test::ClientFixture> m_fixture;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<SessionController> m_session;
};

void TestDeleteData::init()
{
    m_fixture = std::make_unique<test::ClientFixture>();
    QVERIFY(m_fixture->setUp());
    addData();
}

void TestDeleteData::cleanup()
{
    m_session.reset();
    m_window.reset();
    m_fixture.reset();
}

void TestDeleteData::addData()
{
    QuestionnaireService service(*m_fixture->store, m_fixture->registry);
    QVERIFY_RESULT(service.submit(m_fixture->client.id, InstrumentIds::Wellbeing, {3, 3, 3, 3, 3}));
    QVERIFY_RESULT(
        service.submit(m_fixture->client.id, InstrumentIds::Alliance, {5, 5, 5, 5, 5}, m_fixture->professional.id));
    QVERIFY_RESULT(m_fixture->store->sharing().set(m_fixture->client.id, Metric::Alliance, true, m_fixture->client.id));
    QVERIFY_RESULT(
        m_fixture->store->shareRequests().add(m_fixture->professional.id, m_fixture->client.id, Metric::Wellbeing));
    ClientReminders reminders(*m_fixture->store, m_fixture->client.id);
    QVERIFY_RESULT(reminders.setCheckInRemindedAt(QDateTime::currentDateTimeUtc()));
}

DeleteDataDialog* TestDeleteData::openDialog(ClientDashboard& dashboard)
{
    dashboard.findChild<QAction*>(QStringLiteral("deleteDataAction"))->trigger();
    auto* dialog = dashboard.findChild<DeleteDataDialog*>(QStringLiteral("deleteDataDialog"));
    if (dialog) {
        (void)QTest::qWaitForWindowExposed(dialog);
    }
    return dialog;
}

void TestDeleteData::verifyGone(Store& store)
{
    const QUuid id = m_fixture->client.id;
    QVERIFY_ERROR(store.people().find(id), ErrorCode::NotFound);
    auto submissions = store.submissions().forPerson(id);
    QVERIFY_RESULT(submissions);
    QVERIFY(submissions->isEmpty());
    auto connections = store.connections().forClient(id);
    QVERIFY_RESULT(connections);
    QVERIFY(connections->isEmpty());
    auto log = store.sharing().log(id);
    QVERIFY_RESULT(log);
    QVERIFY(log->isEmpty());
    auto requests = store.shareRequests().forClient(id);
    QVERIFY_RESULT(requests);
    QVERIFY(requests->isEmpty());
    auto reminders = store.settings().value(QStringLiteral("ui.clientReminders"));
    QVERIFY_RESULT(reminders);
    QVERIFY2(!reminders->contains(id.toString(QUuid::WithoutBraces)), qPrintable(*reminders));
    // The professionals stay: they are not the client's to erase.
    QVERIFY_RESULT(store.people().find(m_fixture->professional.id));
}

void TestDeleteData::confirms_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("confirms");
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("word") << QStringLiteral("DELETE") << true;
    QTest::newRow("lower case") << QStringLiteral("delete") << true;
    QTest::newRow("spaces around") << QStringLiteral("  DELETE ") << true;
    QTest::newRow("part") << QStringLiteral("DELE") << false;
    QTest::newRow("other") << QStringLiteral("yes") << false;
    QTest::newRow("more") << QStringLiteral("DELETE IT") << false;
}

void TestDeleteData::confirms()
{
    QFETCH(QString, typed);
    QFETCH(bool, confirms);
    QCOMPARE(DeleteDataDialog::confirms(typed), confirms);
}

void TestDeleteData::deleteNeedsTheTypedWord()
{
    ClientDashboard dashboard(*m_fixture->store, m_fixture->registry, m_fixture->client.id);
    dashboard.show();
    DeleteDataDialog* dialog = openDialog(dashboard);
    QVERIFY(dialog);
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("whatIsErasedLabel"))
                ->text()
                .contains(QStringLiteral("2 check-ins and surveys")));
    auto* button = dialog->findChild<QPushButton*>(QStringLiteral("deleteButton"));
    auto* edit = dialog->findChild<QLineEdit*>(QStringLiteral("confirmEdit"));
    QVERIFY(!button->isEnabled());
    QTest::keyClicks(edit, QStringLiteral("DELET"));
    QVERIFY(!button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton); // disabled: nothing happens
    QVERIFY_RESULT(m_fixture->store->people().find(m_fixture->client.id));
    // Enter does not delete either: Cancel is the default button.
    QTest::keyClick(edit, Qt::Key_E);
    QVERIFY(button->isEnabled());
    test::saveShot(dialog, QStringLiteral("delete-data"));
    QVERIFY(!button->isDefault());
}

void TestDeleteData::cancelKeepsEverything()
{
    ClientDashboard dashboard(*m_fixture->store, m_fixture->registry, m_fixture->client.id);
    dashboard.show();
    DeleteDataDialog* dialog = openDialog(dashboard);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("confirmEdit")), QStringLiteral("DELETE"));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("cancelButton")), Qt::LeftButton);
    QTRY_VERIFY(!dashboard.findChild<DeleteDataDialog*>());
    QVERIFY_RESULT(m_fixture->store->people().find(m_fixture->client.id));
    QCOMPARE(dashboard.logModel()->rowCount(), 2);
}

void TestDeleteData::erasesEverythingOfTheClient()
{
    ClientDashboard dashboard(*m_fixture->store, m_fixture->registry, m_fixture->client.id);
    dashboard.show();
    QSignalSpy erased(&dashboard, &ClientDashboard::dataErased);
    DeleteDataDialog* dialog = openDialog(dashboard);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("confirmEdit")), QStringLiteral("DELETE"));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("deleteButton")), Qt::LeftButton);
    QTRY_COMPARE(erased.count(), 1);
    QCOMPARE(erased.first().first().toUuid(), m_fixture->client.id);
    QVERIFY(dashboard.isErased());
    QVERIFY(dashboard.findChild<QLabel*>(QStringLiteral("erasedLabel"))->isVisible());
    test::saveShot(&dashboard, QStringLiteral("dashboard-erased"));
    QVERIFY(!dashboard.findChild<QLabel*>(QStringLiteral("errorLabel"))->isVisible());
    verifyGone(*m_fixture->store);

    // Still gone after closing and opening the store again.
    m_fixture->store.reset();
    auto reopened = Store::open(m_fixture->path, SecureBytes::fromUtf8(test::FixturePassphrase));
    QVERIFY_RESULT(reopened);
    verifyGone(**reopened);
}

void TestDeleteData::startSession()
{
    m_fixture->store.reset(); // the session opens it
    StartupOptions options;
    options.storePath = m_fixture->path;
    m_window = std::make_unique<MainWindow>();
    m_session = std::make_unique<SessionController>(*m_window, options);
    m_window->attachSession(*m_session);
    StoreOptions storeOptions;
    storeOptions.kdf = KdfParameters::minimal();
    m_session->setStoreOptions(storeOptions);
    m_window->show();
    m_session->start();
    UnlockDialog* unlock = m_session->unlockDialog();
    QVERIFY(unlock);
    QTRY_VERIFY(unlock->isVisible());
    QTest::keyClicks(unlock->findChild<QLineEdit*>(QStringLiteral("passphraseEdit")), test::FixturePassphrase);
    QTest::mouseClick(unlock->findChild<QPushButton*>(QStringLiteral("unlockButton")), Qt::LeftButton);
    QTRY_VERIFY(m_session->isUnlocked());
}

void TestDeleteData::backToWhoIsUsingWhenOthersRemain()
{
    // A second client: after Alex erases their data, Rapport asks who is using it.
    QVERIFY_RESULT(m_fixture->store->people().add(QStringLiteral("Robin Vale"), Role::Client));
    startSession();
    PersonPickerDialog* picker = nullptr;
    QTRY_VERIFY((picker = m_window->findChild<PersonPickerDialog*>(QStringLiteral("whoIsUsingDialog"))));
    picker->select(m_fixture->client.id);
    QTest::mouseClick(picker->findChild<QPushButton*>(QStringLiteral("acceptButton")), Qt::LeftButton);
    ClientDashboard* dashboard = nullptr;
    QTRY_VERIFY((dashboard = m_window->findChild<ClientDashboard*>(QStringLiteral("clientDashboard"))));
    QPointer<ClientDashboard> watched(dashboard);

    DeleteDataDialog* dialog = openDialog(*dashboard);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("confirmEdit")), QStringLiteral("DELETE"));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("deleteButton")), Qt::LeftButton);
    QTRY_VERIFY(watched.isNull());
    QTRY_VERIFY(m_window->findChild<PersonPickerDialog*>(QStringLiteral("whoIsUsingDialog")));
    QVERIFY(m_session->isUnlocked()); // no passphrase asked again
    verifyGone(*m_session->store());
}

void TestDeleteData::backToFirstRunWhenNobodyIsLeft()
{
    // Only Alex in the store: afterwards nobody is left, so Rapport starts afresh.
    for (const Person& professional : {m_fixture->professional, m_fixture->secondProfessional}) {
        QVERIFY_RESULT(m_fixture->store->people().erase(professional.id));
    }
    startSession();
    ClientDashboard* dashboard = nullptr;
    QTRY_VERIFY((dashboard = m_window->findChild<ClientDashboard*>(QStringLiteral("clientDashboard"))));
    DeleteDataDialog* dialog = openDialog(*dashboard);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("confirmEdit")), QStringLiteral("delete"));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("deleteButton")), Qt::LeftButton);
    QTRY_VERIFY(m_session->firstRunWizard());
    QTRY_VERIFY(m_session->firstRunWizard()->isVisible());
    QVERIFY(!m_session->isUnlocked());
    QVERIFY(!m_window->findChild<ClientDashboard*>());
    QVERIFY(!QFile::exists(m_fixture->path));
    QVERIFY(!QFile::exists(StoreKeyFile::pathFor(m_fixture->path)));
    QVERIFY(!Store::exists(m_fixture->path));
}

QTEST_MAIN(TestDeleteData)
#include "TestDeleteData.moc"
