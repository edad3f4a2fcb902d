#include "PgTestCluster.h"
#include "ResultTesting.h"
#include "cli/CliApplication.h"
#include "cli/CliContext.h"
#include "hub/HubConnection.h"
#include "hub/HubMigrations.h"
#include "hub/sync/HubSync.h"
#include "instruments/InstrumentRegistry.h"
#include "services/QuestionnaireService.h"
#include "store/ConnectionRepository.h"
#include "store/HubBindingRepository.h"
#include "store/PersonRepository.h"
#include "store/ShareRequestRepository.h"
#include "store/SharingRepository.h"
#include "store/Store.h"
#include "store/SubmissionRepository.h"
#include "store/SyncRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace rapport;
using namespace rapport::hub;

namespace {

const QString Passphrase = QStringLiteral("store secret");
const QString Wellbeing = QStringLiteral("wellbeing-index");
const QString Alliance = QStringLiteral("professional-alliance");

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
    [[nodiscard]] QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

} // namespace

/**
 * Sync round trips between client stores, a professional's store and a hub (a real PostgreSQL cluster, each person
 * through their own login, so the hub's row-level security decides what moves): sharing reaches the professional,
 * a revocation clears their copy, a non-sharing client's data never arrives, an interrupted push is retried without
 * duplicates, an offline submission waits and goes later, and joining refuses what it must.
 */
class TestHubSync : public QObject
{
    Q_OBJECT

private:
    test::PgTestCluster m_cluster;
    QTemporaryDir m_dir;
    const QString m_owner = QStringLiteral("sync_owner");
    QString m_database;

    CliRun cli(const QString& store, const QProcessEnvironment& environment, const QStringList& words)
    {
        CliRun run;
        QTextStream out(&run.out);
        QTextStream err(&run.err);
        QProcessEnvironment withPassphrase = environment;
        withPassphrase.insert(QStringLiteral("RAPPORT_PASSPHRASE"), Passphrase);
        run.exitCode = cli::run(QStringList {QStringLiteral("rapport-cli"), QStringLiteral("--store"), store} + words,
                                cli::standardCommands(),
                                out,
                                err,
                                withPassphrase);
        out.flush();
        err.flush();
        return run;
    }

    QProcessEnvironment as(const QString& login) const { return m_cluster.environmentFor(login, m_database); }
    QString storePath(const QString& name) const { return m_dir.filePath(m_database + QLatin1Char('-') + name); }

    /** A fresh hub database for one test, its schema applied by the owner. */
    void newHub(const QString& name)
    {
        m_database = name;
        QVERIFY_RESULT(m_cluster.createDatabase(m_database, m_owner));
        auto owner = HubConnection::openFromEnvironment(as(m_owner));
        QVERIFY_RESULT(owner);
        QVERIFY_RESULT(HubMigrations::apply(**owner));
    }

    /** A hub person with a login of their own (logins are cluster-wide: prefixed by the test's database). */
    QString addPerson(const QString& role, const QString& login, const QString& name)
    {
        const QString fullLogin = m_database + QLatin1Char('_') + login;
        if (!m_cluster.createLogin(fullLogin)) {
            return QString();
        }
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        auto added = m_cluster.superSql(
            QStringLiteral("GRANT rapport_%1 TO %2; INSERT INTO rapport.people (id, login, name, role, created_at, "
                           "updated_at) VALUES ('%3', '%2', '%4', '%1', 1000, 1000);")
                .arg(role, fullLogin, id, name),
            m_database);
        return added ? id : QString();
    }
    QString loginOf(const QString& login) const { return m_database + QLatin1Char('_') + login; }

    /** A connection on the hub, already accepted unless `state` says otherwise (as an admin makes it: pending). */
    void
    connectOnHub(const QString& client, const QString& professional, const QString& state = QStringLiteral("accepted"))
    {
        QVERIFY_RESULT(m_cluster.superSql(QStringLiteral("INSERT INTO rapport.connections (id, client_id, "
                                                         "professional_id, created_at, updated_at, state) VALUES "
                                                         "(gen_random_uuid(), '%1', '%2', 1000, 1000, '%3');")
                                              .arg(client, professional, state),
                                          m_database));
    }

