#include "../ShotSaver.h"
#include "../UiTestFixture.h"
#include "client/ClientDashboard.h"
#include "client/ProfessionalNameDialog.h"
#include "client/ProfessionalsDialog.h"
#include "instruments/InstrumentIds.h"
#include "models/PeopleModel.h"
#include "models/SubmissionLogModel.h"
#include "services/ConnectionDecisions.h"
#include "services/QuestionnaireService.h"
#include "store/ConnectionRepository.h"
#include "store/PersonRepository.h"
#include "store/SubmissionRepository.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>

using namespace rapport;
using namespace rapport::ui;

class TestProfessionalsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listsConnectedProfessionals();
    void addCreatesAndConnectsAProfessional();
    void blankNameCannotBeAdded();
    void renameChangesTheName();
    void removeAsksAndKeepsPastSurveys();
    void cancellingRemoveKeepsTheConnection();
    void openedFromTheDashboard();
    void pendingConnectionIsAnsweredHere();

private:
    [[nodiscard]] ProfessionalNameDialog* nameDialog();
    void typeNameAndSave(const QString& name);
    [[nodiscard]] QList<Person> connected();

    std::unique_ptr<test::ClientFixture> m_fixture;
    std::unique_ptr<ProfessionalsDialog> m_dialog;
};

void TestProfessionalsDialog::init()
{
    m_fixture = std::make_unique<test::ClientFixture>();
    QVERIFY(m_fixture->setUp());
    m_dialog = std::make_unique<ProfessionalsDialog>(*m_fixture->store, m_fixture->client.id);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestProfessionalsDialog::cleanup()
{
    m_dialog.reset();
    m_fixture.reset();
}

ProfessionalNameDialog* TestProfessionalsDialog::nameDialog()
{
    return m_dialog->findChild<ProfessionalNameDialog*>(QStringLiteral("professionalNameDialog"));
}

void TestProfessionalsDialog::typeNameAndSave(const QString& name)
{
    ProfessionalNameDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = nameDialog()) && dialog->isVisible());
    auto* edit = dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit"));
    edit->selectAll();
    QTest::keyClicks(edit, name);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
}

QList<Person> TestProfessionalsDialog::connected()
{
    QList<Person> people;
    auto connections = m_fixture->store->connections().forClient(m_fixture->client.id);
    if (!connections) {
        return people;
    }
    for (const Connection& connection : *connections) {
        if (auto person = m_fixture->store->people().find(connection.professionalId)) {
            people.append(*person);
        }
    }
    return people;
}

void TestProfessionalsDialog::listsConnectedProfessionals()
{
    QAbstractItemModelTester tester(m_dialog->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(m_dialog->model()->rowCount(), 2);
    test::saveShot(m_dialog.get(), QStringLiteral("professionals"));
    QCOMPARE(m_dialog->model()->index(0, 0).data(PeopleModel::NameRole).toString(), QStringLiteral("Dana Berg"));
    QCOMPARE(m_dialog->model()->index(1, 0).data(PeopleModel::NameRole).toString(), QStringLiteral("Sam Ortiz"));
    QVERIFY(!m_dialog->findChild<QLabel*>(QStringLiteral("emptyLabel"))->isVisible());
    // Nothing selected: nothing to rename or remove.
    m_dialog->findChild<QListView*>(QStringLiteral("professionalList"))->clearSelection();
    QVERIFY(!m_dialog->findChild<QPushButton*>(QStringLiteral("renameButton"))->isEnabled());
    QVERIFY(!m_dialog->findChild<QPushButton*>(QStringLiteral("removeButton"))->isEnabled());
}

void TestProfessionalsDialog::addCreatesAndConnectsAProfessional()
{
    QTest::mouseClick(m_dialog->findChild<QPushButton*>(QStringLiteral("addButton")), Qt::LeftButton);
    typeNameAndSave(QStringLiteral("  Kim   Lee "));
    QTRY_VERIFY(!nameDialog());
    const QList<Person> people = connected();
    QCOMPARE(people.size(), 3);
    const auto kim = std::find_if(
        people.begin(), people.end(), [](const Person& p) { return p.name == QStringLiteral("Kim Lee"); });
    QVERIFY(kim != people.end());
    QCOMPARE(kim->role, Role::Professional);
    QCOMPARE(m_dialog->model()->rowCount(), 3);
    QCOMPARE(m_dialog->model()->index(1, 0).data(PeopleModel::NameRole).toString(), QStringLiteral("Kim Lee"));
}

void TestProfessionalsDialog::blankNameCannotBeAdded()
{
    QTest::mouseClick(m_dialog->findChild<QPushButton*>(QStringLiteral("addButton")), Qt::LeftButton);
    ProfessionalNameDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = nameDialog()) && dialog->isVisible());
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit")), QStringLiteral("   "));
    QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("saveButton"))->isEnabled());
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("cancelButton")), Qt::LeftButton);
    QTRY_VERIFY(!nameDialog());
    QCOMPARE(connected().size(), 2);
}

