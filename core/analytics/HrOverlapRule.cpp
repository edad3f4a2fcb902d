#include "HrOverlapRule.h"

#include <algorithm>
#include <set>

namespace rapport {

namespace {

/** How many of `team`'s participants have their latest answer in one of the months of `chosen`. */
qint64 latestIn(const HrOverlapRule::Team& team, const QList<QDate>& chosen)
{
    qint64 people = 0;
    for (const QDate& month : chosen) {
        people += team.byLatestMonth.value(month);
    }
    return people;
}

qint64 total(const HrOverlapRule::Team& team)
{
    qint64 people = 0;
    for (const qint64 count : team.byLatestMonth) {
        people += count;
    }
    return people;
}

} // namespace

HrOverlapRule::HrOverlapRule(int k)
    : m_k(std::max(1, k))
{
}

HrOverlapRule::Decision HrOverlapRule::decide(bool organisationShown, QList<Team> teams, QList<Month> months) const
{
    Decision decision;
    for (;;) {
        // A month's others: who answered in it but has a later latest answer. Their values there occur nowhere else.
        QMap<QDate, qint64> latestHere;
        for (const Team& team : std::as_const(teams)) {
            for (auto it = team.byLatestMonth.cbegin(); it != team.byLatestMonth.cend(); ++it) {
                latestHere[it.key()] += it.value();
            }
        }
        QMap<QDate, qint64> others;
        QList<qsizetype> linked;
        for (qsizetype i = 0; i < months.size(); ++i) {
            const Month& month = months.at(i);
            const qint64 count = std::max<qint64>(0, month.people - latestHere.value(month.month));
            others.insert(month.month, count);
            if (month.shown && count < m_k) {
                linked.append(i);
            }
        }
        const auto smallestFirst = [&](qsizetype a, qsizetype b) {
            // Fewest people first; of two the same size, the later month (the earlier one has stood longer).
            return months.at(a).people != months.at(b).people ? months.at(a).people < months.at(b).people
                                                              : months.at(a).month > months.at(b).month;
        };
        if (linked.size() > MostLinkedMonths) {
            std::sort(linked.begin(), linked.end(), smallestFirst);
            months[linked.first()].shown = false;
            decision.months.append(months.at(linked.first()).month);
            continue;
        }

        bool teamsAlone = false;
        QList<qsizetype> involved
            = disclosingCombination(organisationShown, teams, months, linked, others, &teamsAlone);
        if (teamsAlone) {
            qsizetype smallest = -1;
            for (qsizetype i = 0; i < teams.size(); ++i) {
                if (teams.at(i).shown && (smallest < 0 || total(teams.at(i)) < total(teams.at(smallest)))) {
                    smallest = i;
                }
            }
            if (smallest < 0) {
                break; // nothing left to withhold (the organisation gate and rule 3 see to the rest)
            }
            teams[smallest].shown = false;
            decision.teams.append(smallest);
            continue;
        }
        if (involved.isEmpty()) {
            break;
        }
        std::sort(involved.begin(), involved.end(), smallestFirst);
        months[involved.first()].shown = false;
        decision.months.append(months.at(involved.first()).month);
    }
    return decision;
}

QList<qsizetype> HrOverlapRule::disclosingCombination(bool organisationShown,
                                                      const QList<Team>& teams,
                                                      const QList<Month>& months,
                                                      const QList<qsizetype>& linked,
                                                      const QMap<QDate, qint64>& others,
                                                      bool* teamsAlone) const
{
    // Teams without a shown mean (and the participants without a team) have no figure of their own: in any
    // combination their latest scores carry the organisation's coefficient, so they act as one group.
    Team hidden;
    QList<const Team*> shownTeams;
    for (const Team& team : teams) {
        if (team.shown) {
            shownTeams.append(&team);
        } else {
            for (auto it = team.byLatestMonth.cbegin(); it != team.byLatestMonth.cend(); ++it) {
                hidden.byLatestMonth[it.key()] += it.value();
            }
        }
    }
    const qint64 hiddenTotal = total(hidden);

    const quint32 combinations = 1U << linked.size();
    for (quint32 mask = 0; mask < combinations; ++mask) {
        // S: the months taken with coefficient −1 (any common non-zero coefficient is the same case, scaled; giving
        // months different coefficients only cancels fewer latest scores).
        QList<QDate> chosen;
        qint64 othersOfChosen = 0;
        QList<qsizetype> involved;
        for (qsizetype bit = 0; bit < linked.size(); ++bit) {
            if (mask & (1U << bit)) {
                const Month& month = months.at(linked.at(bit));
                chosen.append(month.month);
                othersOfChosen += others.value(month.month);
                involved.append(linked.at(bit));
            }
        }

        // The hidden group's latest scores: coefficient 0 (no organisation), 1 (the organisation) or anything else.
        QList<qint64> hiddenTouched {latestIn(hidden, chosen)};
        if (organisationShown) {
            hiddenTouched.append(hiddenTotal - latestIn(hidden, chosen));
            hiddenTouched.append(hiddenTotal);
        }
        for (const qint64 start : std::as_const(hiddenTouched)) {
            // Which totals below k of touched people some choice of team coefficients reaches (totals of k or more
            // disclose nothing and are dropped): a shown team either cancels its people whose latest answer is in S
            // (coefficient 1) or those whose is not (0).
            std::set<qint64> reachable;
            if (start < m_k) {
                reachable.insert(start);
            }
            for (const Team* team : std::as_const(shownTeams)) {
                const qint64 inChosen = latestIn(*team, chosen);
                const qint64 options[] = {inChosen, total(*team) - inChosen};
                std::set<qint64> next;
                for (const qint64 sum : reachable) {
                    for (const qint64 option : options) {
                        if (sum + option < m_k) {
                            next.insert(sum + option);
                        }
                    }
                }
                reachable = std::move(next);
            }
            // The months' others are touched as well (a combination with a month always touches them).
            for (const qint64 sum : reachable) {
                if (sum >= 1 || othersOfChosen >= 1) {
                    *teamsAlone = involved.isEmpty();
                    return involved;
                }
            }
        }
    }
    return {};
}

} // namespace rapport