    /** A count on the hub, read past row-level security (the test's superuser). */
    int hubCount(const QString& sql)
    {
        auto result = m_cluster.superSql(sql, m_database);
        return result ? result->trimmed().toInt() : -1;
    }

    /** `rapport-cli init` then `hub join`, as `login`; returns the joined id. */
    QString initAndJoin(const QString& name, const QString& login)
    {
        const QString store = storePath(name);
        const CliRun init = cli(store, as(loginOf(login)), {QStringLiteral("init"), QStringLiteral("--fast-kdf")});
        if (init.exitCode != 0) {
            qWarning("%s", qPrintable(init.err));
            return QString();
        }
        const CliRun join
            = cli(store, as(loginOf(login)), {QStringLiteral("hub"), QStringLiteral("join"), QStringLiteral("--json")});
        if (join.exitCode != 0) {
            qWarning("%s", qPrintable(join.err));
            return QString();
        }
        return join.json().value(QStringLiteral("id")).toString();
    }

    CliRun sync(const QString& name, const QString& login)
    {
        return cli(storePath(name), as(loginOf(login)), {QStringLiteral("sync"), QStringLiteral("--json")});
    }

    std::unique_ptr<Store> open(const QString& name)
    {
        auto store = Store::open(storePath(name), SecureBytes::fromUtf8(Passphrase));
        return store ? std::move(*store) : nullptr;
    }

    /** What a professional's store holds of a client: submission count per instrument. */
    int cached(const QString& storeName, const QString& clientId, const QString& instrument)
    {
        auto store = open(storeName);
        if (!store) {
            return -1;
        }
        auto submissions = store->submissions().forPerson(QUuid::fromString(clientId), instrument);
        return submissions ? static_cast<int>(submissions->size()) : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString reason = test::PgTestCluster::unavailableReason();
        if (!reason.isEmpty()) {
            QSKIP(qPrintable(reason));
        }
        QVERIFY(m_dir.isValid());
        QVERIFY_RESULT(m_cluster.start());
        QVERIFY_RESULT(m_cluster.createLogin(m_owner, QStringLiteral("CREATEROLE")));
    }

