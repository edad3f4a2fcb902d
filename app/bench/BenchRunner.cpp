#include "BenchRunner.h"

#include "BenchStats.h"
#include "BenchStores.h"
#include "GuiMemory.h"
#ifdef RAPPORT_BENCH_HUB
#include "HubBench.h"
#endif
#include "PaintWatcher.h"
#include "ShellFloor.h"
#include "StartupFloor.h"
#include "StartupProbe.h"
#include "analytics/HrAnalytics.h"
#include "analytics/HrPublication.h"
#include "backup/Backup.h"
#include "hr/HrDashboard.h"
#include "instruments/InstrumentIds.h"
#include "instruments/InstrumentRegistry.h"
#include "services/QuestionnaireService.h"
#include "sharing/Overviews.h"
#include "store/Database.h"
#include "store/StoreKeyFile.h"
#include "store/StoreTesting.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QTemporaryDir>

#include <algorithm>
#include <memory>
#include <optional>
#include <sodium.h>

namespace rapport::bench {
namespace {

/** Everything the steps share. */
struct Context
{
    BenchOptions options;
    QString workDir;
    QString passphraseFile;
    QString configDir;
    InstrumentRegistry registry;
    std::unique_ptr<BenchStores> stores;
};

#define BENCH_TRY_ASSIGN(name, expr)                                                                                   \
    auto name##Result = (expr);                                                                                        \
    if (!name##Result) {                                                                                               \
        return tl::unexpected(name##Result.error());                                                                   \
    }                                                                                                                  \
    auto& name = *name##Result

/** Copies a closed store (database, key file) to `target`, for benchmarks that write. */
Result<void> copyStore(const QString& source, const QString& target)
{
    BenchStores::remove(target);
    const QList<std::pair<QString, QString>> files {
        {source, target},
        {StoreKeyFile::pathFor(source), StoreKeyFile::pathFor(target)},
        {source + QStringLiteral("-wal"), target + QStringLiteral("-wal")},
    };
    for (const auto& [from, to] : files) {
        if (QFile::exists(from) && !QFile::copy(from, to)) {
            return fail(ErrorCode::Io, QStringLiteral("cannot copy %1").arg(from));
        }
    }
    return {};
}

double fileMb(const QString& path)
{
    return static_cast<double>(QFileInfo(path).size()) / (1024.0 * 1024.0);
}

/** Unlock: Argon2id at the default cost, then open (a fresh store made at the default cost). */
Result<QJsonObject> measureUnlock(Context& context)
{
    progress(QStringLiteral("unlock (default key-derivation cost)"));
    const QString path = QDir(context.workDir).filePath(QStringLiteral("unlock.db"));
    BenchStores::remove(path);
    StoreOptions options; // KdfParameters::defaults()
    {
        BENCH_TRY_ASSIGN(store, Store::create(path, BenchStores::passphrase(), options));
        store.reset();
    }
    BENCH_TRY_ASSIGN(keyFile, StoreKeyFile::load(StoreKeyFile::pathFor(path)));
    QList<double> unlock;
    QList<double> kdf;
    for (int run = 0; run < context.options.runs; ++run) {
        const Stopwatch kdfWatch;
        BENCH_TRY_ASSIGN(key, deriveKey(BenchStores::passphrase(), keyFile.current.kdf));
        kdf.append(kdfWatch.ms());
        const Stopwatch watch;
        BENCH_TRY_ASSIGN(store, Store::open(path, BenchStores::passphrase()));
        unlock.append(watch.ms());
        store.reset();
        Q_UNUSED(key)
    }
    BenchStores::remove(path);
    return QJsonObject {
        {QStringLiteral("unlock_ms"), rounded(median(unlock), 1)},
        {QStringLiteral("kdf_ms"), rounded(median(kdf), 1)},
        {QStringLiteral("kdf"),
         QJsonObject {{QStringLiteral("algorithm"), keyFile.current.kdf.algorithm},
                      {QStringLiteral("ops_limit"), static_cast<double>(keyFile.current.kdf.opsLimit)},
                      {QStringLiteral("mem_limit_mib"),
                       static_cast<double>(keyFile.current.kdf.memLimitBytes / (1024 * 1024))}}},
    };
}

/** The minimal-cost key derivation the startup probe does before opening; subtracted from its times. */
Result<double> minimalKdfMs(const QString& storePath)
{
    BENCH_TRY_ASSIGN(keyFile, StoreKeyFile::load(StoreKeyFile::pathFor(storePath)));
    QList<double> samples;
    for (int run = 0; run < 9; ++run) {
        const Stopwatch watch;
        BENCH_TRY_ASSIGN(key, deriveKey(BenchStores::passphrase(), keyFile.current.kdf));
        samples.append(watch.ms());
        Q_UNUSED(key)
    }
    return median(samples);
}

/** Cold start to the painted client dashboard of the long-history client, in new processes; KDF excluded. */
Result<double> measureStartup(Context& context, const BenchStore& store)
{
    BENCH_TRY_ASSIGN(kdf, minimalKdfMs(store.path));
    QList<double> samples;
    for (int run = 0; run < context.options.runs; ++run) {
        BENCH_TRY_ASSIGN(ms,
                         StartupProbe::measure(QCoreApplication::applicationFilePath(),
                                               store.path,
                                               context.passphraseFile,
                                               store.longHistoryClient,
                                               context.configDir));
        samples.append(ms - kdf);
    }
    return median(samples);
}

/** Qt's own cold start (a window with one chart), in new processes, median of the runs. */
Result<double> measureStartupFloor(Context& context)
{
    QList<double> samples;
    for (int run = 0; run < context.options.runs; ++run) {
        BENCH_TRY_ASSIGN(ms, StartupFloor::measure(QCoreApplication::applicationFilePath(), context.configDir));
        samples.append(ms);
    }
    return median(samples);
}

/** One Wellbeing Index submission committed (WAL, synchronous = FULL), on a copy of `store`. */
Result<double> measureSubmit(Context& context, const BenchStore& store, int count)
{
    const QString copy = QDir(context.workDir).filePath(QStringLiteral("submit-copy.db"));
    RAPPORT_TRY(copyStore(store.path, copy));
    BenchStore copied = store;
    copied.path = copy;
    QList<double> samples;
    {
        BENCH_TRY_ASSIGN(opened, copied.open());
        BENCH_TRY_ASSIGN(wellbeing, context.registry.get(InstrumentIds::Wellbeing));
        QuestionnaireService service(*opened, context.registry);
        for (int i = 0; i < count; ++i) {
            QList<int> answers;
            for (qsizetype item = 0; item < wellbeing.items.size(); ++item) {
                answers.append(wellbeing.scale.min
                               + static_cast<int>((i + item) % (wellbeing.scale.max - wellbeing.scale.min + 1)));
            }
            const Stopwatch watch;
            BENCH_TRY_ASSIGN(submitted, service.submit(store.longHistoryClient, InstrumentIds::Wellbeing, answers));
            samples.append(watch.ms());
            Q_UNUSED(submitted)
        }
    }
    BenchStores::remove(copy);
    return median(samples);
}

/** The HR view: the dashboard built on a freshly opened store and painted once (HrAnalytics::load inside). */
Result<double> hrViewOnce(Context& context, const BenchStore& store)
{
    BENCH_TRY_ASSIGN(opened, store.open());
    const Stopwatch watch;
    auto dashboard = std::make_unique<ui::HrDashboard>(*opened, context.registry);
    QWidget* target = dashboard.get();
    PaintWatcher watcher([target](QObject* object) { return object == target; });
    dashboard->resize(1280, 860);
    dashboard->show();
    if (!watcher.waitForPaint()) {
        return fail(ErrorCode::Internal, QStringLiteral("the HR dashboard was not painted"));
    }
    const double ms = watch.ms();
    if (!dashboard->report()) {
        return fail(ErrorCode::Internal, QStringLiteral("the HR dashboard could not load its report"));
    }
    dashboard.reset();
    return ms;
}

/** The HR figures alone (query and anonymity rules, no widgets), on a freshly opened store. */
Result<double> hrReportOnce(Context& context, const BenchStore& store)
{
    BENCH_TRY_ASSIGN(opened, store.open());
    const Stopwatch watch;
    BENCH_TRY_ASSIGN(report, HrAnalytics::load(*opened, context.registry));
    Q_UNUSED(report)
    return watch.ms();
}

/** The statements of the HR figures with their parameters, as run on `store`. */
Result<QStringList> hrStatements(Context& context, const BenchStore& store)
{
    BENCH_TRY_ASSIGN(opened, store.open());
    BENCH_TRY_ASSIGN(wellbeing, context.registry.get(InstrumentIds::Wellbeing));
    std::optional<InstrumentDefinition> alliance;
    if (const InstrumentDefinition* found = context.registry.find(InstrumentIds::Alliance)) {
        alliance = *found;
    }
    StoreTesting::database(*opened).recordStatements(true);
    auto raw = HrAnalytics::query(*opened, wellbeing, alliance, opened->clock().now());
    const QStringList statements = StoreTesting::database(*opened).recordedStatements();
    StoreTesting::database(*opened).recordStatements(false);
    if (!raw) {
        return tl::unexpected(raw.error());
    }
    return statements;
}

/** The HR view at one size; at `withFloor` also the sqlcipher shell on the same file, interleaved run by run. */
Result<QJsonObject> measureHr(Context& context, const BenchStore& store, bool withFloor)
{
    progress(QStringLiteral("HR view at %1 employees").arg(store.employees));
    QList<double> view;
    QList<double> report;
    QList<double> shell;
    QStringList statements;
    QByteArray preamble;
    if (withFloor) {
        BENCH_TRY_ASSIGN(recorded, hrStatements(context, store));
        statements = recorded;
        BENCH_TRY_ASSIGN(opened, store.open());
        preamble = StoreTesting::shellPreamble(*opened);
    }
    // Rule 10: a month's figures are computed once, when it has ended. The first view of a store publishes every
    // closed month (once in its life); each later month costs one month's publication; every view after that reads
    // the published months. Measured apart, so that the view figures below are the views HR waits on every day.
    double publishAllMs = 0;
    double publishMonthMs = 0;
    {
        BENCH_TRY_ASSIGN(opened, store.open());
        BENCH_TRY_ASSIGN(wellbeing, context.registry.get(InstrumentIds::Wellbeing));
        std::optional<InstrumentDefinition> alliance;
        if (const InstrumentDefinition* found = context.registry.find(InstrumentIds::Alliance)) {
            alliance = *found;
        }
        const QDate lastClosed = HrPublication::monthOf(opened->clock().now()).addMonths(-1);
        const Stopwatch monthWatch;
        BENCH_TRY_ASSIGN(month, HrPublication::periodReport(*opened, wellbeing, alliance, 5, lastClosed));
        publishMonthMs = monthWatch.ms();
        Q_UNUSED(month)
        const Stopwatch allWatch;
        BENCH_TRY_ASSIGN(first, HrAnalytics::load(*opened, context.registry));
        publishAllMs = allWatch.ms();
        Q_UNUSED(first)
    }
    for (int run = 0; run < context.options.runs; ++run) {
        BENCH_TRY_ASSIGN(viewMs, hrViewOnce(context, store));
        view.append(viewMs);
        BENCH_TRY_ASSIGN(reportMs, hrReportOnce(context, store));
        report.append(reportMs);
        if (withFloor) {
            auto shellMs = ShellFloor::run(store.path, preamble, statements);
            if (!shellMs) {
                sodium_memzero(preamble.data(), static_cast<std::size_t>(preamble.size()));
                return tl::unexpected(shellMs.error());
            }
            shell.append(*shellMs);
        }
    }
    sodium_memzero(preamble.data(), static_cast<std::size_t>(preamble.size()));
    QJsonObject figures {
        {QStringLiteral("employees"), store.employees},
        {QStringLiteral("submissions"), static_cast<double>(store.submissions)},
        {QStringLiteral("store_mb"), rounded(fileMb(store.path), 1)},
        {QStringLiteral("view_ms"), rounded(median(view), 1)},
        {QStringLiteral("report_ms"), rounded(median(report), 1)},
        {QStringLiteral("publish_month_ms"), rounded(publishMonthMs, 1)},
        {QStringLiteral("first_publication_ms"), rounded(publishAllMs, 1)},
    };
    if (withFloor) {
        figures.insert(QStringLiteral("sqlcipher_shell_ms"), rounded(median(shell), 1));
        figures.insert(QStringLiteral("statements"), static_cast<int>(statements.size()));
    }
    return figures;
}

/** One pass of the encryption workload: bulk insert (demo generation), HR figures, the client dashboard query. */
Result<QJsonObject> overheadWorkload(Context& context, int employees, int months, bool encrypted)
{
    const QString name = encrypted ? QStringLiteral("overhead-encrypted.db") : QStringLiteral("overhead-plain.db");
    BENCH_TRY_ASSIGN(store, context.stores->organisation(employees, months, false, encrypted, name));
    StoreOptions options;
    options.encrypted = encrypted;
    BENCH_TRY_ASSIGN(opened, store.open(options));
    Stopwatch hrWatch;
    double cpu = processCpuMs();
    BENCH_TRY_ASSIGN(report, HrAnalytics::load(*opened, context.registry));
    const double hrMs = hrWatch.ms();
    const double hrCpuMs = processCpuMs() - cpu;
    const Stopwatch clientWatch;
    cpu = processCpuMs();
    BENCH_TRY_ASSIGN(overview, loadClientOverview(*opened, context.registry, store.longHistoryClient));
    const double clientMs = clientWatch.ms();
    const double clientCpuMs = processCpuMs() - cpu;
    Q_UNUSED(report)
    Q_UNUSED(overview)
    opened.reset();
    BenchStores::remove(store.path);
    return QJsonObject {
        {QStringLiteral("insert_ms"), store.generationMs},
        {QStringLiteral("hr_ms"), hrMs},
        {QStringLiteral("client_ms"), clientMs},
        {QStringLiteral("insert_cpu_ms"), store.generationCpuMs},
        {QStringLiteral("hr_cpu_ms"), hrCpuMs},
        {QStringLiteral("client_cpu_ms"), clientCpuMs},
    };
}

Result<QJsonObject> measureOverhead(Context& context, int employees, int months, int runs)
{
    // Wall and CPU time of each part, per kind (0 plain, 1 encrypted), and the ratio of the totals run by run.
    const QStringList parts {QStringLiteral("insert"), QStringLiteral("hr"), QStringLiteral("client")};
    QHash<QString, QList<double>> samples[2];
    QList<double> ratio;
    QList<double> cpuRatio;
    for (int run = 0; run < runs; ++run) {
        progress(QStringLiteral("encryption overhead, run %1 of %2").arg(run + 1).arg(runs));
        double totals[2] = {0, 0};
        double cpuTotals[2] = {0, 0};
        // Alternate which goes first, so neither always runs on a cooler or warmer machine.
        for (int step = 0; step < 2; ++step) {
            const int kind = (run + step) % 2; // 0 plain, 1 encrypted
            BENCH_TRY_ASSIGN(figures, overheadWorkload(context, employees, months, kind == 1));
            for (const QString& part : parts) {
                const double wall = figures.value(part + QStringLiteral("_ms")).toDouble();
                const double cpu = figures.value(part + QStringLiteral("_cpu_ms")).toDouble();
                samples[kind][part].append(wall);
                samples[kind][part + QStringLiteral("_cpu")].append(cpu);
                totals[kind] += wall;
                cpuTotals[kind] += cpu;
            }
        }
        ratio.append(totals[1] / totals[0]);
        if (cpuTotals[0] > 0) {
            cpuRatio.append(cpuTotals[1] / cpuTotals[0]);
        }
    }
    const auto pair = [&samples](const QString& part) {
        const double plain = median(samples[0].value(part));
        const double encrypted = median(samples[1].value(part));
        const double plainCpu = median(samples[0].value(part + QStringLiteral("_cpu")));
        const double encryptedCpu = median(samples[1].value(part + QStringLiteral("_cpu")));
        return QJsonObject {{QStringLiteral("plain_ms"), rounded(plain, 1)},
                            {QStringLiteral("encrypted_ms"), rounded(encrypted, 1)},
                            {QStringLiteral("ratio"), rounded(plain > 0 ? encrypted / plain : 0, 3)},
                            {QStringLiteral("plain_cpu_ms"), rounded(plainCpu, 1)},
                            {QStringLiteral("encrypted_cpu_ms"), rounded(encryptedCpu, 1)},
                            {QStringLiteral("cpu_ratio"), rounded(plainCpu > 0 ? encryptedCpu / plainCpu : 0, 3)}};
    };
    return QJsonObject {
        {QStringLiteral("ratio"), rounded(median(ratio), 3)},
        {QStringLiteral("cpu_ratio"), rounded(median(cpuRatio), 3)},
        {QStringLiteral("runs"), runs},
        {QStringLiteral("employees"), employees},
        {QStringLiteral("months"), months},
        {QStringLiteral("bulk_insert"), pair(QStringLiteral("insert"))},
        {QStringLiteral("hr_aggregates"), pair(QStringLiteral("hr"))},
        {QStringLiteral("client_dashboard_query"), pair(QStringLiteral("client"))},
    };
}

Result<QJsonObject> measureBackup(Context& context, const BenchStore& store)
{
    progress(QStringLiteral("backup export + verify at %1 employees").arg(store.employees));
    const QString file = QDir(context.workDir).filePath(QStringLiteral("bench-backup.rapportbackup"));
    const SecureBytes passphrase = SecureBytes::fromUtf8(QStringLiteral("bench backup passphrase"));
    const int runs = std::max(1, context.options.runs / 2 + 1);
    QList<double> exportMs;
    QList<double> verifyMs;
    double backupMb = 0;
    for (int run = 0; run < runs; ++run) {
        QFile::remove(file);
        BENCH_TRY_ASSIGN(opened, store.open());
        const Stopwatch exportWatch;
        BENCH_TRY_ASSIGN(exported, Backup::exportTo(*opened, file, passphrase));
        exportMs.append(exportWatch.ms());
        opened.reset();
        const Stopwatch verifyWatch;
        BENCH_TRY_ASSIGN(verified, Backup::verify(file, passphrase));
        verifyMs.append(verifyWatch.ms());
        backupMb = fileMb(file);
        Q_UNUSED(exported)
        Q_UNUSED(verified)
    }
    QFile::remove(file);
    const double storeMb = fileMb(store.path);
    const double seconds = (median(exportMs) + median(verifyMs)) / 1000;
    return QJsonObject {
        {QStringLiteral("mb_per_s"), rounded(storeMb / seconds, 1)},
        {QStringLiteral("store_mb"), rounded(storeMb, 1)},
        {QStringLiteral("backup_mb"), rounded(backupMb, 1)},
        {QStringLiteral("export_ms"), rounded(median(exportMs), 1)},
        {QStringLiteral("verify_ms"), rounded(median(verifyMs), 1)},
    };
}

QString rapportExecutable(const BenchOptions& options)
{
    if (!options.rapportExecutable.isEmpty()) {
        return options.rapportExecutable;
    }
    const QDir here(QCoreApplication::applicationDirPath());
    for (const QString& candidate :
         {here.filePath(QStringLiteral("rapport")), here.filePath(QStringLiteral("../rapport"))}) {
        if (QFileInfo(candidate).isExecutable()) {
            return QFileInfo(candidate).canonicalFilePath();
        }
    }
    return here.filePath(QStringLiteral("rapport"));
}

} // namespace

BenchRunner::BenchRunner(BenchOptions options)
    : m_options(std::move(options))
{
}

Result<QJsonObject> BenchRunner::run()
{
    const Stopwatch total;
    Context context;
    context.options = m_options;
    std::optional<QTemporaryDir> temporary;
    if (m_options.workDir.isEmpty()) {
        temporary.emplace(QDir::temp().filePath(QStringLiteral("rapport-bench-XXXXXX")));
        if (!temporary->isValid()) {
            return fail(ErrorCode::Io, QStringLiteral("cannot create a temporary folder"));
        }
        context.workDir = temporary->path();
    } else {
        if (!QDir().mkpath(m_options.workDir)) {
            return fail(ErrorCode::Io, QStringLiteral("cannot create %1").arg(m_options.workDir));
        }
        context.workDir = QFileInfo(m_options.workDir).absoluteFilePath();
    }
    progress(QStringLiteral("work folder %1").arg(context.workDir));
    context.configDir = QDir(context.workDir).filePath(QStringLiteral("config"));
    QDir().mkpath(context.configDir);
    context.passphraseFile = QDir(context.workDir).filePath(QStringLiteral("passphrase.txt"));
    RAPPORT_TRY(writeFileAtomically(context.passphraseFile, QByteArrayLiteral("rapport-bench\n")));
    BENCH_TRY_ASSIGN(registry, InstrumentRegistry::builtIn());
    context.registry = std::move(registry);
    context.stores = std::make_unique<BenchStores>(context.workDir, context.registry);

    const bool quick = m_options.quick;
    const int months = quick ? 6 : 24;
    QList<int> sizes = quick ? QList<int> {100, 300, 1000} : QList<int> {1000, 10000, 100000};
    if (!m_options.sizes.isEmpty()) {
        sizes = m_options.sizes;
    }
    // The size of hr_ms_10k, the floor, memory and backup: 10,000 when measured, else the largest.
    const int reference = sizes.contains(10000) ? 10000 : *std::max_element(sizes.cbegin(), sizes.cend());

    QJsonObject result;
    result.insert(QStringLiteral("rapport_version"), QStringLiteral(RAPPORT_VERSION));
    result.insert(QStringLiteral("quick"), quick);
    result.insert(QStringLiteral("runs"), m_options.runs);
    result.insert(QStringLiteral("machine"), machineDescription());
    result.insert(QStringLiteral("date"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));

    // 1. Unlock.
    BENCH_TRY_ASSIGN(unlock, measureUnlock(context));
    for (auto it = unlock.constBegin(); it != unlock.constEnd(); ++it) {
        result.insert(it.key(), it.value());
    }

    // The stores: a small organisation, then the three sizes (each with the long-history client).
    BENCH_TRY_ASSIGN(small, context.stores->organisation(40, months));
    QList<BenchStore> bySize;
    QJsonObject generation;
    for (const int size : sizes) {
        BENCH_TRY_ASSIGN(store, context.stores->organisation(size, months));
        bySize.append(store);
        if (store.generationMs > 0) {
            generation.insert(QString::number(size), rounded(store.generationMs, 0));
        }
    }
    result.insert(QStringLiteral("demo_generation_ms"), generation);
    result.insert(QStringLiteral("cipher_version"), [&]() -> QString {
        auto opened = small.open();
        return opened ? (*opened)->cipherVersion() : QString();
    }());
    const BenchStore& referenceStore = bySize.at(sizes.indexOf(reference));

    // 2. Cold start, on the small store and on every size (it must not grow with the organisation), each read
    // against Qt's own cold start measured in the same run, just before it.
    progress(QStringLiteral("cold start of a minimal Qt Widgets program with one chart (the floor)"));
    BENCH_TRY_ASSIGN(qtFloor, measureStartupFloor(context));
    result.insert(QStringLiteral("startup_floor_ms"), rounded(qtFloor, 1));
    progress(QStringLiteral("cold start to the painted client dashboard"));
    BENCH_TRY_ASSIGN(startup, measureStartup(context, small));
    result.insert(QStringLiteral("startup_ms"), rounded(startup, 1));
    result.insert(QStringLiteral("startup_vs_floor_ratio"), rounded(startup / qtFloor, 3));
    QJsonObject startupBySize {{QString::number(small.employees), rounded(startup, 1)}};
    QJsonObject ratioBySize {{QString::number(small.employees), rounded(startup / qtFloor, 3)}};
    for (const BenchStore& store : std::as_const(bySize)) {
        BENCH_TRY_ASSIGN(ms, measureStartup(context, store));
        startupBySize.insert(QString::number(store.employees), rounded(ms, 1));
        ratioBySize.insert(QString::number(store.employees), rounded(ms / qtFloor, 3));
    }
    result.insert(QStringLiteral("startup_ms_by_size"), startupBySize);
    result.insert(QStringLiteral("startup_vs_floor_ratio_by_size"), ratioBySize);

    // 3. Submit.
    progress(QStringLiteral("submit"));
    const int submits = quick ? 5 : 31;
    BENCH_TRY_ASSIGN(submit, measureSubmit(context, small, submits));
    result.insert(QStringLiteral("submit_ms"), rounded(submit, 2));
    BENCH_TRY_ASSIGN(submitLarge, measureSubmit(context, referenceStore, submits));
    result.insert(
        QStringLiteral("submit_ms_%1").arg(reference == 10000 ? QStringLiteral("10k") : QString::number(reference)),
        rounded(submitLarge, 2));

    // 4 and 6. The HR view by size; at the reference size against the sqlcipher shell.
    QJsonObject hrBySize;
    QJsonObject hrDetail;
    const bool shell = ShellFloor::available();
    if (!shell) {
        progress(QStringLiteral("the sqlcipher shell is not installed: no SQL floor"));
    }
    for (const BenchStore& store : std::as_const(bySize)) {
        BENCH_TRY_ASSIGN(figures, measureHr(context, store, shell && store.employees == reference));
        hrBySize.insert(QString::number(store.employees), figures.value(QStringLiteral("view_ms")));
        hrDetail.insert(QString::number(store.employees), figures);
        if (store.employees == reference) {
            result.insert(QStringLiteral("hr_ms_10k"), figures.value(QStringLiteral("view_ms")));
            const double floor = figures.value(QStringLiteral("sqlcipher_shell_ms")).toDouble();
            // The same aggregates (HrAnalytics::load: the statements and the anonymity rules) against the same
            // statements in the shell; the whole view also builds and paints widgets, which the shell does not.
            result.insert(QStringLiteral("hr_vs_sql_ratio"),
                          floor > 0
                              ? QJsonValue(rounded(figures.value(QStringLiteral("report_ms")).toDouble() / floor, 3))
                              : QJsonValue());
            result.insert(QStringLiteral("hr_view_vs_sql_ratio"),
                          floor > 0
                              ? QJsonValue(rounded(figures.value(QStringLiteral("view_ms")).toDouble() / floor, 3))
                              : QJsonValue());
        }
    }
    result.insert(QStringLiteral("hr_ms_by_size"), hrBySize);
    result.insert(QStringLiteral("hr_detail"), hrDetail);

    // 5. Encryption overhead.
    BENCH_TRY_ASSIGN(overhead, measureOverhead(context, reference, months, quick ? 1 : m_options.runs));
    result.insert(QStringLiteral("encryption_overhead_ratio"), overhead.value(QStringLiteral("ratio")));
    result.insert(QStringLiteral("encryption_overhead"), overhead);

    // 7. Memory of the GUI on the HR dashboard.
    progress(QStringLiteral("peak memory of rapport on the HR dashboard at %1 employees").arg(reference));
    QList<double> rss;
    for (int run = 0; run < (quick ? 1 : 3); ++run) {
        BENCH_TRY_ASSIGN(mb,
                         GuiMemory::peakRssMb(rapportExecutable(m_options),
                                              referenceStore.path,
                                              context.passphraseFile,
                                              referenceStore.hrPerson,
                                              context.configDir));
        rss.append(mb);
    }
    result.insert(QStringLiteral("gui_peak_rss_mb"), rounded(median(rss), 1));

    // 8. Backup.
    BENCH_TRY_ASSIGN(backup, measureBackup(context, referenceStore));
    result.insert(QStringLiteral("backup_mb_per_s"), backup.value(QStringLiteral("mb_per_s")));
    result.insert(QStringLiteral("backup"), backup);

    // 9. The hub's paths: its HR report by size, syncs, a professional's pull, many clients at once.
#ifdef RAPPORT_BENCH_HUB
    if (const QString reason = HubBench::unavailableReason(); !reason.isEmpty()) {
        progress(QStringLiteral("no hub figures: %1").arg(reason));
        result.insert(QStringLiteral("hub_skipped"), reason);
    } else {
        HubBenchInput hubInput;
        hubInput.registry = &context.registry;
        hubInput.stores = bySize;
        hubInput.reference = reference;
        for (const BenchStore& store : std::as_const(bySize)) {
            hubInput.localReportMs.insert(store.employees,
                                          hrDetail.value(QString::number(store.employees))
                                              .toObject()
                                              .value(QStringLiteral("report_ms"))
                                              .toDouble());
        }
        hubInput.workDir = context.workDir;
        hubInput.runs = m_options.runs;
        hubInput.quick = quick;
        BENCH_TRY_ASSIGN(hubFigures, HubBench::run(hubInput));
        for (auto it = hubFigures.constBegin(); it != hubFigures.constEnd(); ++it) {
            result.insert(it.key(), it.value());
        }
    }
#else
    result.insert(QStringLiteral("hub_skipped"),
                  QStringLiteral("rapport-bench was built without the test support (RAPPORT_BUILD_TESTS=OFF), which "
                                 "starts the throwaway PostgreSQL cluster"));
#endif

    result.insert(QStringLiteral("reference_employees"), reference);
    result.insert(QStringLiteral("bench_seconds"), rounded(total.ms() / 1000, 0));
    progress(QStringLiteral("done in %1 s").arg(total.ms() / 1000, 0, 'f', 0));
    return result;
}

} // namespace rapport::bench
