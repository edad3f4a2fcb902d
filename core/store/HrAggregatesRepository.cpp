#include "HrAggregatesRepository.h"

#include "Database.h"
#include "Store.h"
#include "StoreAccess.h"
#include "common/CoreTr.h"

#include <QStringList>

#include <algorithm>
#include <cmath>
#include <limits>

namespace rapport {
namespace {

// Every statement here runs on SQLite 3.15 (SQLCipher 3.4): no window functions, no FILTER, no UPSERT. total() sums
// as a double and gives 0.0 for no rows. The statements read the summary tables of schema v4
// (core/store/Migrations.cpp), never the submissions themselves: the HR view's cost grows with the number of people,
// not with their history.

/**
 * The participant figures from the per-person summaries (hr_person_stats, kept by triggers on `submissions`, schema
 * v4; docs/performance.md): one row per participant with the count, the least-squares sums of score over time (x in
 * days from the person's first submission: the slope and sxx do not depend on that shift), the first and last time
 * and the latest score (at equal latest times the higher score). Then the fitted change and the direction exactly as
 * computeTrend(), the bracket of the latest score (in the instrument's smallest steps from its minimum, as stored
 * scores are), and everything grouped by team, bracket, direction and the month (UTC) of the latest submission (a
 * few thousand rows at most; the month is what the overlap rule between months and the rest needs). The summaries are
 * read in person order and each person's role and team come from people_for_hr (schema v6) in the same order (CROSS
 * JOIN fixes the order; a covering index, so the people table itself is never read: INDEXED BY, because SQLite would
 * pick the unique index on id and then read each person's row for the role).
 *
 * ?1 instrument, ?2 lower bound for Improving, ?3 upper bound for Declining, ?4 recent-since time, ?5 (unused: the
 * reference time of the former full scan), ?6 score minimum, ?7 steps per score point (10^decimals), ?8... bracket
 * minimums from the highest bracket down.
 */
const char* const ParticipantGroupsSql = R"sql(
SELECT coalesce(p.team, '') AS team,
       %1 AS bracket,
       CASE WHEN g.n < 2 THEN 0 WHEN g.change >= ?2 THEN 1 WHEN g.change <= ?3 THEN 3 ELSE 2 END AS direction,
       count(*), total(g.latest), total(g.lastAt >= ?4),
       strftime('%Y-%m', g.lastAt / 1000.0, 'unixepoch') AS last_month
FROM (
    SELECT t.person AS person, t.n AS n, t.lastAt AS lastAt,
           CAST(round((t.latestScore - ?6) * ?7) AS INTEGER) / ?7 + ?6 AS latest,
           CASE WHEN t.sxx > 0 AND t.span > 0 THEN t.sxy / t.sxx * t.span ELSE 0.0 END AS change
    FROM (
        SELECT person_id AS person, n, last_at AS lastAt, latest_score AS latestScore,
               (last_at - first_at) / 86400000.0 AS span,
               sum_xx - sum_x * sum_x / n AS sxx,
               sum_xy - sum_x * sum_y / n AS sxy
        FROM hr_person_stats
        WHERE instrument_id = ?1
    ) AS t
) AS g
CROSS JOIN people AS p INDEXED BY people_for_hr
WHERE p.id = g.person AND p.role = 'client'
GROUP BY 1, 2, 3, 7
)sql";

/**
 * Calendar months (UTC), each person's mean within the month counted once: kept per month by the triggers of schema
 * v4 (hr_months). Only clients submit the Wellbeing Index (the questionnaire service checks the role).
 */
const char* const MonthlySql
    = "SELECT month, people, sum_of_means FROM hr_months WHERE instrument_id = ?1 AND people > 0 ORDER BY month";

/**
 * The latest survey (by time; among equal times the last stored) of each current connection of a client, kept per
 * client, professional and instrument by the triggers of schema v4 (hr_latest_by_professional). The rows are read in
 * their key order (client, professional), so the checks against the current connections and the client's role walk
 * the connections' unique index and people_for_hr (schema v6) in the same order: CROSS JOIN keeps SQLite to that
 * order (it would otherwise start from the people index by role and look each client up at random, 10× slower at
 * 100,000 employees), and INDEXED BY keeps it on the covering index rather than the unique one on id, which would
 * read every client's row of the people table at random. %1 is what to select, %2 what follows the WHERE clause; ?1 is
 * the instrument.
 */
const char* const LatestAllianceSql = R"sql(
SELECT %1
FROM hr_latest_by_professional AS s
CROSS JOIN connections AS c
CROSS JOIN people AS p INDEXED BY people_for_hr
WHERE s.instrument_id = ?1 AND c.client_id = s.person_id AND c.professional_id = s.professional_id
  AND p.id = s.person_id AND p.role = 'client'
%2
)sql";

