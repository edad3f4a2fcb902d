#include "HubBench.h"

#include "BenchStats.h"
#include "PgTestCluster.h"
#include "domain/Person.h"
#include "hub/HubBulkLoader.h"
#include "hub/HubConnection.h"
#include "hub/HubHrReport.h"
#include "hub/HubMigrations.h"
#include "hub/HubPeople.h"
#include "hub/sync/HubSync.h"
#include "instruments/InstrumentIds.h"
#include "instruments/InstrumentRegistry.h"
#include "services/BusiestProfessional.h"
#include "services/QuestionnaireService.h"
#include "store/ConnectionRepository.h"
#include "store/PersonRepository.h"

#include <QDir>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

namespace rapport::bench {
namespace {

using test::PgTestCluster;

#define HUB_TRY_ASSIGN(name, expr)                                                                                     \
    auto name##Result = (expr);                                                                                        \
    if (!name##Result) {                                                                                               \
        return tl::unexpected(name##Result.error());                                                                   \
    }                                                                                                                  \
    auto& name = *name##Result

const QString Owner = QStringLiteral("hub_owner");
const QList<int> Calm = {3, 3, 3, 3, 3};

/** The login HubBulkLoader gives a person (no role behind it until loginFor makes one). */
QString bulkLogin(const QUuid& person)
{
    return QStringLiteral("bulk-") + person.toString(QUuid::WithoutBraces);
}

double percentile(QList<double> samples, double fraction)
{
    if (samples.isEmpty()) {
        return 0;
    }
    std::sort(samples.begin(), samples.end());
    const auto index = static_cast<qsizetype>(std::ceil(fraction * static_cast<double>(samples.size()))) - 1;
    return samples.at(std::clamp<qsizetype>(index, 0, samples.size() - 1));
}

/** The hub, its databases (one per size) and the logins made so far. */
class HubFixture
{
public:
    explicit HubFixture(int maxConnections) { m_cluster.setMaxConnections(maxConnections); }

    Result<void> start()
    {
        RAPPORT_TRY(m_cluster.start());
        auto owner = m_cluster.createLogin(Owner, QStringLiteral("CREATEROLE"));
        if (!owner) {
            return tl::unexpected(owner.error());
        }
        return {};
    }

    /** A new hub database holding `store` (bulk-loaded as the owner, then analysed), with its owner connection. */
    Result<std::unique_ptr<hub::HubConnection>> hubOf(const BenchStore& store, const QString& database, double& loadMs)
    {
        RAPPORT_TRY(m_cluster.createDatabase(database, Owner));
        HUB_TRY_ASSIGN(owner, hub::HubConnection::openFromEnvironment(m_cluster.environmentFor(Owner, database)));
        RAPPORT_TRY(hub::HubMigrations::apply(*owner));
        HUB_TRY_ASSIGN(local, store.open());
        const Stopwatch load;
        RAPPORT_TRY(hub::HubBulkLoader(*owner).load(*local));
        loadMs = load.ms();
        // Statistics for the planner, as autovacuum would gather them on a real hub (the owner's tables only).
        HUB_TRY_ASSIGN(
            tables,
            owner->exec(QStringLiteral("SELECT string_agg(format('%I.%I', schemaname, tablename), ', ') FROM pg_tables "
                                       "WHERE schemaname = 'rapport'")));
        if (tables.next()) {
            RAPPORT_TRY(owner->exec(QStringLiteral("ANALYZE ") + tables.value(0).toString()));
        }
        return std::move(owner);
    }

    /** Gives the bulk-loaded `people` their logins (a role in their group, with a password) in one statement. */
    Result<void> loginsFor(const QList<Person>& people)
    {
        QString sql;
        QList<std::pair<QString, QString>> made;
        for (const Person& person : people) {
            const QString login = bulkLogin(person.id);
            const QString password = PgTestCluster::randomPassword();
            sql += QStringLiteral("CREATE ROLE \"%1\" LOGIN PASSWORD '%2' IN ROLE rapport_%3;\n")
                       .arg(login, password, roleName(person.role));
            made.append({login, password});
        }
        if (sql.isEmpty()) {
            return {};
        }
        auto created = m_cluster.superSql(sql);
        if (!created) {
            return tl::unexpected(created.error());
        }
        for (const auto& [login, password] : made) {
            RAPPORT_TRY(m_cluster.rememberPassword(login, password));
        }
        return {};
    }

    /** An HR login on `database`, connected. */
    Result<std::unique_ptr<hub::HubConnection>> hrOn(hub::HubConnection& owner, const QString& database)
    {
        const QString login = QStringLiteral("bench_hr_") + database;
        const QString password = PgTestCluster::randomPassword();
        auto added = hub::HubPeople(owner).add(Role::Hr, QStringLiteral("Bench HR"), login, QString(), password);
        if (!added) {
            return tl::unexpected(added.error());
        }
        RAPPORT_TRY(m_cluster.rememberPassword(login, password));
        return hub::HubConnection::openFromEnvironment(m_cluster.environmentFor(login, database));
    }

    [[nodiscard]] QProcessEnvironment environmentFor(const QUuid& person, const QString& database) const
    {
        return m_cluster.environmentFor(bulkLogin(person), database);
    }

    Result<QString> serverVersion(hub::HubConnection& connection)
    {
        HUB_TRY_ASSIGN(query, connection.exec(QStringLiteral("SHOW server_version")));
        return query.next() ? query.value(0).toString() : QString();
    }

private:
    PgTestCluster m_cluster;
};

/** A new, empty store on this machine (the person's new computer), at the cheapest key-derivation cost. */
Result<std::unique_ptr<Store>> freshStore(const QDir& folder, const QString& name)
{
    const QString path = folder.filePath(name + QStringLiteral(".db"));
    BenchStores::remove(path);
    StoreOptions options;
    options.kdf = KdfParameters::minimal();
    return Store::create(path, BenchStores::passphrase(), options);
}

/** `person` joins from a new store: the binding and the first pull of everything they may see. */
Result<double> timeJoin(const QDir& folder,
                        const QString& name,
                        const QProcessEnvironment& environment,
                        std::unique_ptr<Store>* kept = nullptr)
{
    HUB_TRY_ASSIGN(store, freshStore(folder, name));
    const Stopwatch join;
    RAPPORT_TRY(hub::HubSync::join(*store, environment));
    const double ms = join.ms();
    if (kept != nullptr) {
        *kept = std::move(store);
    }
    return ms;
}

/** How many clients have accepted a connection with `professional`. */
Result<int> acceptedClients(Store& store, const QUuid& professional)
{
    HUB_TRY_ASSIGN(connections, store.connections().forProfessional(professional));
    return static_cast<int>(std::count_if(connections.cbegin(), connections.cend(), [](const Connection& connection) {
        return connection.isAccepted();
    }));
}

/** `count` clients of `store` other than `except`, the first by the store's order. */
Result<QList<Person>> someClients(Store& store, int count, const QUuid& except)
{
    HUB_TRY_ASSIGN(clients, store.people().list(Role::Client));
    QList<Person> chosen;
    for (const Person& client : std::as_const(clients)) {
        if (client.id != except && chosen.size() < count) {
            chosen.append(client);
        }
    }
    return chosen;
}

/**
 * `clients` each join from a new store and submit one check-in; then every sync's exchange with the hub (push and
 * pull, each on its own connection) runs at the same moment on its own thread. Returns each exchange's time.
 */
Result<QList<double>> concurrentSyncs(HubFixture& hub,
                                      const QDir& folder,
                                      const QString& database,
                                      const QList<Person>& clients,
                                      const InstrumentRegistry& registry)
{
    std::vector<std::unique_ptr<Store>> stores;
    QList<hub::SyncRequest> requests;
    for (const Person& client : clients) {
        std::unique_ptr<Store> store;
        const QProcessEnvironment environment = hub.environmentFor(client.id, database);
        HUB_TRY_ASSIGN(
            joined,
            timeJoin(
                folder, QStringLiteral("concurrent-") + client.id.toString(QUuid::WithoutBraces), environment, &store));
        (void)joined;
        RAPPORT_TRY(QuestionnaireService(*store, registry).submit(client.id, InstrumentIds::Wellbeing, Calm));
        HUB_TRY_ASSIGN(request, hub::HubSync::prepare(*store, environment));
        requests.append(request);
        stores.push_back(std::move(store));
    }
    const auto count = static_cast<qsizetype>(requests.size());
    QList<double> durations(count, 0);
    std::vector<Result<PulledSnapshot>> outcomes(static_cast<size_t>(count),
                                                 fail(ErrorCode::Internal, QStringLiteral("not run")));
    std::vector<std::unique_ptr<QThread>> threads;
    for (qsizetype i = 0; i < count; ++i) {
        threads.push_back(std::unique_ptr<QThread>(QThread::create([&, i] {
            const Stopwatch exchange;
            outcomes[static_cast<size_t>(i)] = hub::HubSync::exchange(requests.at(i));
            durations[i] = exchange.ms();
        })));
    }
    for (auto& thread : threads) {
        thread->start();
    }
    for (auto& thread : threads) {
        thread->wait();
    }
    for (qsizetype i = 0; i < count; ++i) {
        const auto at = static_cast<size_t>(i);
        if (!outcomes.at(at)) {
            return tl::unexpected(outcomes.at(at).error());
        }
        RAPPORT_TRY(hub::HubSync::finish(*stores.at(at), requests.at(i), *outcomes.at(at)));
    }
    return durations;
}

} // namespace

QString HubBench::unavailableReason()
{
    return PgTestCluster::unavailableReason();
}

Result<QJsonObject> HubBench::run(const HubBenchInput& input)
{
    const InstrumentRegistry& registry = *input.registry;
    const int concurrent = input.quick ? 10 : 200;
    const int joins = input.quick ? 1 : 3;
    HubFixture hub(concurrent + 20);
    progress(QStringLiteral("hub: starting a throwaway PostgreSQL cluster on loopback"));
    RAPPORT_TRY(hub.start());
    QTemporaryDir machines(QDir(input.workDir).filePath(QStringLiteral("hub-machines-XXXXXX")));
    if (!machines.isValid()) {
        return fail(ErrorCode::Io,
                    QStringLiteral("Cannot make a folder for the joined stores in %1").arg(input.workDir));
    }
    const QDir folder(machines.path());

    QJsonObject result;
    QJsonObject hrBySize;
    QJsonObject publicationBySize;
    QJsonObject loadBySize;
    std::unique_ptr<hub::HubConnection> referenceOwner;
    QString referenceDatabase;
    const BenchStore* referenceStore = nullptr;
    for (const BenchStore& store : input.stores) {
        const QString database = QStringLiteral("bench_%1").arg(store.employees);
        progress(QStringLiteral("hub: loading %1 employees into their own hub database").arg(store.employees));
        double loadMs = 0;
        HUB_TRY_ASSIGN(owner, hub.hubOf(store, database, loadMs));
        loadBySize.insert(QString::number(store.employees), rounded(loadMs, 0));
        HUB_TRY_ASSIGN(hr, hub.hrOn(*owner, database));
        // The first call publishes every closed month (rule 10, once in a hub's life); the daily calls read them.
        const Stopwatch firstTimer;
        RAPPORT_TRY(hub::HubHrReport::load(*hr, registry));
        publicationBySize.insert(QString::number(store.employees), rounded(firstTimer.ms(), 1));
        QList<double> report;
        for (int run = 0; run < input.runs; ++run) {
            const Stopwatch timer;
            RAPPORT_TRY(hub::HubHrReport::load(*hr, registry));
            report.append(timer.ms());
        }
        const double hubMs = median(report);
        hrBySize.insert(QString::number(store.employees), rounded(hubMs, 1));
        if (store.employees == input.reference) {
            const double localMs = input.localReportMs.value(store.employees);
            result.insert(QStringLiteral("hub_vs_local_hr_ratio"),
                          localMs > 0 ? QJsonValue(rounded(hubMs / localMs, 3)) : QJsonValue());
            HUB_TRY_ASSIGN(version, hub.serverVersion(*owner));
            result.insert(QStringLiteral("postgresql_version"), version);
            referenceOwner = std::move(owner);
            referenceDatabase = database;
            referenceStore = &store;
        }
    }
    result.insert(QStringLiteral("hub_hr_ms_by_size"), hrBySize);
    result.insert(QStringLiteral("hub_first_publication_ms_by_size"), publicationBySize);
    result.insert(QStringLiteral("hub_load_ms_by_size"), loadBySize);
    if (referenceStore == nullptr) {
        return fail(ErrorCode::Internal, QStringLiteral("The reference size %1 has no store").arg(input.reference));
    }

    HUB_TRY_ASSIGN(local, referenceStore->open());
    HUB_TRY_ASSIGN(longHistory, local->people().find(referenceStore->longHistoryClient));
    HUB_TRY_ASSIGN(busiest, busiestProfessional(*local));
    if (!busiest) {
        return fail(ErrorCode::NotFound, QStringLiteral("The reference store has no professional"));
    }
    HUB_TRY_ASSIGN(clientsOfBusiest, acceptedClients(*local, busiest->id));
    HUB_TRY_ASSIGN(crowd, someClients(*local, concurrent, longHistory.id));
    QList<Person> logins = crowd;
    logins << longHistory << *busiest;
    RAPPORT_TRY(hub.loginsFor(logins));

    // The five-year client on a new machine: the first sync brings their whole history.
    progress(QStringLiteral("hub: first sync of the five-year client"));
    const QProcessEnvironment client = hub.environmentFor(longHistory.id, referenceDatabase);
    QList<double> first;
    std::unique_ptr<Store> joined;
    for (int run = 0; run < joins; ++run) {
        HUB_TRY_ASSIGN(ms, timeJoin(folder, QStringLiteral("long-history-%1").arg(run), client, &joined));
        first.append(ms);
        if (run + 1 < joins) {
            joined.reset(); // its lock goes with it; the next run joins from another new store
        }
    }
    result.insert(QStringLiteral("sync_first_ms"), rounded(median(first), 1));

    // Then one new check-in goes up and the view comes back down.
    progress(QStringLiteral("hub: incremental sync after one submission"));
    QList<double> incremental;
    for (int run = 0; run < input.runs; ++run) {
        RAPPORT_TRY(QuestionnaireService(*joined, registry).submit(longHistory.id, InstrumentIds::Wellbeing, Calm));
        const Stopwatch timer;
        HUB_TRY_ASSIGN(outcome, hub::HubSync::run(*joined, client));
        incremental.append(timer.ms());
        if (outcome.pushed < 1) {
            return fail(ErrorCode::Internal, QStringLiteral("The incremental sync pushed nothing"));
        }
    }
    result.insert(QStringLiteral("sync_incremental_ms"), rounded(median(incremental), 1));
    joined.reset();

    // The busiest professional on a new machine: every client's shared scores in the first pull.
    progress(QStringLiteral("hub: first pull of the busiest professional (%1 clients)").arg(clientsOfBusiest));
    QList<double> pull;
    for (int run = 0; run < joins; ++run) {
        HUB_TRY_ASSIGN(ms,
                       timeJoin(folder,
                                QStringLiteral("professional-%1").arg(run),
                                hub.environmentFor(busiest->id, referenceDatabase)));
        pull.append(ms);
    }
    result.insert(QStringLiteral("professional_pull_ms"), rounded(median(pull), 1));
    result.insert(QStringLiteral("professional_pull_clients"), clientsOfBusiest);

    progress(QStringLiteral("hub: %1 clients syncing at once").arg(crowd.size()));
    HUB_TRY_ASSIGN(durations, concurrentSyncs(hub, folder, referenceDatabase, crowd, registry));
    result.insert(QStringLiteral("sync_concurrent_clients"), static_cast<int>(durations.size()));
    result.insert(QStringLiteral("sync_p50_ms"), rounded(percentile(durations, 0.50), 1));
    result.insert(QStringLiteral("sync_p95_ms"), rounded(percentile(durations, 0.95), 1));
    result.insert(QStringLiteral("sync_max_ms"), rounded(percentile(durations, 1.0), 1));
    result.insert(QStringLiteral("hub_reference_employees"), input.reference);
    return result;
}

} // namespace rapport::bench
