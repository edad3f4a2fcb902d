#include "FakeSecretVault.h"
#include "PgTestCluster.h"
#include "ResultTesting.h"
#include "cli/CliApplication.h"
#include "hub/HubConnection.h"
#include "hub/HubInvitations.h"
#include "hub/HubMigrations.h"
#include "hub/HubPeople.h"
#include "hub/Invitation.h"
#include "hub/sync/InvitationJoin.h"
#include "secrets/SecretNames.h"
#include "store/HubBindingRepository.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace rapport;
using namespace rapport::hub;

/**
 * Invitations against a real hub (a throwaway PostgreSQL cluster): an admin invites a person with rapport-cli; the
 * person joins a new store with the invitation and their own password; the secret then no longer works, the new
 * password does, and the admin's list says "used"; an expired, revoked or replaced invitation says so plainly;
 * clients cannot invite; the file and the code round-trip and refuse what is not an invitation.
 */
class TestInvitations : public QObject
{
    Q_OBJECT

private:
    test::PgTestCluster m_cluster;
    QTemporaryDir m_dir;
    const QString m_owner = QStringLiteral("invite_owner");
    const QString m_database = QStringLiteral("invitations");
    QUuid m_client;
    QUuid m_other;
    int m_stores = 0;

    QProcessEnvironment as(const QString& login) const { return m_cluster.environmentFor(login, m_database); }

    int cli(const QProcessEnvironment& environment,
            const QStringList& words,
            QString* output = nullptr,
            SecretVault* vault = nullptr)
    {
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        QProcessEnvironment withPassphrase = environment;
        withPassphrase.insert(QStringLiteral("RAPPORT_PASSPHRASE"), QStringLiteral("store secret"));
        const int code = cli::run(QStringList {QStringLiteral("rapport-cli")} + words,
                                  cli::standardCommands(),
                                  outStream,
                                  errStream,
                                  withPassphrase,
                                  vault);
        outStream.flush();
        errStream.flush();
        if (code != 0) {
            qWarning("%s", qPrintable(err));
        }
        if (output != nullptr) {
            *output = out;
        }
        return code;
    }

    std::unique_ptr<Store> freshStore(QDateTime* now = nullptr)
    {
        StoreOptions options;
        options.kdf = KdfParameters::minimal();
        if (now != nullptr) {
            options.clock = Clock([now] { return *now; });
        }
        auto store = Store::create(m_dir.filePath(QStringLiteral("store-%1.db").arg(++m_stores)),
                                   SecureBytes::fromUtf8(QStringLiteral("store secret")),
                                   options);
        return store ? std::move(*store) : nullptr;
    }

    Invitation invite(const QUuid& person, int days = 7)
    {
        auto owner = HubConnection::openFromEnvironment(as(m_owner));
        if (!owner) {
            qFatal("owner cannot connect");
        }
        auto made = HubInvitations(**owner).create(person, days);
        if (!made) {
            qFatal("%s", qPrintable(made.error().message));
        }
        return std::move(*made);
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
        auto owner = HubConnection::openFromEnvironment(as(m_owner));
        QVERIFY_RESULT(owner);
        QVERIFY_RESULT(HubMigrations::apply(**owner));
        const QString throwaway = test::PgTestCluster::randomPassword();
        auto client = HubPeople(**owner).add(
            Role::Client, QStringLiteral("Ada"), QStringLiteral("ada"), QStringLiteral("Ops"), throwaway);
        QVERIFY_RESULT(client);
        m_client = client->id;
        auto other
            = HubPeople(**owner).add(Role::Client, QStringLiteral("Bo"), QStringLiteral("bo"), QString(), throwaway);
        QVERIFY_RESULT(other);
        m_other = other->id;
    }