/**
 * The alliance totals: connections, clients and the score sum, from LatestAllianceSql grouped by client (its rows come
 * in client order, so the grouping needs no sort; count(DISTINCT …) would build a temporary b-tree of every client).
 */
const char* const AllianceTotalsSql = R"sql(
SELECT coalesce(sum(n), 0), count(*), total(score_sum)
FROM (%1)
)sql";

/**
 * One period's participants, from the per-person summaries (hr_person_stats, whole history) and the submissions of
 * the period and after it: a closed month is published soon after it ends, so "everything before the period's end"
 * is the whole history less the few answers given since. Per person who answered in the period: their period mean
 * (which gives the bracket, unrounded: scores and bracket minimums are whole numbers, so the comparison is exact), and
 * the least-squares sums of their history before the period's end — the summary's sums less those of the later
 * answers, x in days from the summary's ref_at — which give the direction as computeTrend() does. The period's and the
 * later answers are read through submissions_by_person, one index range per person whose summary overlaps them,
 * never the whole table: a month's publication costs that month's answers and the summaries, not the history.
 *
 * ?1 instrument, ?2 lower bound for Improving, ?3 upper bound for Declining, ?4 period start, ?5 period end,
 * ?8... bracket minimums from the highest bracket down (?6, ?7 unused, kept for the shared bracket numbering).
 */
const char* const PeriodGroupsSql = R"sql(
SELECT coalesce(p.team, '') AS team,
       %1 AS bracket,
       CASE WHEN g.n < 2 THEN 0 WHEN g.change >= ?2 THEN 1 WHEN g.change <= ?3 THEN 3 ELSE 2 END AS direction,
       count(*), total(g.mean)
FROM (
    SELECT c.person AS person, c.n AS n, c.mean AS mean,
           CASE WHEN c.sxx > 0 AND c.span > 0 THEN c.sxy / c.sxx * c.span ELSE 0.0 END AS change
    FROM (
        SELECT b.person AS person, b.n AS n, b.mean AS mean, b.span AS span,
               b.sumXX - b.sumX * b.sumX / b.n AS sxx,
               b.sumXY - b.sumX * b.sumY / b.n AS sxy
        FROM (
            SELECT m.person AS person, m.mean AS mean,
                   st.n - coalesce(l.n, 0) AS n,
                   st.sum_x - coalesce(l.sumX, 0.0) AS sumX,
                   st.sum_xx - coalesce(l.sumXX, 0.0) AS sumXX,
                   st.sum_y - coalesce(l.sumY, 0.0) AS sumY,
                   st.sum_xy - coalesce(l.sumXY, 0.0) AS sumXY,
                   (m.lastAt - st.first_at) / 86400000.0 AS span
            FROM (SELECT o.person_id AS person, total(s.score) / count(*) AS mean, max(s.submitted_at) AS lastAt
                  FROM hr_person_stats AS o
                  JOIN submissions AS s INDEXED BY submissions_by_person
                       ON s.instrument_id = o.instrument_id AND s.person_id = o.person_id
                      AND s.submitted_at >= ?4 AND s.submitted_at < ?5
                  WHERE o.instrument_id = ?1 AND o.last_at >= ?4 AND o.first_at < ?5
                  GROUP BY o.person_id) AS m
            JOIN hr_person_stats AS st ON st.instrument_id = ?1 AND st.person_id = m.person
            LEFT JOIN (SELECT o.person_id AS person, count(*) AS n,
                              total((s.submitted_at - o.ref_at) / 86400000.0) AS sumX,
                              total(((s.submitted_at - o.ref_at) / 86400000.0)
                                    * ((s.submitted_at - o.ref_at) / 86400000.0)) AS sumXX,
                              total(s.score) AS sumY,
                              total(((s.submitted_at - o.ref_at) / 86400000.0) * s.score) AS sumXY
                       FROM hr_person_stats AS o
                       JOIN submissions AS s INDEXED BY submissions_by_person
                            ON s.instrument_id = o.instrument_id AND s.person_id = o.person_id
                           AND s.submitted_at >= ?5
                       WHERE o.instrument_id = ?1 AND o.last_at >= ?5
                       GROUP BY o.person_id) AS l ON l.person = m.person
        ) AS b
    ) AS c
) AS g
CROSS JOIN people AS p INDEXED BY people_for_hr
WHERE p.id = g.person AND p.role = 'client'
GROUP BY 1, 2, 3
)sql";

