// Many clients syncing with one hub at once (docs/sync.md, "Under load"): RAPPORT_LOAD_CLIENTS client stores
// (default 200), each joined through its own login, exchange with the hub concurrently, each exchange on its own
// thread and its own PostgreSQL connection, in two rounds — check-ins and sharing switched on, then more check-ins,
// sharing switched over and the views pulled back. Afterwards the hub is counted past row-level security: every
// submission arrived exactly once, every sharing switch stands as its client last set it, every change is in the
// audit log once; and the professional, syncing last, sees exactly what the sharing clients share. The latencies
// and the throughput are printed (docs/performance.md); nothing here asserts a speed.

#include "PgTestCluster.h"
#include "ResultTesting.h"
#include "hub/HubConnection.h"
#include "hub/HubMigrations.h"
#include "hub/sync/HubSync.h"
#include "instruments/InstrumentIds.h"
#include "instruments/InstrumentRegistry.h"
#include "services/QuestionnaireService.h"
#include "services/SharingChoices.h"
#include "store/PersonRepository.h"
#include "store/Store.h"
#include "store/SubmissionRepository.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <vector>

using namespace rapport;
using namespace rapport::hub;

namespace {

const QList<int> Calm {3, 3, 4, 3, 3};

double percentile(QList<double> values, double fraction)
{
    if (values.isEmpty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    const auto index = static_cast<qsizetype>(std::ceil(fraction * static_cast<double>(values.size()))) - 1;
    return values.at(std::clamp<qsizetype>(index, 0, values.size() - 1));
}

struct Client
{
    QString id;
    QString login;
    std::unique_ptr<Store> store;
};

} // namespace

class TestSyncLoad : public QObject
{
    Q_OBJECT

private:
    test::PgTestCluster m_cluster;
    QTemporaryDir m_dir;
    const QString m_owner = QStringLiteral("load_owner");
    const QString m_database = QStringLiteral("load");
    std::optional<InstrumentRegistry> m_registry;
    int m_clients = 200;

    QProcessEnvironment as(const QString& login) const { return m_cluster.environmentFor(login, m_database); }

    int hubCount(const QString& sql)
    {
        auto result = m_cluster.superSql(sql, m_database);
        return result ? result->trimmed().toInt() : -1;
    }

    /** Every client's prepared sync exchanged at once, one thread each; then finished in the stores. */
    QList<double> exchangeAtOnce(std::vector<Client>& clients, const QString& round)
    {
        std::vector<Result<SyncRequest>> requests;
        for (Client& client : clients) {
            requests.push_back(HubSync::prepare(*client.store, as(client.login)));
        }
        for (const auto& request : requests) {
            if (!request) {
                qWarning("%s", qPrintable(request.error().message));
                return {};
            }
        }
        const auto count = clients.size();
        QList<double> durations(static_cast<qsizetype>(count), 0.0);
        std::vector<Result<PulledSnapshot>> outcomes(count, fail(ErrorCode::Internal, QStringLiteral("not run")));
        std::vector<std::unique_ptr<QThread>> threads;
        for (size_t i = 0; i < count; ++i) {
            threads.push_back(std::unique_ptr<QThread>(QThread::create([&, i] {
                QElapsedTimer timer;
                timer.start();
                outcomes[i] = HubSync::exchange(*requests[i]);
                durations[static_cast<qsizetype>(i)] = static_cast<double>(timer.nsecsElapsed()) / 1e6;
            })));
        }
        QElapsedTimer wall;
        wall.start();
        for (auto& thread : threads) {
            thread->start();
        }
        for (auto& thread : threads) {
            thread->wait();
        }
        const double seconds = static_cast<double>(wall.nsecsElapsed()) / 1e9;
        for (size_t i = 0; i < count; ++i) {
            if (!outcomes[i]) {
                qWarning("client %zu: %s", i, qPrintable(outcomes[i].error().message));
                return {};
            }
            if (auto finished = HubSync::finish(*clients[i].store, *requests[i], *outcomes[i]); !finished) {
                qWarning("client %zu: %s", i, qPrintable(finished.error().message));
                return {};
            }
        }
        qInfo("%s: %zu concurrent syncs in %.2f s (%.1f syncs/s); latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, "
              "max %.1f ms",
              qPrintable(round),
              count,
              seconds,
              static_cast<double>(count) / std::max(seconds, 1e-9),
              percentile(durations, 0.50),
              percentile(durations, 0.95),
              percentile(durations, 0.99),
              percentile(durations, 1.0));
        return durations;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString reason = test::PgTestCluster::unavailableReason();
        if (!reason.isEmpty()) {
            QSKIP(qPrintable(reason));
        }
        bool ok = false;
        const int asked = qEnvironmentVariableIntValue("RAPPORT_LOAD_CLIENTS", &ok);
        if (ok && asked > 0) {
            m_clients = asked;
        }
        QVERIFY(m_dir.isValid());
        auto registry = InstrumentRegistry::builtIn();
        QVERIFY_RESULT(registry);
        m_registry = std::move(*registry);
        m_cluster.setMaxConnections(m_clients + 20);
        QVERIFY_RESULT(m_cluster.start());
        QVERIFY_RESULT(m_cluster.createLogin(m_owner, QStringLiteral("CREATEROLE")));
        QVERIFY_RESULT(m_cluster.createDatabase(m_database, m_owner));
        auto owner = HubConnection::openFromEnvironment(as(m_owner));
        QVERIFY_RESULT(owner);
        QVERIFY_RESULT(HubMigrations::apply(**owner));
    }