    void fileAndCodeRoundTripAndRefuseOtherThings()
    {
        Invitation invitation = invite(m_other);
        const QString path = m_dir.filePath(QStringLiteral("bo.rapport-invitation"));
        QVERIFY_RESULT(invitation.save(path));
        QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        auto loaded = Invitation::load(path);
        QVERIFY_RESULT(loaded);
        QCOMPARE(loaded->toJson(), invitation.toJson());
        auto fromCode = Invitation::parse(invitation.toCode().toUtf8());
        QVERIFY_RESULT(fromCode);
        QCOMPARE(fromCode->toJson(), invitation.toJson());
        QVERIFY(!invitation.toJson().contains("PASSWORD"));
        QCOMPARE(loaded->personName, QStringLiteral("Bo"));
        QCOMPARE(loaded->role, Role::Client);
        QVERIFY(!loaded->hubUri.contains(QStringLiteral("password")));

        QVERIFY_ERROR(Invitation::parse(QByteArrayLiteral("{\"format\": \"something-else\"}")), ErrorCode::ForeignFile);
        QVERIFY_ERROR(Invitation::parse(QByteArrayLiteral("not json")), ErrorCode::ForeignFile);
        QString damaged = invitation.toCode();
        damaged.chop(10);
        QVERIFY(!Invitation::parse(damaged.toUtf8()));
        QVERIFY_ERROR(Invitation::load(m_dir.filePath(QStringLiteral("missing"))), ErrorCode::NotFound);
    }

    void aPersonJoinsWithTheirInvitationAndItWorksOnce()
    {
        // The admin's side, through the CLI as the hub owner.
        const QString path = m_dir.filePath(QStringLiteral("ada.rapport-invitation"));
        QString out;
        QCOMPARE(cli(as(m_owner),
                     {QStringLiteral("hub"),
                      QStringLiteral("invite"),
                      QStringLiteral("--person"),
                      m_client.toString(QUuid::WithoutBraces),
                      QStringLiteral("--out"),
                      path,
                      QStringLiteral("--days"),
                      QStringLiteral("3"),
                      QStringLiteral("--json")},
                     &out),
                 0);
        const QJsonObject made = QJsonDocument::fromJson(out.toUtf8()).object();
        QVERIFY(made.value(QStringLiteral("code")).toString().startsWith(Invitation::CodePrefix));
        auto invitation = Invitation::load(path);
        QVERIFY_RESULT(invitation);

        // The person's side, on a new store, headless as for a scripted roll-out.
        const QString storePath = m_dir.filePath(QStringLiteral("ada.db"));
        QCOMPARE(cli(QProcessEnvironment(),
                     {QStringLiteral("--store"), storePath, QStringLiteral("init"), QStringLiteral("--fast-kdf")}),
                 0);
        QProcessEnvironment joining;
        joining.insert(QStringLiteral("RAPPORT_HUB_NEW_PASSWORD"), QStringLiteral("ada's own password"));
        QCOMPARE(cli(joining,
                     {QStringLiteral("--store"),
                      storePath,
                      QStringLiteral("hub"),
                      QStringLiteral("join"),
                      QStringLiteral("--invitation"),
                      path,
                      QStringLiteral("--json")},
                     &out),
                 0);
        QCOMPARE(QJsonDocument::fromJson(out.toUtf8()).object().value(QStringLiteral("id")).toString(),
                 m_client.toString(QUuid::WithoutBraces));

        // The secret is spent; the person's own password logs in.
        auto address = HubAddress::parse(invitation->hubUri);
        QVERIFY_RESULT(address);
        QVERIFY_ERROR(HubConnection::open(*address,
                                          InvitationJoin::environmentWithPassword(
                                              QProcessEnvironment(), invitation->hubUri, invitation->secret)),
                      ErrorCode::PermissionDenied);
        QVERIFY_RESULT(HubConnection::open(
            *address,
            InvitationJoin::environmentWithPassword(QProcessEnvironment(),
                                                    invitation->hubUri,
                                                    SecureBytes::fromUtf8(QStringLiteral("ada's own password")))));
        // Using it again says so.
        auto again = freshStore();
        QVERIFY(again);
        auto second = InvitationJoin::join(*again,
                                           *invitation,
                                           SecureBytes::fromUtf8(QStringLiteral("another one!")),
                                           m_dir.path(),
                                           QProcessEnvironment());
        QVERIFY_ERROR(second, ErrorCode::Expired);
        QVERIFY(second.error().message.contains(QStringLiteral("no longer works")));
        auto binding = again->hubBinding().binding();
        QVERIFY_RESULT(binding);
        QVERIFY(!binding->has_value()); // nothing happened to the second store

        // The admin's list says it was used.
        QCOMPARE(
            cli(as(m_owner), {QStringLiteral("hub"), QStringLiteral("invitations"), QStringLiteral("--json")}, &out),
            0);
        bool found = false;
        for (const QJsonValue& entry : QJsonDocument::fromJson(out.toUtf8()).array()) {
            if (entry[QStringLiteral("id")].toString() == invitation->id.toString(QUuid::WithoutBraces)) {
                found = true;
                QCOMPARE(entry[QStringLiteral("status")].toString(), QStringLiteral("used"));
            }
        }
        QVERIFY(found);
    }

