// Measures the hub's HR aggregate (rapport.hr_report()) on a demo organisation of N employees, on a throwaway
// PostgreSQL cluster: `hub_hr_bench [EMPLOYEES] [MONTHS]` (defaults 100000, 12). Run through scripts/hub-bench.
// Not a CTest test: it takes minutes at 100k and measures speed, which tests must never depend on.

#include "PgTestCluster.h"
#include "analytics/HrAnalytics.h"
#include "demo/DemoGenerator.h"
#include "hub/HubBulkLoader.h"
#include "hub/HubConnection.h"
#include "hub/HubHrReport.h"
#include "hub/HubMigrations.h"
#include "hub/HubPeople.h"
#include "instruments/InstrumentRegistry.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <cstdio>

using namespace rapport;

namespace {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

int failWith(const QString& what, const Error& error)
{
    out() << what << ": " << error.message << Qt::endl;
    return 1;
}

QString cpuModel()
{
    QFile cpuinfo(QStringLiteral("/proc/cpuinfo"));
    if (cpuinfo.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : cpuinfo.readAll().split('\n')) {
            if (line.startsWith("model name")) {
                return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
            }
        }
    }
    return QSysInfo::currentCpuArchitecture();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    DemoOptions options;
    options.employees = args.size() > 1 ? args.at(1).toInt() : 100000;
    options.months = args.size() > 2 ? args.at(2).toInt() : 12;
    options.professionals = std::clamp(options.employees / 50, 1, 10000);
    options.seed = 1;
    if (auto valid = DemoGenerator::validate(options); !valid) {
        return failWith(QStringLiteral("options"), valid.error());
    }

    test::PgTestCluster cluster;
    if (const QString reason = test::PgTestCluster::unavailableReason(); !reason.isEmpty()) {
        out() << reason << Qt::endl;
        return 1;
    }
    if (auto started = cluster.start(); !started) {
        return failWith(QStringLiteral("cluster"), started.error());
    }
    const QString owner = QStringLiteral("hub_owner");
    const QString database = QStringLiteral("bench");
    if (auto made = cluster.createLogin(owner, QStringLiteral("CREATEROLE")); !made) {
        return failWith(QStringLiteral("owner"), made.error());
    }
    if (auto made = cluster.createDatabase(database, owner); !made) {
        return failWith(QStringLiteral("database"), made.error());
    }
    auto ownerConnection = hub::HubConnection::openFromEnvironment(cluster.environmentFor(owner, database));
    if (!ownerConnection) {
        return failWith(QStringLiteral("connect"), ownerConnection.error());
    }
    if (auto applied = hub::HubMigrations::apply(**ownerConnection); !applied) {
        return failWith(QStringLiteral("hub init"), applied.error());
    }

    auto registry = InstrumentRegistry::load(QString());
    if (!registry) {
        return failWith(QStringLiteral("instruments"), registry.error());
    }
    QTemporaryDir folder;
    StoreOptions storeOptions;
    storeOptions.kdf = KdfParameters::minimal();
    auto store = Store::create(
        folder.filePath(QStringLiteral("bench.db")), SecureBytes::fromUtf8(QStringLiteral("bench")), storeOptions);
    if (!store) {
        return failWith(QStringLiteral("store"), store.error());
    }
    QElapsedTimer timer;
    timer.start();
    auto summary = DemoGenerator(options).fill(**store, *registry);
    if (!summary) {
        return failWith(QStringLiteral("demo"), summary.error());
    }
    const qint64 generateMs = timer.elapsed();

    timer.restart();
    auto loaded = hub::HubBulkLoader(**ownerConnection).load(**store);
    if (!loaded) {
        return failWith(QStringLiteral("load"), loaded.error());
    }
    const qint64 loadMs = timer.elapsed();
    if (auto analysed = (*ownerConnection)
                            ->exec(QStringLiteral("ANALYZE rapport.people, rapport.connections, rapport.submissions, "
                                                  "rapport.sharing_settings"));
        !analysed) {
        return failWith(QStringLiteral("analyze"), analysed.error());
    }

    // The HR login runs the function exactly as `view hr --hub` does.
    const QString password = test::PgTestCluster::randomPassword();
    if (auto hr = hub::HubPeople(**ownerConnection)
                      .add(Role::Hr, QStringLiteral("Bench HR"), QStringLiteral("bench_hr"), QString(), password);
        !hr || !cluster.rememberPassword(QStringLiteral("bench_hr"), password)) {
        return failWith(QStringLiteral("hr login"), hr ? Error {} : hr.error());
    }
    auto hrConnection
        = hub::HubConnection::openFromEnvironment(cluster.environmentFor(QStringLiteral("bench_hr"), database));
    if (!hrConnection) {
        return failWith(QStringLiteral("hr connect"), hrConnection.error());
    }
    QList<qint64> runs;
    for (int i = 0; i < 5; ++i) {
        timer.restart();
        auto report = hub::HubHrReport::load(**hrConnection, *registry);
        if (!report) {
            return failWith(QStringLiteral("hr_report"), report.error());
        }
        runs.append(timer.elapsed());
    }
    std::sort(runs.begin(), runs.end());

    timer.restart();
    auto local = HrAnalytics::load(**store, *registry);
    if (!local) {
        return failWith(QStringLiteral("local HR view"), local.error());
    }
    const qint64 localMs = timer.elapsed();

    auto version = (*ownerConnection)->exec(QStringLiteral("SHOW server_version"));
    QString serverVersion;
    if (version && version->next()) {
        serverVersion = version->value(0).toString();
    }
    out() << "employees " << summary->employees << ", professionals " << summary->professionals << ", connections "
          << summary->connections << ", submissions " << (summary->wellbeingSubmissions + summary->allianceSubmissions)
          << " (" << summary->wellbeingSubmissions << " wellbeing, " << summary->allianceSubmissions << " alliance), "
          << options.months << " months\n"
          << "demo generation (local store) " << generateMs << " ms; bulk load into the hub " << loadMs << " ms\n"
          << "hub rapport.hr_report() as an HR login, 5 runs: median " << runs.at(2) << " ms, min " << runs.first()
          << " ms, max " << runs.last() << " ms\n"
          << "local HR view (SQLCipher) once: " << localMs << " ms\n"
          << "machine: " << cpuModel() << ", " << QThread::idealThreadCount() << " hardware threads, "
          << QSysInfo::prettyProductName() << "; PostgreSQL " << serverVersion
          << " (throwaway cluster: fsync off, shared_buffers 32MB)" << Qt::endl;
    return 0;
}
