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

// Version 4: per-person summaries for the HR view, kept by triggers on `submissions`, so the HR figures read one row
// per person (and one per month) instead of every submission (docs/performance.md, "HR aggregates"):
//   hr_person_stats: per person and instrument the count, the least-squares sums of score over time (x in days from
//     the person's first submission seen, ref_at, fixed while the row lives: slope and sxx do not depend on the
//     shift), first and last time, and the latest score (at equal latest times the higher score);
//   hr_person_months / hr_months: each person's count and score sum per calendar month (UTC), and per month the number
//     of people and the sum of their means;
//   hr_latest_by_professional: the latest submission (by time, then the last stored) per client, professional and
//     instrument, with its score and answers.
// The same two trigger bodies (add a row, remove a row) serve INSERT, DELETE (also the cascades of erasing a person)
// and UPDATE (remove the old row, add the new); their text is composed below with R standing for NEW or OLD. No
// INSERT OR IGNORE/REPLACE inside: a conflict clause on the statement that fires a trigger overrides the trigger's own.
const char* const Version4Tables = R"sql(
CREATE TABLE hr_person_stats (
    instrument_id  TEXT NOT NULL,
    person_id      TEXT NOT NULL,
    n              INTEGER NOT NULL,
    ref_at         INTEGER NOT NULL,
    sum_x          REAL NOT NULL,
    sum_xx         REAL NOT NULL,
    sum_y          REAL NOT NULL,
    sum_xy         REAL NOT NULL,
    first_at       INTEGER NOT NULL,
    last_at        INTEGER NOT NULL,
    latest_score   REAL NOT NULL,
    PRIMARY KEY (instrument_id, person_id)
) WITHOUT ROWID;
CREATE TABLE hr_person_months (
    instrument_id  TEXT NOT NULL,
    person_id      TEXT NOT NULL,
    month          TEXT NOT NULL,
    n              INTEGER NOT NULL,
    sum_score      REAL NOT NULL,
    PRIMARY KEY (instrument_id, person_id, month)
) WITHOUT ROWID;
CREATE TABLE hr_months (
    instrument_id  TEXT NOT NULL,
    month          TEXT NOT NULL,
    people         INTEGER NOT NULL,
    sum_of_means   REAL NOT NULL,
    PRIMARY KEY (instrument_id, month)
) WITHOUT ROWID;
CREATE TABLE hr_latest_by_professional (
    person_id        TEXT NOT NULL,
    professional_id  TEXT NOT NULL,
    instrument_id    TEXT NOT NULL,
    submission_id    TEXT NOT NULL,
    submitted_at     INTEGER NOT NULL,
    score            REAL NOT NULL,
    answers          TEXT NOT NULL,
    PRIMARY KEY (person_id, professional_id, instrument_id)
) WITHOUT ROWID;

)sql";

/** Fills the HR summaries from the submissions (the tables empty). */
const char* const HrSummariesBackfill = R"sql(
INSERT INTO hr_person_stats
SELECT s.instrument_id, s.person_id, count(*), f.ref,
       total((s.submitted_at - f.ref) / 86400000.0),
       total(((s.submitted_at - f.ref) / 86400000.0) * ((s.submitted_at - f.ref) / 86400000.0)),
       total(s.score),
       total(((s.submitted_at - f.ref) / 86400000.0) * s.score),
       f.ref, max(s.submitted_at), 0.0
FROM submissions AS s
JOIN (SELECT instrument_id, person_id, min(submitted_at) AS ref FROM submissions GROUP BY instrument_id, person_id) AS f
    ON f.instrument_id = s.instrument_id AND f.person_id = s.person_id
GROUP BY s.instrument_id, s.person_id;
UPDATE hr_person_stats SET latest_score = (
    SELECT s.score FROM submissions AS s
    WHERE s.person_id = hr_person_stats.person_id AND s.instrument_id = hr_person_stats.instrument_id
    ORDER BY s.submitted_at DESC, s.score DESC LIMIT 1);
