#include "../ShotSaver.h"
#include "PgTestCluster.h"
#include "ResultTesting.h"
#include "admin/AdminPanel.h"
#include "admin/HubSetupDialog.h"
#include "hub/HubAddress.h"
#include "hub/HubConnection.h"
#include "hub/HubMigrations.h"
#include "hub/Invitation.h"
#include "store/Store.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace rapport;
using namespace rapport::ui;

/**
 * Creating and upgrading the hub from the admin panel, against a real hub (a throwaway PostgreSQL cluster): the
 * owner types the address, login and password; a new database gets the whole schema, an older one is upgraded, an
 * up-to-date one says so; a wrong password, a server that does not answer, an encrypted connection the server
 * refuses, a hub on another computer without its CA certificate, a login that does not own the database and a hub
 * set up by a newer Rapport each say so in words, and change nothing.
 */
class TestHubSetup : public QObject
{
    Q_OBJECT

private:
    test::PgTestCluster m_cluster;
    QTemporaryDir m_dir;
    const QString m_owner = QStringLiteral("setup_owner");
    QString m_password;
    std::unique_ptr<Store> m_store;

    QString address(const QString& database) const
    {
        return QStringLiteral("%1:%2/%3").arg(test::PgTestCluster::host()).arg(m_cluster.port()).arg(database);
    }

    int versionOf(const QString& database) const
    {
        auto owner = hub::HubConnection::openFromEnvironment(m_cluster.environmentFor(m_owner, database));
        if (!owner) {
            return -1;
        }
        auto version = hub::HubMigrations::currentVersion(**owner);
        return version ? *version : -1;
    }

