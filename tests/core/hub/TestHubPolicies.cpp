#include "HubTestSupport.h"
#include "PgTestCluster.h"
#include "ResultTesting.h"
#include "cli/CliContext.h"
#include "hub/HubConnection.h"
#include "hub/HubMigrations.h"
#include "hub/HubPeople.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QSqlRecord>
#include <QTest>
#include <QUuid>

#include <cmath>

using namespace rapport;
using namespace rapport::hub;
using rapport::test::runCli;

/**
 * The hub's row-level security, proved with raw SQL through each person's own login: whatever SQL a login sends,
 * it reads and writes only what the policies allow.
 */
class TestHubPolicies : public QObject
{
    Q_OBJECT

private:
    test::PgTestCluster m_cluster;
    const QString m_owner = QStringLiteral("hub_owner");
    const QString m_database = QStringLiteral("hub");
    QMap<QString, QString> m_ids; ///< login -> person id
    QMap<QString, std::shared_ptr<HubConnection>> m_connections;

    static QString uuid() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

    /** The hub as `login` sees it (one connection per login, kept open so that nothing is re-read on login). */
    HubConnection* as(const QString& login)
    {
        if (!m_connections.contains(login)) {
            auto connection = HubConnection::openFromEnvironment(m_cluster.environmentFor(login, m_database));
            if (!connection) {
                qWarning("%s", qPrintable(connection.error().message));
                return nullptr;
            }
            m_connections.insert(login, std::shared_ptr<HubConnection>(std::move(*connection)));
        }
        return m_connections.value(login).get();
    }

    /** Every row of `sql` as `login`, columns joined with '|'; a failed query gives its error code name. */
    QStringList rows(const QString& login, const QString& sql, const QVariantList& values = {})
    {
        HubConnection* connection = as(login);
        if (connection == nullptr) {
            return {QStringLiteral("no connection")};
        }
        auto query = connection->exec(sql, values);
        if (!query) {
            return {QStringLiteral("error:") + query.error().codeName()};
        }
        QStringList result;
        while (query->next()) {
            QStringList columns;
            for (int i = 0; i < query->record().count(); ++i) {
                columns.append(query->value(i).toString());
            }
            result.append(columns.join(QLatin1Char('|')));
        }
        return result;
    }

    Result<void> execAs(const QString& login, const QString& sql, const QVariantList& values = {})
    {
        HubConnection* connection = as(login);
        if (connection == nullptr) {
            return fail(ErrorCode::Io, QStringLiteral("no connection"));
        }
        auto query = connection->exec(sql, values);
        if (!query) {
            return tl::unexpected(query.error());
        }
        return {};
    }

    /** Adds a person with `hub person add` run by `by`, remembering the new login's password. */
    QString addPerson(const QString& by, const QString& role, const QString& login, const QString& team = QString())
    {
        const QString password = test::PgTestCluster::randomPassword();
        QProcessEnvironment environment = m_cluster.environmentFor(by, m_database);
        environment.insert(QStringLiteral("RAPPORT_HUB_NEW_PASSWORD"), password);
        QStringList words {QStringLiteral("hub"),
                           QStringLiteral("person"),
                           QStringLiteral("add"),
                           QStringLiteral("--role"),
                           role,
                           QStringLiteral("--name"),
                           QStringLiteral("Person ") + login,
                           QStringLiteral("--login"),
                           login,
                           QStringLiteral("--json")};
        if (!team.isEmpty()) {
            words << QStringLiteral("--team") << team;
        }
        const auto run = runCli(words, environment);
        if (run.exitCode != 0) {
            qWarning("person add %s: %s", qPrintable(login), qPrintable(run.err));
            return QString();
        }
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        if (json.value(QStringLiteral("login")).toString() != login) {
            return QString();
        }
        if (!m_cluster.rememberPassword(login, password)) {
            return QString();
        }
        m_ids.insert(login, json.value(QStringLiteral("id")).toString());
        return m_ids.value(login);
    }

    int connect(const QString& by, const QString& client, const QString& professional, QString* err = nullptr)
    {
        const auto run = runCli({QStringLiteral("hub"),
                                 QStringLiteral("connect"),
                                 m_ids.value(client, client),
                                 m_ids.value(professional, professional)},
                                m_cluster.environmentFor(by, m_database));
        if (err != nullptr) {
            *err = run.err;
        }
        return run.exitCode;
    }

    /** The client's answer to its connection with `professional`, as sync pushes it (row-level security decides). */
    Result<void> answer(const QString& client, const QString& professional, const QString& state, qint64 at = 2000)
    {
        return execAs(client,
                      QStringLiteral("UPDATE rapport.connections SET state = ?, decided_at = ?, updated_at = ? WHERE "
                                     "professional_id = ?::uuid"),
                      {state, at, at, m_ids.value(professional)});
    }

    /** The state of the connection between the two, as the owner sees it. */
    QStringList stateOf(const QString& client, const QString& professional)
    {
        return rows(m_owner,
                    QStringLiteral("SELECT state FROM rapport.connections WHERE client_id = ?::uuid AND "
                                   "professional_id = ?::uuid"),
                    {m_ids.value(client), m_ids.value(professional)});
    }

    /** Five answers that give `score` on `instrument` (the hub checks that they do). */
    QString answersFor(const QString& instrument, double score) const
    {
        QStringList answers;
        if (instrument == W) {
            int remaining = static_cast<int>(score) / 4;
            for (int i = 0; i < 5; ++i) {
                answers << QString::number(std::min(5, remaining));
                remaining -= std::min(5, remaining);
            }
        } else {
            const int total = static_cast<int>(std::lround(score * 5));
            for (int i = 0; i < 5; ++i) {
                answers << QString::number(total / 5 + (i < total % 5 ? 1 : 0));
            }
        }
        return answers.join(QLatin1Char(','));
    }

    /** A raw submission row through `client`'s login, as sync pushes it: idempotent by id. */
    Result<void> submitRaw(const QString& client,
                           const QString& id,
                           const QString& instrument,
                           const QString& answers,
                           const QVariant& score,
                           const QString& professional = QString(),
                           qint64 submittedAt = -1 /* now: after the person was added (schema 15) */)
    {
        if (submittedAt < 0) {
            submittedAt = QDateTime::currentMSecsSinceEpoch();
        }
        return execAs(
            client,
            QStringLiteral("INSERT INTO rapport.submissions (id, person_id, instrument_id, instrument_version, "
                           "answers, score, professional_id, submitted_at, created_at, updated_at) VALUES "
                           "(?::uuid, ?::uuid, ?, 1, ?, ?::double precision, NULLIF(?, '')::uuid, ?, 1000, 1000) "
                           "ON CONFLICT (id) DO NOTHING"),
            {id,
             m_ids.value(client),
             instrument,
             answers,
             score,
             professional.isEmpty() ? QString() : m_ids.value(professional),
             submittedAt});
    }

    Result<void> submit(const QString& client,
                        const QString& id,
                        const QString& instrument,
                        double score,
                        const QString& professional = QString())
    {
        return submitRaw(client, id, instrument, answersFor(instrument, score), score, professional);
    }

    Result<void> share(const QString& client, const QString& metric, bool on)
    {
        return execAs(client,
                      QStringLiteral("INSERT INTO rapport.sharing_settings (client_id, metric, enabled, created_at, "
                                     "updated_at) VALUES (?::uuid, ?, ?, 1, 2) ON CONFLICT (client_id, metric) DO "
                                     "UPDATE SET enabled = excluded.enabled, updated_at = excluded.updated_at"),
                      {m_ids.value(client), metric, on});
    }