/** Clients with a submission of ?1 in [?2, ?3). */
const char* const ParticipantsBetweenSql = R"sql(
SELECT count(*)
FROM (SELECT DISTINCT person_id AS person FROM submissions
      WHERE instrument_id = ?1 AND submitted_at >= ?2 AND submitted_at < ?3) AS r
CROSS JOIN people AS p INDEXED BY people_for_hr
WHERE p.id = r.person AND p.role = 'client'
)sql";

/**
 * The latest survey in [?2, ?3) of each current connection of a client: the last by time, of equal times the one
 * with the greatest id (the hub orders the same way, so both publish the same figures). %1 is what to select, %2
 * what follows the WHERE clause.
 */
const char* const PeriodAllianceSql = R"sql(
SELECT %1
FROM submissions AS s
JOIN connections AS c ON c.client_id = s.person_id AND c.professional_id = s.professional_id
JOIN people AS p ON p.id = s.person_id AND p.role = 'client'
WHERE s.instrument_id = ?1 AND s.submitted_at >= ?2 AND s.submitted_at < ?3
  AND NOT EXISTS (SELECT 1 FROM submissions AS later
                  WHERE later.person_id = s.person_id AND later.instrument_id = s.instrument_id
                    AND later.professional_id = s.professional_id
                    AND later.submitted_at >= ?2 AND later.submitted_at < ?3
                    AND (later.submitted_at > s.submitted_at
                         OR (later.submitted_at = s.submitted_at AND later.id > s.id)))
%2
)sql";

const char* const EmployeesByTeamSql
    = "SELECT coalesce(team, ''), count(*) FROM people WHERE role = 'client' GROUP BY 1 ORDER BY 1";

constexpr int FirstBracketParameter = 8;
/** The widest score range, in score steps, the HR figures accept (the former full scan encoded the latest score
 * beside its time in this range; kept so the same instruments are accepted). */
constexpr double LatestCodeRange = 1000000;

/** CASE expression giving the bracket index of `column`: highest bracket first, so the last matching min wins. */
QString bracketCase(const QString& column, qsizetype bracketCount)
{
    if (bracketCount == 0) {
        return QStringLiteral("-1");
    }
    QString sql = QStringLiteral("CASE");
    for (qsizetype i = bracketCount - 1; i >= 0; --i) {
        const qsizetype parameter = FirstBracketParameter + (bracketCount - 1 - i);
        sql += QStringLiteral(" WHEN %1 >= ?%2 THEN %3").arg(column).arg(parameter).arg(i);
    }
    return sql + QStringLiteral(" ELSE -1 END");
}

TrendDirection directionFromCode(qint64 code)
{
    switch (code) {
    case 1:
        return TrendDirection::Improving;
    case 2:
        return TrendDirection::Stable;
    case 3:
        return TrendDirection::Declining;
    default:
        return TrendDirection::Insufficient;
    }
}

/** Steps `statement` to the end, handing each row to `row`. */
template <typename RowFunction>
Result<void> forEachRow(Statement& statement, RowFunction row)
{
    for (;;) {
        auto stepped = statement.step();
        if (!stepped) {
            return tl::unexpected(stepped.error());
        }
        if (*stepped == StepResult::Done) {
            return {};
        }
        row(statement);
    }
}

/** The bounds of computeTrend(): a hair of tolerance so an exact ±meaningfulChange is not lost to rounding. */
} // namespace

HrAggregatesRepository::HrAggregatesRepository(Store& store)
    : m_store(store)
{
}

Result<QList<HrTeamHeadcount>> HrAggregatesRepository::employeesByTeam()
{
    auto select = StoreAccess::database(m_store).cached(QString::fromUtf8(EmployeesByTeamSql));
    if (!select) {
        return tl::unexpected(select.error());
    }
    QList<HrTeamHeadcount> teams;
    RAPPORT_TRY(forEachRow(*select, [&](const Statement& row) {
        teams.append(HrTeamHeadcount {row.text(0), row.integer(1)});
    }));
    return teams;
}