INSERT INTO hr_person_months
SELECT instrument_id, person_id, strftime('%Y-%m', submitted_at / 1000.0, 'unixepoch'), count(*), total(score)
FROM submissions GROUP BY 1, 2, 3;
INSERT INTO hr_months
SELECT instrument_id, month, count(*), total(sum_score / n) FROM hr_person_months GROUP BY 1, 2;
INSERT INTO hr_latest_by_professional
SELECT s.person_id, s.professional_id, s.instrument_id, s.id, s.submitted_at, s.score, s.answers
FROM submissions AS s
WHERE s.rowid IN (
    SELECT (SELECT l.rowid FROM submissions AS l
            WHERE l.person_id = k.person_id AND l.instrument_id = k.instrument_id
              AND l.professional_id = k.professional_id
            ORDER BY l.submitted_at DESC, l.rowid DESC LIMIT 1)
    FROM (SELECT DISTINCT person_id, professional_id, instrument_id FROM submissions
          WHERE professional_id IS NOT NULL) AS k);
)sql";

/** Before and after a row changes its person-month: take the month's share out, and put it back. */
const char* const MonthShareOut = R"sql(
UPDATE hr_months SET people = people - 1,
    sum_of_means = sum_of_means - (SELECT sum_score / n FROM hr_person_months WHERE @PM)
WHERE instrument_id = R.instrument_id AND month = @MONTH AND EXISTS (SELECT 1 FROM hr_person_months WHERE @PM);
)sql";
const char* const MonthShareIn = R"sql(
INSERT INTO hr_months SELECT R.instrument_id, @MONTH, 0, 0.0
WHERE NOT EXISTS (SELECT 1 FROM hr_months WHERE instrument_id = R.instrument_id AND month = @MONTH);
UPDATE hr_months SET people = people + 1,
    sum_of_means = sum_of_means + (SELECT sum_score / n FROM hr_person_months WHERE @PM)
WHERE instrument_id = R.instrument_id AND month = @MONTH AND EXISTS (SELECT 1 FROM hr_person_months WHERE @PM);
DELETE FROM hr_months WHERE instrument_id = R.instrument_id AND month = @MONTH AND people = 0;
)sql";

const char* const AddRow = R"sql(
INSERT INTO hr_person_stats
SELECT R.instrument_id, R.person_id, 0, R.submitted_at, 0.0, 0.0, 0.0, 0.0, R.submitted_at, R.submitted_at, R.score
WHERE NOT EXISTS (SELECT 1 FROM hr_person_stats WHERE instrument_id = R.instrument_id AND person_id = R.person_id);
UPDATE hr_person_stats SET
    latest_score = CASE WHEN n = 0 OR R.submitted_at > last_at OR (R.submitted_at = last_at AND R.score > latest_score)
                        THEN R.score ELSE latest_score END,
    n = n + 1,
    sum_x = sum_x + @X,
    sum_xx = sum_xx + @X * @X,
    sum_y = sum_y + R.score,
    sum_xy = sum_xy + @X * R.score,
    first_at = min(first_at, R.submitted_at),
    last_at = max(last_at, R.submitted_at)
WHERE instrument_id = R.instrument_id AND person_id = R.person_id;
@OUT
INSERT INTO hr_person_months SELECT R.instrument_id, R.person_id, @MONTH, 0, 0.0
WHERE NOT EXISTS (SELECT 1 FROM hr_person_months WHERE @PM);
UPDATE hr_person_months SET n = n + 1, sum_score = sum_score + R.score WHERE @PM;
@IN
DELETE FROM hr_latest_by_professional
WHERE person_id = R.person_id AND professional_id = R.professional_id AND instrument_id = R.instrument_id
  AND (submitted_at < R.submitted_at
       OR (submitted_at = R.submitted_at
           AND coalesce((SELECT s.rowid FROM submissions AS s WHERE s.id = submission_id), 0) <= R.rowid));
INSERT INTO hr_latest_by_professional
SELECT R.person_id, R.professional_id, R.instrument_id, R.id, R.submitted_at, R.score, R.answers
WHERE R.professional_id IS NOT NULL AND NOT EXISTS (
    SELECT 1 FROM hr_latest_by_professional
    WHERE person_id = R.person_id AND professional_id = R.professional_id AND instrument_id = R.instrument_id);
)sql";

const char* const RemoveRow = R"sql(
UPDATE hr_person_stats SET
    n = n - 1,
    sum_x = sum_x - @X,
    sum_xx = sum_xx - @X * @X,
    sum_y = sum_y - R.score,
    sum_xy = sum_xy - @X * R.score