    void cleanupTestCase() { m_cluster.stop(); }

    void manyClientsSyncAtOnceAndNothingIsLostOrDoubled()
    {
        // One professional, every client connected with them (accepted), each with a login of their own.
        const QString professionalLogin = QStringLiteral("load_professional");
        const QString professionalId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QVERIFY_RESULT(m_cluster.createLogin(professionalLogin));
        QString setup = QStringLiteral("GRANT rapport_professional TO %1; INSERT INTO rapport.people (id, login, name, "
                                       "role, created_at, updated_at) VALUES ('%2', '%1', 'Pro', 'professional', "
                                       "1000, 1000);")
                            .arg(professionalLogin, professionalId);
        std::vector<Client> clients;
        for (int i = 0; i < m_clients; ++i) {
            Client client;
            client.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            client.login = QStringLiteral("load_client_%1").arg(i);
            QVERIFY_RESULT(m_cluster.createLogin(client.login));
            setup += QStringLiteral("GRANT rapport_client TO %1; INSERT INTO rapport.people (id, login, name, role, "
                                    "created_at, updated_at) VALUES ('%2', '%1', 'Client %3', 'client', 1000, 1000); "
                                    "INSERT INTO rapport.connections (id, client_id, professional_id, created_at, "
                                    "updated_at, state) VALUES (gen_random_uuid(), '%2', '%4', 1000, 1000, "
                                    "'accepted');")
                         .arg(client.login, client.id)
                         .arg(i)
                         .arg(professionalId);
            clients.push_back(std::move(client));
        }
        QVERIFY_RESULT(m_cluster.superSql(setup, m_database));

        // Every client joins from a store of their own.
        StoreOptions options;
        options.kdf = KdfParameters::minimal();
        for (size_t i = 0; i < clients.size(); ++i) {
            auto store = Store::create(m_dir.filePath(QStringLiteral("client-%1.rapport").arg(i)),
                                       SecureBytes::fromUtf8(QStringLiteral("load")),
                                       options);
            QVERIFY_RESULT(store);
            QVERIFY_RESULT(HubSync::join(**store, as(clients[i].login)));
            clients[i].store = std::move(*store);
        }

        // Round 1: three check-ins each; the even clients share their wellbeing.
        for (size_t i = 0; i < clients.size(); ++i) {
            const QUuid id(clients[i].id);
            for (int checkIn = 0; checkIn < 3; ++checkIn) {
                QVERIFY_RESULT(
                    QuestionnaireService(*clients[i].store, *m_registry).submit(id, InstrumentIds::Wellbeing, Calm));
            }
            if (i % 2 == 0) {
                QVERIFY_RESULT(SharingChoices(*clients[i].store).set(id, Metric::Wellbeing, true));
            }
        }
        const QList<double> first = exchangeAtOnce(clients, QStringLiteral("round 1"));
        QCOMPARE(first.size(), static_cast<qsizetype>(clients.size()));

        // Round 2: one more check-in each; the even clients stop sharing, the odd ones start.
        for (size_t i = 0; i < clients.size(); ++i) {
            const QUuid id(clients[i].id);
            QVERIFY_RESULT(
                QuestionnaireService(*clients[i].store, *m_registry).submit(id, InstrumentIds::Wellbeing, Calm));
            QVERIFY_RESULT(SharingChoices(*clients[i].store).set(id, Metric::Wellbeing, i % 2 == 1));
        }
        const QList<double> second = exchangeAtOnce(clients, QStringLiteral("round 2"));
        QCOMPARE(second.size(), static_cast<qsizetype>(clients.size()));

        // Counted on the hub past row-level security: each submission once, nothing lost.
        const int expected = 4 * static_cast<int>(clients.size());
        QCOMPARE(hubCount(QStringLiteral("SELECT count(*) FROM rapport.submissions")), expected);
        QCOMPARE(hubCount(QStringLiteral("SELECT count(DISTINCT id) FROM rapport.submissions")), expected);
        QCOMPARE(hubCount(QStringLiteral("SELECT count(*) FROM (SELECT person_id FROM rapport.submissions "
                                         "GROUP BY person_id HAVING count(*) = 4) AS each")),
                 static_cast<int>(clients.size()));
        // Every switch stands as its client last set it, and every change is logged once.
        const int odd = static_cast<int>(clients.size()) / 2;
        const int even = static_cast<int>(clients.size()) - odd;
        QCOMPARE(hubCount(QStringLiteral(
                     "SELECT count(*) FROM rapport.sharing_settings WHERE metric = 'wellbeing' AND enabled")),
                 odd);
        QCOMPARE(hubCount(QStringLiteral("SELECT count(*) FROM rapport.sharing_audit WHERE metric = 'wellbeing'")),
                 2 * even + odd);
        QCOMPARE(hubCount(QStringLiteral("SELECT count(DISTINCT id) FROM rapport.sharing_audit")),
                 hubCount(QStringLiteral("SELECT count(*) FROM rapport.sharing_audit")));
        // Each client's own store holds its four check-ins, as many as the hub.
        for (const Client& client : clients) {
            auto own = client.store->submissions().forPerson(QUuid(client.id), InstrumentIds::Wellbeing);
            QVERIFY_RESULT(own);
            QCOMPARE(own->size(), 4);
        }

        // The professional, syncing after them all, sees the odd clients' four check-ins each and nothing else.
        StoreOptions professionalOptions;
        professionalOptions.kdf = KdfParameters::minimal();
        auto professional = Store::create(m_dir.filePath(QStringLiteral("professional.rapport")),
                                          SecureBytes::fromUtf8(QStringLiteral("load")),
                                          professionalOptions);
        QVERIFY_RESULT(professional);
        QVERIFY_RESULT(HubSync::join(**professional, as(professionalLogin)));
        int seen = 0;
        for (size_t i = 0; i < clients.size(); ++i) {
            auto shared = (*professional)->submissions().forPerson(QUuid(clients[i].id), InstrumentIds::Wellbeing);
            QVERIFY_RESULT(shared);
            QCOMPARE(shared->size(), i % 2 == 1 ? 4 : 0);
            seen += static_cast<int>(shared->size());
        }
        QCOMPARE(seen, 4 * odd);
    }
};

QTEST_GUILESS_MAIN(TestSyncLoad)
#include "TestSyncLoad.moc"