Result<QList<HrPersonGroup>> HrAggregatesRepository::participantGroups(const HrInstrumentParameters& instrument,
                                                                       const QDateTime& asOf,
                                                                       const QDateTime& recentSince)
{
    // The latest score travels as an integer number of score steps beside the time; the scale must fit.
    const double steps = std::pow(10.0, std::clamp(instrument.decimals, 0, 6));
    if (!((instrument.scoreMax - instrument.scoreMin) * steps < LatestCodeRange)) {
        return fail(ErrorCode::OutOfRange,
                    CoreTr::tr("The score range of '%1' is too wide for the HR figures.").arg(instrument.instrumentId));
    }
    const qsizetype bracketCount = instrument.bracketMins.size();
    const QString sql
        = QString::fromUtf8(ParticipantGroupsSql).arg(bracketCase(QStringLiteral("g.latest"), bracketCount));
    auto select = StoreAccess::database(m_store).cached(sql);
    if (!select) {
        return tl::unexpected(select.error());
    }

    select->bind(1, instrument.instrumentId).bind(2, instrument.improvingFrom).bind(3, instrument.decliningFrom);
    select->bind(4, recentSince.isValid() ? toStoredTime(recentSince) : std::numeric_limits<qint64>::max());
    select->bind(5, asOf.isValid() ? toStoredTime(asOf) : qint64(0));
    select->bind(6, instrument.scoreMin).bind(7, steps);
    for (qsizetype i = 0; i < bracketCount; ++i) {
        select->bind(static_cast<int>(FirstBracketParameter + i), instrument.bracketMins.at(bracketCount - 1 - i));
    }

    QList<HrPersonGroup> groups;
    RAPPORT_TRY(forEachRow(*select, [&](const Statement& row) {
        HrPersonGroup group;
        group.team = row.text(0);
        group.bracket = static_cast<int>(row.integer(1));
        group.direction = directionFromCode(row.integer(2));
        group.people = row.integer(3);
        group.latestSum = row.real(4);
        group.recent = static_cast<qint64>(row.real(5));
        group.lastMonth = QDate::fromString(row.text(6) + QStringLiteral("-01"), Qt::ISODate);
        groups.append(group);
    }));
    return groups;
}

Result<QList<HrMonthFigures>> HrAggregatesRepository::monthly(const QString& instrumentId)
{
    auto select = StoreAccess::database(m_store).cached(QString::fromUtf8(MonthlySql));
    if (!select) {
        return tl::unexpected(select.error());
    }
    select->bind(1, instrumentId);
    QList<HrMonthFigures> months;
    RAPPORT_TRY(forEachRow(*select, [&](const Statement& row) {
        HrMonthFigures month;
        month.month = QDate::fromString(row.text(0) + QStringLiteral("-01"), Qt::ISODate);
        month.people = row.integer(1);
        month.sumOfPersonMeans = row.real(2);
        if (month.month.isValid()) {
            months.append(month);
        }
    }));
    return months;
}

Result<HrAllianceFigures> HrAggregatesRepository::alliance(const QString& instrumentId)
{
    HrAllianceFigures figures;
    auto totals = StoreAccess::database(m_store).cached(
        QString::fromUtf8(AllianceTotalsSql)
            .arg(QString::fromUtf8(LatestAllianceSql)
                     .arg(QStringLiteral("count(*) AS n, total(s.score) AS score_sum"),
                          QStringLiteral("GROUP BY s.person_id"))));
    if (!totals) {
        return tl::unexpected(totals.error());
    }
    totals->bind(1, instrumentId);
    RAPPORT_TRY(forEachRow(*totals, [&](const Statement& row) {
        figures.connections = row.integer(0);
        figures.clients = row.integer(1);
        figures.scoreSum = row.real(2);
    }));

    auto patterns = StoreAccess::database(m_store).cached(
        QString::fromUtf8(LatestAllianceSql)
            .arg(QStringLiteral("s.answers, count(*)"), QStringLiteral("GROUP BY s.answers ORDER BY s.answers")));
    if (!patterns) {
        return tl::unexpected(patterns.error());
    }
    patterns->bind(1, instrumentId);
    RAPPORT_TRY(forEachRow(*patterns, [&](const Statement& row) {
        figures.patterns.append(HrAnswerPattern {row.text(0), row.integer(1)});
    }));
    return figures;
}

