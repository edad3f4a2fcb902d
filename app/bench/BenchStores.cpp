#include "BenchStores.h"

#include "BenchStats.h"
#include "demo/DemoGenerator.h"
#include "instruments/InstrumentRegistry.h"
#include "store/Database.h"
#include "store/PersonRepository.h"
#include "store/StoreKeyFile.h"
#include "store/StoreTesting.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace rapport::bench {
namespace {

// Change when the generated data or the file format changes, so that cached stores of an older shape are not reused
// (2: 4 KiB cipher pages, schema 5).
constexpr int DataVersion = 2;
constexpr quint32 OrganisationSeed = 20261;
constexpr quint32 LongHistorySeed = 5;

QString sidecarPath(const QString& storePath)
{
    return storePath + QStringLiteral(".bench.json");
}

} // namespace

Result<std::unique_ptr<Store>> BenchStore::open(StoreOptions options) const
{
    auto key = benchKey(path);
    if (!key) {
        return tl::unexpected(key.error());
    }
    return StoreTesting::openWithKey(path, *key, std::move(options));
}

Result<SecureBytes> benchKey(const QString& path)
{
    auto keyFile = StoreKeyFile::load(StoreKeyFile::pathFor(path));
    if (!keyFile) {
        return tl::unexpected(keyFile.error());
    }
    return deriveKey(BenchStores::passphrase(), keyFile->current.kdf);
}

BenchStores::BenchStores(QString workDir, const InstrumentRegistry& registry)
    : m_workDir(std::move(workDir))
    , m_registry(registry)
{
}

SecureBytes BenchStores::passphrase()
{
    return SecureBytes::fromUtf8(QStringLiteral("rapport-bench"));
}

QDateTime BenchStores::until()
{
    return QDateTime(QDate(2026, 6, 30), QTime(17, 0), Qt::UTC);
}

void BenchStores::remove(const QString& path)
{
    removeDatabaseFiles(path);
    const QStringList extras {StoreKeyFile::pathFor(path), path + QStringLiteral(".lock"), sidecarPath(path)};
    for (const QString& extra : extras) {
        QFile::remove(extra);
    }
}

Result<BenchStore>
BenchStores::organisation(int employees, int months, bool useCache, bool encrypted, const QString& name)
{
    const QString fileName = name.isEmpty() ? QStringLiteral("org-%1e-%2m-v%3%4.db")
                                                  .arg(employees)
                                                  .arg(months)
                                                  .arg(DataVersion)
                                                  .arg(encrypted ? QString() : QStringLiteral("-plain"))
                                            : name;
    const QString path = QDir(m_workDir).filePath(fileName);
    if (useCache && encrypted && QFile::exists(sidecarPath(path)) && Store::exists(path)) {
        auto cached = describe(path, employees);
        if (cached) {
            progress(QStringLiteral("using the cached store %1").arg(fileName));
            return cached;
        }
    }
    remove(path);
    return generate(path, employees, months, encrypted);
}

Result<BenchStore> BenchStores::generate(const QString& path, int employees, int months, bool encrypted)
{
    progress(QStringLiteral("generating %1 employees x %2 months%3 ...")
                 .arg(employees)
                 .arg(months)
                 .arg(encrypted ? QString() : QStringLiteral(" (plain SQLite)")));
    StoreOptions options;
    options.kdf = KdfParameters::minimal();
    options.encrypted = encrypted;
    const Stopwatch watch;
    const double cpuAtStart = processCpuMs();
    auto store = Store::create(path, passphrase(), options);
    if (!store) {
        return tl::unexpected(store.error());
    }
    DemoOptions demo;
    demo.employees = employees;
    demo.professionals = std::max(1, std::min(employees, employees / 40 + 2));
    demo.months = months;
    demo.seed = OrganisationSeed;
    demo.until = until();
    auto summary = DemoGenerator(demo).fill(**store, m_registry);
    if (!summary) {
        return tl::unexpected(summary.error());
    }
    auto client = addLongHistoryClient(**store, m_registry, 5, 3, LongHistorySeed, until());
    if (!client) {
        return tl::unexpected(client.error());
    }
    BenchStore result;
    result.path = path;
    result.employees = employees;
    result.longHistoryClient = *client;
    result.generationMs = watch.ms();
    result.generationCpuMs = processCpuMs() - cpuAtStart;
    result.submissions = summary->wellbeingSubmissions + summary->allianceSubmissions;
    auto hr = (*store)->people().list(Role::Hr);
    if (!hr || hr->isEmpty()) {
        return fail(ErrorCode::Internal, QStringLiteral("the demo organisation has no HR person"));
    }
    result.hrPerson = hr->constFirst().id;
    store->reset();
    progress(QStringLiteral("  made in %1 s (%2 submissions)")
                 .arg(result.generationMs / 1000, 0, 'f', 1)
                 .arg(result.submissions));

    const QJsonObject sidecar {
        {QStringLiteral("employees"), employees},
        {QStringLiteral("long_history_client"), result.longHistoryClient.toString(QUuid::WithoutBraces)},
        {QStringLiteral("hr_person"), result.hrPerson.toString(QUuid::WithoutBraces)},
        {QStringLiteral("generation_ms"), result.generationMs},
        {QStringLiteral("submissions"), static_cast<double>(result.submissions)},
    };
    RAPPORT_TRY(writeFileAtomically(sidecarPath(path), QJsonDocument(sidecar).toJson()));
    return result;
}

Result<BenchStore> BenchStores::describe(const QString& path, int employees)
{
    QFile file(sidecarPath(path));
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(ErrorCode::NotFound, QStringLiteral("no sidecar"));
    }
    const QJsonObject sidecar = QJsonDocument::fromJson(file.readAll()).object();
    BenchStore result;
    result.path = path;
    result.employees = employees;
    result.longHistoryClient = QUuid::fromString(sidecar.value(QStringLiteral("long_history_client")).toString());
    result.hrPerson = QUuid::fromString(sidecar.value(QStringLiteral("hr_person")).toString());
    result.submissions = static_cast<qint64>(sidecar.value(QStringLiteral("submissions")).toDouble());
    if (result.longHistoryClient.isNull() || result.hrPerson.isNull()
        || sidecar.value(QStringLiteral("employees")).toInt() != employees) {
        return fail(ErrorCode::CorruptFile, QStringLiteral("stale sidecar"));
    }
    return result;
}

} // namespace rapport::bench