    void joinRemembersTheNewPasswordAndSyncUsesIt()
    {
        auto owner = HubConnection::openFromEnvironment(as(m_owner));
        QVERIFY_RESULT(owner);
        auto cy = HubPeople(**owner).add(
            Role::Client, QStringLiteral("Cy"), QStringLiteral("cy"), QString(), test::PgTestCluster::randomPassword());
        QVERIFY_RESULT(cy);
        const QString path = m_dir.filePath(QStringLiteral("cy.rapport-invitation"));
        QVERIFY_RESULT(invite(cy->id).save(path));
        const QString storePath = m_dir.filePath(QStringLiteral("cy.db"));
        QCOMPARE(cli(QProcessEnvironment(),
                     {QStringLiteral("--store"), storePath, QStringLiteral("init"), QStringLiteral("--fast-kdf")}),
                 0);

        test::FakeSecretVault vault;
        QProcessEnvironment joining;
        joining.insert(QStringLiteral("RAPPORT_HUB_NEW_PASSWORD"), QStringLiteral("cy's own password"));
        QString out;
        QCOMPARE(cli(joining,
                     {QStringLiteral("--store"),
                      storePath,
                      QStringLiteral("hub"),
                      QStringLiteral("join"),
                      QStringLiteral("--invitation"),
                      path,
                      QStringLiteral("--json")},
                     &out,
                     &vault),
                 0);
        QVERIFY(QJsonDocument::fromJson(out.toUtf8()).object().value(QStringLiteral("passwordInKeychain")).toBool());
        const QString name = SecretNames::hubPassword(m_cluster.url(QStringLiteral("cy"), m_database));
        QCOMPARE(vault.names(), QStringList {name});
        QCOMPARE(vault.entry(name), QStringLiteral("cy's own password"));

        // sync finds it there, with nothing in the environment.
        const QStringList sync {QStringLiteral("--store"), storePath, QStringLiteral("sync"), QStringLiteral("--json")};
        QCOMPARE(cli(QProcessEnvironment(), sync, &out, &vault), 0);
        // One that the hub refuses is forgotten.
        vault.setEntry(name, QStringLiteral("an old password"));
        QVERIFY(cli(QProcessEnvironment(), sync, &out, &vault) != 0);
        QVERIFY(!vault.contains(name));
        // --no-keychain leaves the keychain alone.
        vault.setEntry(name, QStringLiteral("cy's own password"));
        const qsizetype calls = vault.calls().size();
        QVERIFY(cli(QProcessEnvironment(), sync + QStringList {QStringLiteral("--no-keychain")}, &out, &vault) != 0);
        QCOMPARE(vault.calls().size(), calls);
    }