Result<QList<HrPersonGroup>> HrAggregatesRepository::periodGroups(const HrInstrumentParameters& instrument,
                                                                  const QDateTime& from,
                                                                  const QDateTime& to)
{
    const qsizetype bracketCount = instrument.bracketMins.size();
    const QString sql = QString::fromUtf8(PeriodGroupsSql).arg(bracketCase(QStringLiteral("g.mean"), bracketCount));
    auto select = StoreAccess::database(m_store).cached(sql);
    if (!select) {
        return tl::unexpected(select.error());
    }
    select->bind(1, instrument.instrumentId)
        .bind(2, instrument.improvingFrom)
        .bind(3, instrument.decliningFrom)
        .bind(4, from)
        .bind(5, to);
    select->bind(6, instrument.scoreMin).bind(7, 1.0);
    for (qsizetype i = 0; i < bracketCount; ++i) {
        select->bind(static_cast<int>(FirstBracketParameter + i), instrument.bracketMins.at(bracketCount - 1 - i));
    }
    const QDate day = from.toUTC().date();
    const QDate month(day.year(), day.month(), 1);
    QList<HrPersonGroup> groups;
    RAPPORT_TRY(forEachRow(*select, [&](const Statement& row) {
        HrPersonGroup group;
        group.team = row.text(0);
        group.bracket = static_cast<int>(row.integer(1));
        group.direction = directionFromCode(row.integer(2));
        group.people = row.integer(3);
        group.latestSum = row.real(4);
        group.recent = group.people;
        group.lastMonth = month;
        groups.append(group);
    }));
    return groups;
}

Result<qint64>
HrAggregatesRepository::participantsBetween(const QString& instrumentId, const QDateTime& from, const QDateTime& to)
{
    auto select = StoreAccess::database(m_store).cached(QString::fromUtf8(ParticipantsBetweenSql));
    if (!select) {
        return tl::unexpected(select.error());
    }
    select->bind(1, instrumentId).bind(2, from).bind(3, to);
    qint64 people = 0;
    RAPPORT_TRY(forEachRow(*select, [&](const Statement& row) { people = row.integer(0); }));
    return people;
}

Result<HrAllianceFigures>
HrAggregatesRepository::periodAlliance(const QString& instrumentId, const QDateTime& from, const QDateTime& to)
{
    HrAllianceFigures figures;
    auto totals = StoreAccess::database(m_store).cached(
        QString::fromUtf8(PeriodAllianceSql)
            .arg(QStringLiteral("count(*), count(DISTINCT s.person_id), total(s.score)"), QString()));
    if (!totals) {
        return tl::unexpected(totals.error());
    }
    totals->bind(1, instrumentId).bind(2, from).bind(3, to);
    RAPPORT_TRY(forEachRow(*totals, [&](const Statement& row) {
        figures.connections = row.integer(0);
        figures.clients = row.integer(1);
        figures.scoreSum = row.real(2);
    }));
    auto patterns = StoreAccess::database(m_store).cached(
        QString::fromUtf8(PeriodAllianceSql)
            .arg(QStringLiteral("s.answers, count(*)"), QStringLiteral("GROUP BY s.answers ORDER BY s.answers")));
    if (!patterns) {
        return tl::unexpected(patterns.error());
    }
    patterns->bind(1, instrumentId).bind(2, from).bind(3, to);
    RAPPORT_TRY(forEachRow(*patterns, [&](const Statement& row) {
        figures.patterns.append(HrAnswerPattern {row.text(0), row.integer(1)});
    }));
    return figures;
}

Result<QDate> HrAggregatesRepository::firstMonth(const QString& instrumentId)
{
    auto select = StoreAccess::database(m_store).cached(
        QStringLiteral("SELECT min(month) FROM hr_months WHERE instrument_id = ?1 AND people > 0"));
    if (!select) {
        return tl::unexpected(select.error());
    }
    select->bind(1, instrumentId);
    QDate first;
    RAPPORT_TRY(forEachRow(*select, [&](const Statement& row) {
        if (!row.isNull(0)) {
            first = QDate::fromString(row.text(0) + QStringLiteral("-01"), Qt::ISODate);
        }
    }));
    return first;
}

} // namespace rapport