    /** Which clients' submissions `login` reads, as "client:instrument[:professional]". */
    QSet<QString> visibleSubmissions(const QString& login)
    {
        QSet<QString> seen;
        const QStringList all = rows(login,
                                     QStringLiteral("SELECT p.login, s.instrument_id, COALESCE(q.login, '') FROM "
                                                    "rapport.submissions s JOIN (SELECT id, login FROM "
                                                    "rapport.people) p ON p.id = s.person_id LEFT JOIN "
                                                    "(SELECT id, login FROM rapport.people) q ON q.id = "
                                                    "s.professional_id"));
        for (const QString& row : all) {
            if (row.startsWith(QStringLiteral("error:"))) {
                seen.insert(row);
                continue;
            }
            const QStringList parts = row.split(QLatin1Char('|'));
            seen.insert(parts.at(2).isEmpty() ? parts.at(0) + QLatin1Char(':') + parts.at(1)
                                              : parts.join(QLatin1Char(':')));
        }
        return seen;
    }

    /** The logins of the people rows `login` reads. */
    QSet<QString> visiblePeople(const QString& login)
    {
        const QStringList logins = rows(login, QStringLiteral("SELECT login FROM rapport.people"));
        return QSet<QString>(logins.cbegin(), logins.cend());
    }

    /** Submissions `login` reads, counted straight from the table (no join through people). */
    qint64 countSubmissions(const QString& login, const QString& ofClient)
    {
        const QStringList result = rows(login,
                                        QStringLiteral("SELECT count(*) FROM rapport.submissions WHERE "
                                                       "person_id = ?::uuid"),
                                        {m_ids.value(ofClient)});
        return result.size() == 1 ? result.first().toLongLong() : -1;
    }

    const QString W = QStringLiteral("wellbeing-index");
    const QString A = QStringLiteral("professional-alliance");

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
        QCOMPARE(runCli({QStringLiteral("hub"), QStringLiteral("init")}, m_cluster.environmentFor(m_owner, m_database))
                     .exitCode,
                 0);

        // The owner adds the first admin; the admin adds everyone else and connects them.
        QVERIFY(!addPerson(m_owner, QStringLiteral("admin"), QStringLiteral("ada")).isEmpty());
        for (const QString& client : {QStringLiteral("c1"), QStringLiteral("c2"), QStringLiteral("c3")}) {
            QVERIFY(!addPerson(QStringLiteral("ada"), QStringLiteral("client"), client, QStringLiteral("Finance"))
                         .isEmpty());
        }
        for (const QString& professional : {QStringLiteral("p1"), QStringLiteral("p2")}) {
            QVERIFY(!addPerson(QStringLiteral("ada"), QStringLiteral("professional"), professional).isEmpty());
        }
        QVERIFY(!addPerson(QStringLiteral("ada"), QStringLiteral("hr"), QStringLiteral("h1")).isEmpty());
        QCOMPARE(connect(QStringLiteral("ada"), QStringLiteral("c1"), QStringLiteral("p1")), 0);
        QCOMPARE(connect(QStringLiteral("ada"), QStringLiteral("c1"), QStringLiteral("p2")), 0);
        QCOMPARE(connect(QStringLiteral("ada"), QStringLiteral("c2"), QStringLiteral("p1")), 0);
        QCOMPARE(connect(QStringLiteral("ada"), QStringLiteral("c3"), QStringLiteral("p2")), 0);
        // An admin's connections wait for the client (adminConnectionsArePendingUntilTheClientAccepts); here
        // every client accepts at once.
        QCOMPARE(stateOf(QStringLiteral("c1"), QStringLiteral("p1")), QStringList {"pending"});
        QVERIFY_RESULT(answer(QStringLiteral("c1"), QStringLiteral("p1"), QStringLiteral("accepted")));
        QVERIFY_RESULT(answer(QStringLiteral("c1"), QStringLiteral("p2"), QStringLiteral("accepted")));
        QVERIFY_RESULT(answer(QStringLiteral("c2"), QStringLiteral("p1"), QStringLiteral("accepted")));
        QVERIFY_RESULT(answer(QStringLiteral("c3"), QStringLiteral("p2"), QStringLiteral("accepted")));

