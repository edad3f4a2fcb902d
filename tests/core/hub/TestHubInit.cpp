#include "HubTestSupport.h"
#include "PgTestCluster.h"
#include "ResultTesting.h"
#include "cli/CliContext.h"
#include "hub/HubConnection.h"
#include "hub/HubMigrations.h"
#include "hub/SqlScript.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace rapport;
using namespace rapport::hub;
using rapport::test::runCli;

/** `hub init`: creates the schema with forced row-level security, is idempotent, refuses a newer hub. */
class TestHubInit : public QObject
{
    Q_OBJECT

private:
    test::PgTestCluster m_cluster;
    const QString m_owner = QStringLiteral("hub_owner");
    const QString m_database = QStringLiteral("hub");

    std::unique_ptr<HubConnection> connect(const QString& login, const QString& database)
    {
        auto connection = HubConnection::openFromEnvironment(m_cluster.environmentFor(login, database));
        if (!connection) {
            qWarning("%s", qPrintable(connection.error().message));
            return nullptr;
        }
        return std::move(*connection);
    }

    qint64 scalar(HubConnection& connection, const QString& sql)
    {
        auto query = connection.exec(sql);
        if (!query || !query->next()) {
            qWarning("%s", qPrintable(query ? QStringLiteral("no row") : query.error().message));
            return -1;
        }
        return query->value(0).toLongLong();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString reason = test::PgTestCluster::unavailableReason();
        if (!reason.isEmpty()) {
            QSKIP(qPrintable(reason));
        }
        QVERIFY_RESULT(m_cluster.start());
        QVERIFY_RESULT(m_cluster.createLogin(m_owner, QStringLiteral("CREATEROLE")));
        QVERIFY_RESULT(m_cluster.createDatabase(m_database, m_owner));
    }

    void cleanupTestCase() { m_cluster.stop(); }

    void addressParsing()
    {
        auto address
            = HubAddress::parse(QStringLiteral("postgresql://ana@db.example.org:6543/acme?sslmode=verify-full"));
        QVERIFY_RESULT(address);
        QCOMPARE(address->login, QStringLiteral("ana"));
        QCOMPARE(address->host, QStringLiteral("db.example.org"));
        QCOMPARE(address->port, 6543);
        QCOMPARE(address->database, QStringLiteral("acme"));
        QCOMPARE(address->parameters.size(), 1);
        QVERIFY_ERROR(HubAddress::parse(QStringLiteral("postgresql://ana:secret@db/acme")), ErrorCode::InvalidArgument);
        QVERIFY_ERROR(HubAddress::parse(QStringLiteral("postgresql://ana@db/acme?password=x")),
                      ErrorCode::InvalidArgument);
        QVERIFY_ERROR(HubAddress::parse(QStringLiteral("mysql://ana@db/acme")), ErrorCode::InvalidArgument);
        QVERIFY_ERROR(HubAddress::fromEnvironment(QProcessEnvironment()), ErrorCode::NotFound);
    }

    void aRemoteHubNeedsAVerifiedTlsConnection()
    {
        const auto check = [](const QString& uri, const QProcessEnvironment& environment = QProcessEnvironment()) {
            auto address = HubAddress::parse(uri);
            return address ? address->requireSecureTransport(environment)
                           : Result<void>(tl::unexpected(address.error()));
        };
        // Off this computer: only verified TLS. libpq's default (prefer) and require can be attacked on the way.
        QVERIFY_ERROR(check(QStringLiteral("postgresql://ana@hub.example.org/acme")), ErrorCode::Insecure);
        QVERIFY_ERROR(check(QStringLiteral("postgresql://ana@hub.example.org/acme?sslmode=prefer")),
                      ErrorCode::Insecure);
        QVERIFY_ERROR(check(QStringLiteral("postgresql://ana@hub.example.org/acme?sslmode=require")),
                      ErrorCode::Insecure);
        QVERIFY_ERROR(check(QStringLiteral("postgresql://ana@10.0.0.7/acme?sslmode=disable")), ErrorCode::Insecure);
        QVERIFY_ERROR(check(QStringLiteral("postgresql://ana@128.0.0.1/acme?sslmode=allow")), ErrorCode::Insecure);
        QVERIFY_RESULT(check(QStringLiteral("postgresql://ana@hub.example.org/acme?sslmode=verify-full")));
        QVERIFY_RESULT(check(QStringLiteral("postgresql://ana@hub.example.org/acme?sslmode=VERIFY-CA")));
        // The environment counts as libpq reads it.
        QProcessEnvironment verified;
        verified.insert(QStringLiteral("PGSSLMODE"), QStringLiteral("verify-full"));
        QVERIFY_RESULT(check(QStringLiteral("postgresql://ana@hub.example.org/acme"), verified));
        QProcessEnvironment remoteDefault;
        remoteDefault.insert(QStringLiteral("PGHOST"), QStringLiteral("hub.example.org"));
        QVERIFY_ERROR(check(QStringLiteral("postgresql:///acme"), remoteDefault), ErrorCode::Insecure);
        // One remote host among several is enough to refuse.
        QVERIFY_ERROR(check(QStringLiteral("postgresql://ana@localhost/acme?host=localhost,hub.example.org")),
                      ErrorCode::Insecure);
        // This computer: anything goes (the local socket, localhost, 127.0.0.0/8, ::1).
        QVERIFY_RESULT(check(QStringLiteral("postgresql://ana@127.0.0.1:5432/acme?sslmode=disable")));
        QVERIFY_RESULT(check(QStringLiteral("postgresql://ana@127.9.8.7/acme?sslmode=disable")));
        QVERIFY_RESULT(check(QStringLiteral("postgresql://ana@localhost/acme")));
        QVERIFY_RESULT(check(QStringLiteral("postgresql://ana@[::1]/acme?sslmode=disable")));
        QVERIFY_RESULT(check(QStringLiteral("postgresql:///acme?host=/var/run/postgresql")));
        QVERIFY_RESULT(check(QStringLiteral("postgresql:///acme")));

        // The refusal comes before any connection: a host that does not exist gives Insecure, not Unreachable, and
        // the message says what to set.
        QProcessEnvironment environment;
        environment.insert(HubAddress::UrlVariable,
                           QStringLiteral("postgresql://ana@hub.invalid:5432/acme?sslmode=require"));
        auto refused = HubConnection::openFromEnvironment(environment);
        QVERIFY_ERROR(refused, ErrorCode::Insecure);
        QVERIFY2(refused.error().message.contains(QStringLiteral("sslmode=verify-full")),
                 qPrintable(refused.error().message));
        QVERIFY2(refused.error().message.contains(QStringLiteral("hub.invalid")), qPrintable(refused.error().message));
    }