    void joinWithoutKeychainSaysSo()
    {
        auto owner = HubConnection::openFromEnvironment(as(m_owner));
        QVERIFY_RESULT(owner);
        auto di = HubPeople(**owner).add(
            Role::Client, QStringLiteral("Di"), QStringLiteral("di"), QString(), test::PgTestCluster::randomPassword());
        QVERIFY_RESULT(di);
        const QString path = m_dir.filePath(QStringLiteral("di.rapport-invitation"));
        QVERIFY_RESULT(invite(di->id).save(path));
        const QString storePath = m_dir.filePath(QStringLiteral("di.db"));
        QCOMPARE(cli(QProcessEnvironment(),
                     {QStringLiteral("--store"), storePath, QStringLiteral("init"), QStringLiteral("--fast-kdf")}),
                 0);
        test::FakeSecretVault vault;
        QProcessEnvironment joining;
        joining.insert(QStringLiteral("RAPPORT_HUB_NEW_PASSWORD"), QStringLiteral("di's own password"));
        QString out;
        QCOMPARE(cli(joining,
                     {QStringLiteral("--store"),
                      storePath,
                      QStringLiteral("hub"),
                      QStringLiteral("join"),
                      QStringLiteral("--invitation"),
                      path,
                      QStringLiteral("--no-keychain")},
                     &out,
                     &vault),
                 0);
        QVERIFY(out.contains(QStringLiteral("not remembered")));
        QVERIFY(vault.names().isEmpty());
    }

    void anExpiredInvitationSaysSoWithoutTouchingTheHub()
    {
        Invitation invitation = invite(m_other, 1);
        QDateTime later = invitation.expiresAt.addSecs(60);
        auto store = freshStore(&later);
        QVERIFY(store);
        auto joined = InvitationJoin::join(*store,
                                           invitation,
                                           SecureBytes::fromUtf8(QStringLiteral("long enough")),
                                           m_dir.path(),
                                           QProcessEnvironment());
        QVERIFY_ERROR(joined, ErrorCode::Expired);
        QVERIFY(joined.error().message.contains(QStringLiteral("expired")));
    }

    void aRevokedOrReplacedInvitationNoLongerWorks()
    {
        Invitation first = invite(m_other);
        Invitation second = invite(m_other); // replaces the first
        auto store = freshStore();
        QVERIFY(store);
        QVERIFY_ERROR(InvitationJoin::join(*store,
                                           first,
                                           SecureBytes::fromUtf8(QStringLiteral("long enough")),
                                           m_dir.path(),
                                           QProcessEnvironment()),
                      ErrorCode::Expired);
        auto owner = HubConnection::openFromEnvironment(as(m_owner));
        QVERIFY_RESULT(owner);
        QVERIFY_RESULT(HubInvitations(**owner).revoke(second.id));
        QVERIFY_ERROR(InvitationJoin::join(*store,
                                           second,
                                           SecureBytes::fromUtf8(QStringLiteral("long enough")),
                                           m_dir.path(),
                                           QProcessEnvironment()),
                      ErrorCode::Expired);
        auto entries = HubInvitations(**owner).list();
        QVERIFY_RESULT(entries);
        int revoked = 0;
        for (const InvitationEntry& entry : std::as_const(*entries)) {
            if (entry.id == first.id || entry.id == second.id) {
                QCOMPARE(entry.status(QDateTime::currentDateTimeUtc()), InvitationEntry::Status::Revoked);
                ++revoked;
            }
        }
        QCOMPARE(revoked, 2);
    }

    void aShortPasswordIsRefusedAndTheInvitationStaysUsable()
    {
        Invitation invitation = invite(m_other);
        auto store = freshStore();
        QVERIFY(store);
        QVERIFY_ERROR(InvitationJoin::join(*store,
                                           invitation,
                                           SecureBytes::fromUtf8(QStringLiteral("short")),
                                           m_dir.path(),
                                           QProcessEnvironment()),
                      ErrorCode::InvalidArgument);
        QVERIFY_RESULT(InvitationJoin::join(*store,
                                            invitation,
                                            SecureBytes::fromUtf8(QStringLiteral("bo's password")),
                                            m_dir.path(),
                                            QProcessEnvironment()));
    }

