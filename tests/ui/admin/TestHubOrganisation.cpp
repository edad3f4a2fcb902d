#include "../ShotSaver.h"
#include "PgTestCluster.h"
#include "ResultTesting.h"
#include "admin/AdminPanel.h"
#include "admin/AdminPeopleModel.h"
#include "admin/HubOrganisationBox.h"
#include "admin/HubPersonDialog.h"
#include "hub/HubAddress.h"
#include "hub/HubConnection.h"
#include "hub/HubInvitations.h"
#include "hub/HubMigrations.h"
#include "hub/HubOrganisationSettings.h"
#include "hub/HubPeople.h"
#include "hub/Invitation.h"
#include "hub/sync/InvitationJoin.h"
#include "models/HubConnectionsModel.h"
#include "models/HubInvitationsModel.h"
#include "store/Store.h"

#include <QComboBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace rapport;
using namespace rapport::ui;

/**
 * The admin console's organisation box against a real hub (a throwaway PostgreSQL cluster): an admin joined to the
 * hub invites the person selected in the people list (a file that is a working invitation for them), sees it open,
 * revokes it (the secret stops working), and removes a person from the organisation after confirming.
 */
class TestHubOrganisation : public QObject
{
    Q_OBJECT

private:
    test::PgTestCluster m_cluster;
    QTemporaryDir m_dir;
    const QString m_owner = QStringLiteral("console_owner");
    const QString m_database = QStringLiteral("console");
    const QString m_password = QStringLiteral("admin's own password");
    QString m_hubUri;
    QUuid m_client;
    std::unique_ptr<Store> m_store;

    QProcessEnvironment as(const QString& login) const { return m_cluster.environmentFor(login, m_database); }

    Result<std::unique_ptr<hub::HubConnection>> adminConnection() const
    {
        auto address = hub::HubAddress::parse(m_hubUri);
        if (!address) {
            return tl::unexpected(address.error());
        }
        return hub::HubConnection::open(*address,
                                        hub::InvitationJoin::environmentWithPassword(
                                            QProcessEnvironment(), m_hubUri, SecureBytes::fromUtf8(m_password)));
    }

