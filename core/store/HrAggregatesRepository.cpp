#include "HrAggregatesRepository.h"

#include "Database.h"
#include "Store.h"
#include "common/CoreTr.h"

#include <QStringList>

#include <algorithm>
#include <cmath>
#include <limits>

namespace rapport {
namespace {

// Every statement here runs on SQLite 3.15 (SQLCipher 3.4): no window functions, no FILTER, no UPSERT. Two SQLite
// behaviours are relied on: a bare column next to exactly one max() aggregate comes from the row holding the maximum
// (documented since 3.7.11), and total() sums as a double and gives 0.0 for no rows.

/**
 * One pass over the instrument's submissions in index order (grouped by person, so no sort): per participant the
 * count, the OLS sums of score over time (x in days from the reference ?5, so the sums stay small), the span from first
 * to last submission and the latest score. Then the fitted change and the direction exactly as computeTrend(), the
 * bracket of the latest score, and everything grouped by team, bracket and direction (a few dozen rows).
 *
 * The latest score rides on the latest time: max(time × 10^6 + code) with code = (score − ?6) × ?7 (the score in the
 * instrument's smallest steps from its minimum), decoded against max(time). Two submissions at the same latest time
 * give the higher score.
 *
 * ?1 instrument, ?2 lower bound for Improving, ?3 upper bound for Declining, ?4 recent-since time, ?5 reference time,
 * ?6 score minimum, ?7 steps per score point (10^decimals), ?8... bracket minimums from the highest bracket down.
 */
const char* const ParticipantGroupsSql = R"sql(
SELECT coalesce(p.team, '') AS team,
       %1 AS bracket,
       CASE WHEN g.n < 2 THEN 0 WHEN g.change >= ?2 THEN 1 WHEN g.change <= ?3 THEN 3 ELSE 2 END AS direction,
       count(*), total(g.latest), total(g.lastAt >= ?4)
FROM (
    SELECT t.person AS person, t.n AS n, t.lastAt AS lastAt,
           (t.lastCode - t.lastAt * 1000000) / ?7 + ?6 AS latest,
           CASE WHEN t.sxx > 0 AND t.span > 0 THEN t.sxy / t.sxx * t.span ELSE 0.0 END AS change
    FROM (
        SELECT d.person AS person, count(*) AS n, max(d.at) AS lastAt,
               max(d.at * 1000000 + CAST(round((d.y - ?6) * ?7) AS INTEGER)) AS lastCode,
               (max(d.at) - min(d.at)) / 86400000.0 AS span,
               total(d.x * d.x) - total(d.x) * total(d.x) / count(*) AS sxx,
               total(d.x * d.y) - total(d.x) * total(d.y) / count(*) AS sxy
        FROM (SELECT person_id AS person, submitted_at AS at, score AS y, (submitted_at - ?5) / 86400000.0 AS x
              FROM submissions WHERE instrument_id = ?1) AS d
        GROUP BY d.person
    ) AS t
) AS g
JOIN people AS p ON p.id = g.person AND p.role = 'client'
GROUP BY 1, 2, 3
)sql";

/**
 * Calendar months (UTC), each person's mean within the month counted once. The one sort of the HR figures: SQLite
 * groups by an expression of time only through a sorter. Only clients submit the Wellbeing Index (the questionnaire
 * service checks the role), so no join with people is spent on the rows here.
 */
const char* const MonthlySql = R"sql(
SELECT m.month, count(*), total(m.personMean)
FROM (
    SELECT strftime('%Y-%m', submitted_at / 1000.0, 'unixepoch') AS month, avg(score) AS personMean
    FROM submissions
    WHERE instrument_id = ?1
    GROUP BY person_id, month
) AS m
GROUP BY m.month
ORDER BY m.month
)sql";

/**
 * The latest survey (by time; among equal times the last stored) of each current connection of a client, found from
 * the connections through the by-instrument index: a few index steps per connection instead of a sort of all surveys.
 * %1 is what to select from it; ?1 is the instrument.
 */
