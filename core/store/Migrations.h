#pragma once

#include "common/Error.h"

namespace rapport {

class Database;

/**
 * The store's schema as forward-only steps on `PRAGMA user_version`. Step N turns a version N-1 store into
 * version N; a store is never migrated backwards, and a store newer than latestSchemaVersion() is refused.
 */
namespace Migrations {

[[nodiscard]] int latestSchemaVersion();
/** Reads the schema version of an open, keyed database. */
[[nodiscard]] Result<int> schemaVersion(Database& database);
/** Applies every step from the database's version up to `targetVersion`, each in its own transaction. */
[[nodiscard]] Result<void> migrate(Database& database, int targetVersion = latestSchemaVersion());

/**
 * For bulk loads (the demo generator): drops the triggers that keep the HR summaries (schema v4), so each insert
 * costs no more than before them. Call inside a transaction and rebuildHrSummaries() before committing it: the
 * summaries are stale in between (a rollback brings the triggers back).
 */
[[nodiscard]] Result<void> suspendHrSummaries(Database& database);
/** Refills the HR summaries from every submission in one grouped pass and (re)creates their triggers. */
[[nodiscard]] Result<void> rebuildHrSummaries(Database& database);

} // namespace Migrations
} // namespace rapport
