#include "HubMigrations.h"

#include "common/CoreTr.h"
#include "hub/HubConnection.h"
#include "hub/HubHrParameters.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace rapport::hub::HubMigrations {
namespace {

const QString ResourceDirectory = QStringLiteral(":/rapport/hub/migrations");
// Any constant works; it only has to be the same for every `hub init` of every Rapport version.
constexpr qint64 MigrationLockKey = 0x52617070'6f727448; // "RapportH"

Error newerSchema(int hubVersion)
{
    return Error {ErrorCode::NewerSchema,
                  CoreTr::tr("The hub was set up by a newer version of Rapport (hub schema %1; this version "
                             "understands up to %2). Update Rapport; the hub was not changed.")
                      .arg(hubVersion)
                      .arg(latestVersion())};
}

} // namespace

Result<QList<HubMigration>> all()
{
    static const QRegularExpression fileName(QStringLiteral("^(\\d{4})_([A-Za-z0-9_]+)\\.sql$"));
    QList<HubMigration> migrations;
    const QStringList files = QDir(ResourceDirectory).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        const auto match = fileName.match(file);
        if (!match.hasMatch()) {
            return fail(ErrorCode::Internal, CoreTr::tr("Badly named hub migration %1.").arg(file));
        }
        QFile source(ResourceDirectory + QLatin1Char('/') + file);
        if (!source.open(QIODevice::ReadOnly)) {
            return fail(ErrorCode::Internal, CoreTr::tr("Cannot read the hub migration %1.").arg(file));
        }
        migrations.append({match.captured(1).toInt(), match.captured(2), QString::fromUtf8(source.readAll())});
    }
    std::sort(migrations.begin(), migrations.end(), [](const HubMigration& a, const HubMigration& b) {
        return a.version < b.version;
    });
    for (qsizetype i = 0; i < migrations.size(); ++i) {
        if (migrations.at(i).version != i + 1) {
            return fail(ErrorCode::Internal,
                        CoreTr::tr("The hub migrations are not numbered 1, 2, 3... without gaps."));
        }
    }
    return migrations;
}

int latestVersion()
{
    auto migrations = all();
    return migrations ? static_cast<int>(migrations->size()) : 0;
}

Result<int> currentVersion(HubConnection& connection)
{
    auto exists = connection.exec(QStringLiteral("SELECT to_regclass('rapport.hub_schema_version') IS NOT NULL"));
    if (!exists) {
        return tl::unexpected(exists.error());
    }
    if (!exists->next() || !exists->value(0).toBool()) {
        return 0;
    }
    auto version = connection.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM rapport.hub_schema_version"));
    if (!version) {
        return tl::unexpected(version.error());
    }
    return version->next() ? version->value(0).toInt() : 0;
}

Result<std::unique_ptr<HubConnection>> openCompatible(const QProcessEnvironment& environment)
{
    auto connection = HubConnection::openFromEnvironment(environment);
    if (!connection) {
        return connection;
    }
    if (auto compatible = checkCompatible(**connection); !compatible) {
        return tl::unexpected(compatible.error());
    }
    return connection;
}

Result<int> checkCompatible(HubConnection& connection)
{
    auto version = currentVersion(connection);
    if (!version) {
        return tl::unexpected(version.error());
    }
    if (*version > latestVersion()) {
        return tl::unexpected(newerSchema(*version));
    }
    return *version;
}

Result<HubInitResult> apply(HubConnection& connection)
{
    auto migrations = all();
    if (!migrations) {
        return tl::unexpected(migrations.error());
    }
    HubInitResult result;
    bool first = true;
    for (const HubMigration& migration : *migrations) {
        auto transaction = HubTransaction::begin(connection);
        if (!transaction) {
            return tl::unexpected(transaction.error());
        }
        // Two `hub init`s at once: the second waits here, then finds the version already applied.
        if (auto locked = connection.exec(QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {MigrationLockKey});
            !locked) {
            return tl::unexpected(locked.error());
        }
        auto current = currentVersion(connection);
        if (!current) {
            return tl::unexpected(current.error());
        }
        if (first) {
            result.previousVersion = *current;
            first = false;
        }
        if (*current > latestVersion()) {
            return tl::unexpected(newerSchema(*current));
        }
        if (*current >= migration.version) {
            continue; // rolled back: nothing was written
        }
        if (*current != migration.version - 1) {
            return fail(ErrorCode::CorruptFile,
                        CoreTr::tr("The hub's schema version %1 does not fit migration %2.")
                            .arg(*current)
                            .arg(migration.version));
        }
        if (auto applied = connection.execScript(migration.sql); !applied) {
            Error error = applied.error();
            error.message = CoreTr::tr("Hub migration %1 (%2) failed; the hub stays at schema %3: %4")
                                .arg(migration.version)
                                .arg(migration.name)
                                .arg(*current)
                                .arg(error.message);
            return tl::unexpected(error);
        }
        if (auto stamped = connection.exec(
                QStringLiteral("INSERT INTO rapport.hub_schema_version (version) VALUES (?)"), {migration.version});
            !stamped) {
            return tl::unexpected(stamped.error());
        }
        RAPPORT_TRY(transaction->commit());
        result.applied.append(migration.version);
    }
    auto final = currentVersion(connection);
    if (!final) {
        return tl::unexpected(final.error());
    }
    if (first) {
        result.previousVersion = *final;
    }
    if (*final > latestVersion()) {
        return tl::unexpected(newerSchema(*final));
    }
    // The HR functions' numbers, from this build's instruments: written on every `hub init`, so an upgrade of
    // Rapport that changes a definition or a rule brings the hub along.
    if (*final >= HubHrParameters::FirstSchemaVersion) {
        RAPPORT_TRY(HubHrParameters::writeBuiltIn(connection));
    }
    result.version = *final;
    return result;
}

} // namespace rapport::hub::HubMigrations
