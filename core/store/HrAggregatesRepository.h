#pragma once

#include "analytics/HrInputs.h"
#include "analytics/HrParameters.h"
#include "common/Error.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace rapport {

class Store;

/**
 * The SQL behind the HR dashboard: whole-organisation figures grouped by team, bracket, trend direction and month,
 * computed by SQLite from the per-person summaries the store keeps beside the submissions (schema v4: one grouped
 * statement each, never a query per person and never the individual rows). Nothing returned names or identifies a
 * person; small groups are still in here, so these figures must pass through HrAnalytics (which applies the anonymity
 * rules) before anyone sees them.
 */
class HrAggregatesRepository
{
public:
    explicit HrAggregatesRepository(Store& store);

    /** Clients by team, teams in name order (the empty team first). */
    [[nodiscard]] Result<QList<HrTeamHeadcount>> employeesByTeam();

    /**
     * Participants of `instrument` grouped by team, latest-score bracket, trend direction and the month of their latest
     * submission.
     *
     * The bracket of a latest score is the index of the last bracket whose minimum is at most the score (as
     * InstrumentDefinition::bracketFor), -1 below the first. The direction follows computeTrend() exactly: an
     * ordinary least-squares line of score over time in days, whose fitted change from the first to the last
     * submission is compared with ±meaningfulChange with the same tolerance; one submission is Insufficient. The
     * latest submission is the one with the greatest time (the higher score when several share it). `asOf` is the
     * reference time of the fit (any time near the data keeps the sums precise); `recentSince` decides `recent`.
     * Fails with OutOfRange for an instrument whose score range, in its smallest steps, reaches 10^6.
     */
    [[nodiscard]] Result<QList<HrPersonGroup>>
    participantGroups(const HrInstrumentParameters& instrument, const QDateTime& asOf, const QDateTime& recentSince);

    /**
     * Calendar months (UTC) that have submissions of `instrumentId`, oldest first. Every submission counts (only
     * clients submit questionnaires about themselves), each person once per month with their mean in that month.
     */
    [[nodiscard]] Result<QList<HrMonthFigures>> monthly(const QString& instrumentId);

    /** The latest survey of `instrumentId` of each client with each professional they are still connected to. */
    [[nodiscard]] Result<HrAllianceFigures> alliance(const QString& instrumentId);

    // One closed period's figures, for the published snapshots (HrPublication): computed from the submissions
    // themselves, once per month, so that every figure of the period stands on that period's answers only.

    /**
     * The clients who submitted `instrument` in [from, to), grouped by team, the bracket of their own mean in the
     * period (the last bracket whose minimum is at most the unrounded mean) and the direction of their trend over
     * everything they submitted before `to` (computeTrend()'s rule, as participantGroups). `latestSum` is the sum of
     * their period means, `recent` their number, `lastMonth` the month of `from`.
     */
    [[nodiscard]] Result<QList<HrPersonGroup>>
    periodGroups(const HrInstrumentParameters& instrument, const QDateTime& from, const QDateTime& to);
    /** How many clients submitted `instrumentId` in [from, to). */
    [[nodiscard]] Result<qint64>
    participantsBetween(const QString& instrumentId, const QDateTime& from, const QDateTime& to);
    /** The latest survey in [from, to) of each client with each professional they are still connected to. */
    [[nodiscard]] Result<HrAllianceFigures>
    periodAlliance(const QString& instrumentId, const QDateTime& from, const QDateTime& to);
    /** The first calendar month with a submission of `instrumentId`; invalid when there is none. */
    [[nodiscard]] Result<QDate> firstMonth(const QString& instrumentId);

private:
    Store& m_store;
};

} // namespace rapport
