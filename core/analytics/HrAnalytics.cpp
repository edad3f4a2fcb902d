#include "HrAnalytics.h"

#include "HrOverlapRule.h"
#include "HrPublication.h"
#include "common/CoreTr.h"
#include "instruments/InstrumentIds.h"
#include "instruments/InstrumentRegistry.h"
#include "instruments/Scoring.h"
#include "store/HrAggregatesRepository.h"
#include "store/SettingsRepository.h"
#include "store/Store.h"
#include "store/SubmissionRepository.h"

#include <QMap>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace rapport {
namespace {

/** No month series is longer than this (a century), whatever times the store holds. */
constexpr int MaxMonths = 1200;

QDate monthOf(const QDateTime& time)
{
    const QDate day = time.toUTC().date();
    return QDate(day.year(), day.month(), 1);
}

bool lessByName(const QString& a, const QString& b)
{
    const int folded = a.compare(b, Qt::CaseInsensitive);
    return folded != 0 ? folded < 0 : a < b;
}

} // namespace

HrAnalytics::HrAnalytics(InstrumentDefinition wellbeing, std::optional<InstrumentDefinition> alliance, int k)
    : m_wellbeing(std::move(wellbeing))
    , m_alliance(std::move(alliance))
    , m_k(std::max(k, MinimumGroupSize))
{
}

int HrAnalytics::minimumGroupSizeFrom(const QString& setting)
{
    // Anything that is not a number gives the floor; a fraction is rounded up, never down.
    bool ok = false;
    const double value = setting.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(value) || value <= MinimumGroupSize) {
        return MinimumGroupSize;
    }
    return static_cast<int>(std::min(std::ceil(value), static_cast<double>(std::numeric_limits<int>::max())));
}

Result<int> HrAnalytics::minimumGroupSize(Store& store)
{
    auto setting = store.settings().value(MinimumGroupSizeSetting);
    if (!setting) {
        return tl::unexpected(setting.error());
    }
    return minimumGroupSizeFrom(*setting);
}

QString HrAnalytics::suppressedText(int k)
{
    return CoreTr::tr("fewer than %1 responses").arg(std::max(k, MinimumGroupSize));
}

Result<HrRawFigures> HrAnalytics::query(Store& store,
                                        const InstrumentDefinition& wellbeing,
                                        const std::optional<InstrumentDefinition>& alliance,
                                        const QDateTime& asOf)
{
    HrAggregatesRepository repository(store);
    HrRawFigures raw;

    auto employees = repository.employeesByTeam();
    if (!employees) {
        return tl::unexpected(employees.error());
    }
    raw.employees = std::move(*employees);

    auto participants
        = repository.participantGroups(HrInstrumentParameters::of(wellbeing), asOf, asOf.addDays(-RecentDays));
    if (!participants) {
        return tl::unexpected(participants.error());
    }
    raw.participants = std::move(*participants);

    auto monthly = repository.monthly(wellbeing.id);
    if (!monthly) {
        return tl::unexpected(monthly.error());
    }
    raw.monthly = std::move(*monthly);

    if (alliance) {
        auto figures = repository.alliance(alliance->id);
        if (!figures) {
            return tl::unexpected(figures.error());
        }
        raw.alliance = std::move(*figures);
    }
    return raw;
}

Result<HrReport> HrAnalytics::load(Store& store, const InstrumentRegistry& registry)
{
    return HrPublication::publish(store, registry);
}

Result<HrReport> HrAnalytics::loadLive(Store& store, const InstrumentRegistry& registry)
{
    auto wellbeing = registry.get(InstrumentIds::Wellbeing);
    if (!wellbeing) {
        return tl::unexpected(wellbeing.error());
    }
    std::optional<InstrumentDefinition> alliance;
    if (const InstrumentDefinition* found = registry.find(InstrumentIds::Alliance)) {
        alliance = *found;
    }
    auto k = minimumGroupSize(store);
    if (!k) {
        return tl::unexpected(k.error());
    }
    const QDateTime asOf = store.clock().now();
    auto raw = query(store, *wellbeing, alliance, asOf);
    if (!raw) {
        return tl::unexpected(raw.error());
    }
    return HrAnalytics(*wellbeing, alliance, *k).report(*raw, asOf);
}

