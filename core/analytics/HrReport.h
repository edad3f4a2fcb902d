#pragma once

#include "instruments/InstrumentDefinition.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace rapport {

// The HR dashboard as HR may see it. Every std::optional figure below is empty exactly when it is suppressed: fewer
// than k people stand behind it, or showing it would let such a figure be worked out from the others (see
// HrAnalytics and docs/hr-anonymity.md). Show an empty figure as HrAnalytics::suppressedText(), never as a number.
// Nothing in here names or identifies a person.

/** How many participants' latest score falls in one bracket. */
struct HrBracketCount
{
    Bracket bracket;
    std::optional<qint64> people;
};

/** Directions of the trends of participants with more than one submission. */
struct HrTrendCounts
{
    std::optional<qint64> people; ///< participants with more than one submission
    std::optional<qint64> improving;
    std::optional<qint64> stable;
    std::optional<qint64> declining;
};

/** The mean of one alliance dimension over the same latest surveys as the alliance mean. */
struct HrDimensionMean
{
    Dimension dimension;
    std::optional<double> mean;
};

/** The Professional Alliance across the organisation: each current connection's latest survey. */
struct HrAlliance
{
    std::optional<qint64> clients; ///< distinct clients behind the figures
    std::optional<double> mean;
    QList<HrDimensionMean> dimensions; ///< in the instrument's dimension order
};

/** One calendar month (UTC) of Wellbeing Index submissions; each person's mean within the month counts once. */
struct HrMonth
{
    QDate month; ///< the first day of the month
    std::optional<qint64> people;
    std::optional<double> mean;

    [[nodiscard]] bool isSuppressed() const { return !mean.has_value(); }
};

/** One team's participants (people with role client and this team), by their latest Wellbeing Index. */
struct HrTeam
{
    QString name;
    std::optional<qint64> people;
    std::optional<double> mean;
    std::optional<Bracket> bracket; ///< of the (rounded) mean

    [[nodiscard]] bool isSuppressed() const { return !mean.has_value(); }
};

/** Everything the HR dashboard, `rapport-cli view hr` and exports show: aggregated and anonymised. */
struct HrReport
{
    /** k: the smallest number of distinct people any shown figure may come from. */
    int minimumGroupSize = 5;
    /** The organisation has fewer than k participants: every figure below is suppressed. */
    bool suppressed = true;
    /** The end of the figures' period: every answer behind them was given before it. */
    QDateTime asOf;
    /**
     * The closed calendar month (UTC) the figures are of, as published (docs/hr-anonymity.md, rule 10); invalid
     * when no month has closed with answers yet. The headline figures are this month's; `monthly` holds every
     * published month.
     */
    QDate period;
    /** When `period`'s figures were published (they never change afterwards). */
    QDateTime publishedAt;
    /** The day the next month's figures can be published: the first day after the month now open. */
    QDate nextPublication;
    /** The window of recentParticipants, in days before asOf. */
    int recentDays = 90;

    std::optional<qint64> employees; ///< people with role client
    std::optional<qint64> participants; ///< employees with at least one Wellbeing Index
    std::optional<qint64> recentParticipants; ///< employees with a Wellbeing Index in the last recentDays days
    std::optional<double> participationRate; ///< participants / employees, 0–1
    /** Caution: participation is below 30 % (or too low to report at all), so the figures may not be typical. */
    bool lowParticipation = true;

    std::optional<double> wellbeingMean; ///< of each participant's latest Wellbeing Index
    std::optional<Bracket> wellbeingBracket; ///< of the (rounded) mean
    QList<HrBracketCount> distribution; ///< in the instrument's bracket order

    HrTrendCounts trends;
    HrAlliance alliance;
    QList<HrMonth> monthly; ///< every month from the first with a submission to asOf's month, oldest first
    QList<HrTeam> teams; ///< every team recorded for an employee, by name
};

} // namespace rapport
