#pragma once

#include "common/Error.h"

#include <QList>
#include <QProcessEnvironment>
#include <QString>

#include <memory>

namespace rapport::hub {

class HubConnection;

/** One forward-only migration of the hub schema (server/migrations/NNNN_name.sql, embedded as a resource). */
struct HubMigration
{
    int version = 0;
    QString name;
    QString sql;
};

/** What `hub init` did. */
struct HubInitResult
{
    int previousVersion = 0;
    int version = 0;
    QList<int> applied;
};

/**
 * The hub schema's migrations and their runner. Versions are the numbers in the file names, 1, 2, ... without
 * gaps; the hub records each applied one in rapport.hub_schema_version.
 */
namespace HubMigrations {

/** The embedded migrations, by version. */
[[nodiscard]] Result<QList<HubMigration>> all();
/** The newest schema version this build knows. */
[[nodiscard]] int latestVersion();

/** The hub's schema version: 0 for an empty database. */
[[nodiscard]] Result<int> currentVersion(HubConnection& connection);

/**
 * Brings the hub to latestVersion(): each pending migration in its own transaction, serialised against a
 * concurrent `hub init` by an advisory lock. Idempotent. Refuses (NewerSchema) a hub whose schema is newer than
 * this build, and changes nothing then. Must run as the database owner.
 */
[[nodiscard]] Result<HubInitResult> apply(HubConnection& connection);

/** Fails with NewerSchema when the hub is newer than this build (for clients that only read and write data). */
[[nodiscard]] Result<int> checkCompatible(HubConnection& connection);

/** Connects as libpq's settings in `environment` say and checks the schema (checkCompatible): what commands need. */
[[nodiscard]] Result<std::unique_ptr<HubConnection>> openCompatible(const QProcessEnvironment& environment);

} // namespace HubMigrations
} // namespace rapport::hub