    static void selectPerson(AdminPanel& panel, const QString& name)
    {
        auto* view = panel.findChild<QTableView*>(QStringLiteral("peopleView"));
        QVERIFY(view);
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            if (view->model()->index(row, AdminPeopleModel::NameColumn).data().toString() == name) {
                view->selectRow(row);
                return;
            }
        }
        QFAIL(qPrintable(QStringLiteral("%1 is not in the people list").arg(name)));
    }

    static int rowOf(HubInvitationsModel* model, const QString& name)
    {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, HubInvitationsModel::PersonColumn).data().toString() == name) {
                return row;
            }
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString reason = test::PgTestCluster::unavailableReason(); !reason.isEmpty()) {
            QSKIP(qPrintable(reason));
        }
        QVERIFY(m_dir.isValid());
        QVERIFY_RESULT(m_cluster.start());
        QVERIFY_RESULT(m_cluster.createLogin(m_owner, QStringLiteral("CREATEROLE")));
        QVERIFY_RESULT(m_cluster.createDatabase(m_database, m_owner));
        auto owner = hub::HubConnection::openFromEnvironment(as(m_owner));
        QVERIFY_RESULT(owner);
        QVERIFY_RESULT(hub::HubMigrations::apply(**owner));
        const QString throwaway = test::PgTestCluster::randomPassword();
        auto admin = hub::HubPeople(**owner).add(
            Role::Admin, QStringLiteral("Ada Admin"), QStringLiteral("ada_admin"), QString(), throwaway);
        QVERIFY_RESULT(admin);
        auto client = hub::HubPeople(**owner).add(
            Role::Client, QStringLiteral("Cy Client"), QStringLiteral("cy_client"), QStringLiteral("Ops"), throwaway);
        QVERIFY_RESULT(client);
        m_client = client->id;
        QVERIFY_RESULT(hub::HubPeople(**owner).add(
            Role::Client, QStringLiteral("Di Leaving"), QStringLiteral("di_leaving"), QString(), throwaway));
        QVERIFY_RESULT(hub::HubPeople(**owner).add(
            Role::Professional, QStringLiteral("Pat Pro"), QStringLiteral("pat_pro"), QString(), throwaway));
        // The admin joins a store of their own, as from the first-run wizard.
        auto invitation = hub::HubInvitations(**owner).create(admin->id, 7);
        QVERIFY_RESULT(invitation);
        m_hubUri = invitation->hubUri;
        StoreOptions options;
        options.kdf = KdfParameters::minimal();
        auto store = Store::create(m_dir.filePath(QStringLiteral("admin.db")),
                                   SecureBytes::fromUtf8(QStringLiteral("store passphrase")),
                                   options);
        QVERIFY_RESULT(store);
        m_store = std::move(*store);
        QVERIFY_RESULT(hub::InvitationJoin::join(
            *m_store, *invitation, SecureBytes::fromUtf8(m_password), m_dir.path(), QProcessEnvironment()));
    }

    void invitesRevokesAndRemoves()
    {
        AdminPanel panel(*m_store, m_store->path());
        panel.resize(1200, 860);
        panel.setHubAccess([this] { return adminConnection(); });
        HubOrganisationBox* box = panel.hubOrganisationBox();
        QVERIFY(box);
        panel.show();
        QSignalSpy changed(&panel, &AdminPanel::hubChanged);
        auto* status = box->findChild<QLabel*>(QStringLiteral("hubOrganisationStatus"));

        // Nobody selected: it says what to do.
        box->inviteSelected();
        QVERIFY(status->text().contains(QStringLiteral("Select")));

        const QString path = m_dir.filePath(QStringLiteral("cy.rapport-invitation"));
        QString suggested;
        box->setFileChooser([&](QWidget*, const QString& name) {
            suggested = name;
            return path;
        });
        selectPerson(panel, QStringLiteral("Cy Client"));
        box->inviteSelected();
        QCOMPARE(suggested, QStringLiteral("cy-client.rapport-invitation"));
        QVERIFY2(status->text().contains(QStringLiteral("Cy Client")), qPrintable(status->text()));
        auto saved = hub::Invitation::load(path);
        QVERIFY_RESULT(saved);
        auto* code = box->findChild<QLineEdit*>(QStringLiteral("invitationCodeField"));
        QVERIFY(code && code->isVisible());
        auto fromCode = hub::Invitation::parse(code->text().toUtf8());
        QVERIFY_RESULT(fromCode);
        QCOMPARE(fromCode->toJson(), saved->toJson());
        QCOMPARE(saved->personId, m_client);
        QCOMPARE(saved->role, Role::Client);
        QCOMPARE(saved->invitedBy, QStringLiteral("Ada Admin"));
        QCOMPARE(changed.count(), 1);

        // The list says it is open; revoking it makes the secret stop working.
        HubInvitationsModel* model = box->invitationsModel();
        const int row = rowOf(model, QStringLiteral("Cy Client"));
        QVERIFY(row >= 0);
        QCOMPARE(model->index(row, HubInvitationsModel::StatusColumn).data().toString(), QStringLiteral("Open"));
        auto* invitations = box->findChild<QTableView*>(QStringLiteral("invitationsView"));
        invitations->selectRow(row);
        box->revokeSelected();
        const int after = rowOf(model, QStringLiteral("Cy Client"));
        QCOMPARE(model->index(after, HubInvitationsModel::StatusColumn).data().toString(), QStringLiteral("Revoked"));
        auto address = hub::HubAddress::parse(saved->hubUri);
        QVERIFY_RESULT(address);
        QVERIFY_ERROR(hub::HubConnection::open(*address,
                                               hub::InvitationJoin::environmentWithPassword(
                                                   QProcessEnvironment(), saved->hubUri, saved->secret)),
                      ErrorCode::PermissionDenied);

        // Offboarding asks first; declined, nothing happens; confirmed, the person is gone from the hub.
        selectPerson(panel, QStringLiteral("Di Leaving"));
        QString question;
        box->setConfirm([&](QWidget*, const QString& asked) {
            question = asked;
            return false;
        });
        box->removeSelected();
        QVERIFY(question.contains(QStringLiteral("Di Leaving")));
        const auto count = [this](const QString& name) {
            auto owner = hub::HubConnection::openFromEnvironment(as(m_owner));
            if (!owner) {
                return -1;
            }
            auto query = (*owner)->exec(QStringLiteral("SELECT count(*) FROM rapport.people WHERE name = ?"),
                                        {QVariant(name)});
            return query && query->next() ? query->value(0).toInt() : -1;
        };
        QCOMPARE(count(QStringLiteral("Di Leaving")), 1);
        box->setConfirm([](QWidget*, const QString&) { return true; });
        box->removeSelected();
        QVERIFY2(status->text().contains(QStringLiteral("removed")), qPrintable(status->text()));
        QCOMPARE(count(QStringLiteral("Di Leaving")), 0);
        QCOMPARE(changed.count(), 2);
    }

    void addsAndInvitesAPerson()
    {
        AdminPanel panel(*m_store, m_store->path());
        panel.setHubAccess([this] { return adminConnection(); });
        HubOrganisationBox* box = panel.hubOrganisationBox();
        box->setPersonAsker([](QWidget*) -> std::optional<NewHubPerson> {
            return NewHubPerson {
                QStringLiteral("Eve Ný"), Role::Professional, QStringLiteral("Care"), QStringLiteral("eve.ny")};
        });
        const QString path = m_dir.filePath(QStringLiteral("eve.rapport-invitation"));
        box->setFileChooser([&](QWidget*, const QString&) { return path; });
        QSignalSpy changed(&panel, &AdminPanel::hubChanged);
        box->addPerson();
        auto saved = hub::Invitation::load(path);
        QVERIFY_RESULT(saved);
        QCOMPARE(saved->personName, QStringLiteral("Eve Ný"));
        QCOMPARE(saved->role, Role::Professional);
        QVERIFY(saved->hubUri.contains(QStringLiteral("eve.ny@")));
        QVERIFY(changed.count() >= 1);
        auto owner = hub::HubConnection::openFromEnvironment(as(m_owner));
        QVERIFY_RESULT(owner);
        auto query = (*owner)->exec(QStringLiteral("SELECT role, team FROM rapport.people WHERE login = 'eve.ny'"));
        QVERIFY_RESULT(query);
        QVERIFY(query->next());
        QCOMPARE(query->value(0).toString(), QStringLiteral("professional"));
        QCOMPARE(query->value(1).toString(), QStringLiteral("Care"));
        // Cancelled: nothing is added.
        const qsizetype before = changed.count();
        box->setPersonAsker([](QWidget*) -> std::optional<NewHubPerson> { return std::nullopt; });
        box->addPerson();
        QCOMPARE(changed.count(), before);
    }

    void connectsAClientWithAProfessional()
    {
        AdminPanel panel(*m_store, m_store->path());
        panel.setHubAccess([this] { return adminConnection(); });
        HubOrganisationBox* box = panel.hubOrganisationBox();
        QStringList offered;
        box->setProfessionalPicker([&](QWidget*, const Person&, const QList<Person>& choices) -> std::optional<Person> {
            for (const Person& person : choices) {
                offered << person.name;
            }
            return choices.isEmpty() ? std::nullopt : std::optional<Person>(choices.first());
        });
        // Only a client can be connected.
        selectPerson(panel, QStringLiteral("Pat Pro"));
        box->connectSelected();
        QVERIFY(offered.isEmpty());
        selectPerson(panel, QStringLiteral("Cy Client"));
        QSignalSpy changed(&panel, &AdminPanel::hubChanged);
        box->connectSelected();
        QCOMPARE(offered, QStringList {QStringLiteral("Pat Pro")});
        QCOMPARE(changed.count(), 1);
        auto owner = hub::HubConnection::openFromEnvironment(as(m_owner));
        QVERIFY_RESULT(owner);
        auto query = (*owner)->exec(QStringLiteral("SELECT c.state FROM rapport.connections c JOIN rapport.people p ON "
                                                   "p.id = c.professional_id WHERE c.client_id = ?::uuid AND p.name = "
                                                   "'Pat Pro'"),
                                    {m_client.toString(QUuid::WithoutBraces)});
        QVERIFY_RESULT(query);
        QVERIFY(query->next());
        QCOMPARE(query->value(0).toString(), QStringLiteral("pending")); // until Cy accepts
        box->connectSelected(); // again: says so, no error
        auto* status = box->findChild<QLabel*>(QStringLiteral("hubOrganisationStatus"));
        QVERIFY2(status->text().contains(QStringLiteral("already")), qPrintable(status->text()));
    }

    void renamesAndMovesAPerson()
    {
        AdminPanel panel(*m_store, m_store->path());
        panel.setHubAccess([this] { return adminConnection(); });
        HubOrganisationBox* box = panel.hubOrganisationBox();
        selectPerson(panel, QStringLiteral("Cy Client"));
        QString asked;
        box->setPersonEditor([&](QWidget*, const Person& person) -> std::optional<NewHubPerson> {
            asked = person.name;
            return NewHubPerson {QStringLiteral("Cy Renamed"), person.role, QStringLiteral("Finance"), QString()};
        });
        QSignalSpy changed(&panel, &AdminPanel::hubChanged);
        box->editSelected();
        QCOMPARE(asked, QStringLiteral("Cy Client"));
        QCOMPARE(changed.count(), 1);
        auto owner = hub::HubConnection::openFromEnvironment(as(m_owner));
        QVERIFY_RESULT(owner);
        auto query = (*owner)->exec(QStringLiteral("SELECT name, team FROM rapport.people WHERE id = ?::uuid"),
                                    {m_client.toString(QUuid::WithoutBraces)});
        QVERIFY_RESULT(query);
        QVERIFY(query->next());
        QCOMPARE(query->value(0).toString(), QStringLiteral("Cy Renamed"));
        QCOMPARE(query->value(1).toString(), QStringLiteral("Finance"));
        // The edit dialog offers name and team only.
        Person person;
        person.name = QStringLiteral("Cy Renamed");
        person.role = Role::Client;
        person.team = QStringLiteral("Finance");
        HubPersonDialog dialog(person, nullptr);
        QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("hubPersonName"))->text(), QStringLiteral("Cy Renamed"));
        QVERIFY(!dialog.findChild<QComboBox*>(QStringLiteral("hubPersonRole"))->isEnabled());
        QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("hubPersonAddButton"))->isEnabled());
    }

    /**
     * The connections tab lists every connection with its state and since when; removing one asks first, and once
     * confirmed the hub has it no more (the professional's reads follow at the next query, test_hub_policies).
     */
    void listsAndRemovesConnections()
    {
        auto owner = hub::HubConnection::openFromEnvironment(as(m_owner));
        QVERIFY_RESULT(owner);
        auto quinn = hub::HubPeople(**owner).add(Role::Professional,
                                                 QStringLiteral("Quinn Pro"),
                                                 QStringLiteral("quinn_pro"),
                                                 QString(),
                                                 test::PgTestCluster::randomPassword());
        QVERIFY_RESULT(quinn);
        auto made = hub::HubPeople(**owner).connect(m_client, quinn->id);
        QVERIFY_RESULT(made);
        // The client accepts (as a sync would push it), two days after the connection was made.
        const QDateTime answered = QDateTime::currentDateTimeUtc().addDays(2);
        QVERIFY_RESULT((*owner)->exec(
            QStringLiteral("UPDATE rapport.connections SET state = 'accepted', decided_at = "
                           "?, updated_at = ? WHERE id = ?::uuid"),
            {answered.toMSecsSinceEpoch(), answered.toMSecsSinceEpoch(), made->id.toString(QUuid::WithoutBraces)}));

        AdminPanel panel(*m_store, m_store->path());
        panel.resize(1200, 860);
        panel.setHubAccess([this] { return adminConnection(); });
        HubOrganisationBox* box = panel.hubOrganisationBox();
        auto* tabs = box->findChild<QTabWidget*>(QStringLiteral("hubOrganisationTabs"));
        QVERIFY(tabs);
        auto* view = box->findChild<QTableView*>(QStringLiteral("connectionsView"));
        QVERIFY(view);
        tabs->setCurrentWidget(view->parentWidget());
        panel.show();
        HubConnectionsModel* model = box->connectionsModel();
        QCOMPARE(view->model(), model);
        const auto rowOfConnection = [model](const QUuid& id) {
            for (int row = 0; row < model->rowCount(); ++row) {
                if (model->index(row, 0).data(HubConnectionsModel::ConnectionIdRole).toUuid() == id) {
                    return row;
                }
            }
            return -1;
        };
        const int row = rowOfConnection(made->id);
        QVERIFY(row >= 0);
        QCOMPARE(model->index(row, HubConnectionsModel::ProfessionalColumn).data().toString(),
                 QStringLiteral("Quinn Pro"));
        QCOMPARE(model->index(row, HubConnectionsModel::StateColumn).data().toString(), QStringLiteral("Accepted"));
        QCOMPARE(model->index(row, 0).data(HubConnectionsModel::SinceRole).toDateTime().toMSecsSinceEpoch(),
                 answered.toMSecsSinceEpoch());
        // The connection made by connectsAClientWithAProfessional still waits for the client.
        bool pendingListed = false;
        for (int other = 0; other < model->rowCount(); ++other) {
            pendingListed = pendingListed
                || (model->index(other, HubConnectionsModel::ProfessionalColumn).data().toString()
                        == QStringLiteral("Pat Pro")
                    && model->index(other, HubConnectionsModel::StateColumn).data().toString()
                        == QStringLiteral("Waiting for the client"));
        }
        QVERIFY(pendingListed);

        // Nothing selected: the button is off and the action says what to do.
        auto* remove = box->findChild<QPushButton*>(QStringLiteral("removeConnectionButton"));
        QVERIFY(remove && !remove->isEnabled());
        auto* status = box->findChild<QLabel*>(QStringLiteral("hubOrganisationStatus"));
        box->disconnectSelected();
        QVERIFY2(status->text().contains(QStringLiteral("Select")), qPrintable(status->text()));
        view->selectRow(row);
        QVERIFY(remove->isEnabled());

        // Declined, nothing happens; confirmed, the hub has it no more and the list says so.
        QString question;
        box->setDisconnectConfirm([&](QWidget*, const QString& asked) {
            question = asked;
            return false;
        });
        QSignalSpy changed(&panel, &AdminPanel::hubChanged);
        QTest::mouseClick(remove, Qt::LeftButton);
        QVERIFY2(question.contains(QStringLiteral("Quinn Pro")), qPrintable(question));
        QVERIFY(rowOfConnection(made->id) >= 0);
        QCOMPARE(changed.count(), 0);
        const auto onHub = [this](const QUuid& id) {
            auto reader = hub::HubConnection::openFromEnvironment(as(m_owner));
            if (!reader) {
                return -1;
            }
            auto query = (*reader)->exec(QStringLiteral("SELECT count(*) FROM rapport.connections WHERE id = ?::uuid"),
                                         {id.toString(QUuid::WithoutBraces)});
            return query && query->next() ? query->value(0).toInt() : -1;
        };
        QCOMPARE(onHub(made->id), 1);
        box->setDisconnectConfirm([](QWidget*, const QString&) { return true; });
        QTest::mouseClick(remove, Qt::LeftButton);
        QVERIFY2(status->text().contains(QStringLiteral("no longer connected")), qPrintable(status->text()));
        QCOMPARE(onHub(made->id), 0);
        QCOMPARE(rowOfConnection(made->id), -1);
        QVERIFY(!remove->isEnabled());
        QCOMPARE(changed.count(), 1);

        // Removed meanwhile by someone else: the hub says so plainly.
        auto again = hub::HubPeople(**owner).connect(m_client, quinn->id);
        QVERIFY_RESULT(again);
        box->refresh();
        view->selectRow(rowOfConnection(again->id));
        QVERIFY_RESULT(hub::HubPeople(**owner).disconnect(again->id));
        QTest::mouseClick(remove, Qt::LeftButton);
        QVERIFY2(status->text().contains(QStringLiteral("no such connection")), qPrintable(status->text()));
    }

    void setsTheMinimumGroupSize()
    {
        AdminPanel panel(*m_store, m_store->path());
        panel.setHubAccess([this] { return adminConnection(); });
        HubOrganisationBox* box = panel.hubOrganisationBox();
        auto* field = box->findChild<QSpinBox*>(QStringLiteral("minimumGroupSizeField"));
        QVERIFY(field);
        QCOMPARE(field->value(), 5);
        QCOMPARE(field->minimum(), 5); // the floor of every HR rule
        field->setValue(9);
        box->saveMinimumGroupSize();
        auto owner = hub::HubConnection::openFromEnvironment(as(m_owner));
        QVERIFY_RESULT(owner);
        auto query = (*owner)->exec(
            QStringLiteral("SELECT value FROM rapport.hub_settings WHERE key = 'hr.minimumGroupSize'"));
        QVERIFY_RESULT(query);
        QVERIFY(query->next());
        QCOMPARE(query->value(0).toString(), QStringLiteral("9"));
        // Below the floor the hub itself refuses, whatever a client sends.
        auto admin = adminConnection();
        QVERIFY_RESULT(admin);
        QVERIFY(!(*admin)->exec(QStringLiteral("SELECT rapport.set_minimum_group_size(4)")));
        QVERIFY_ERROR(hub::HubOrganisationSettings(**admin).setMinimumGroupSize(4), ErrorCode::InvalidArgument);
        AdminPanel again(*m_store, m_store->path());
        again.setHubAccess([this] { return adminConnection(); });
        QCOMPARE(again.hubOrganisationBox()->findChild<QSpinBox*>(QStringLiteral("minimumGroupSizeField"))->value(), 9);
    }

    void loginsAreSuggestedFromNames()
    {
        QCOMPARE(HubPersonDialog::suggestedLogin(QStringLiteral("Ásdís Þór Jónsdóttir")),
                 QStringLiteral("asdis.thor.jonsdottir"));
        QCOMPARE(HubPersonDialog::suggestedLogin(QStringLiteral("  Jean-Luc  Picard ")),
                 QStringLiteral("jean.luc.picard"));
        QCOMPARE(HubPersonDialog::suggestedLogin(QStringLiteral("   ")), QStringLiteral("person"));
        QCOMPARE(HubPersonDialog::suggestedLogin(QStringLiteral("42 Go")), QStringLiteral("person42.go"));
        QCOMPARE(HubPersonDialog::suggestedLogin(QStringLiteral("Guðrún Ørsted")), QStringLiteral("gudrun.orsted"));
        // The dialog suggests as the name is typed, and keeps what the admin typed into the login.
        HubPersonDialog dialog;
        dialog.show();
        auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("hubPersonName"));
        auto* login = dialog.findChild<QLineEdit*>(QStringLiteral("hubPersonLogin"));
        auto* add = dialog.findChild<QPushButton*>(QStringLiteral("hubPersonAddButton"));
        QVERIFY(!add->isEnabled());
        name->setText(QStringLiteral("Eve Ný")); // keyClicks types ASCII only
        QCOMPARE(login->text(), QStringLiteral("eve.ny"));
        QVERIFY(add->isEnabled());
        test::saveShot(&dialog, QStringLiteral("admin-hub-add-person"));
        login->clear();
        QTest::keyClicks(login, QStringLiteral("eve2"));
        name->setText(name->text() + QLatin1Char('s'));
        QCOMPARE(login->text(), QStringLiteral("eve2"));
        QCOMPARE(dialog.person().name, QStringLiteral("Eve Nýs"));
    }

    void anUnreachableHubSaysSo()
    {
        AdminPanel panel(*m_store, m_store->path());
        panel.setHubAccess([]() -> Result<std::unique_ptr<hub::HubConnection>> {
            return fail(ErrorCode::Unreachable, QStringLiteral("no route to hub.example.org"));
        });
        auto* status = panel.hubOrganisationBox()->findChild<QLabel*>(QStringLiteral("hubOrganisationStatus"));
        QVERIFY(status->text().contains(QStringLiteral("no route")));
        QCOMPARE(panel.hubOrganisationBox()->invitationsModel()->rowCount(), 0);
    }

    /** docs/screenshots/: the organisation box with its invitations and its connections, in each look (English and
     *  German, light and dark); the pictures are saved only with RAPPORT_TEST_SHOTS set, the work runs always. */
    void screenshotsInEachLook()
    {
        for (const test::ShotLook& look : test::shotLooks()) {
            test::applyShotLook(look);
            AdminPanel panel(*m_store, m_store->path());
            panel.resize(1200, 860);
            panel.setHubAccess([this] { return adminConnection(); });
            panel.show();
            HubOrganisationBox* box = panel.hubOrganisationBox();
            QVERIFY(box->invitationsModel()->rowCount() > 0);
            QVERIFY(box->connectionsModel()->rowCount() > 0);
            test::saveShot(&panel, look.shot(QStringLiteral("admin-hub-organisation")));
            auto* tabs = box->findChild<QTabWidget*>(QStringLiteral("hubOrganisationTabs"));
            auto* view = box->findChild<QTableView*>(QStringLiteral("connectionsView"));
            tabs->setCurrentWidget(view->parentWidget());
            view->selectRow(0);
            test::saveShot(&panel, look.shot(QStringLiteral("admin-hub-connections")));
        }
        test::applyShotLook(test::shotLooks().first());
    }

    void cleanupTestCase()
    {
        m_store.reset();
        m_cluster.stop();
    }
};

QTEST_MAIN(TestHubOrganisation)
#include "TestHubOrganisation.moc"