void TestProfessionalsDialog::renameChangesTheName()
{
    m_dialog->select(m_fixture->secondProfessional.id);
    QTest::mouseClick(m_dialog->findChild<QPushButton*>(QStringLiteral("renameButton")), Qt::LeftButton);
    QTRY_VERIFY(nameDialog());
    QCOMPARE(nameDialog()->name(), QStringLiteral("Sam Ortiz"));
    test::saveShot(nameDialog(), QStringLiteral("professional-rename"));
    typeNameAndSave(QStringLiteral("Samantha Ortiz"));
    QTRY_VERIFY(!nameDialog());
    auto renamed = m_fixture->store->people().find(m_fixture->secondProfessional.id);
    QVERIFY_RESULT(renamed);
    QCOMPARE(renamed->name, QStringLiteral("Samantha Ortiz"));
    QCOMPARE(m_dialog->model()->index(1, 0).data(PeopleModel::NameRole).toString(), QStringLiteral("Samantha Ortiz"));
    QCOMPARE(connected().size(), 2);
}

void TestProfessionalsDialog::removeAsksAndKeepsPastSurveys()
{
    QuestionnaireService service(*m_fixture->store, m_fixture->registry);
    QVERIFY_RESULT(
        service.submit(m_fixture->client.id, InstrumentIds::Alliance, {5, 5, 5, 5, 5}, m_fixture->professional.id));
    ClientDashboard dashboard(*m_fixture->store, m_fixture->registry, m_fixture->client.id);

    m_dialog->select(m_fixture->professional.id);
    QTest::mouseClick(m_dialog->findChild<QPushButton*>(QStringLiteral("removeButton")), Qt::LeftButton);
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = m_dialog->confirmation()) && box->isVisible());
    QVERIFY(box->text().contains(QStringLiteral("Dana Berg")));
    QVERIFY2(box->informativeText().contains(QStringLiteral("past surveys about Dana Berg stay with you")),
             qPrintable(box->informativeText()));
    QCOMPARE(connected().size(), 2); // nothing happened yet
    test::saveShot(box, QStringLiteral("professional-remove"));
    box->findChild<QPushButton*>(QStringLiteral("confirmRemoveButton"))->click();

    QTRY_COMPARE(m_dialog->model()->rowCount(), 1);
    QCOMPARE(connected().size(), 1);
    QCOMPARE(connected().first().id, m_fixture->secondProfessional.id);
    // The professional is still in Rapport (they may work with others), and the survey stays with the client.
    QVERIFY_RESULT(m_fixture->store->people().find(m_fixture->professional.id));
    auto surveys = m_fixture->store->submissions().forPerson(m_fixture->client.id, InstrumentIds::Alliance);
    QVERIFY_RESULT(surveys);
    QCOMPARE(surveys->size(), 1);
    QCOMPARE(dashboard.logModel()->rowCount(), 1);
    QCOMPARE(dashboard.logModel()->index(0, SubmissionLogModel::ProfessionalColumn).data().toString(),
             QStringLiteral("Dana Berg (no longer connected)"));
}

void TestProfessionalsDialog::cancellingRemoveKeepsTheConnection()
{
    m_dialog->select(m_fixture->professional.id);
    m_dialog->removeSelected();
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = m_dialog->confirmation()) && box->isVisible());
    box->findChild<QPushButton*>(QStringLiteral("cancelRemoveButton"))->click();
    QTRY_VERIFY(!m_dialog->confirmation());
    QCOMPARE(connected().size(), 2);
}