    void scriptsSplitAtTopLevelSemicolons()
    {
        const QStringList statements = splitSqlScript(QStringLiteral(
            "-- a comment; with a semicolon\nCREATE TABLE t (a text DEFAULT ';');\n"
            "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1; $$;\n"
            "DO $body$ BEGIN PERFORM 'x;'; END $body$;\n/* block; comment */ SELECT \"we;ird\" FROM t;\n-- end"));
        QCOMPARE(statements.size(), 4);
        QVERIFY(statements.at(0).endsWith(QStringLiteral("DEFAULT ';')")));
        QVERIFY(statements.at(1).endsWith(QStringLiteral("$$ SELECT 1; $$")));
        QVERIFY(statements.at(2).startsWith(QStringLiteral("DO $body$")));
        QVERIFY(statements.at(3).endsWith(QStringLiteral("FROM t")));
    }

    void connectionErrorsAreClear()
    {
        // Wrong password: the login is refused.
        QProcessEnvironment wrong = m_cluster.environmentFor(m_owner, m_database);
        wrong.remove(QStringLiteral("PGPASSFILE"));
        wrong.insert(QStringLiteral("PGPASSWORD"), QStringLiteral("not-the-password"));
        QVERIFY_ERROR(HubConnection::openFromEnvironment(wrong), ErrorCode::PermissionDenied);

        // Nothing listens there: unreachable.
        auto nowhere = HubAddress::parse(QStringLiteral("postgresql://%1@127.0.0.1:%2/%3?connect_timeout=5")
                                             .arg(m_owner)
                                             .arg(m_cluster.port() == 1 ? 2 : 1)
                                             .arg(m_database));
        QVERIFY_RESULT(nowhere);
        QVERIFY_ERROR(HubConnection::open(*nowhere, m_cluster.environmentFor(m_owner, m_database)), ErrorCode::Io);

        // The CLI says so too, with a non-zero exit code and no password anywhere on its command line.
        const auto run = runCli({QStringLiteral("hub"), QStringLiteral("init")}, wrong);
        QCOMPARE(run.exitCode, int(cli::ExitFailure));
        QVERIFY2(run.err.contains(QStringLiteral("refused the login")), qPrintable(run.err));
    }