        // Each client pushes its own data through its own login, twice (a retried sync): no duplicates.
        for (int attempt = 0; attempt < 2; ++attempt) {
            QVERIFY_RESULT(submit(QStringLiteral("c1"), QStringLiteral("00000000-0000-4000-8000-000000000101"), W, 60));
            QVERIFY_RESULT(submit(QStringLiteral("c1"),
                                  QStringLiteral("00000000-0000-4000-8000-000000000102"),
                                  A,
                                  5.4,
                                  QStringLiteral("p1")));
            QVERIFY_RESULT(submit(QStringLiteral("c1"),
                                  QStringLiteral("00000000-0000-4000-8000-000000000103"),
                                  A,
                                  4.6,
                                  QStringLiteral("p2")));
            QVERIFY_RESULT(submit(QStringLiteral("c2"), QStringLiteral("00000000-0000-4000-8000-000000000201"), W, 40));
            QVERIFY_RESULT(submit(QStringLiteral("c2"),
                                  QStringLiteral("00000000-0000-4000-8000-000000000202"),
                                  A,
                                  6,
                                  QStringLiteral("p1")));
            QVERIFY_RESULT(submit(QStringLiteral("c3"), QStringLiteral("00000000-0000-4000-8000-000000000301"), W, 72));
            QVERIFY_RESULT(submit(QStringLiteral("c3"),
                                  QStringLiteral("00000000-0000-4000-8000-000000000302"),
                                  A,
                                  6.6,
                                  QStringLiteral("p2")));
            // c1 shares both with its professionals; c2 shares nothing; c3 shares both (but only with p2).
            QVERIFY_RESULT(share(QStringLiteral("c1"), QStringLiteral("alliance"), true));
            QVERIFY_RESULT(share(QStringLiteral("c1"), QStringLiteral("wellbeing"), true));
            QVERIFY_RESULT(share(QStringLiteral("c2"), QStringLiteral("alliance"), false));
            QVERIFY_RESULT(share(QStringLiteral("c3"), QStringLiteral("alliance"), true));
            QVERIFY_RESULT(share(QStringLiteral("c3"), QStringLiteral("wellbeing"), true));
        }
        QCOMPARE(rows(m_owner, QStringLiteral("SELECT count(*) FROM rapport.submissions")), QStringList {"7"});
        QCOMPARE(rows(m_owner, QStringLiteral("SELECT count(*) FROM rapport.sharing_settings")), QStringList {"5"});
    }

    void cleanupTestCase()
    {
        m_connections.clear();
        m_cluster.stop();
    }

    void personAndConnectErrors()
    {
        // The same login twice.
        QProcessEnvironment environment = m_cluster.environmentFor(QStringLiteral("ada"), m_database);
        environment.insert(QStringLiteral("RAPPORT_HUB_NEW_PASSWORD"), QStringLiteral("long enough password"));
        const QStringList duplicate {QStringLiteral("hub"),
                                     QStringLiteral("person"),
                                     QStringLiteral("add"),
                                     QStringLiteral("--role"),
                                     QStringLiteral("client"),
                                     QStringLiteral("--name"),
                                     QStringLiteral("Again"),
                                     QStringLiteral("--login"),
                                     QStringLiteral("c1")};
        auto run = runCli(duplicate, environment);
        QCOMPARE(run.exitCode, int(cli::ExitFailure));
        QVERIFY2(run.err.contains(QStringLiteral("already exists")), qPrintable(run.err));

        // A login that would hijack a group role or is not a plain name.
        QStringList bad = duplicate;
        bad.last() = QStringLiteral("rapport_admin");
        QCOMPARE(runCli(bad, environment).exitCode, int(cli::ExitUsage));
        bad.last() = QStringLiteral("Robert'); DROP TABLE x; --");
        QCOMPARE(runCli(bad, environment).exitCode, int(cli::ExitUsage));

        // No password: a usage error, nothing created.
        environment.remove(QStringLiteral("RAPPORT_HUB_NEW_PASSWORD"));
        bad.last() = QStringLiteral("newbie");
        QCOMPARE(runCli(bad, environment).exitCode, int(cli::ExitUsage));

        // A client or a professional may not add people.
        QProcessEnvironment asClient = m_cluster.environmentFor(QStringLiteral("c1"), m_database);
        asClient.insert(QStringLiteral("RAPPORT_HUB_NEW_PASSWORD"), QStringLiteral("long enough password"));
        run = runCli(bad, asClient);
        QCOMPARE(run.exitCode, int(cli::ExitFailure));
        QVERIFY2(run.err.contains(QStringLiteral("owner or an admin")), qPrintable(run.err));
        QCOMPARE(rows(m_owner, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = 'newbie'")),
                 QStringList {"0"});

        // Connections: unknown ids, wrong roles, not permitted; connecting twice is fine.
        QString err;
        QCOMPARE(connect(QStringLiteral("ada"), uuid(), QStringLiteral("p1"), &err), int(cli::ExitFailure));
        QVERIFY2(err.contains(QStringLiteral("no person")), qPrintable(err));
        QCOMPARE(connect(QStringLiteral("ada"), QStringLiteral("p1"), QStringLiteral("c1"), &err), int(cli::ExitUsage));
        QCOMPARE(connect(QStringLiteral("c1"), QStringLiteral("c2"), QStringLiteral("p2"), &err),
                 int(cli::ExitFailure));
        QCOMPARE(connect(QStringLiteral("ada"), QStringLiteral("c1"), QStringLiteral("p1"), &err), 0);
        QCOMPARE(rows(m_owner, QStringLiteral("SELECT count(*) FROM rapport.connections")), QStringList {"4"});
    }

    void eachLoginKnowsItsPerson()
    {
        for (const QString& login : {QStringLiteral("c1"), QStringLiteral("p1"), QStringLiteral("ada")}) {
            auto me = HubPeople(*as(login)).current();
            QVERIFY_RESULT(me);
            QCOMPARE(me->id.toString(QUuid::WithoutBraces), m_ids.value(login));
        }
        auto c1 = HubPeople(*as(QStringLiteral("c1"))).current();
        QVERIFY_RESULT(c1);
        QCOMPARE(c1->role, Role::Client);
        QCOMPARE(c1->team, QStringLiteral("Finance"));
        // The owner is no person.
        QVERIFY_ERROR(HubPeople(*as(m_owner)).current(), ErrorCode::NotFound);
    }

    void professionalSeesOnlyWhatIsSharedWithIt()
    {
        // p1: c1 shares both (alliance only about p1), c2 shares nothing, c3 is not its client.
        QCOMPARE(visibleSubmissions(QStringLiteral("p1")),
                 (QSet<QString> {QStringLiteral("c1:wellbeing-index"), QStringLiteral("c1:professional-alliance:p1")}));
        QCOMPARE(countSubmissions(QStringLiteral("p1"), QStringLiteral("c2")), qint64(0));
        QCOMPARE(countSubmissions(QStringLiteral("p1"), QStringLiteral("c3")), qint64(0));
        // p2: c1 (alliance about p2 only) and c3.
        QCOMPARE(visibleSubmissions(QStringLiteral("p2")),
                 (QSet<QString> {QStringLiteral("c1:wellbeing-index"),
                                 QStringLiteral("c1:professional-alliance:p2"),
                                 QStringLiteral("c3:wellbeing-index"),
                                 QStringLiteral("c3:professional-alliance:p2")}));
        // The set the policies use (schema 9) answers for the caller only, and only professionals may ask.
        QCOMPARE(rows(QStringLiteral("p1"),
                      QStringLiteral("SELECT unnest(rapport.clients_sharing_with_caller('wellbeing'))")),
                 QStringList {m_ids.value(QStringLiteral("c1"))});
        QCOMPARE(rows(QStringLiteral("c2"), QStringLiteral("SELECT rapport.clients_sharing_with_caller('wellbeing')")),
                 QStringList {QStringLiteral("error:permission-denied")});
        // People: a professional reads its own clients and itself, nobody else.
        QCOMPARE(visiblePeople(QStringLiteral("p1")),
                 (QSet<QString> {QStringLiteral("p1"), QStringLiteral("c1"), QStringLiteral("c2")}));
        QCOMPARE(rows(QStringLiteral("p1"), QStringLiteral("SELECT count(*) FROM rapport.sharing_audit")),
                 QStringList {QStringLiteral("error:permission-denied")});
        // A professional writes no submissions, not even for its own client.
        QVERIFY_ERROR(execAs(QStringLiteral("p1"),
                             QStringLiteral("INSERT INTO rapport.submissions VALUES (?::uuid, "
                                            "?::uuid, 'wellbeing-index', 1, '1', 1, NULL, 1, 1, "
                                            "1)"),
                             {uuid(), m_ids.value(QStringLiteral("c1"))}),
                      ErrorCode::PermissionDenied);
    }

    void revocationIsVisibleAtTheNextQuery()
    {
        QCOMPARE(countSubmissions(QStringLiteral("p1"), QStringLiteral("c1")), qint64(2));
        QVERIFY_RESULT(share(QStringLiteral("c1"), QStringLiteral("alliance"), false));
        // The very next query on p1's open connection: the alliance is gone, wellbeing still shared.
        QCOMPARE(visibleSubmissions(QStringLiteral("p1")), (QSet<QString> {QStringLiteral("c1:wellbeing-index")}));
        QVERIFY_RESULT(execAs(QStringLiteral("c1"),
                              QStringLiteral("UPDATE rapport.sharing_settings SET enabled = false "
                                             "WHERE metric = 'wellbeing'")));
        QCOMPARE(countSubmissions(QStringLiteral("p1"), QStringLiteral("c1")), qint64(0));
        // Turning it on again shows it again.
        QVERIFY_RESULT(share(QStringLiteral("c1"), QStringLiteral("alliance"), true));
        QVERIFY_RESULT(share(QStringLiteral("c1"), QStringLiteral("wellbeing"), true));
        QCOMPARE(countSubmissions(QStringLiteral("p1"), QStringLiteral("c1")), qint64(2));
    }

    void clientSeesAndWritesOnlyItsOwnRows()
    {
        QCOMPARE(visibleSubmissions(QStringLiteral("c2")),
                 (QSet<QString> {QStringLiteral("c2:wellbeing-index"), QStringLiteral("c2:professional-alliance:p1")}));
        QCOMPARE(countSubmissions(QStringLiteral("c2"), QStringLiteral("c1")), qint64(0));
        QCOMPARE(rows(QStringLiteral("c2"),
                      QStringLiteral("SELECT count(*) FROM rapport.sharing_settings WHERE "
                                     "client_id <> ?::uuid"),
                      {m_ids.value(QStringLiteral("c2"))}),
                 QStringList {"0"});
        QCOMPARE(visiblePeople(QStringLiteral("c2")), (QSet<QString> {QStringLiteral("c2"), QStringLiteral("p1")}));
        QCOMPARE(rows(QStringLiteral("c2"), QStringLiteral("SELECT count(*) FROM rapport.connections")),
                 QStringList {"1"});

        // Writing for someone else: refused by the policies, whatever the SQL.
        // (A row the submission checks accept, so that it is the policy that refuses it.)
        QVERIFY_ERROR(execAs(QStringLiteral("c2"),
                             QStringLiteral("INSERT INTO rapport.submissions VALUES (?::uuid, "
                                            "?::uuid, 'wellbeing-index', 1, '4,4,4,4,4', 80, NULL, "
                                            "1767225600000, 1, 1)"),
                             {uuid(), m_ids.value(QStringLiteral("c1"))}),
                      ErrorCode::PermissionDenied);
        QVERIFY_ERROR(execAs(QStringLiteral("c2"),
                             QStringLiteral("INSERT INTO rapport.sharing_audit VALUES (?::uuid, "
                                            "?::uuid, 'alliance', false, true, 'c2', 1, 1, 1)"),
                             {uuid(), m_ids.value(QStringLiteral("c1"))}),
                      ErrorCode::PermissionDenied);
        QVERIFY_ERROR(execAs(QStringLiteral("c2"),
                             QStringLiteral("INSERT INTO rapport.sharing_settings VALUES "
                                            "(?::uuid, 'wellbeing', false, 1, 1)"),
                             {m_ids.value(QStringLiteral("c3"))}),
                      ErrorCode::PermissionDenied);
        // An UPDATE of someone else's switch touches nothing.
        QVERIFY_RESULT(
            execAs(QStringLiteral("c2"), QStringLiteral("UPDATE rapport.sharing_settings SET enabled = false")));
        QCOMPARE(rows(m_owner, QStringLiteral("SELECT count(*) FROM rapport.sharing_settings WHERE enabled")),
                 QStringList {"4"});
        // The client's own audit entries: appended, never changed.
        const QString entry = uuid();
        QVERIFY_RESULT(execAs(QStringLiteral("c2"),
                              QStringLiteral("INSERT INTO rapport.sharing_audit VALUES (?::uuid, "
                                             "?::uuid, 'alliance', false, false, 'c2', 1, 1, 1) "
                                             "ON CONFLICT (id) DO NOTHING"),
                              {entry, m_ids.value(QStringLiteral("c2"))}));
        QVERIFY_ERROR(execAs(QStringLiteral("c2"), QStringLiteral("UPDATE rapport.sharing_audit SET changed_at = 2")),
                      ErrorCode::PermissionDenied);
        // Submissions are never rewritten or deleted through a client login.
        QVERIFY_ERROR(execAs(QStringLiteral("c2"), QStringLiteral("UPDATE rapport.submissions SET score = 100")),
                      ErrorCode::PermissionDenied);
        QVERIFY_ERROR(execAs(QStringLiteral("c2"), QStringLiteral("DELETE FROM rapport.submissions")),
                      ErrorCode::PermissionDenied);
    }

    /** The SECURITY DEFINER helpers answer only about pairs that include the caller (and the owner about all). */
    void helpersAnswerOnlyAboutTheCaller()
    {
        const QString c1 = m_ids.value(QStringLiteral("c1"));
        const QString c2 = m_ids.value(QStringLiteral("c2"));
        const QString c3 = m_ids.value(QStringLiteral("c3"));
        const QString p1 = m_ids.value(QStringLiteral("p1"));
        const QString p2 = m_ids.value(QStringLiteral("p2"));
        const QString connected = QStringLiteral("SELECT rapport.is_connected(?::uuid, ?::uuid)");
        const QString sharing = QStringLiteral("SELECT rapport.shares_with(?::uuid, ?::uuid, 'wellbeing')");
        const QString role = QStringLiteral("SELECT coalesce(rapport.role_of(?::uuid), 'unknown')");
        // About oneself: the truth.
        QCOMPARE(rows(QStringLiteral("c1"), connected, {c1, p1}), QStringList {"true"});
        QCOMPARE(rows(QStringLiteral("c1"), sharing, {c1, p1}), QStringList {"true"});
        QCOMPARE(rows(QStringLiteral("p2"), connected, {c3, p2}), QStringList {"true"});
        QCOMPARE(rows(QStringLiteral("c1"), role, {p2}), QStringList {"professional"});
        QCOMPARE(rows(QStringLiteral("c1"), role, {c1}), QStringList {"client"});
        // About others, for a client, a professional and an admin alike: nothing (c2–p1 and c3–p2 are connected,
        // and c3 shares its wellbeing with p2).
        for (const QString& caller : {QStringLiteral("c1"), QStringLiteral("p1"), QStringLiteral("ada")}) {
            QCOMPARE(rows(caller, connected, {c3, p2}), QStringList {"false"});
            QCOMPARE(rows(caller, sharing, {c3, p2}), QStringList {"false"});
        }
        QCOMPARE(rows(QStringLiteral("c1"), connected, {c2, p1}), QStringList {"false"});
        QCOMPARE(rows(QStringLiteral("c1"), role, {c3}), QStringList {"unknown"});
        QCOMPARE(rows(QStringLiteral("p1"), role, {c3}), QStringList {"unknown"});
        QCOMPARE(rows(QStringLiteral("ada"), role, {c2}), QStringList {"unknown"});
        // The owner (migrations, its own functions) still gets every answer.
        QCOMPARE(rows(m_owner, connected, {c3, p2}), QStringList {"true"});
        QCOMPARE(rows(m_owner, role, {c3}), QStringList {"client"});
        // And the policies that use the helpers still work: p1 reads c1's shared wellbeing, not c2's.
        QCOMPARE(countSubmissions(QStringLiteral("p1"), QStringLiteral("c1")), qint64(2));
    }

    /** The database checks what a client pushes: no NaN, no forged score, no answer off the scale, no future. */
    void submissionsAreCheckedByTheDatabase()
    {
        const auto next = [] { return QUuid::createUuid().toString(QUuid::WithoutBraces); };
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        // NaN and infinities: not numbers.
        QVERIFY_ERROR(submitRaw(QStringLiteral("c2"), next(), W, QStringLiteral("4,4,4,4,4"), QStringLiteral("NaN")),
                      ErrorCode::InvalidArgument);
        QVERIFY_ERROR(
            submitRaw(QStringLiteral("c2"), next(), W, QStringLiteral("4,4,4,4,4"), QStringLiteral("Infinity")),
            ErrorCode::InvalidArgument);
        // A score the answers do not give (4 × 20 = 80, not 100), for either instrument.
        QVERIFY_ERROR(submitRaw(QStringLiteral("c2"), next(), W, QStringLiteral("4,4,4,4,4"), 100.0),
                      ErrorCode::InvalidArgument);
        QVERIFY_ERROR(
            submitRaw(QStringLiteral("c2"), next(), A, QStringLiteral("6,6,6,6,6"), 7.0, QStringLiteral("p1")),
            ErrorCode::InvalidArgument);
        // Answers off the scale, or not five whole numbers.
        QVERIFY_ERROR(submitRaw(QStringLiteral("c2"), next(), W, QStringLiteral("6,4,4,4,4"), 88.0),
                      ErrorCode::InvalidArgument);
        QVERIFY_ERROR(
            submitRaw(QStringLiteral("c2"), next(), A, QStringLiteral("0,7,7,7,7"), 5.6, QStringLiteral("p1")),
            ErrorCode::InvalidArgument);
        QVERIFY_ERROR(submitRaw(QStringLiteral("c2"), next(), W, QStringLiteral("4,4,4,4"), 64.0),
                      ErrorCode::InvalidArgument);
        QVERIFY_ERROR(submitRaw(QStringLiteral("c2"), next(), W, QStringLiteral("-1,4,4,4,4"), 60.0),
                      ErrorCode::InvalidArgument);
        // A Wellbeing Index about a professional, an alliance survey about nobody, an unknown instrument.
        QVERIFY_ERROR(
            submitRaw(QStringLiteral("c2"), next(), W, QStringLiteral("4,4,4,4,4"), 80.0, QStringLiteral("p1")),
            ErrorCode::InvalidArgument);
        QVERIFY_ERROR(submitRaw(QStringLiteral("c2"), next(), A, QStringLiteral("6,6,6,6,6"), 6.0),
                      ErrorCode::InvalidArgument);
        QVERIFY_ERROR(
            submitRaw(QStringLiteral("c2"), next(), QStringLiteral("made-up"), QStringLiteral("4,4,4,4,4"), 80.0),
            ErrorCode::InvalidArgument);
        // Times: an hour ahead of the server, or back in 1999.
        QVERIFY_ERROR(
            submitRaw(QStringLiteral("c2"), next(), W, QStringLiteral("4,4,4,4,4"), 80.0, QString(), now + 3600000),
            ErrorCode::InvalidArgument);
        QVERIFY_ERROR(
            submitRaw(QStringLiteral("c2"), next(), W, QStringLiteral("4,4,4,4,4"), 80.0, QString(), 915148800000),
            ErrorCode::InvalidArgument);
        QCOMPARE(countSubmissions(QStringLiteral("c2"), QStringLiteral("c2")), qint64(2)); // nothing of that got in
        // What Rapport itself writes passes: the alliance mean rounded half away from zero (27 / 5 = 5.4).
        const QString good = next();
        QVERIFY_RESULT(submitRaw(
            QStringLiteral("c2"), good, A, QStringLiteral("6,6,5,5,5"), 5.4, QStringLiteral("p1"), now - 60000));
        QCOMPARE(countSubmissions(QStringLiteral("c2"), QStringLiteral("c2")), qint64(3));
        QVERIFY_RESULT(execAs(m_owner, QStringLiteral("DELETE FROM rapport.submissions WHERE id = ?::uuid"), {good}));
    }

    void shareRequestsFollowConnections()
    {
        const QString request = uuid();
        const QString insert = QStringLiteral(
            "INSERT INTO rapport.share_requests (id, professional_id, client_id, metric, status, requested_at, "
            "created_at, updated_at) VALUES (?::uuid, ?::uuid, ?::uuid, 'alliance', 'pending', 1, 1, 1) "
            "ON CONFLICT (id) DO NOTHING");
        const QString p1 = m_ids.value(QStringLiteral("p1"));
        QVERIFY_RESULT(execAs(QStringLiteral("p1"), insert, {request, p1, m_ids.value(QStringLiteral("c2"))}));
        QVERIFY_RESULT(execAs(QStringLiteral("p1"), insert, {request, p1, m_ids.value(QStringLiteral("c2"))}));
        // Not its client, or in another professional's name: refused.
        QVERIFY_ERROR(execAs(QStringLiteral("p1"), insert, {uuid(), p1, m_ids.value(QStringLiteral("c3"))}),
                      ErrorCode::PermissionDenied);
        QVERIFY_ERROR(execAs(QStringLiteral("p1"),
                             insert,
                             {uuid(), m_ids.value(QStringLiteral("p2")), m_ids.value(QStringLiteral("c1"))}),
                      ErrorCode::PermissionDenied);
        // A client cannot ask itself a question.
        QVERIFY_ERROR(execAs(QStringLiteral("c2"), insert, {uuid(), p1, m_ids.value(QStringLiteral("c2"))}),
                      ErrorCode::PermissionDenied);

        // Only the addressee sees and answers it.
        QCOMPARE(rows(QStringLiteral("c1"), QStringLiteral("SELECT count(*) FROM rapport.share_requests")),
                 QStringList {"0"});
        QVERIFY_RESULT(execAs(QStringLiteral("c1"),
                              QStringLiteral("UPDATE rapport.share_requests SET status = "
                                             "'accepted'")));
        QCOMPARE(rows(m_owner, QStringLiteral("SELECT status FROM rapport.share_requests")), QStringList {"pending"});
        QVERIFY_ERROR(execAs(QStringLiteral("c2"),
                             QStringLiteral("UPDATE rapport.share_requests SET client_id = "
                                            "?::uuid"),
                             {m_ids.value(QStringLiteral("c1"))}),
                      ErrorCode::PermissionDenied);
        QVERIFY_RESULT(execAs(QStringLiteral("c2"),
                              QStringLiteral("UPDATE rapport.share_requests SET status = "
                                             "'accepted', answered_at = 5, updated_at = 5 WHERE "
                                             "id = ?::uuid"),
                              {request}));
        QCOMPARE(rows(QStringLiteral("p1"), QStringLiteral("SELECT status FROM rapport.share_requests")),
                 QStringList {"accepted"});
        // A professional does not answer for the client.
        QVERIFY_ERROR(execAs(QStringLiteral("p1"),
                             QStringLiteral("UPDATE rapport.share_requests SET status = "
                                            "'declined'")),
                      ErrorCode::PermissionDenied);
    }

    void hrSelectsNoTable()
    {
        for (const QString& table : {QStringLiteral("people"),
                                     QStringLiteral("connections"),
                                     QStringLiteral("submissions"),
                                     QStringLiteral("sharing_settings"),
                                     QStringLiteral("sharing_audit"),
                                     QStringLiteral("share_requests"),
                                     QStringLiteral("hub_settings")}) {
            QCOMPARE(rows(QStringLiteral("h1"), QStringLiteral("SELECT count(*) FROM rapport.%1").arg(table)),
                     QStringList {QStringLiteral("error:permission-denied")});
        }
        // Nor the per-person HR summaries, through any login: they hold each person's latest score.
        for (const QString& login :
             {QStringLiteral("h1"), QStringLiteral("c1"), QStringLiteral("p1"), QStringLiteral("ada")}) {
            for (const QString& table : {QStringLiteral("hr_person_stats"),
                                         QStringLiteral("hr_person_months"),
                                         QStringLiteral("hr_months"),
                                         QStringLiteral("hr_latest_by_professional")}) {
                QCOMPARE(rows(login, QStringLiteral("SELECT count(*) FROM rapport.%1").arg(table)),
                         QStringList {QStringLiteral("error:permission-denied")});
            }
        }
        // Nor can it borrow the policies' helpers to probe who shares what.
        QCOMPARE(rows(QStringLiteral("h1"),
                      QStringLiteral("SELECT rapport.shares_with(?::uuid, ?::uuid, 'alliance')"),
                      {m_ids.value(QStringLiteral("c1")), m_ids.value(QStringLiteral("p1"))}),
                 QStringList {QStringLiteral("error:permission-denied")});
    }

    void adminManagesPeopleButReadsNoScores()
    {
        for (const QString& table : {QStringLiteral("submissions"),
                                     QStringLiteral("sharing_settings"),
                                     QStringLiteral("sharing_audit"),
                                     QStringLiteral("share_requests")}) {
            QCOMPARE(rows(QStringLiteral("ada"), QStringLiteral("SELECT count(*) FROM rapport.%1").arg(table)),
                     QStringList {QStringLiteral("error:permission-denied")});
        }
        QCOMPARE(rows(QStringLiteral("ada"), QStringLiteral("SELECT count(*) FROM rapport.people")), QStringList {"7"});
        QVERIFY_RESULT(execAs(QStringLiteral("ada"),
                              QStringLiteral("UPDATE rapport.people SET team = 'Legal' WHERE "
                                             "login = 'c3'")));
        QCOMPARE(rows(m_owner, QStringLiteral("SELECT team FROM rapport.people WHERE login = 'c3'")),
                 QStringList {"Legal"});
        // An admin cannot make someone else's login its own.
        QVERIFY_ERROR(execAs(QStringLiteral("ada"), QStringLiteral("UPDATE rapport.people SET login = 'x'")),
                      ErrorCode::PermissionDenied);
    }

    /**
     * A connection an admin makes shares nothing until the client accepts it: before that the professional reads
     * none of the client's rows (not even the name) and cannot ask them to share. Only the client answers, the
     * answer is logged append-only, and declining or removing the connection takes effect at the next query.
     */
    void adminConnectionsArePendingUntilTheClientAccepts()
    {
        // A new professional login, made and connected to c1 (who shares both scores) by the admin at once.
        QVERIFY(!addPerson(QStringLiteral("ada"), QStringLiteral("professional"), QStringLiteral("p9")).isEmpty());
        QCOMPARE(connect(QStringLiteral("ada"), QStringLiteral("c1"), QStringLiteral("p9")), 0);
        QCOMPARE(stateOf(QStringLiteral("c1"), QStringLiteral("p9")), QStringList {"pending"});
        const QString c1 = m_ids.value(QStringLiteral("c1"));
        const QString p9 = m_ids.value(QStringLiteral("p9"));

        // Pending: p9 sees nothing of c1.
        const auto seesNothing = [&] {
            QCOMPARE(visibleSubmissions(QStringLiteral("p9")), QSet<QString>());
            QCOMPARE(visiblePeople(QStringLiteral("p9")), QSet<QString> {QStringLiteral("p9")});
            QCOMPARE(rows(QStringLiteral("p9"), QStringLiteral("SELECT count(*) FROM rapport.connections")),
                     QStringList {"0"});
            QCOMPARE(rows(QStringLiteral("p9"), QStringLiteral("SELECT count(*) FROM rapport.sharing_settings")),
                     QStringList {"0"});
            QCOMPARE(
                rows(QStringLiteral("p9"), QStringLiteral("SELECT rapport.is_connected(?::uuid, ?::uuid)"), {c1, p9}),
                QStringList {"false"});
            QCOMPARE(rows(QStringLiteral("p9"),
                          QStringLiteral("SELECT coalesce(rapport.role_of(?::uuid), 'unknown')"),
                          {c1}),
                     QStringList {"unknown"});
            QVERIFY_ERROR(execAs(QStringLiteral("p9"),
                                 QStringLiteral("INSERT INTO rapport.share_requests (id, professional_id, client_id, "
                                                "metric, status, requested_at, created_at, updated_at) VALUES "
                                                "(?::uuid, ?::uuid, ?::uuid, 'wellbeing', 'pending', 1, 1, 1)"),
                                 {uuid(), p9, c1}),
                          ErrorCode::PermissionDenied);
        };
        seesNothing();
        // The admin's list says the connection waits for the client; a client login may not list connections.
        const auto listed = runCli({QStringLiteral("hub"), QStringLiteral("connections"), QStringLiteral("--json")},
                                   m_cluster.environmentFor(QStringLiteral("ada"), m_database));
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
        bool pendingListed = false;
        for (const QJsonValue& entry : QJsonDocument::fromJson(listed.out.toUtf8()).array()) {
            const QJsonObject object = entry.toObject();
            if (object.value(QStringLiteral("professional")).toObject().value(QStringLiteral("id")).toString() == p9) {
                pendingListed = object.value(QStringLiteral("state")).toString() == QStringLiteral("pending");
            }
        }
        QVERIFY2(pendingListed, qPrintable(listed.out));
        const auto byClient = runCli({QStringLiteral("hub"), QStringLiteral("connections")},
                                     m_cluster.environmentFor(QStringLiteral("c1"), m_database));
        QCOMPARE(byClient.exitCode, int(cli::ExitFailure));
        QVERIFY2(byClient.err.contains(QStringLiteral("owner or an admin")), qPrintable(byClient.err));
        // The client sees who wants to connect, and the connection's state.
        QVERIFY(visiblePeople(QStringLiteral("c1")).contains(QStringLiteral("p9")));
        QCOMPARE(rows(QStringLiteral("c1"),
                      QStringLiteral("SELECT state FROM rapport.connections WHERE "
                                     "professional_id = ?::uuid"),
                      {p9}),
                 QStringList {"pending"});

        // Nobody but the client answers: the admin can neither insert an accepted connection nor update one, the
        // professional cannot, another client's UPDATE touches nothing, and "pending" is no answer.
        QVERIFY_ERROR(execAs(QStringLiteral("ada"),
                             QStringLiteral("INSERT INTO rapport.connections (id, client_id, professional_id, "
                                            "created_at, updated_at, state) VALUES (?::uuid, ?::uuid, ?::uuid, 1, 1, "
                                            "'accepted')"),
                             {uuid(), m_ids.value(QStringLiteral("c2")), p9}),
                      ErrorCode::PermissionDenied);
        QVERIFY_ERROR(
            execAs(QStringLiteral("ada"), QStringLiteral("UPDATE rapport.connections SET state = 'accepted'")),
            ErrorCode::PermissionDenied);
        QVERIFY_ERROR(execAs(QStringLiteral("p9"), QStringLiteral("UPDATE rapport.connections SET state = 'accepted'")),
                      ErrorCode::PermissionDenied);
        QVERIFY_RESULT(answer(QStringLiteral("c2"), QStringLiteral("p9"), QStringLiteral("accepted")));
        QCOMPARE(stateOf(QStringLiteral("c1"), QStringLiteral("p9")), QStringList {"pending"});
        QVERIFY_ERROR(answer(QStringLiteral("c1"), QStringLiteral("p9"), QStringLiteral("pending")),
                      ErrorCode::PermissionDenied);
        // Nor may the client move the connection to someone else.
        QVERIFY_ERROR(execAs(QStringLiteral("c1"),
                             QStringLiteral("UPDATE rapport.connections SET professional_id = "
                                            "?::uuid WHERE professional_id = ?::uuid"),
                             {m_ids.value(QStringLiteral("p2")), p9}),
                      ErrorCode::PermissionDenied);

        // The client accepts: p9 reads what c1 shares at the next query, and the answer is logged.
        QVERIFY_RESULT(answer(QStringLiteral("c1"), QStringLiteral("p9"), QStringLiteral("accepted"), 3000));
        QCOMPARE(visibleSubmissions(QStringLiteral("p9")), QSet<QString> {QStringLiteral("c1:wellbeing-index")});
        QVERIFY(visiblePeople(QStringLiteral("p9")).contains(QStringLiteral("c1")));
        const QString connectionId
            = rows(m_owner,
                   QStringLiteral("SELECT id FROM rapport.connections WHERE client_id = ?::uuid AND "
                                  "professional_id = ?::uuid"),
                   {c1, p9})
                  .value(0);
        const QString logInsert = QStringLiteral(
            "INSERT INTO rapport.connection_decisions (id, connection_id, client_id, professional_id, decision, "
            "decided_at, created_at, updated_at) VALUES (?::uuid, ?::uuid, ?::uuid, ?::uuid, ?, 3000, 3000, 3000)");
        const QString logged = uuid();
        QVERIFY_RESULT(
            execAs(QStringLiteral("c1"), logInsert, {logged, connectionId, c1, p9, QStringLiteral("accepted")}));
        QVERIFY_ERROR(execAs(QStringLiteral("c1"),
                             QStringLiteral("UPDATE rapport.connection_decisions SET decision = "
                                            "'declined'")),
                      ErrorCode::PermissionDenied);
        // Another client cannot write into c1's log, nor about a connection that is not theirs.
        QVERIFY_ERROR(
            execAs(QStringLiteral("c2"), logInsert, {uuid(), connectionId, c1, p9, QStringLiteral("declined")}),
            ErrorCode::PermissionDenied);
        QVERIFY_ERROR(execAs(QStringLiteral("c2"),
                             logInsert,
                             {uuid(), connectionId, m_ids.value(QStringLiteral("c2")), p9, QStringLiteral("declined")}),
                      ErrorCode::PermissionDenied);
        QCOMPARE(rows(QStringLiteral("c2"), QStringLiteral("SELECT count(*) FROM rapport.connection_decisions")),
                 QStringList {"0"});
        QCOMPARE(rows(QStringLiteral("p9"), QStringLiteral("SELECT count(*) FROM rapport.connection_decisions")),
                 QStringList {QStringLiteral("error:permission-denied")});
        QCOMPARE(rows(QStringLiteral("c1"), QStringLiteral("SELECT decision FROM rapport.connection_decisions")),
                 QStringList {"accepted"});

        // Declining (a change of mind) shuts p9 out again at the next query.
        QVERIFY_RESULT(answer(QStringLiteral("c1"), QStringLiteral("p9"), QStringLiteral("declined"), 4000));
        seesNothing();
        QVERIFY_RESULT(answer(QStringLiteral("c1"), QStringLiteral("p9"), QStringLiteral("accepted"), 5000));
        QCOMPARE(visibleSubmissions(QStringLiteral("p9")), QSet<QString> {QStringLiteral("c1:wellbeing-index")});

        // The admin's list says since when: made at the admin's time, answered at the client's.
        const auto answered = runCli({QStringLiteral("hub"), QStringLiteral("connections"), QStringLiteral("--json")},
                                     m_cluster.environmentFor(QStringLiteral("ada"), m_database));
        QVERIFY2(answered.exitCode == 0, qPrintable(answered.err));
        QJsonObject listedConnection;
        for (const QJsonValue& entry : QJsonDocument::fromJson(answered.out.toUtf8()).array()) {
            if (entry.toObject().value(QStringLiteral("id")).toString() == connectionId) {
                listedConnection = entry.toObject();
            }
        }
        QCOMPARE(listedConnection.value(QStringLiteral("state")).toString(), QStringLiteral("accepted"));
        QCOMPARE(listedConnection.value(QStringLiteral("decidedAt")).toString(),
                 QDateTime::fromMSecsSinceEpoch(5000, Qt::UTC).toString(Qt::ISODate));
        QVERIFY(QDateTime::fromString(listedConnection.value(QStringLiteral("createdAt")).toString(), Qt::ISODate)
                    .isValid());

        // Neither the client nor the professional may remove the connection; an unknown id is no connection.
        const QStringList disconnect {QStringLiteral("hub"), QStringLiteral("disconnect"), connectionId};
        for (const QString& login : {QStringLiteral("c1"), QStringLiteral("p9")}) {
            const auto refused = runCli(disconnect, m_cluster.environmentFor(login, m_database));
            QCOMPARE(refused.exitCode, int(cli::ExitFailure));
        }
        QCOMPARE(stateOf(QStringLiteral("c1"), QStringLiteral("p9")), QStringList {"accepted"});
        const auto unknown = runCli({QStringLiteral("hub"), QStringLiteral("disconnect"), uuid()},
                                    m_cluster.environmentFor(QStringLiteral("ada"), m_database));
        QCOMPARE(unknown.exitCode, int(cli::ExitFailure));
        QVERIFY2(unknown.err.contains(QStringLiteral("no such connection")), qPrintable(unknown.err));
        QVERIFY(runCli({QStringLiteral("hub"), QStringLiteral("disconnect"), QStringLiteral("nonsense")},
                       m_cluster.environmentFor(QStringLiteral("ada"), m_database))
                    .exitCode
                != 0);

        // The admin removes the connection: it takes effect at the next query, the client's log stays.
        const auto removed = runCli(disconnect + QStringList {QStringLiteral("--json")},
                                    m_cluster.environmentFor(QStringLiteral("ada"), m_database));
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
        QCOMPARE(
            QJsonDocument::fromJson(removed.out.toUtf8()).object().value(QStringLiteral("professionalId")).toString(),
            p9);
        seesNothing();
        QCOMPARE(stateOf(QStringLiteral("c1"), QStringLiteral("p9")), QStringList());
        QCOMPARE(rows(QStringLiteral("c1"), QStringLiteral("SELECT count(*) FROM rapport.connection_decisions")),
                 QStringList {"1"});
    }

    /**
     * Offboarding: an admin removes a person; their login stops working and everything of theirs on the hub is
     * deleted (submissions, connections, sharing, audit, answers). Nobody else may, and an admin cannot remove
     * their own login.
     */
    void removingAPersonDeletesTheirDataAndLogin()
    {
        QVERIFY(!addPerson(QStringLiteral("ada"), QStringLiteral("client"), QStringLiteral("c9"), QStringLiteral("Ops"))
                     .isEmpty());
        QCOMPARE(connect(QStringLiteral("ada"), QStringLiteral("c9"), QStringLiteral("p1")), 0);
        QVERIFY_RESULT(answer(QStringLiteral("c9"), QStringLiteral("p1"), QStringLiteral("accepted")));
        QVERIFY_RESULT(submit(QStringLiteral("c9"), uuid(), W, 64));
        QVERIFY_RESULT(share(QStringLiteral("c9"), QStringLiteral("wellbeing"), true));
        const QString c9 = m_ids.value(QStringLiteral("c9"));
        QCOMPARE(countSubmissions(QStringLiteral("p1"), QStringLiteral("c9")), qint64(1));
        m_connections.remove(QStringLiteral("c9")); // the open session is closed; its login is about to go

        const auto removeAs = [&](const QString& by, const QString& id) {
            return runCli({QStringLiteral("hub"),
                           QStringLiteral("person"),
                           QStringLiteral("remove"),
                           id,
                           QStringLiteral("--json")},
                          m_cluster.environmentFor(by, m_database));
        };
        // Not a client's or a professional's to do, not one's own login, not someone who does not exist.
        QCOMPARE(removeAs(QStringLiteral("c1"), c9).exitCode, int(cli::ExitFailure));
        QCOMPARE(removeAs(QStringLiteral("p1"), c9).exitCode, int(cli::ExitFailure));
        QVERIFY(removeAs(QStringLiteral("ada"), m_ids.value(QStringLiteral("ada"))).exitCode != 0);
        QVERIFY(removeAs(QStringLiteral("ada"), uuid()).exitCode != 0);
        QCOMPARE(rows(m_owner, QStringLiteral("SELECT count(*) FROM rapport.people WHERE id = ?::uuid"), {c9}),
                 QStringList {"1"});

        const auto removed = removeAs(QStringLiteral("ada"), c9);
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
        QCOMPARE(QJsonDocument::fromJson(removed.out.toUtf8()).object().value(QStringLiteral("login")).toString(),
                 QStringLiteral("c9"));
        for (const QString& table : {QStringLiteral("people"),
                                     QStringLiteral("submissions"),
                                     QStringLiteral("connections"),
                                     QStringLiteral("sharing_settings"),
                                     QStringLiteral("sharing_audit"),
                                     QStringLiteral("connection_decisions")}) {
            const QString column = table == QStringLiteral("people") ? QStringLiteral("id")
                : table == QStringLiteral("submissions")             ? QStringLiteral("person_id")
                                                                     : QStringLiteral("client_id");
            QCOMPARE(rows(m_owner,
                          QStringLiteral("SELECT count(*) FROM rapport.%1 WHERE %2 = ?::uuid").arg(table, column),
                          {c9}),
                     QStringList {"0"});
        }
        QCOMPARE(rows(m_owner, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = 'c9'")),
                 QStringList {"0"});
        QVERIFY(!HubConnection::openFromEnvironment(m_cluster.environmentFor(QStringLiteral("c9"), m_database)));
        QCOMPARE(countSubmissions(QStringLiteral("p1"), QStringLiteral("c9")), qint64(0));
    }

    /**
     * Schema 14: a login's submission is not dated before its person was on the hub, nor an alliance survey before
     * the connection with its professional (ten minutes of clock skew allowed); the owner's history loads are not
     * checked, and a connection a login makes is dated by the hub's clock. Last: it adds a person, whom the
     * counts of the functions above do not expect.
     */
    void submissionsAreNotBackDated()
    {
        const auto next = [] { return QUuid::createUuid().toString(QUuid::WithoutBraces); };
        QVERIFY(!addPerson(QStringLiteral("ada"), QStringLiteral("client"), QStringLiteral("c7"), QStringLiteral("Ops"))
                     .isEmpty());
        const QString c7 = m_ids.value(QStringLiteral("c7"));
        const QStringList created
            = rows(m_owner, QStringLiteral("SELECT created_at FROM rapport.people WHERE id = ?::uuid"), {c7});
        QCOMPARE(created.size(), 1);
        const qint64 since = created.first().toLongLong();
        const qint64 hour = 3600000;

        // A Wellbeing Index dated a day, or an hour, before c7 was added is refused, saying why.
        for (const qint64 before : {24 * hour, hour}) {
            const auto refused = submitRaw(
                QStringLiteral("c7"), next(), W, QStringLiteral("4,4,4,4,4"), 80.0, QString(), since - before);
            QVERIFY_ERROR(refused, ErrorCode::InvalidArgument);
            QVERIFY2(refused.error().message.contains(QStringLiteral("dated before the person was on the hub")),
                     qPrintable(refused.error().message));
        }
        QCOMPARE(countSubmissions(QStringLiteral("c7"), QStringLiteral("c7")), qint64(0));
        // A laptop a few minutes behind the server is not refused; neither is an answer given now.
        QVERIFY_RESULT(submitRaw(
            QStringLiteral("c7"), next(), W, QStringLiteral("4,4,4,4,4"), 80.0, QString(), since - 5 * 60000));
        QVERIFY_RESULT(submitRaw(QStringLiteral("c7"), next(), W, QStringLiteral("3,4,4,4,4"), 76.0));
        QCOMPARE(countSubmissions(QStringLiteral("c7"), QStringLiteral("c7")), qint64(2));

        // Alliance surveys: not before the connection. c7 is (made) a month old; p1 is connected only now.
        QVERIFY_RESULT(
            execAs(m_owner,
                   QStringLiteral("UPDATE rapport.people SET created_at = created_at - 30 * 86400000::bigint "
                                  "WHERE id = ?::uuid"),
                   {c7}));
        QCOMPARE(connect(QStringLiteral("ada"), QStringLiteral("c7"), QStringLiteral("p1")), 0);
        QVERIFY_RESULT(answer(QStringLiteral("c7"), QStringLiteral("p1"), QStringLiteral("accepted")));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const auto early = submitRaw(QStringLiteral("c7"),
                                     next(),
                                     A,
                                     QStringLiteral("6,6,5,5,5"),
                                     5.4,
                                     QStringLiteral("p1"),
                                     now - 10 * 24 * hour);
        QVERIFY_ERROR(early, ErrorCode::InvalidArgument);
        QVERIFY2(early.error().message.contains(QStringLiteral("before the connection with the professional")),
                 qPrintable(early.error().message));
        // About a professional c7 was never connected with: no connection, so always before it.
        QVERIFY_ERROR(
            submitRaw(QStringLiteral("c7"), next(), A, QStringLiteral("6,6,5,5,5"), 5.4, QStringLiteral("p2"), now),
            ErrorCode::InvalidArgument);
        QVERIFY_RESULT(
            submitRaw(QStringLiteral("c7"), next(), A, QStringLiteral("6,6,5,5,5"), 5.4, QStringLiteral("p1"), now));
        // A Wellbeing Index from before the connection is fine: it is about nobody but c7, who was there.
        QVERIFY_RESULT(submitRaw(
            QStringLiteral("c7"), next(), W, QStringLiteral("4,4,4,4,4"), 80.0, QString(), now - 10 * 24 * hour));
        QCOMPARE(countSubmissions(QStringLiteral("c7"), QStringLiteral("c7")), qint64(4));

        // A connection a login makes is dated by the hub, whatever the row says (the rule above reads it).
        const QString made = next();
        QVERIFY_RESULT(execAs(QStringLiteral("ada"),
                              QStringLiteral("INSERT INTO rapport.connections (id, client_id, professional_id, "
                                             "created_at, updated_at) VALUES (?::uuid, ?::uuid, ?::uuid, 1000, 1000)"),
                              {made, c7, m_ids.value(QStringLiteral("p2"))}));
        const QStringList dated
            = rows(m_owner, QStringLiteral("SELECT created_at FROM rapport.connections WHERE id = ?::uuid"), {made});
        QCOMPARE(dated.size(), 1);
        QVERIFY2(dated.first().toLongLong() >= now - hour, qPrintable(dated.first()));

        // The owner loads an organisation's history (HubBulkLoader): not checked.
        QVERIFY_RESULT(
            execAs(m_owner,
                   QStringLiteral(
                       "INSERT INTO rapport.submissions (id, person_id, instrument_id, instrument_version, answers, "
                       "score, professional_id, submitted_at, created_at, updated_at) VALUES (?::uuid, ?::uuid, "
                       "'wellbeing-index', 1, '4,4,4,4,4', 80, NULL, ?, 1000, 1000)"),
                   {next(), c7, since - 365 * 24 * hour}));
        QCOMPARE(countSubmissions(QStringLiteral("c7"), QStringLiteral("c7")), qint64(5));
        QVERIFY_RESULT(execAs(m_owner, QStringLiteral("DELETE FROM rapport.connections WHERE id = ?::uuid"), {made}));
    }
};

QTEST_GUILESS_MAIN(TestHubPolicies)
#include "TestHubPolicies.moc"