WHERE instrument_id = R.instrument_id AND person_id = R.person_id;
DELETE FROM hr_person_stats WHERE instrument_id = R.instrument_id AND person_id = R.person_id AND n <= 0;
UPDATE hr_person_stats SET
    first_at = (SELECT min(s.submitted_at) FROM submissions AS s
                WHERE s.person_id = R.person_id AND s.instrument_id = R.instrument_id),
    last_at = (SELECT max(s.submitted_at) FROM submissions AS s
               WHERE s.person_id = R.person_id AND s.instrument_id = R.instrument_id),
    latest_score = (SELECT s.score FROM submissions AS s
                    WHERE s.person_id = R.person_id AND s.instrument_id = R.instrument_id
                    ORDER BY s.submitted_at DESC, s.score DESC LIMIT 1)
WHERE instrument_id = R.instrument_id AND person_id = R.person_id
  AND (R.submitted_at <= first_at OR R.submitted_at >= last_at);
@OUT
UPDATE hr_person_months SET n = n - 1, sum_score = sum_score - R.score WHERE @PM;
DELETE FROM hr_person_months WHERE @PM AND n <= 0;
@IN
DELETE FROM hr_latest_by_professional
WHERE person_id = R.person_id AND professional_id = R.professional_id AND instrument_id = R.instrument_id
  AND submission_id = R.id;
INSERT INTO hr_latest_by_professional
SELECT s.person_id, s.professional_id, s.instrument_id, s.id, s.submitted_at, s.score, s.answers
FROM submissions AS s
WHERE R.professional_id IS NOT NULL
  AND s.person_id = R.person_id AND s.instrument_id = R.instrument_id AND s.professional_id = R.professional_id
  AND NOT EXISTS (SELECT 1 FROM hr_latest_by_professional AS l
                  WHERE l.person_id = R.person_id AND l.professional_id = R.professional_id
                    AND l.instrument_id = R.instrument_id)
ORDER BY s.submitted_at DESC, s.rowid DESC LIMIT 1;
)sql";

/** A trigger body with R standing for `row` (NEW or OLD). */
QString body(const char* sql, const QString& row)
{
    QString text = QString::fromUtf8(sql);
    text.replace(QStringLiteral("@OUT"), QString::fromUtf8(MonthShareOut));
    text.replace(QStringLiteral("@IN"), QString::fromUtf8(MonthShareIn));
    text.replace(QStringLiteral("@PM"),
                 QStringLiteral("instrument_id = R.instrument_id AND person_id = R.person_id AND month = @MONTH"));
    text.replace(QStringLiteral("@MONTH"), QStringLiteral("strftime('%Y-%m', R.submitted_at / 1000.0, 'unixepoch')"));
    text.replace(QStringLiteral("@X"), QStringLiteral("((R.submitted_at - ref_at) / 86400000.0)"));
    text.replace(QStringLiteral("R."), row + QLatin1Char('.'));
    return text;
}

QString hrSummaryTriggers()
{
    const QString added = body(AddRow, QStringLiteral("NEW"));
    const QString removed = body(RemoveRow, QStringLiteral("OLD"));
    return QStringLiteral("CREATE TRIGGER submissions_hr_insert AFTER INSERT ON submissions BEGIN\n%1END;\n").arg(added)
        + QStringLiteral("CREATE TRIGGER submissions_hr_delete AFTER DELETE ON submissions BEGIN\n%1END;\n")
              .arg(removed)
        + QStringLiteral("CREATE TRIGGER submissions_hr_update AFTER UPDATE OF id, person_id, instrument_id, score, "
                         "answers, professional_id, submitted_at ON submissions BEGIN\n%1%2END;\n")
              .arg(removed, added);
}

QString version4()
{
    return QString::fromUtf8(Version4Tables) + QString::fromUtf8(HrSummariesBackfill) + hrSummaryTriggers();
}

// Version 5: since version 4 the HR view reads the per-person summaries, and every other query on submissions goes
// through submissions_by_person. These two indexes had no reader left, and each cost an index update on every insert
// (and about a fifth of a large store's size).
const char* const Version5 = R"sql(
DROP INDEX IF EXISTS submissions_by_instrument;
DROP INDEX IF EXISTS submissions_for_aggregates;
)sql";

// Version 6: the HR statements read the summaries in person order and need each person's role and team: an index in
// id order that holds both, so those look-ups walk it in step instead of reading the people table at random.
const char* const Version6 = R"sql(
CREATE INDEX people_for_hr ON people (id, role, team);
)sql";

// Version 7: pending connections. A connection someone else made for a client (an administrator, the hub) shares
// nothing until the client accepts it. Connections made before this version were the client's own or accepted
// by use, so they stay accepted. The client's answers are kept in an append-only log beside the sharing audit.
const char* const Version7 = R"sql(
ALTER TABLE connections ADD COLUMN state TEXT NOT NULL DEFAULT 'accepted'
    CHECK (state IN ('pending', 'accepted', 'declined'));