bool HrAnalytics::isRevealingMean(const InstrumentDefinition& definition, double mean) const
{
    // A mean at an end of the scale says that every one of its people gave that score.
    const double rounded = roundScore(mean, definition.decimals + 1);
    return rounded <= definition.scoreMin || rounded >= definition.scoreMax;
}

std::optional<double> HrAnalytics::shownMean(const InstrumentDefinition& definition, const HrGroup& group) const
{
    if (group.people < m_k) {
        return std::nullopt;
    }
    const double mean = group.sum / static_cast<double>(group.people);
    if (isRevealingMean(definition, mean)) {
        return std::nullopt;
    }
    return roundScore(mean, definition.decimals + 1);
}

QList<bool> HrAnalytics::suppressGroups(const QList<HrGroup>& groups, GroupKind kind, const HrGroup& alwaysHidden) const
{
    const bool means = kind == GroupKind::WellbeingMeans;
    const auto revealing = [&](const HrGroup& group) {
        return means && group.people > 0 && isRevealingMean(m_wellbeing, group.sum / static_cast<double>(group.people));
    };

    QList<bool> hidden;
    hidden.reserve(groups.size());
    for (const HrGroup& group : groups) {
        hidden.append(group.people < m_k || revealing(group));
    }

    for (;;) {
        HrGroup hiddenTotal = alwaysHidden;
        bool anyHidden = alwaysHidden.people > 0;
        for (qsizetype i = 0; i < groups.size(); ++i) {
            if (hidden.at(i)) {
                hiddenTotal.people += groups.at(i).people;
                hiddenTotal.sum += groups.at(i).sum;
                anyHidden = anyHidden || !means || groups.at(i).people > 0;
            }
        }
        // What the shown figures let anyone work out about the suppressed ones together must itself be showable.
        const bool needsCover = anyHidden && (hiddenTotal.people < m_k || revealing(hiddenTotal));
        if (!needsCover) {
            break;
        }
        qsizetype next = -1;
        for (qsizetype i = 0; i < groups.size(); ++i) {
            if (!hidden.at(i) && (next < 0 || groups.at(i).people < groups.at(next).people)) {
                next = i;
            }
        }
        if (next < 0) {
            break; // everything is suppressed already
        }
        hidden[next] = true;
    }
    return hidden;
}