    void sharingRevocationAndNonSharingClient()
    {
        newHub(QStringLiteral("roundtrip"));
        const QString ann = addPerson(QStringLiteral("client"), QStringLiteral("ann"), QStringLiteral("Ann Lee"));
        const QString ben = addPerson(QStringLiteral("client"), QStringLiteral("ben"), QStringLiteral("Ben Ode"));
        const QString bo = addPerson(QStringLiteral("professional"), QStringLiteral("bo"), QStringLiteral("Dr Bo"));
        QVERIFY(!ann.isEmpty() && !ben.isEmpty() && !bo.isEmpty());
        connectOnHub(ann, bo);
        connectOnHub(ben, bo);

        QCOMPARE(initAndJoin(QStringLiteral("ann"), QStringLiteral("ann")), ann);
        QCOMPARE(initAndJoin(QStringLiteral("ben"), QStringLiteral("ben")), ben);
        QCOMPARE(initAndJoin(QStringLiteral("bo"), QStringLiteral("bo")), bo);
        const QProcessEnvironment annEnv = as(loginOf(QStringLiteral("ann")));
        const QProcessEnvironment benEnv = as(loginOf(QStringLiteral("ben")));

        // The joined stores take submissions, sharing and views with the hub's ids.
        const QString annStore = storePath(QStringLiteral("ann"));
        QCOMPARE(cli(annStore,
                     annEnv,
                     {QStringLiteral("submit"),
                      QStringLiteral("wellbeing"),
                      QStringLiteral("--person"),
                      ann,
                      QStringLiteral("--answers"),
                      QStringLiteral("3,4,5,2,1")})
                     .exitCode,
                 0);
        const CliRun alliance = cli(annStore,
                                    annEnv,
                                    {QStringLiteral("submit"),
                                     QStringLiteral("alliance"),
                                     QStringLiteral("--person"),
                                     ann,
                                     QStringLiteral("--professional"),
                                     bo,
                                     QStringLiteral("--answers"),
                                     QStringLiteral("6,6,5,7,6")});
        QVERIFY2(alliance.exitCode == 0, qPrintable(alliance.err));
        for (const QString& metric : {QStringLiteral("wellbeing"), QStringLiteral("alliance")}) {
            QCOMPARE(cli(annStore,
                         annEnv,
                         {QStringLiteral("sharing"),
                          QStringLiteral("set"),
                          QStringLiteral("--person"),
                          ann,
                          QStringLiteral("--metric"),
                          metric,
                          QStringLiteral("on")})
                         .exitCode,
                     0);
        }
        QCOMPARE(cli(storePath(QStringLiteral("ben")),
                     benEnv,
                     {QStringLiteral("submit"),
                      QStringLiteral("wellbeing"),
                      QStringLiteral("--person"),
                      ben,
                      QStringLiteral("--answers"),
                      QStringLiteral("1,1,1,1,1")})
                     .exitCode,
                 0);

        // Ann: 2 submissions, 2 sharing choices, 2 audit entries go out.
        const CliRun annSync = sync(QStringLiteral("ann"), QStringLiteral("ann"));
        QVERIFY2(annSync.exitCode == 0, qPrintable(annSync.err));
        QCOMPARE(annSync.json().value(QStringLiteral("pushed")).toInt(), 6);
        QCOMPARE(sync(QStringLiteral("ben"), QStringLiteral("ben")).exitCode, 0);
        QCOMPARE(hubCount(QStringLiteral("SELECT count(*) FROM rapport.submissions")), 3);
        QCOMPARE(hubCount(QStringLiteral("SELECT count(*) FROM rapport.sharing_audit")), 2);

        QCOMPARE(sync(QStringLiteral("bo"), QStringLiteral("bo")).exitCode, 0);
        QCOMPARE(cached(QStringLiteral("bo"), ann, Wellbeing), 1);
        QCOMPARE(cached(QStringLiteral("bo"), ann, Alliance), 1);
        QCOMPARE(cached(QStringLiteral("bo"), ben, Wellbeing), 0); // Ben shares nothing
        const CliRun view = cli(storePath(QStringLiteral("bo")),
                                as(loginOf(QStringLiteral("bo"))),
                                {QStringLiteral("view"), QStringLiteral("professional"), bo, QStringLiteral("--json")});
        QVERIFY2(view.exitCode == 0, qPrintable(view.err));
        QVERIFY(view.out.contains(QStringLiteral("Ann Lee")));
        QVERIFY(view.out.contains(QStringLiteral("Ben Ode")));

        // Ann turns wellbeing off: the hub hides it at once, and Bo's next sync clears his copy.
        QCOMPARE(cli(annStore,
                     annEnv,
                     {QStringLiteral("sharing"),
                      QStringLiteral("set"),
                      QStringLiteral("--person"),
                      ann,
                      QStringLiteral("--metric"),
                      QStringLiteral("wellbeing"),
                      QStringLiteral("off")})
                     .exitCode,
                 0);
        const CliRun revoked = sync(QStringLiteral("ann"), QStringLiteral("ann"));
        QCOMPARE(revoked.json().value(QStringLiteral("pushed")).toInt(), 2); // the choice and its audit entry
        const CliRun boSync = sync(QStringLiteral("bo"), QStringLiteral("bo"));
        QVERIFY2(boSync.exitCode == 0, qPrintable(boSync.err));
        QVERIFY(boSync.json().value(QStringLiteral("removed")).toInt() >= 1);
        QCOMPARE(cached(QStringLiteral("bo"), ann, Wellbeing), 0);
        QCOMPARE(cached(QStringLiteral("bo"), ann, Alliance), 1);
        QCOMPARE(cached(QStringLiteral("bo"), ben, Wellbeing), 0);
        // Ann's own copy is hers: nothing of it went.
        QCOMPARE(cached(QStringLiteral("ann"), ann, Wellbeing), 1);

        // Syncing again changes nothing (every push is idempotent, nothing is pending).
        const CliRun again = sync(QStringLiteral("ann"), QStringLiteral("ann"));
        QCOMPARE(again.json().value(QStringLiteral("pushed")).toInt(), 0);
        QCOMPARE(hubCount(QStringLiteral("SELECT count(*) FROM rapport.submissions")), 3);
    }