ALTER TABLE connections ADD COLUMN decided_at INTEGER;

CREATE TABLE connection_decisions (
    id               TEXT PRIMARY KEY NOT NULL,
    connection_id    TEXT NOT NULL,
    client_id        TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    professional_id  TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    decision         TEXT NOT NULL CHECK (decision IN ('accepted', 'declined')),
    decided_at       INTEGER NOT NULL,
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL
);
CREATE INDEX connection_decisions_by_client ON connection_decisions (client_id, decided_at);
CREATE TRIGGER connection_decisions_are_append_only BEFORE UPDATE ON connection_decisions
BEGIN
    SELECT RAISE(ABORT, 'the sharing audit log is append-only');
END;
)sql";

// Version 8: published HR snapshots (docs/hr-anonymity.md, rule 10). Each closed calendar month's figures are
// computed once, from that month's answers only, and kept as published: HR never sees two versions of a month, so
// no difference between two views can isolate the people who answered (or were erased) in between. The figures are
// the report HR saw (aggregated, suppressed), in the hub's JSON form; no person's id or value is in them.
const char* const Version8 = R"sql(
CREATE TABLE hr_snapshots (
    month         TEXT PRIMARY KEY NOT NULL,
    published_at  INTEGER NOT NULL,
    figures       TEXT NOT NULL
);
)sql";

// Interventions (issue 21, schema 9): what the organisation did, recorded by HR or
// an administrator, so the HR figures before and after can be compared. No personal data: a title, a kind, dates
// (ISO "yyyy-MM-dd", so that text order is date order) and the teams it was for (none: the whole organisation).
const char* const InterventionsStep = R"sql(
CREATE TABLE hr_interventions (
    id          TEXT PRIMARY KEY NOT NULL,
    title       TEXT NOT NULL CHECK (length(trim(title)) > 0),
    kind        TEXT NOT NULL CHECK (kind IN ('manager-check-ins', 'wellness-sessions', 'provider-change',
                                              'workload-change', 'other')),
    starts_on   TEXT NOT NULL CHECK (length(starts_on) = 10),
    ends_on     TEXT CHECK (ends_on IS NULL OR (length(ends_on) = 10 AND ends_on >= starts_on)),
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
);
CREATE INDEX hr_interventions_by_start ON hr_interventions (starts_on, title);
CREATE TABLE hr_intervention_teams (
    intervention_id  TEXT NOT NULL REFERENCES hr_interventions (id) ON DELETE CASCADE,
    team             TEXT NOT NULL CHECK (length(trim(team)) > 0),
    PRIMARY KEY (intervention_id, team)
);
-- Frozen before/after panels (docs/hr-anonymity.md, rule 11): computed once, when the after-window's last month is
-- published, keyed by the windows and the scope (not by intervention, so removing and re-adding one never recomputes
-- them), and kept even when the intervention is removed: HR has seen them. Aggregated, suppressed figures only.
CREATE TABLE hr_intervention_panels (
    panel_key     TEXT PRIMARY KEY NOT NULL,
    published_at  INTEGER NOT NULL,
    figures       TEXT NOT NULL
);
)sql";

QStringList steps()
{
    return {QString::fromUtf8(Version1),
            QString::fromUtf8(Version2),
            QString::fromUtf8(Version3),
            version4(),
            QString::fromUtf8(Version5),
            QString::fromUtf8(Version6),
            QString::fromUtf8(Version7),
            QString::fromUtf8(Version8),
            QString::fromUtf8(InterventionsStep)};
}

} // namespace

int latestSchemaVersion()
{
    return static_cast<int>(steps().size());
}

Result<void> suspendHrSummaries(Database& database)
{
    return database.exec(QStringLiteral("DROP TRIGGER IF EXISTS submissions_hr_insert; "
                                        "DROP TRIGGER IF EXISTS submissions_hr_delete; "
                                        "DROP TRIGGER IF EXISTS submissions_hr_update;"));
}

Result<void> rebuildHrSummaries(Database& database)
{
    RAPPORT_TRY(suspendHrSummaries(database));
    return database.exec(QStringLiteral("DELETE FROM hr_person_stats; DELETE FROM hr_person_months; "
                                        "DELETE FROM hr_months; DELETE FROM hr_latest_by_professional;\n")
                         + QString::fromUtf8(HrSummariesBackfill) + hrSummaryTriggers());
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
