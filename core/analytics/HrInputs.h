#pragma once

// The raw inputs of the HR rules: what the local store (HrAggregatesRepository) computes in SQL and HrAnalytics turns
// into the published report. Declared here, beside the rules, so that the store returns analytics values instead of
// analytics depending on types of a store header. Plain values only: nothing here may include a store header.

#include "instruments/Trend.h"

#include <QDate>
#include <QList>
#include <QString>

namespace rapport {

/** Clients (people with role client) recorded in one team; the raw material for the list of team rows. */
struct HrTeamHeadcount
{
    QString team; ///< empty for clients without a recorded team
    qint64 employees = 0;
};

/**
 * Participants (clients with at least one submission of the instrument) who share a team, the bracket of their
 * latest score and the direction of their trend. Summing these groups gives every wellbeing figure of the report.
 */
struct HrPersonGroup
{
    QString team; ///< empty for participants without a recorded team
    int bracket = -1; ///< index into the instrument's brackets; -1 when the score is below the first
    TrendDirection direction = TrendDirection::Insufficient;
    qint64 people = 0;
    double latestSum = 0; ///< the sum of the people's latest scores
    qint64 recent = 0; ///< how many of them submitted at or after the `recentSince` asked for
    QDate lastMonth; ///< the first day of the calendar month (UTC) of their latest submission
};

/** One calendar month (UTC) of an instrument: who submitted in it, each person counting once. */
struct HrMonthFigures
{
    QDate month; ///< the first day of the month
    qint64 people = 0; ///< distinct people who submitted in the month
    double sumOfPersonMeans = 0; ///< the sum over those people of their own mean score in the month
};

/** Clients whose latest alliance survey (per current connection) has exactly these answers. */
struct HrAnswerPattern
{
    QString answers; ///< as stored: "6,6,5,7,6"
    qint64 connections = 0;
};

/** The latest alliance survey of every current connection, aggregated. */
struct HrAllianceFigures
{
    qint64 connections = 0; ///< connections with at least one survey
    qint64 clients = 0; ///< distinct clients behind them
    double scoreSum = 0; ///< the sum of those latest scores
    QList<HrAnswerPattern> patterns;
};

} // namespace rapport
