#pragma once

#include <QDate>
#include <QList>
#include <QMap>

namespace rapport {

/**
 * The overlap rule between the monthly figures and the figures over everyone's latest score (the organisation's
 * mean and the team rows), docs/hr-anonymity.md rule 9.
 *
 * Each of those figures is a sum (n × mean) of unknown values, and an analyst may combine them linearly. The
 * organisation's and the teams' means add up the participants' latest scores L; a month's mean adds up, for each
 * person who answered in it, their mean in that month — which, for the people whose latest answer is in that month,
 * is taken to be L itself (the worst case: it is whenever they answered once that month). Everybody else's monthly
 * value appears in that month's figure only and can never be cancelled out, so a combination that uses a month always
 * touches those people ("the month's others").
 *
 * A combination discloses something when it touches 1 to k−1 people. The rule looks at every combination that could:
 * the organisation (or nothing), any choice of shown teams, and any set S of shown months whose others are fewer than
 * k ("linked" months: usually the latest one or two; a month whose others are k or more cannot be part of a small
 * combination). For each it counts, exactly and per team, whose latest score fails to cancel, adds the others of S
 * as an interval (a person may be another of two months), and suppresses the smallest month of S (or, with no month
 * involved, the smallest shown team) while any combination may touch 1 to k−1 people. Suppressing removes a figure, so
 * it never opens a new combination, and the loop ends.
 *
 * The counts are what the store's grouped statements give; no person is named.
 */
class HrOverlapRule
{
public:
    /** Participants who share a team (or share having none), by the month of their latest Wellbeing Index. */
    struct Team
    {
        bool shown = false; ///< its mean is published
        QMap<QDate, qint64> byLatestMonth;
    };

    /** A calendar month of the Wellbeing Index. */
    struct Month
    {
        QDate month;
        qint64 people = 0; ///< who answered in the month
        bool shown = false; ///< its mean is published
    };

    /** What to withhold on top of the other rules. */
    struct Decision
    {
        QList<QDate> months;
        QList<qsizetype> teams; ///< indexes into the teams passed
    };

    /** The most linked months whose combinations are examined; more are suppressed, smallest first. */
    static constexpr int MostLinkedMonths = 12;

    explicit HrOverlapRule(int k);

    /**
     * Decides for `teams` (every team, the shown and the hidden ones, and the participants without a team as a hidden
     * one) and `months`, given whether the organisation's mean is shown.
     */
    [[nodiscard]] Decision decide(bool organisationShown, QList<Team> teams, QList<Month> months) const;

private:
    /** The months of `months` (shown) that some combination of 1 to k−1 people can use, or {} when none can. */
    [[nodiscard]] QList<qsizetype> disclosingCombination(bool organisationShown,
                                                         const QList<Team>& teams,
                                                         const QList<Month>& months,
                                                         const QList<qsizetype>& linked,
                                                         const QMap<QDate, qint64>& others,
                                                         bool* teamsAlone) const;

    int m_k;
};

} // namespace rapport