void TestProfessionalsDialog::openedFromTheDashboard()
{
    ClientDashboard dashboard(*m_fixture->store, m_fixture->registry, m_fixture->client.id);
    dashboard.show();
    dashboard.findChild<QAction*>(QStringLiteral("professionalsAction"))->trigger();
    ProfessionalsDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = dashboard.findChild<ProfessionalsDialog*>(QStringLiteral("professionalsDialog"))));
    QTRY_VERIFY(dialog->isVisible());
    dialog->addProfessional();
    ProfessionalNameDialog* names = nullptr;
    QTRY_VERIFY((names = dialog->findChild<ProfessionalNameDialog*>()) && names->isVisible());
    QTest::keyClicks(names->findChild<QLineEdit*>(QStringLiteral("nameEdit")), QStringLiteral("Kim Lee"));
    QTest::mouseClick(names->findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
    // The dashboard picks the new professional up: a third alliance card.
    QTRY_COMPARE(dashboard.overview().alliance.size(), 3);
}

void TestProfessionalsDialog::pendingConnectionIsAnsweredHere()
{
    // The organisation connects a new professional with the client: the dashboard says so, the dialog asks.
    Store& store = *m_fixture->store;
    auto pro = store.people().add(QStringLiteral("Dr Rowan Vale"), Role::Professional);
    QVERIFY_RESULT(pro);
    QVERIFY_RESULT(store.connections().connect(m_fixture->client.id, pro->id, Connection::State::Pending));

    ClientDashboard dashboard(store, m_fixture->registry, m_fixture->client.id);
    dashboard.resize(1024, 768); // the smallest screen Rapport is made for
    dashboard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
    auto* banner = dashboard.findChild<QWidget*>(QStringLiteral("pendingConnectionsBanner"));
    QVERIFY(banner);
    QTRY_VERIFY(banner->isVisible());
    QVERIFY(dashboard.findChild<QLabel*>(QStringLiteral("pendingConnectionsText"))->text().contains(pro->name));
    // No alliance card for someone the client has not accepted.
    QCOMPARE(dashboard.overview().alliance.size(), 2);
    test::saveShot(&dashboard, QStringLiteral("dashboard-pending-connection"));

    QTest::mouseClick(dashboard.findChild<QPushButton*>(QStringLiteral("reviewConnectionsButton")), Qt::LeftButton);
    ProfessionalsDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = dashboard.findChild<ProfessionalsDialog*>(QStringLiteral("professionalsDialog"))));
    QTRY_VERIFY(dialog->isVisible());
    auto* row = dialog->findChild<QFrame*>(QStringLiteral("pendingConnection"));
    QVERIFY(row);
    QVERIFY(row->findChild<QLabel*>(QStringLiteral("connectionText"))->text().contains(pro->name));
    // The list holds the accepted ones only.
    QCOMPARE(dialog->model()->rowCount(), 2);
    test::saveShot(dialog, QStringLiteral("professionals-pending"));

    // Decline: the row says so and offers Accept; the professional still sees nothing.
    QTest::mouseClick(row->findChild<QPushButton*>(QStringLiteral("declineConnectionButton")), Qt::LeftButton);
    QFrame* declined = nullptr;
    QTRY_VERIFY((declined = dialog->findChild<QFrame*>(QStringLiteral("declinedConnection"))) && declined->isVisible());
    QVERIFY(!declined->findChild<QPushButton*>(QStringLiteral("declineConnectionButton")));
    QTRY_VERIFY(!banner->isVisible());
    auto found = store.connections().find(m_fixture->client.id, pro->id);
    QVERIFY_RESULT(found);
    QCOMPARE((*found)->state, Connection::State::Declined);

    // Accept after all: the professional joins the list and the dashboard gets an alliance card.
    QTest::mouseClick(declined->findChild<QPushButton*>(QStringLiteral("acceptConnectionButton")), Qt::LeftButton);
    QTRY_COMPARE(dialog->model()->rowCount(), 3);
    QTRY_VERIFY(!dialog->answersBox()->isVisible());
    QTRY_COMPARE(dashboard.overview().alliance.size(), 3);
    auto history = ConnectionDecisions(store).decisions(m_fixture->client.id);
    QVERIFY_RESULT(history);
    QCOMPARE(history->size(), 2);
}

QTEST_MAIN(TestProfessionalsDialog)
#include "TestProfessionalsDialog.moc"
