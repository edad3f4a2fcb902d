#include "Migrations.h"

#include "Database.h"
#include "common/CoreTr.h"

#include <QStringList>

namespace rapport::Migrations {
namespace {

// Ids are UUID text and every row records created_at/updated_at (UTC milliseconds), so stores can later sync
// with a shared hub without renumbering anything. SQL here must run on SQLite 3.15 (SQLCipher 3.4).
const char* const Version1 = R"sql(
CREATE TABLE people (
    id          TEXT PRIMARY KEY NOT NULL,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    role        TEXT NOT NULL CHECK (role IN ('client', 'professional', 'hr', 'admin')),
    team        TEXT,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
);
CREATE INDEX people_by_role ON people (role, name);

CREATE TABLE connections (
    id               TEXT PRIMARY KEY NOT NULL,
    client_id        TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    professional_id  TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL,
    UNIQUE (client_id, professional_id)
);
CREATE INDEX connections_by_professional ON connections (professional_id);

CREATE TABLE submissions (
    id                  TEXT PRIMARY KEY NOT NULL,
    person_id           TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    instrument_id       TEXT NOT NULL,
    instrument_version  INTEGER NOT NULL,
    answers             TEXT NOT NULL,
    score               REAL NOT NULL,
    professional_id     TEXT REFERENCES people (id) ON DELETE CASCADE,
    submitted_at        INTEGER NOT NULL,
    created_at          INTEGER NOT NULL,
    updated_at          INTEGER NOT NULL
);
CREATE INDEX submissions_by_person ON submissions (person_id, instrument_id, submitted_at);
CREATE INDEX submissions_by_instrument ON submissions (instrument_id, person_id, submitted_at);

CREATE TABLE sharing_settings (
    client_id   TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    metric      TEXT NOT NULL CHECK (metric IN ('alliance', 'wellbeing')),
    enabled     INTEGER NOT NULL DEFAULT 0 CHECK (enabled IN (0, 1)),
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    PRIMARY KEY (client_id, metric)
);

CREATE TABLE sharing_audit (
    id          TEXT PRIMARY KEY NOT NULL,
    client_id   TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    metric      TEXT NOT NULL CHECK (metric IN ('alliance', 'wellbeing')),
    old_value   INTEGER NOT NULL CHECK (old_value IN (0, 1)),
    new_value   INTEGER NOT NULL CHECK (new_value IN (0, 1)),
    changed_by  TEXT NOT NULL,
    changed_at  INTEGER NOT NULL,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
);
CREATE INDEX sharing_audit_by_client ON sharing_audit (client_id, changed_at);
-- The audit log is append-only: entries are never edited (they go only when the client's data is erased).
CREATE TRIGGER sharing_audit_is_append_only BEFORE UPDATE ON sharing_audit
BEGIN
    SELECT RAISE(ABORT, 'the sharing audit log is append-only');
END;

CREATE TABLE share_requests (
    id               TEXT PRIMARY KEY NOT NULL,
    professional_id  TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    client_id        TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    metric           TEXT NOT NULL CHECK (metric IN ('alliance', 'wellbeing')),
    status           TEXT NOT NULL CHECK (status IN ('pending', 'accepted', 'declined')),
    requested_at     INTEGER NOT NULL,
    answered_at      INTEGER,
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL
);
CREATE INDEX share_requests_by_client ON share_requests (client_id, status);
CREATE UNIQUE INDEX share_requests_one_pending ON share_requests (professional_id, client_id, metric)
    WHERE status = 'pending';

CREATE TABLE settings (
    key         TEXT PRIMARY KEY NOT NULL,
    value       TEXT NOT NULL,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
);
)sql";

// Version 2: a covering index for the organisation-wide aggregates (latest score per person, trends, months), so
// the HR view reads the index instead of decrypting every page of the submissions table.
const char* const Version2 = R"sql(
CREATE INDEX submissions_for_aggregates ON submissions (instrument_id, person_id, submitted_at, score);
)sql";

// Version 3: sync with a hub (docs/sync.md). `hub_binding` says which hub person this store belongs to (at most one
// row; the URL never holds a password). `hub_pushed` records each owned row at the version the hub has, so a push
// sends exactly the rows that are new or changed since, and an interrupted push is simply sent again.
const char* const Version3 = R"sql(
CREATE TABLE hub_binding (
    singleton       INTEGER PRIMARY KEY NOT NULL CHECK (singleton = 1),
    person_id       TEXT NOT NULL,
    login           TEXT NOT NULL,
    hub_url         TEXT NOT NULL,
    role            TEXT NOT NULL CHECK (role IN ('client', 'professional', 'hr', 'admin')),
    joined_at       INTEGER NOT NULL,
    last_synced_at  INTEGER,
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL
);

CREATE TABLE hub_pushed (
    table_name  TEXT NOT NULL,
    row_id      TEXT NOT NULL,
    version     INTEGER NOT NULL,
    PRIMARY KEY (table_name, row_id)
);
)sql";

QStringList steps()
{
    return {QString::fromUtf8(Version1), QString::fromUtf8(Version2), QString::fromUtf8(Version3)};
}

} // namespace

int latestSchemaVersion()
{
    return static_cast<int>(steps().size());
}

Result<int> schemaVersion(Database& database)
{
    auto version = database.queryInteger(QStringLiteral("PRAGMA user_version;"));
    if (!version) {
        return tl::unexpected(version.error());
    }
    return static_cast<int>(*version);
}

Result<void> migrate(Database& database, int targetVersion)
{
    auto current = schemaVersion(database);
    if (!current) {
        return tl::unexpected(current.error());
    }
    if (*current > latestSchemaVersion()) {
        return fail(ErrorCode::NewerSchema,
                    CoreTr::tr("This store was written by a newer version of Rapport (schema %1; this version "
                               "understands up to %2). Update Rapport to open it; the store was not changed.")
                        .arg(*current)
                        .arg(latestSchemaVersion()));
    }
    const QStringList all = steps();
    for (int version = *current + 1; version <= targetVersion && version <= all.size(); ++version) {
        auto transaction = Transaction::begin(database);
        if (!transaction) {
            return tl::unexpected(transaction.error());
        }
        if (auto applied = database.exec(all.at(version - 1)); !applied) {
            return applied;
        }
        if (auto stamped = database.exec(QStringLiteral("PRAGMA user_version = %1;").arg(version)); !stamped) {
            return stamped;
        }
        if (auto committed = transaction->commit(); !committed) {
            return committed;
        }
    }
    return {};
}

} // namespace rapport::Migrations