    void clientsCannotInvite()
    {
        Invitation invitation = invite(m_other);
        auto store = freshStore();
        QVERIFY(store);
        QVERIFY_RESULT(InvitationJoin::join(*store,
                                            invitation,
                                            SecureBytes::fromUtf8(QStringLiteral("bo's password")),
                                            m_dir.path(),
                                            QProcessEnvironment()));
        auto bo = HubConnection::openFromEnvironment(
            InvitationJoin::environmentWithPassword(QProcessEnvironment(),
                                                    m_cluster.url(QStringLiteral("bo"), m_database),
                                                    SecureBytes::fromUtf8(QStringLiteral("bo's password"))));
        QVERIFY_RESULT(bo);
        // bo can read himself, so this reaches rapport.create_invitation, which clients may not run.
        QVERIFY_ERROR(HubInvitations(**bo).create(m_other), ErrorCode::PermissionDenied);
        QVERIFY_ERROR(HubInvitations(**bo).revoke(invitation.id), ErrorCode::PermissionDenied);
        auto list = HubInvitations(**bo).list();
        QVERIFY(!list);
    }

    /** The admin console's rename/team and k, from the command line. */
    void personUpdateAndSettingsFromTheCli()
    {
        QString out;
        const QString id = m_other.toString(QUuid::WithoutBraces);
        QCOMPARE(cli(as(m_owner),
                     {QStringLiteral("hub"),
                      QStringLiteral("person"),
                      QStringLiteral("update"),
                      id,
                      QStringLiteral("--team"),
                      QStringLiteral("Care"),
                      QStringLiteral("--json")},
                     &out),
                 0);
        QJsonObject json = QJsonDocument::fromJson(out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("name")).toString(), QStringLiteral("Bo")); // unchanged
        QCOMPARE(json.value(QStringLiteral("team")).toString(), QStringLiteral("Care"));
        auto owner = HubConnection::openFromEnvironment(as(m_owner));
        QVERIFY_RESULT(owner);
        auto bo = HubPeople(**owner).person(m_other);
        QVERIFY_RESULT(bo);
        QCOMPARE(bo->team, QStringLiteral("Care"));
        QCOMPARE(cli(as(m_owner),
                     {QStringLiteral("hub"),
                      QStringLiteral("person"),
                      QStringLiteral("update"),
                      id,
                      QStringLiteral("--name"),
                      QStringLiteral("Bo Berg"),
                      QStringLiteral("--team"),
                      QString()}),
                 0);
        bo = HubPeople(**owner).person(m_other);
        QVERIFY_RESULT(bo);
        QCOMPARE(bo->name, QStringLiteral("Bo Berg"));
        QVERIFY(bo->team.isEmpty());
        QVERIFY(cli(as(m_owner), {QStringLiteral("hub"), QStringLiteral("person"), QStringLiteral("update"), id}) != 0);

        QCOMPARE(cli(as(m_owner),
                     {QStringLiteral("hub"),
                      QStringLiteral("settings"),
                      QStringLiteral("--minimum-group-size"),
                      QStringLiteral("8"),
                      QStringLiteral("--json")},
                     &out),
                 0);
        QCOMPARE(QJsonDocument::fromJson(out.toUtf8()).object().value(QStringLiteral("minimumGroupSize")).toInt(), 8);
        QVERIFY(cli(as(m_owner),
                    {QStringLiteral("hub"),
                     QStringLiteral("settings"),
                     QStringLiteral("--minimum-group-size"),
                     QStringLiteral("3")})
                != 0);
        QCOMPARE(cli(as(m_owner), {QStringLiteral("hub"), QStringLiteral("settings"), QStringLiteral("--json")}, &out),
                 0);
        QCOMPARE(QJsonDocument::fromJson(out.toUtf8()).object().value(QStringLiteral("minimumGroupSize")).toInt(), 8);
    }
};

QTEST_GUILESS_MAIN(TestInvitations)
#include "TestInvitations.moc"