    void shareRequestRoundTrip()
    {
        newHub(QStringLiteral("requests"));
        const QString cy = addPerson(QStringLiteral("client"), QStringLiteral("cy"), QStringLiteral("Cy Ray"));
        const QString di = addPerson(QStringLiteral("professional"), QStringLiteral("di"), QStringLiteral("Di Pro"));
        connectOnHub(cy, di);
        QCOMPARE(initAndJoin(QStringLiteral("cy"), QStringLiteral("cy")), cy);
        QCOMPARE(initAndJoin(QStringLiteral("di"), QStringLiteral("di")), di);
        const QProcessEnvironment cyEnv = as(loginOf(QStringLiteral("cy")));
        QCOMPARE(cli(storePath(QStringLiteral("cy")),
                     cyEnv,
                     {QStringLiteral("submit"),
                      QStringLiteral("alliance"),
                      QStringLiteral("--person"),
                      cy,
                      QStringLiteral("--professional"),
                      di,
                      QStringLiteral("--answers"),
                      QStringLiteral("6,6,5,7,6")})
                     .exitCode,
                 0);
        QCOMPARE(sync(QStringLiteral("cy"), QStringLiteral("cy")).exitCode, 0);

        // Di asks; the request reaches Cy through the hub.
        const CliRun asked = cli(storePath(QStringLiteral("di")),
                                 as(loginOf(QStringLiteral("di"))),
                                 {QStringLiteral("request"),
                                  QStringLiteral("add"),
                                  QStringLiteral("--professional"),
                                  di,
                                  QStringLiteral("--client"),
                                  cy,
                                  QStringLiteral("--metric"),
                                  QStringLiteral("alliance"),
                                  QStringLiteral("--json")});
        QVERIFY2(asked.exitCode == 0, qPrintable(asked.err));
        QCOMPARE(sync(QStringLiteral("di"), QStringLiteral("di")).json().value(QStringLiteral("pushed")).toInt(), 1);
        QCOMPARE(sync(QStringLiteral("cy"), QStringLiteral("cy")).exitCode, 0);
        QUuid requestId;
        {
            auto store = open(QStringLiteral("cy"));
            QVERIFY(store);
            auto pending = store->shareRequests().forClient(QUuid::fromString(cy), true);
            QVERIFY_RESULT(pending);
            QCOMPARE(pending->size(), 1);
            requestId = pending->first().id;
        }
        QCOMPARE(cli(storePath(QStringLiteral("cy")),
                     cyEnv,
                     {QStringLiteral("request"),
                      QStringLiteral("answer"),
                      requestId.toString(QUuid::WithoutBraces),
                      QStringLiteral("accept")})
                     .exitCode,
                 0);
        QCOMPARE(cached(QStringLiteral("di"), cy, Alliance), 0); // not shared yet
        QCOMPARE(sync(QStringLiteral("cy"), QStringLiteral("cy")).exitCode, 0);
        QCOMPARE(sync(QStringLiteral("di"), QStringLiteral("di")).exitCode, 0);
        QCOMPARE(cached(QStringLiteral("di"), cy, Alliance), 1);
        auto store = open(QStringLiteral("di"));
        QVERIFY(store);
        auto request = store->shareRequests().find(requestId);
        QVERIFY_RESULT(request);
        QCOMPARE(request->status, ShareRequest::Status::Accepted);
        QCOMPARE(hubCount(QStringLiteral("SELECT count(*) FROM rapport.share_requests")), 1);
    }