HrReport HrAnalytics::report(const HrRawFigures& raw, const QDateTime& asOf) const
{
    HrReport report;
    report.minimumGroupSize = m_k;
    report.asOf = asOf;
    report.recentDays = RecentDays;

    // Sum the raw groups up into the organisation, brackets, directions and teams.
    qint64 employees = 0;
    QSet<QString> teamNames;
    for (const HrTeamHeadcount& team : raw.employees) {
        employees += team.employees;
        if (!team.team.isEmpty()) {
            teamNames.insert(team.team);
        }
    }
    HrGroup organisation;
    qint64 recent = 0;
    QList<HrGroup> brackets(m_wellbeing.brackets.size());
    HrGroup unbracketed;
    qint64 improving = 0;
    qint64 stable = 0;
    qint64 declining = 0;
    QMap<QString, HrGroup> byTeam;
    QMap<QString, QMap<QDate, qint64>> byTeamAndLatestMonth;
    for (const HrPersonGroup& group : raw.participants) {
        byTeamAndLatestMonth[group.team][group.lastMonth] += group.people;
        organisation.people += group.people;
        organisation.sum += group.latestSum;
        recent += group.recent;
        if (group.bracket >= 0 && group.bracket < brackets.size()) {
            brackets[group.bracket].people += group.people;
        } else {
            unbracketed.people += group.people;
        }
        switch (group.direction) {
        case TrendDirection::Improving:
            improving += group.people;
            break;
        case TrendDirection::Stable:
            stable += group.people;
            break;
        case TrendDirection::Declining:
            declining += group.people;
            break;
        case TrendDirection::Insufficient:
            break;
        }
        HrGroup& team = byTeam[group.team];
        team.people += group.people;
        team.sum += group.latestSum;
        if (!group.team.isEmpty()) {
            teamNames.insert(group.team);
        }
    }

    // The shape of the report (brackets, dimensions, teams, months) is the same whatever is suppressed, except below
    // the organisation gate, where teams and months are left out too.
    for (const Bracket& bracket : m_wellbeing.brackets) {
        report.distribution.append(HrBracketCount {bracket, std::nullopt});
    }
    if (m_alliance) {
        for (const Dimension& dimension : m_alliance->dimensions) {
            report.alliance.dimensions.append(HrDimensionMean {dimension, std::nullopt});
        }
    }
    QList<QString> sortedTeams(teamNames.cbegin(), teamNames.cend());
    std::sort(sortedTeams.begin(), sortedTeams.end(), lessByName);
    for (const QString& name : sortedTeams) {
        report.teams.append(HrTeam {name, std::nullopt, std::nullopt, std::nullopt});
    }
    QMap<QDate, HrMonthFigures> months;
    for (const HrMonthFigures& month : raw.monthly) {
        months.insert(month.month, month);
    }
    if (!months.isEmpty()) {
        const QDate last = std::max(months.lastKey(), monthOf(asOf));
        QDate month = months.firstKey();
        for (int i = 0; i < MaxMonths && month <= last; ++i, month = month.addMonths(1)) {
            report.monthly.append(HrMonth {month, std::nullopt, std::nullopt});
        }
    }

    report.suppressed = organisation.people < m_k;
    if (report.suppressed) {
        // The organisation gate: nothing about the organisation, not even which teams it has or since when it runs.
        report.lowParticipation = true;
        report.teams.clear();
        report.monthly.clear();
        return report;
    }

    // Participation: who took part, not what they answered.
    report.employees = employees;
    report.participants = organisation.people;
    report.participationRate
        = employees > 0 ? static_cast<double>(organisation.people) / static_cast<double>(employees) : 0.0;
    report.lowParticipation = *report.participationRate < LowParticipationRate;
    if (const qint64 shown = raw.recentParticipants.value_or(recent); shown >= m_k) {
        report.recentParticipants = shown;
    }

    // Wellbeing of the whole organisation and its bracket distribution.
    report.wellbeingMean = shownMean(m_wellbeing, organisation);
    if (report.wellbeingMean) {
        report.wellbeingBracket = m_wellbeing.bracketFor(*report.wellbeingMean);
    }
    const QList<bool> hiddenBrackets = suppressGroups(brackets, GroupKind::Counts, unbracketed);
    for (qsizetype i = 0; i < brackets.size(); ++i) {
        if (!hiddenBrackets.at(i)) {
            report.distribution[i].people = brackets.at(i).people;
        }
    }

    // Trends of those with more than one submission.
    const qint64 trendPeople = improving + stable + declining;
    if (trendPeople >= m_k) {
        report.trends.people = trendPeople;
        const QList<HrGroup> directions {{improving, 0}, {stable, 0}, {declining, 0}};
        const QList<bool> hiddenDirections = suppressGroups(directions, GroupKind::Counts);
        std::optional<qint64>* const cells[]
            = {&report.trends.improving, &report.trends.stable, &report.trends.declining};
        for (qsizetype i = 0; i < directions.size(); ++i) {
            if (!hiddenDirections.at(i)) {
                *cells[i] = directions.at(i).people;
            }
        }
    }

    // Months: their own size and mean first; how they combine with the organisation and the teams is rule 9, below.
    for (HrMonth& month : report.monthly) {
        const auto found = months.constFind(month.month);
        if (found == months.constEnd()) {
            continue;
        }
        month.mean = shownMean(m_wellbeing, HrGroup {found->people, found->sumOfPersonMeans});
        if (month.mean) {
            month.people = found->people;
        }
    }

    // Teams partition the participants together with those without a team, who are never shown on their own.
    QList<HrGroup> teamGroups;
    for (const HrTeam& team : std::as_const(report.teams)) {
        teamGroups.append(byTeam.value(team.name));
    }
    const QList<bool> hiddenTeams = suppressGroups(teamGroups, GroupKind::WellbeingMeans, byTeam.value(QString()));
    for (qsizetype i = 0; i < report.teams.size(); ++i) {
        if (hiddenTeams.at(i)) {
            continue;
        }
        HrTeam& team = report.teams[i];
        team.mean = shownMean(m_wellbeing, teamGroups.at(i));
        if (team.mean) {
            team.people = teamGroups.at(i).people;
            team.bracket = m_wellbeing.bracketFor(*team.mean);
        }
    }

    applyOverlapRule(report, months, byTeamAndLatestMonth);
    fillAlliance(report, raw.alliance);
    return report;
}