const char* const LatestAllianceSql = R"sql(
SELECT %1
FROM (
    SELECT c.client_id AS client,
           (SELECT s.rowid FROM submissions AS s
            WHERE s.instrument_id = ?1 AND s.person_id = c.client_id AND s.professional_id = c.professional_id
            ORDER BY s.submitted_at DESC LIMIT 1) AS latest
    FROM connections AS c
    JOIN people AS p ON p.id = c.client_id AND p.role = 'client'
) AS l
JOIN submissions AS s ON s.rowid = l.latest
%2
)sql";

const char* const EmployeesByTeamSql
    = "SELECT coalesce(team, ''), count(*) FROM people WHERE role = 'client' GROUP BY 1 ORDER BY 1";

constexpr int FirstBracketParameter = 8;
/** How far apart the latest-time encoding keeps consecutive milliseconds (see ParticipantGroupsSql). */
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

} // namespace

HrAggregatesRepository::HrAggregatesRepository(Store& store)
    : m_store(store)
{
}

Result<QList<HrTeamHeadcount>> HrAggregatesRepository::employeesByTeam()
{
    auto select = m_store.database().cached(QString::fromUtf8(EmployeesByTeamSql));
    if (!select) {
        return tl::unexpected(select.error());
    }
    QList<HrTeamHeadcount> teams;
    RAPPORT_TRY(forEachRow(*select, [&](const Statement& row) {
        teams.append(HrTeamHeadcount {row.text(0), row.integer(1)});
    }));
    return teams;
}

Result<QList<HrPersonGroup>> HrAggregatesRepository::participantGroups(const InstrumentDefinition& instrument,
                                                                       const QDateTime& asOf,
                                                                       const QDateTime& recentSince)
{
    // The latest score travels as an integer number of score steps beside the time; the scale must fit.
    const double steps = std::pow(10.0, std::clamp(instrument.decimals, 0, 6));
    if (!((instrument.scoreMax - instrument.scoreMin) * steps < LatestCodeRange)) {
        return fail(ErrorCode::OutOfRange,
                    CoreTr::tr("The score range of '%1' is too wide for the HR figures.").arg(instrument.id));
    }
    const qsizetype bracketCount = instrument.brackets.size();
    const QString sql
        = QString::fromUtf8(ParticipantGroupsSql).arg(bracketCase(QStringLiteral("g.latest"), bracketCount));
    auto select = m_store.database().cached(sql);
    if (!select) {
        return tl::unexpected(select.error());
    }

    // The same bounds as computeTrend(): a hair of tolerance so an exact ±meaningfulChange is not lost to rounding;
    // without a positive threshold any change counts (the smallest positive double stands for "> 0").
    const double meaningfulChange = instrument.meaningfulChange;
    double improvingFrom = std::numeric_limits<double>::denorm_min();
    double decliningFrom = -std::numeric_limits<double>::denorm_min();
    if (meaningfulChange > 0) {
        const double tolerance = 1e-9 * std::max(1.0, meaningfulChange);
        improvingFrom = meaningfulChange - tolerance;
        decliningFrom = -meaningfulChange + tolerance;
    }
    select->bind(1, instrument.id).bind(2, improvingFrom).bind(3, decliningFrom);
    select->bind(4, recentSince.isValid() ? toStoredTime(recentSince) : std::numeric_limits<qint64>::max());
    select->bind(5, asOf.isValid() ? toStoredTime(asOf) : qint64(0));
    select->bind(6, instrument.scoreMin).bind(7, steps);
    for (qsizetype i = 0; i < bracketCount; ++i) {
        select->bind(static_cast<int>(FirstBracketParameter + i), instrument.brackets.at(bracketCount - 1 - i).min);
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
        groups.append(group);
    }));
    return groups;
}

Result<QList<HrMonthFigures>> HrAggregatesRepository::monthly(const QString& instrumentId)
{
    auto select = m_store.database().cached(QString::fromUtf8(MonthlySql));
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
    auto totals = m_store.database().cached(
        QString::fromUtf8(LatestAllianceSql)
            .arg(QStringLiteral("count(*), count(DISTINCT l.client), total(s.score)"), QString()));
    if (!totals) {
        return tl::unexpected(totals.error());
    }
    totals->bind(1, instrumentId);
    RAPPORT_TRY(forEachRow(*totals, [&](const Statement& row) {
        figures.connections = row.integer(0);
        figures.clients = row.integer(1);
        figures.scoreSum = row.real(2);
    }));

    auto patterns = m_store.database().cached(
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

} // namespace rapport