    /**
     * A connection the admin made waits for the client: the professional's sync brings nothing of the client until
     * the client accepts (rapport-cli connections accept) and syncs; declining later clears the professional's copy.
     */
    void pendingConnectionRoundTrip()
    {
        newHub(QStringLiteral("pending"));
        const QString eve = addPerson(QStringLiteral("client"), QStringLiteral("eve"), QStringLiteral("Eve Nu"));
        const QString fay = addPerson(QStringLiteral("professional"), QStringLiteral("fay"), QStringLiteral("Dr Fay"));
        connectOnHub(eve, fay, QStringLiteral("pending"));
        QCOMPARE(initAndJoin(QStringLiteral("eve"), QStringLiteral("eve")), eve);
        QCOMPARE(initAndJoin(QStringLiteral("fay"), QStringLiteral("fay")), fay);
        const QString eveStore = storePath(QStringLiteral("eve"));
        const QProcessEnvironment eveEnv = as(loginOf(QStringLiteral("eve")));
        QCOMPARE(cli(eveStore,
                     eveEnv,
                     {QStringLiteral("submit"),
                      QStringLiteral("wellbeing"),
                      QStringLiteral("--person"),
                      eve,
                      QStringLiteral("--answers"),
                      QStringLiteral("3,4,5,2,1")})
                     .exitCode,
                 0);
        QCOMPARE(cli(eveStore,
                     eveEnv,
                     {QStringLiteral("sharing"),
                      QStringLiteral("set"),
                      QStringLiteral("--person"),
                      eve,
                      QStringLiteral("--metric"),
                      QStringLiteral("wellbeing"),
                      QStringLiteral("on")})
                     .exitCode,
                 0);
        QCOMPARE(sync(QStringLiteral("eve"), QStringLiteral("eve")).exitCode, 0);

        // Eve shares, but has not accepted: Fay's store learns nothing of her, not even her name.
        QCOMPARE(sync(QStringLiteral("fay"), QStringLiteral("fay")).exitCode, 0);
        QCOMPARE(cached(QStringLiteral("fay"), eve, Wellbeing), 0);
        const CliRun before
            = cli(storePath(QStringLiteral("fay")),
                  as(loginOf(QStringLiteral("fay"))),
                  {QStringLiteral("view"), QStringLiteral("professional"), fay, QStringLiteral("--json")});
        QVERIFY2(before.exitCode == 0, qPrintable(before.err));
        QVERIFY(!before.out.contains(QStringLiteral("Eve Nu")));

        // Eve sees the pending connection, with Fay's name, and accepts it from the command line.
        const CliRun listed = cli(eveStore,
                                  eveEnv,
                                  {QStringLiteral("connections"),
                                   QStringLiteral("list"),
                                   QStringLiteral("--person"),
                                   eve,
                                   QStringLiteral("--json")});
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
        const QJsonArray connections = QJsonDocument::fromJson(listed.out.toUtf8()).array();
        QCOMPARE(connections.size(), 1);
        QCOMPARE(connections.at(0).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
        QCOMPARE(connections.at(0)
                     .toObject()
                     .value(QStringLiteral("professional"))
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString(),
                 QStringLiteral("Dr Fay"));
        const CliRun accepted = cli(eveStore,
                                    eveEnv,
                                    {QStringLiteral("connections"),
                                     QStringLiteral("accept"),
                                     QStringLiteral("--person"),
                                     eve,
                                     QStringLiteral("--all"),
                                     QStringLiteral("--json")});
        QVERIFY2(accepted.exitCode == 0, qPrintable(accepted.err));
        QCOMPARE(accepted.json().value(QStringLiteral("accepted")).toInt(), 1);
        // The answer and its log entry go out; a second sync sends nothing more.
        const CliRun pushed = sync(QStringLiteral("eve"), QStringLiteral("eve"));
        QVERIFY2(pushed.exitCode == 0, qPrintable(pushed.err));
        QCOMPARE(pushed.json().value(QStringLiteral("pushed")).toInt(), 2);
        QCOMPARE(sync(QStringLiteral("eve"), QStringLiteral("eve")).json().value(QStringLiteral("pushed")).toInt(), 0);
        QCOMPARE(hubCount(QStringLiteral("SELECT count(*) FROM rapport.connections WHERE state = 'accepted' AND "
                                         "decided_at IS NOT NULL")),
                 1);
        QCOMPARE(hubCount(QStringLiteral("SELECT count(*) FROM rapport.connection_decisions")), 1);

        // Now Fay's sync brings what Eve shares.
        QCOMPARE(sync(QStringLiteral("fay"), QStringLiteral("fay")).exitCode, 0);
        QCOMPARE(cached(QStringLiteral("fay"), eve, Wellbeing), 1);

        // Eve changes her mind: declined reaches the hub, and Fay's next sync clears her copy.
        const QString connectionId = connections.at(0).toObject().value(QStringLiteral("id")).toString();
        QCOMPARE(cli(eveStore,
                     eveEnv,
                     {QStringLiteral("connections"),
                      QStringLiteral("decline"),
                      QStringLiteral("--person"),
                      eve,
                      connectionId})
                     .exitCode,
                 0);
        QCOMPARE(sync(QStringLiteral("eve"), QStringLiteral("eve")).json().value(QStringLiteral("pushed")).toInt(), 2);
        QCOMPARE(sync(QStringLiteral("fay"), QStringLiteral("fay")).exitCode, 0);
        QCOMPARE(cached(QStringLiteral("fay"), eve, Wellbeing), 0);

        // A client store joined on a new machine gets the state and the log back from the hub.
        const QString again = storePath(QStringLiteral("eve-again"));
        QCOMPARE(cli(again, eveEnv, {QStringLiteral("init"), QStringLiteral("--fast-kdf")}).exitCode, 0);
        QCOMPARE(cli(again, eveEnv, {QStringLiteral("hub"), QStringLiteral("join")}).exitCode, 0);
        const CliRun relisted = cli(again,
                                    eveEnv,
                                    {QStringLiteral("connections"),
                                     QStringLiteral("list"),
                                     QStringLiteral("--person"),
                                     eve,
                                     QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(relisted.out.toUtf8())
                     .array()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("state"))
                     .toString(),
                 QStringLiteral("declined"));
        auto store = Store::open(again, SecureBytes::fromUtf8(Passphrase));
        QVERIFY_RESULT(store);
        auto decisions = (*store)->connections().decisions(QUuid::fromString(eve));
        QVERIFY_RESULT(decisions);
        QCOMPARE(decisions->size(), 2);
    }

    /** Schema 14: a check-in dated before the person was on the hub is refused, and the sync says which and why. */
    void aBackDatedCheckInIsRefusedClearly()
    {
        newHub(QStringLiteral("backdated"));
        const QString finn = addPerson(QStringLiteral("client"), QStringLiteral("finn"), QStringLiteral("Finn Oak"));
        // Added now, as rapport.add_person dates a person (this fixture writes the row itself).
        QVERIFY_RESULT(m_cluster.superSql(QStringLiteral("UPDATE rapport.people SET created_at = (extract(epoch FROM "
                                                         "clock_timestamp()) * 1000)::bigint WHERE id = '%1'")
                                              .arg(finn),
                                          m_database));
        QCOMPARE(initAndJoin(QStringLiteral("finn"), QStringLiteral("finn")), finn);
        auto store = open(QStringLiteral("finn"));
        QVERIFY(store);
        Submission submission;
        submission.personId = QUuid::fromString(finn);
        submission.instrumentId = Wellbeing;
        submission.answers = {3, 3, 3, 3, 3};
        submission.score = 60;
        submission.submittedAt = QDateTime(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC);
        QVERIFY_RESULT(store->submissions().add(submission));
        const QProcessEnvironment finnEnv = as(loginOf(QStringLiteral("finn")));
        const auto refused = HubSync::run(*store, finnEnv);
        QVERIFY_ERROR(refused, ErrorCode::InvalidArgument);
        QVERIFY2(
            refused.error().message.contains(QStringLiteral("refused the questionnaire answered on 2026-03-02 09:30"))
                && refused.error().message.contains(QStringLiteral("dated before the person was on the hub")),
            qPrintable(refused.error().message));
        QCOMPARE(hubCount(QStringLiteral("SELECT count(*) FROM rapport.submissions")), 0);
        auto binding = HubSync::binding(*store);
        QVERIFY_RESULT(binding);
        auto queued = store->sync().outgoing(*binding);
        QVERIFY_RESULT(queued);
        QCOMPARE(queued->submissions.size(), 1); // kept, not recorded as pushed

        // The app itself does not keep such a check-in for a joined store (an older build or a copied row did):
        // QuestionnaireService refuses it with the same rule, and one dated now is taken and goes up.
        auto registry = InstrumentRegistry::builtIn();
        QVERIFY_RESULT(registry);
        QuestionnaireService service(*store, *registry);
        const auto early = service.submit(submission.personId,
                                          Wellbeing,
                                          {3, 3, 3, 3, 3},
                                          QUuid(),
                                          QDateTime(QDate(2026, 3, 3), QTime(9, 0), Qt::UTC));
        QVERIFY_ERROR(early, ErrorCode::OutOfRange);
        QVERIFY2(early.error().message.contains(QStringLiteral("dated before you were added")),
                 qPrintable(early.error().message));
        QVERIFY_RESULT(
            service.submit(submission.personId, Wellbeing, {3, 3, 3, 3, 3}, QUuid(), QDateTime::currentDateTimeUtc()));
    }

    void interruptedPushIsRetriedWithoutDuplicates()
    {
        newHub(QStringLiteral("interrupted"));
        const QString eve = addPerson(QStringLiteral("client"), QStringLiteral("eve"), QStringLiteral("Eve Ash"));
        QCOMPARE(initAndJoin(QStringLiteral("eve"), QStringLiteral("eve")), eve);
        auto store = open(QStringLiteral("eve"));
        QVERIFY(store);
        for (int i = 0; i < 5; ++i) {
            Submission submission;
            submission.personId = QUuid::fromString(eve);
            submission.instrumentId = Wellbeing;
            submission.answers = {1, 2, 3, 4, i % 5};
            submission.score = (1 + 2 + 3 + 4 + i % 5) * 4; // what the answers give: the hub checks
            // Seconds apart, and not before Eve was on the hub (schema 15 refuses back-dated rows).
            submission.submittedAt = QDateTime::currentDateTimeUtc().addSecs(-i);
            QVERIFY_RESULT(store->submissions().add(submission));
        }
        const QProcessEnvironment eveEnv = as(loginOf(QStringLiteral("eve")));
        // The connection drops after three rows reached the hub.
        SyncFaults faults;
        faults.abortPushAfterRows = 3;
        QVERIFY_ERROR(HubSync::run(*store, eveEnv, faults), ErrorCode::Unreachable);
        QCOMPARE(hubCount(QStringLiteral("SELECT count(*) FROM rapport.submissions")), 3);
        auto binding = HubSync::binding(*store);
        QVERIFY_RESULT(binding);
        auto queued = store->sync().outgoing(*binding);
        QVERIFY_RESULT(queued);
        QCOMPARE(queued->submissions.size(), 5); // nothing was recorded as pushed
        QCOMPARE(queued->sharing.size(), 2); // and her two sharing choices (off) wait too

        // The retry sends all five again; the hub keeps one of each.
        auto retried = HubSync::run(*store, eveEnv);
        QVERIFY_RESULT(retried);
        QCOMPARE(retried->pushed, 7);
        QCOMPARE(hubCount(QStringLiteral("SELECT count(*) FROM rapport.submissions")), 5);
        QCOMPARE(hubCount(QStringLiteral("SELECT count(DISTINCT id) FROM rapport.submissions")), 5);
        auto after = store->sync().outgoing(*binding);
        QVERIFY_RESULT(after);
        QVERIFY(after->isEmpty());
        auto local = store->submissions().forPerson(QUuid::fromString(eve));
        QVERIFY_RESULT(local);
        QCOMPARE(local->size(), 5); // the pull brought nothing twice
    }

    void offlineSubmitThenSync()
    {
        newHub(QStringLiteral("offline"));
        const QString fay = addPerson(QStringLiteral("client"), QStringLiteral("fay"), QStringLiteral("Fay Orr"));
        QCOMPARE(initAndJoin(QStringLiteral("fay"), QStringLiteral("fay")), fay);
        QProcessEnvironment offline = as(loginOf(QStringLiteral("fay")));
        // Nothing listens on port 1 of the loopback: the hub is unreachable.
        offline.insert(QStringLiteral("RAPPORT_HUB_URL"),
                       QStringLiteral("postgresql://%1@127.0.0.1:1/offline?connect_timeout=5")
                           .arg(loginOf(QStringLiteral("fay"))));
        const QString store = storePath(QStringLiteral("fay"));
        QCOMPARE(cli(store,
                     offline,
                     {QStringLiteral("submit"),
                      QStringLiteral("wellbeing"),
                      QStringLiteral("--person"),
                      fay,
                      QStringLiteral("--answers"),
                      QStringLiteral("2,2,2,2,2")})
                     .exitCode,
                 0);
        const CliRun failed = cli(store, offline, {QStringLiteral("sync")});
        QCOMPARE(failed.exitCode, int(cli::ExitUnreachable));
        QVERIFY2(failed.err.contains(QStringLiteral("Nothing was lost")), qPrintable(failed.err));
        // The submission and the client's two sharing choices wait.
        QVERIFY2(failed.err.contains(QStringLiteral("3 change")), qPrintable(failed.err));
        QCOMPARE(hubCount(QStringLiteral("SELECT count(*) FROM rapport.submissions")), 0);

        const CliRun online = sync(QStringLiteral("fay"), QStringLiteral("fay"));
        QVERIFY2(online.exitCode == 0, qPrintable(online.err));
        QCOMPARE(online.json().value(QStringLiteral("pushed")).toInt(), 3); // what waited, all of it
        QCOMPARE(hubCount(QStringLiteral("SELECT count(*) FROM rapport.submissions")), 1);
    }

    void joinErrors()
    {
        newHub(QStringLiteral("joins"));
        const QString gus = addPerson(QStringLiteral("client"), QStringLiteral("gus"), QStringLiteral("Gus Ng"));
        const QString hal = addPerson(QStringLiteral("client"), QStringLiteral("hal"), QStringLiteral("Hal Bo"));
        QVERIFY(!gus.isEmpty() && !hal.isEmpty());

        // A login the hub knows as no person.
        const QString stranger = loginOf(QStringLiteral("stranger"));
        QVERIFY_RESULT(m_cluster.createLogin(stranger));
        QVERIFY_RESULT(m_cluster.superSql(QStringLiteral("GRANT rapport_client TO %1;").arg(stranger), m_database));
        const QString strangerStore = storePath(QStringLiteral("stranger"));
        QCOMPARE(cli(strangerStore, as(stranger), {QStringLiteral("init"), QStringLiteral("--fast-kdf")}).exitCode, 0);
        const CliRun unknown = cli(strangerStore, as(stranger), {QStringLiteral("hub"), QStringLiteral("join")});
        QCOMPARE(unknown.exitCode, int(cli::ExitFailure));
        QVERIFY2(unknown.err.contains(QStringLiteral("no person with the login")), qPrintable(unknown.err));

        // A store joined to Gus refuses Hal, and stays Gus's.
        QCOMPARE(initAndJoin(QStringLiteral("gus"), QStringLiteral("gus")), gus);
        const CliRun other = cli(storePath(QStringLiteral("gus")),
                                 as(loginOf(QStringLiteral("hal"))),
                                 {QStringLiteral("hub"), QStringLiteral("join")});
        QCOMPARE(other.exitCode, int(cli::ExitFailure));
        QVERIFY2(other.err.contains(QStringLiteral("another hub person")), qPrintable(other.err));
        // Syncing Gus's store as Hal is refused too: Hal's view never lands in Gus's store.
        const CliRun wrongSync
            = cli(storePath(QStringLiteral("gus")), as(loginOf(QStringLiteral("hal"))), {QStringLiteral("sync")});
        QVERIFY(wrongSync.exitCode != 0);
        // Joining again as Gus is fine (idempotent).
        QCOMPARE(cli(storePath(QStringLiteral("gus")),
                     as(loginOf(QStringLiteral("gus"))),
                     {QStringLiteral("hub"), QStringLiteral("join"), QStringLiteral("--json")})
                     .json()
                     .value(QStringLiteral("role"))
                     .toString(),
                 QStringLiteral("client"));

        // A store with people of its own is never joined (a pull would remove them).
        const QString local = storePath(QStringLiteral("local"));
        QCOMPARE(cli(local, as(loginOf(QStringLiteral("hal"))), {QStringLiteral("init"), QStringLiteral("--fast-kdf")})
                     .exitCode,
                 0);
        QCOMPARE(cli(local,
                     as(loginOf(QStringLiteral("hal"))),
                     {QStringLiteral("person"),
                      QStringLiteral("add"),
                      QStringLiteral("--role"),
                      QStringLiteral("client"),
                      QStringLiteral("--name"),
                      QStringLiteral("Local")})
                     .exitCode,
                 0);
        const CliRun crowded
            = cli(local, as(loginOf(QStringLiteral("hal"))), {QStringLiteral("hub"), QStringLiteral("join")});
        QCOMPARE(crowded.exitCode, int(cli::ExitFailure));
        QVERIFY2(crowded.err.contains(QStringLiteral("people of its own")), qPrintable(crowded.err));

        // A local-only store cannot sync, and says how to join.
        const CliRun unjoined = cli(local, as(loginOf(QStringLiteral("hal"))), {QStringLiteral("sync")});
        QCOMPARE(unjoined.exitCode, int(cli::ExitFailure));
        QVERIFY(unjoined.err.contains(QStringLiteral("hub join")));
    }

    void cleanupTestCase() { m_cluster.stop(); }
};

QTEST_GUILESS_MAIN(TestHubSync)
#include "TestHubSync.moc"