void HrAnalytics::applyOverlapRule(HrReport& report,
                                   const QMap<QDate, HrMonthFigures>& months,
                                   const QMap<QString, QMap<QDate, qint64>>& byTeamAndLatestMonth) const
{
    // Rule 9: no combination of a month with the organisation and the teams may touch 1 to k−1 people.
    QList<HrOverlapRule::Team> teams;
    for (const HrTeam& team : std::as_const(report.teams)) {
        teams.append(HrOverlapRule::Team {team.mean.has_value(), byTeamAndLatestMonth.value(team.name)});
    }
    if (byTeamAndLatestMonth.contains(QString())) {
        teams.append(HrOverlapRule::Team {false, byTeamAndLatestMonth.value(QString())}); // never shown alone
    }
    QList<HrOverlapRule::Month> candidates;
    for (const HrMonth& month : std::as_const(report.monthly)) {
        const auto found = months.constFind(month.month);
        candidates.append(
            HrOverlapRule::Month {month.month, found == months.constEnd() ? 0 : found->people, month.mean.has_value()});
    }
    const HrOverlapRule::Decision decision
        = HrOverlapRule(m_k).decide(report.wellbeingMean.has_value(), std::move(teams), std::move(candidates));
    for (HrMonth& month : report.monthly) {
        if (decision.months.contains(month.month)) {
            month.mean.reset();
            month.people.reset();
        }
    }
    for (const qsizetype index : decision.teams) {
        if (index >= 0 && index < report.teams.size()) {
            HrTeam& team = report.teams[index];
            team.mean.reset();
            team.people.reset();
            team.bracket.reset();
        }
    }
}

void HrAnalytics::fillAlliance(HrReport& report, const HrAllianceFigures& raw) const
{
    if (!m_alliance || raw.clients < m_k || raw.connections <= 0) {
        return;
    }
    const InstrumentDefinition& definition = *m_alliance;
    report.alliance.clients = raw.clients;
    report.alliance.mean = shownMean(definition, HrGroup {raw.connections, raw.scoreSum});
    if (!report.alliance.mean) {
        return;
    }

    // Dimension means from the answers of the same latest surveys, each distinct answer set scored once.
    QMap<QString, double> sums;
    qint64 scored = 0;
    qint64 unscorable = 0;
    for (const HrAnswerPattern& pattern : raw.patterns) {
        auto score = scoreAnswers(definition, answersFromText(pattern.answers));
        if (!score) {
            unscorable += pattern.connections;
            continue;
        }
        scored += pattern.connections;
        for (auto it = score->dimensions.cbegin(); it != score->dimensions.cend(); ++it) {
            sums[it.key()] += it.value() * static_cast<double>(pattern.connections);
        }
    }
    // Surveys that cannot be scored any more (an older version of the instrument) may each belong to a different
    // client: count the clients behind the rest conservatively.
    if (scored <= 0 || raw.clients - unscorable < m_k) {
        return;
    }
    QList<double> means;
    for (const HrDimensionMean& dimension : std::as_const(report.alliance.dimensions)) {
        const double mean = sums.value(dimension.dimension.id) / static_cast<double>(scored);
        if (isRevealingMean(definition, mean)) {
            return; // one hidden dimension could be worked out from the mean and the others: hide them all
        }
        means.append(roundScore(mean, definition.decimals + 1));
    }
    for (qsizetype i = 0; i < means.size(); ++i) {
        report.alliance.dimensions[i].mean = means.at(i);
    }
}

} // namespace rapport