    /** Fills the dialog and presses its button, as the owner would; returns what it says. */
    static QString runWith(HubSetupDialog& dialog,
                           const QString& address,
                           const QString& login,
                           const QString& password,
                           const QString& certificate = QString())
    {
        dialog.findChild<QLineEdit*>(QStringLiteral("hubSetupAddress"))->setText(address);
        dialog.findChild<QLineEdit*>(QStringLiteral("hubSetupLogin"))->setText(login);
        dialog.findChild<QLineEdit*>(QStringLiteral("hubSetupCertificate"))->setText(certificate);
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("hubSetupPassword")), password);
        auto* run = dialog.findChild<QPushButton*>(QStringLiteral("hubSetupRunButton"));
        if (!run->isEnabled()) {
            return QStringLiteral("(the button is off)");
        }
        QTest::mouseClick(run, Qt::LeftButton);
        return dialog.findChild<QLabel*>(QStringLiteral("hubSetupResult"))->text();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString reason = test::PgTestCluster::unavailableReason(); !reason.isEmpty()) {
            QSKIP(qPrintable(reason));
        }
        QVERIFY(m_dir.isValid());
        QVERIFY_RESULT(m_cluster.start());
        auto password = m_cluster.createLogin(m_owner, QStringLiteral("CREATEROLE"));
        QVERIFY_RESULT(password);
        m_password = *password;
        QVERIFY_RESULT(m_cluster.createDatabase(QStringLiteral("fresh"), m_owner));
        QVERIFY_RESULT(m_cluster.createDatabase(QStringLiteral("older"), m_owner));
        StoreOptions options;
        options.kdf = KdfParameters::minimal();
        auto store = Store::create(
            m_dir.filePath(QStringLiteral("admin.db")), SecureBytes::fromUtf8(QStringLiteral("passphrase")), options);
        QVERIFY_RESULT(store);
        m_store = std::move(*store);
    }

    void createsTheHubFromTheAdminPanel()
    {
        AdminPanel panel(*m_store, m_store->path());
        panel.resize(1200, 860);
        panel.show();
        auto* open = panel.findChild<QPushButton*>(QStringLiteral("hubSetupButton"));
        QVERIFY(open && open->isVisible());
        QTest::mouseClick(open, Qt::LeftButton);
        HubSetupDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = panel.findChild<HubSetupDialog*>(QStringLiteral("hubSetupDialog"))));
        QTRY_VERIFY(dialog->isVisible());
        auto* run = dialog->findChild<QPushButton*>(QStringLiteral("hubSetupRunButton"));
        QVERIFY(!run->isEnabled()); // nothing typed yet
        QSignalSpy ready(dialog, &HubSetupDialog::hubReady);

        // The first administrator named, but no place chosen for their invitation: nothing happens.
        auto* adminName = dialog->findChild<QLineEdit*>(QStringLiteral("hubSetupAdminName"));
        auto* adminLogin = dialog->findChild<QLineEdit*>(QStringLiteral("hubSetupAdminLogin"));
        adminName->setText(QStringLiteral("Ada Ásdís"));
        QCOMPARE(adminLogin->text(), QStringLiteral("ada.asdis")); // suggested from the name
        QString suggested;
        dialog->setSaveChooser([&](QWidget*, const QString& name) {
            suggested = name;
            return QString();
        });
        QString said = runWith(*dialog, address(QStringLiteral("fresh")), m_owner, m_password);
        QCOMPARE(suggested, QStringLiteral("ada.asdis.rapport-invitation"));
        QCOMPARE(versionOf(QStringLiteral("fresh")), 0);
        QCOMPARE(ready.count(), 0);
        adminName->clear();
        dialog->findChild<QLineEdit*>(QStringLiteral("hubSetupPassword"))->clear();

        // A wrong password: refused, the hub untouched.
        said = runWith(*dialog, address(QStringLiteral("fresh")), m_owner, QStringLiteral("not the password"));
        QVERIFY2(said.contains(QStringLiteral("refused the login %1").arg(m_owner)), qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("password is wrong")), qPrintable(said));
        QCOMPARE(versionOf(QStringLiteral("fresh")), 0);
        QVERIFY(dialog->findChild<QLineEdit*>(QStringLiteral("hubSetupPassword"))->text().isEmpty()); // not kept
        QCOMPARE(ready.count(), 0);

        // The right one: the whole schema, the version said, and the first administrator invited.
        const QString invitationPath = m_dir.filePath(QStringLiteral("ada.rapport-invitation"));
        dialog->setSaveChooser([&](QWidget*, const QString&) { return invitationPath; });
        adminName->setText(QStringLiteral("Ada Ásdís"));
        said = runWith(*dialog, address(QStringLiteral("fresh")), m_owner, m_password);
        const int latest = hub::HubMigrations::latestVersion();
        QVERIFY2(said.contains(QStringLiteral("created")) && said.contains(QString::number(latest)), qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("Ada Ásdís is its first administrator")), qPrintable(said));
        QCOMPARE(versionOf(QStringLiteral("fresh")), latest);
        QCOMPARE(ready.count(), 1);
        QCOMPARE(ready.last().at(0).toInt(), latest);
        auto invitation = hub::Invitation::load(invitationPath);
        QVERIFY_RESULT(invitation);
        QCOMPARE(invitation->role, Role::Admin);
        QCOMPARE(invitation->personName, QStringLiteral("Ada Ásdís"));
        QVERIFY2(invitation->hubUri.contains(QStringLiteral("ada.asdis@")), qPrintable(invitation->hubUri));
        auto* code = dialog->findChild<QLineEdit*>(QStringLiteral("hubSetupInvitationCode"));
        QVERIFY(code->isVisible());
        auto fromCode = hub::Invitation::parse(code->text().toUtf8());
        QVERIFY_RESULT(fromCode);
        QCOMPARE(fromCode->toJson(), invitation->toJson());
        // Her one-time secret logs in on the hub, as her invitation will.
        auto invited = hub::HubAddress::parse(invitation->hubUri);
        QVERIFY_RESULT(invited);
        QProcessEnvironment withSecret;
        withSecret.insert(QStringLiteral("PGPASSWORD"), hub::secretText(invitation->secret));
        QVERIFY_RESULT(hub::HubConnection::open(*invited, withSecret));
        QVERIFY(adminName->text().isEmpty()); // done: upgrading later adds nobody

        // Again: up to date, nothing to do.
        said = runWith(*dialog, address(QStringLiteral("fresh")), m_owner, m_password);
        QVERIFY2(said.contains(QStringLiteral("up to date")), qPrintable(said));
        QVERIFY(!code->isVisible());
        QCOMPARE(ready.count(), 2);
        dialog->close();
    }

    void upgradesAnOlderHub()
    {
        // A hub left at an older schema, as an earlier Rapport set it up.
        auto migrations = hub::HubMigrations::all();
        QVERIFY_RESULT(migrations);
        const int older = hub::HubMigrations::latestVersion() - 2;
        {
            auto owner
                = hub::HubConnection::openFromEnvironment(m_cluster.environmentFor(m_owner, QStringLiteral("older")));
            QVERIFY_RESULT(owner);
            for (const hub::HubMigration& migration : std::as_const(*migrations)) {
                if (migration.version > older) {
                    break;
                }
                QVERIFY_RESULT((*owner)->execScript(migration.sql));
                QVERIFY_RESULT(
                    (*owner)->exec(QStringLiteral("INSERT INTO rapport.hub_schema_version (version) VALUES (?)"),
                                   {migration.version}));
            }
        }
        QCOMPARE(versionOf(QStringLiteral("older")), older);
        HubSetupDialog dialog;
        dialog.show();
        const QString said = runWith(
            dialog, QStringLiteral("postgresql://%1").arg(address(QStringLiteral("older"))), m_owner, m_password);
        QVERIFY2(said.contains(QStringLiteral("upgraded from schema version %1 to %2")
                                   .arg(older)
                                   .arg(hub::HubMigrations::latestVersion())),
                 qPrintable(said));
        QCOMPARE(versionOf(QStringLiteral("older")), hub::HubMigrations::latestVersion());
    }

    void refusalsSaySoPlainly()
    {
        HubSetupDialog dialog;
        dialog.show();
        // Nothing answers at that port.
        QString said
            = runWith(dialog, QStringLiteral("%1:1/fresh").arg(test::PgTestCluster::host()), m_owner, m_password);
        QVERIFY2(said.contains(QStringLiteral("Nothing answers")), qPrintable(said));

        // An encrypted, checked connection asked for; this server offers none.
        const QString ca = m_dir.filePath(QStringLiteral("ca.crt"));
        QFile file(ca);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n");
        file.close();
        said = runWith(dialog, address(QStringLiteral("fresh")), m_owner, m_password, ca);
        QVERIFY2(said.contains(QStringLiteral("encrypted")), qPrintable(said));
        QVERIFY2(!said.contains(QStringLiteral("refused the login")), qPrintable(said));

        // A hub on another computer without its CA certificate: refused before anything is sent.
        said = runWith(dialog, QStringLiteral("hub.example.org/rapport"), m_owner, m_password);
        QVERIFY2(said.contains(QStringLiteral("CA certificate")), qPrintable(said));
        // A CA file that is not there; an address without a database.
        said
            = runWith(dialog, QStringLiteral("hub.example.org/rapport"), m_owner, m_password, ca + QStringLiteral("x"));
        QVERIFY2(said.contains(QStringLiteral("cannot be read")), qPrintable(said));
        said = runWith(dialog, QStringLiteral("hub.example.org"), m_owner, m_password);
        QVERIFY2(said.contains(QStringLiteral("database")), qPrintable(said));

        // A login that may connect but does not own the database.
        auto other = m_cluster.createLogin(QStringLiteral("setup_stranger"));
        QVERIFY_RESULT(other);
        QVERIFY_RESULT(m_cluster.createDatabase(QStringLiteral("strangers"), m_owner));
        said = runWith(dialog, address(QStringLiteral("strangers")), QStringLiteral("setup_stranger"), *other);
        QVERIFY2(said.contains(QStringLiteral("does not own the database strangers")), qPrintable(said));
        QCOMPARE(versionOf(QStringLiteral("strangers")), 0);

        // An administrator's login already taken: the schema is done, and the clash said.
        dialog.setSaveChooser([this](QWidget*, const QString&) { return m_dir.filePath(QStringLiteral("again.x")); });
        dialog.findChild<QLineEdit*>(QStringLiteral("hubSetupAdminName"))->setText(QStringLiteral("Ada Again"));
        dialog.findChild<QLineEdit*>(QStringLiteral("hubSetupAdminLogin"))->setText(QStringLiteral("ada.asdis"));
        said = runWith(dialog, address(QStringLiteral("fresh")), m_owner, m_password);
        QVERIFY2(
            said.contains(QStringLiteral("schema version %1, but Ada Again").arg(hub::HubMigrations::latestVersion())),
            qPrintable(said));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("again.x"))));
        dialog.findChild<QLineEdit*>(QStringLiteral("hubSetupAdminName"))->clear();

        // A hub set up by a newer Rapport: said, and left as it is.
        const int newer = hub::HubMigrations::latestVersion() + 1;
        {
            auto owner
                = hub::HubConnection::openFromEnvironment(m_cluster.environmentFor(m_owner, QStringLiteral("fresh")));
            QVERIFY_RESULT(owner);
            QVERIFY_RESULT(
                (*owner)->exec(QStringLiteral("INSERT INTO rapport.hub_schema_version (version) VALUES (?)"), {newer}));
        }
        said = runWith(dialog, address(QStringLiteral("fresh")), m_owner, m_password);
        QVERIFY2(said.contains(QStringLiteral("newer version of Rapport")), qPrintable(said));
        QCOMPARE(versionOf(QStringLiteral("fresh")), newer);
    }

    /** docs/screenshots/: the panel's hub box and the dialog after creating a hub, in each look (English and
     *  German, light and dark); the pictures are saved only with RAPPORT_TEST_SHOTS set, the work runs always. */
    void screenshotsInEachLook()
    {
        int round = 0;
        for (const test::ShotLook& look : test::shotLooks()) {
            test::applyShotLook(look);
            const QString database = QStringLiteral("shots%1").arg(++round);
            QVERIFY_RESULT(m_cluster.createDatabase(database, m_owner));
            AdminPanel panel(*m_store, m_store->path());
            panel.resize(1200, 860);
            panel.show();
            test::saveShot(&panel, look.shot(QStringLiteral("admin-hub-panel")));
            HubSetupDialog* dialog = panel.openHubSetup();
            dialog->setSaveChooser([this, database](QWidget*, const QString&) {
                return m_dir.filePath(database + QStringLiteral(".inv"));
            });
            dialog->findChild<QLineEdit*>(QStringLiteral("hubSetupAdminName"))->setText(QStringLiteral("Ada Ásdís"));
            // Logins are the server's, not one database's: each hub here needs its own.
            auto* login = dialog->findChild<QLineEdit*>(QStringLiteral("hubSetupAdminLogin"));
            login->setText(QStringLiteral("ada.%1").arg(database));
            Q_EMIT login->textEdited(login->text());
            QSignalSpy ready(dialog, &HubSetupDialog::hubReady);
            runWith(*dialog, address(database), m_owner, m_password);
            QCOMPARE(ready.count(), 1);
            test::saveShot(dialog, look.shot(QStringLiteral("admin-hub-setup")));
            runWith(*dialog, QStringLiteral("hub.example.org/rapport"), m_owner, m_password);
            test::saveShot(dialog, look.shot(QStringLiteral("admin-hub-setup-refused")));
            dialog->close();
        }
        test::applyShotLook(test::shotLooks().first());
    }

    void cleanupTestCase()
    {
        m_store.reset();
        m_cluster.stop();
    }
};

QTEST_MAIN(TestHubSetup)
#include "TestHubSetup.moc"