    void initCreatesTheSchema()
    {
        const auto run = runCli({QStringLiteral("hub"), QStringLiteral("init"), QStringLiteral("--json")},
                                m_cluster.environmentFor(m_owner, m_database));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("previousVersion")).toInt(), 0);
        QCOMPARE(json.value(QStringLiteral("version")).toInt(), HubMigrations::latestVersion());
        QCOMPARE(json.value(QStringLiteral("applied")).toArray().size(), HubMigrations::latestVersion());
        QVERIFY(HubMigrations::latestVersion() >= 1);

        auto owner = connect(m_owner, m_database);
        QVERIFY(owner);
        const QStringList tables {QStringLiteral("people"),
                                  QStringLiteral("connections"),
                                  QStringLiteral("submissions"),
                                  QStringLiteral("sharing_settings"),
                                  QStringLiteral("sharing_audit"),
                                  QStringLiteral("share_requests"),
                                  QStringLiteral("hub_schema_version"),
                                  QStringLiteral("hub_settings")};
        for (const QString& table : tables) {
            QCOMPARE(scalar(*owner,
                            QStringLiteral("SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = "
                                           "c.relnamespace WHERE n.nspname = 'rapport' AND c.relname = '%1' "
                                           "AND c.relrowsecurity AND c.relforcerowsecurity")
                                .arg(table)),
                     qint64(1));
        }
        // No table escapes row-level security, and every SECURITY DEFINER function pins its search_path.
        QCOMPARE(scalar(*owner,
                        QStringLiteral("SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = "
                                       "c.relnamespace WHERE n.nspname = 'rapport' AND c.relkind IN ('r', 'p') "
                                       "AND NOT (c.relrowsecurity AND c.relforcerowsecurity)")),
                 qint64(0));
        QCOMPARE(scalar(*owner,
                        QStringLiteral("SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = "
                                       "p.pronamespace WHERE n.nspname = 'rapport' AND p.prosecdef AND NOT "
                                       "COALESCE(array_to_string(p.proconfig, ',') LIKE '%search_path=%', "
                                       "false)")),
                 qint64(0));
        // Nothing in the schema is executable by PUBLIC.
        QCOMPARE(scalar(*owner,
                        QStringLiteral("SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = "
                                       "p.pronamespace WHERE n.nspname = 'rapport' AND "
                                       "has_function_privilege('public', p.oid, 'EXECUTE')")),
                 qint64(0));
        for (const QString& role : {QStringLiteral("rapport_client"),
                                    QStringLiteral("rapport_professional"),
                                    QStringLiteral("rapport_hr"),
                                    QStringLiteral("rapport_admin")}) {
            QCOMPARE(scalar(*owner,
                            QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = '%1' AND NOT "
                                           "rolcanlogin")
                                .arg(role)),
                     qint64(1));
        }
        auto version = HubMigrations::currentVersion(*owner);
        QVERIFY_RESULT(version);
        QCOMPARE(*version, HubMigrations::latestVersion());
    }

    void initIsIdempotent()
    {
        for (int i = 0; i < 2; ++i) {
            const auto run = runCli({QStringLiteral("hub"), QStringLiteral("init"), QStringLiteral("--json")},
                                    m_cluster.environmentFor(m_owner, m_database));
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
            QCOMPARE(json.value(QStringLiteral("previousVersion")).toInt(), HubMigrations::latestVersion());
            QCOMPARE(json.value(QStringLiteral("version")).toInt(), HubMigrations::latestVersion());
            QVERIFY(json.value(QStringLiteral("applied")).toArray().isEmpty());
        }
        const auto text
            = runCli({QStringLiteral("hub"), QStringLiteral("init")}, m_cluster.environmentFor(m_owner, m_database));
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(QStringLiteral("up to date")), qPrintable(text.out));
    }

    void onlyTheOwnerCanCreateTheSchema()
    {
        QVERIFY_RESULT(m_cluster.createLogin(QStringLiteral("somebody")));
        QVERIFY_RESULT(m_cluster.createDatabase(QStringLiteral("hub_other"), m_owner));
        const auto run = runCli({QStringLiteral("hub"), QStringLiteral("init")},
                                m_cluster.environmentFor(QStringLiteral("somebody"), QStringLiteral("hub_other")));
        QCOMPARE(run.exitCode, int(cli::ExitFailure));
        QVERIFY2(run.err.contains(QStringLiteral("permission denied")), qPrintable(run.err));
        // Nothing was left behind: the failed migration rolled back.
        auto owner = connect(m_owner, QStringLiteral("hub_other"));
        QVERIFY(owner);
        QCOMPARE(scalar(*owner, QStringLiteral("SELECT count(*) FROM pg_namespace WHERE nspname = 'rapport'")),
                 qint64(0));
    }

    void refusesANewerHub()
    {
        auto owner = connect(m_owner, m_database);
        QVERIFY(owner);
        const int newer = HubMigrations::latestVersion() + 1;
        QVERIFY_RESULT(
            owner->exec(QStringLiteral("INSERT INTO rapport.hub_schema_version (version) VALUES (?)"), {newer}));

        const auto run
            = runCli({QStringLiteral("hub"), QStringLiteral("init")}, m_cluster.environmentFor(m_owner, m_database));
        QCOMPARE(run.exitCode, int(cli::ExitIncompatible));
        QVERIFY2(run.err.contains(QStringLiteral("newer version")), qPrintable(run.err));
        QVERIFY_ERROR(HubMigrations::apply(*owner), ErrorCode::NewerSchema);
        QVERIFY_ERROR(HubMigrations::checkCompatible(*owner), ErrorCode::NewerSchema);
        auto version = HubMigrations::currentVersion(*owner);
        QVERIFY_RESULT(version);
        QCOMPARE(*version, newer);

        QVERIFY_RESULT(
            owner->exec(QStringLiteral("DELETE FROM rapport.hub_schema_version WHERE version = ?"), {newer}));
        QVERIFY_RESULT(HubMigrations::checkCompatible(*owner));
    }
};

QTEST_GUILESS_MAIN(TestHubInit)
#include "TestHubInit.moc"
