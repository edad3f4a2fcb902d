#include "HrPublication.h"

#include "HrAnalytics.h"
#include "instruments/InstrumentIds.h"
#include "instruments/InstrumentRegistry.h"
#include "store/HrAggregatesRepository.h"
#include "store/HrSnapshotRepository.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

#include <algorithm>

namespace rapport::HrPublication {
namespace {

/** No series is longer than this (a century), whatever the snapshots say. */
constexpr int MaxMonths = 1200;

QDateTime startOf(QDate month)
{
    return QDateTime(month, QTime(0, 0), QTimeZone::utc());
}

template <typename T>
QJsonValue figure(const std::optional<T>& value)
{
    return value ? QJsonValue(static_cast<double>(*value)) : QJsonValue(QJsonValue::Null);
}

std::optional<qint64> count(const QJsonValue& value)
{
    return value.isDouble() ? std::optional<qint64>(value.toInteger()) : std::nullopt;
}

std::optional<double> number(const QJsonValue& value)
{
    return value.isDouble() ? std::optional<double>(value.toDouble()) : std::nullopt;
}

/** Reads one snapshot's figures into `report` (all but the series), as periodToJson() wrote them. */
void readPeriod(const QJsonObject& figures,
                const InstrumentDefinition& wellbeing,
                const InstrumentDefinition* alliance,
                HrReport& report)
{
    report.minimumGroupSize = std::max(figures.value(QStringLiteral("k")).toInt(), HrAnalytics::MinimumGroupSize);
    report.suppressed = figures.value(QStringLiteral("suppressed")).toBool(true);
    report.lowParticipation = report.suppressed || figures.value(QStringLiteral("lowParticipation")).toBool(true);

    // The shape first, exactly as HrAnalytics::report(): brackets, dimensions, teams.
    const QJsonArray distribution = figures.value(QStringLiteral("distribution")).toArray();
    for (qsizetype i = 0; i < wellbeing.brackets.size(); ++i) {
        report.distribution.append(
            HrBracketCount {wellbeing.brackets.at(i), report.suppressed ? std::nullopt : count(distribution.at(i))});
    }
    const QJsonObject allianceFigures = figures.value(QStringLiteral("alliance")).toObject();
    const QJsonObject dimensions = allianceFigures.value(QStringLiteral("dimensions")).toObject();
    if (alliance != nullptr) {
        for (const Dimension& dimension : alliance->dimensions) {
            report.alliance.dimensions.append(HrDimensionMean {dimension, number(dimensions.value(dimension.id))});
        }
        report.alliance.clients = count(allianceFigures.value(QStringLiteral("n")));
        report.alliance.mean = number(allianceFigures.value(QStringLiteral("mean")));
    }
    if (report.suppressed) {
        return; // the organisation gate: not even its teams
    }
    for (const QJsonValue& value : figures.value(QStringLiteral("teams")).toArray()) {
        const QJsonObject team = value.toObject();
        HrTeam row {team.value(QStringLiteral("team")).toString(), std::nullopt, std::nullopt, std::nullopt};
        row.mean = number(team.value(QStringLiteral("mean")));
        if (row.mean) {
            row.people = count(team.value(QStringLiteral("n")));
            row.bracket = wellbeing.bracketFor(*row.mean);
        }
        report.teams.append(row);
    }
    report.employees = count(figures.value(QStringLiteral("employees")));
    report.participants = count(figures.value(QStringLiteral("participants")));
    report.participationRate = number(figures.value(QStringLiteral("participationRate")));
    report.recentParticipants = count(figures.value(QStringLiteral("recentParticipants")));
    report.wellbeingMean = number(figures.value(QStringLiteral("wellbeingMean")));
    if (report.wellbeingMean) {
        report.wellbeingBracket = wellbeing.bracketFor(*report.wellbeingMean);
    }
    const QJsonObject trends = figures.value(QStringLiteral("trends")).toObject();
    report.trends.people = count(trends.value(QStringLiteral("n")));
    report.trends.improving = count(trends.value(QStringLiteral("improving")));
    report.trends.stable = count(trends.value(QStringLiteral("stable")));
    report.trends.declining = count(trends.value(QStringLiteral("declining")));
}

/** The month's entry of the series, as its own snapshot published it. */
HrMonth monthEntry(const HrSnapshot& snapshot)
{
    const QJsonObject figures = QJsonDocument::fromJson(snapshot.figures).object();
    const QJsonObject month = figures.value(QStringLiteral("month")).toObject();
    HrMonth entry {snapshot.month, std::nullopt, std::nullopt};
    if (!figures.value(QStringLiteral("suppressed")).toBool(true)) {
        entry.mean = number(month.value(QStringLiteral("mean")));
        if (entry.mean) {
            entry.people = count(month.value(QStringLiteral("n")));
        }
    }
    return entry;
}

} // namespace

QDate monthOf(const QDateTime& time)
{
    const QDate day = time.toUTC().date();
    return QDate(day.year(), day.month(), 1);
}

Result<HrReport> periodReport(Store& store,
                              const InstrumentDefinition& wellbeing,
                              const std::optional<InstrumentDefinition>& alliance,
                              int k,
                              QDate month)
{
    const QDateTime from = startOf(month);
    const QDateTime to = startOf(month.addMonths(1));
    HrAggregatesRepository repository(store);
    HrRawFigures raw;
    auto employees = repository.employeesByTeam();
    if (!employees) {
        return tl::unexpected(employees.error());
    }
    raw.employees = std::move(*employees);
    auto participants = repository.periodGroups(HrInstrumentParameters::of(wellbeing), from, to);
    if (!participants) {
        return tl::unexpected(participants.error());
    }
    raw.participants = std::move(*participants);
    HrMonthFigures figures {month, 0, 0.0};
    for (const HrPersonGroup& group : std::as_const(raw.participants)) {
        figures.people += group.people;
        figures.sumOfPersonMeans += group.latestSum;
    }
    if (figures.people > 0) {
        raw.monthly.append(figures);
    }
    auto recent = repository.participantsBetween(wellbeing.id, to.addDays(-HrAnalytics::RecentDays), to);
    if (!recent) {
        return tl::unexpected(recent.error());
    }
    raw.recentParticipants = *recent;
    if (alliance) {
        auto surveys = repository.periodAlliance(alliance->id, from, to);
        if (!surveys) {
            return tl::unexpected(surveys.error());
        }
        raw.alliance = std::move(*surveys);
    }
    // As of the period's last instant: its month is the last of the series and the recent window ends with it.
    HrReport report = HrAnalytics(wellbeing, alliance, k).report(raw, to.addMSecs(-1));
    report.period = month;
    report.asOf = to;
    return report;
}

QByteArray periodToJson(const HrReport& period)
{
    QJsonArray distribution;
    for (const HrBracketCount& bracket : period.distribution) {
        distribution.append(figure(bracket.people));
    }
    QJsonObject dimensions;
    for (const HrDimensionMean& dimension : period.alliance.dimensions) {
        if (dimension.mean) {
            dimensions.insert(dimension.dimension.id, *dimension.mean);
        }
    }
    QJsonArray teams;
    for (const HrTeam& team : period.teams) {
        teams.append(QJsonObject {{QStringLiteral("team"), team.name},
                                  {QStringLiteral("n"), team.mean ? figure(team.people) : QJsonValue()},
                                  {QStringLiteral("mean"), figure(team.mean)}});
    }
    QJsonValue month;
    const auto own = std::find_if(period.monthly.cbegin(), period.monthly.cend(), [&](const HrMonth& entry) {
        return entry.month == period.period;
    });
    if (own != period.monthly.cend() && own->mean) {
        month = QJsonObject {{QStringLiteral("n"), figure(own->people)}, {QStringLiteral("mean"), *own->mean}};
    }
    const QJsonObject figures {
        {QStringLiteral("k"), period.minimumGroupSize},
        {QStringLiteral("suppressed"), period.suppressed},
        {QStringLiteral("employees"), figure(period.employees)},
        {QStringLiteral("participants"), figure(period.participants)},
        {QStringLiteral("participationRate"), figure(period.participationRate)},
        {QStringLiteral("lowParticipation"), period.lowParticipation},
        {QStringLiteral("recentParticipants"), figure(period.recentParticipants)},
        {QStringLiteral("wellbeingMean"), figure(period.wellbeingMean)},
        {QStringLiteral("distribution"), distribution},
        {QStringLiteral("trends"),
         QJsonObject {{QStringLiteral("n"), figure(period.trends.people)},
                      {QStringLiteral("improving"), figure(period.trends.improving)},
                      {QStringLiteral("stable"), figure(period.trends.stable)},
                      {QStringLiteral("declining"), figure(period.trends.declining)}}},
        {QStringLiteral("teams"), period.suppressed ? QJsonArray() : teams},
        {QStringLiteral("alliance"),
         QJsonObject {{QStringLiteral("n"), figure(period.alliance.clients)},
                      {QStringLiteral("mean"), figure(period.alliance.mean)},
                      {QStringLiteral("dimensions"), dimensions.isEmpty() ? QJsonValue() : QJsonValue(dimensions)}}},
        {QStringLiteral("month"), month},
    };
    return QJsonDocument(figures).toJson(QJsonDocument::Compact);
}

HrReport assemble(const QList<HrSnapshot>& snapshots,
                  const QDateTime& now,
                  int k,
                  const InstrumentDefinition& wellbeing,
                  const InstrumentDefinition* alliance)
{
    HrReport report;
    report.minimumGroupSize = std::max(k, HrAnalytics::MinimumGroupSize);
    report.recentDays = HrAnalytics::RecentDays;
    report.nextPublication = monthOf(now).addMonths(1);
    if (snapshots.isEmpty()) {
        // Nothing closed yet: the shape of an empty report, and when the first figures are due.
        for (const Bracket& bracket : wellbeing.brackets) {
            report.distribution.append(HrBracketCount {bracket, std::nullopt});
        }
        if (alliance != nullptr) {
            for (const Dimension& dimension : alliance->dimensions) {
                report.alliance.dimensions.append(HrDimensionMean {dimension, std::nullopt});
            }
        }
        report.asOf = startOf(monthOf(now));
        return report;
    }
    const HrSnapshot& latest = snapshots.constLast();
    readPeriod(QJsonDocument::fromJson(latest.figures).object(), wellbeing, alliance, report);
    report.period = latest.month;
    report.publishedAt = latest.publishedAt;
    report.asOf = startOf(latest.month.addMonths(1));
    if (report.suppressed) {
        return report; // below the gate: no months either, not even since when the organisation answers
    }
    QMap<QDate, const HrSnapshot*> byMonth;
    for (const HrSnapshot& snapshot : snapshots) {
        byMonth.insert(snapshot.month, &snapshot);
    }
    QDate month = snapshots.constFirst().month;
    for (int i = 0; i < MaxMonths && month <= latest.month; ++i, month = month.addMonths(1)) {
        const HrSnapshot* snapshot = byMonth.value(month);
        report.monthly.append(snapshot != nullptr ? monthEntry(*snapshot)
                                                  : HrMonth {month, std::nullopt, std::nullopt});
    }
    return report;
}

Result<HrReport> publish(Store& store, const InstrumentRegistry& registry)
{
    auto wellbeing = registry.get(InstrumentIds::Wellbeing);
    if (!wellbeing) {
        return tl::unexpected(wellbeing.error());
    }
    std::optional<InstrumentDefinition> alliance;
    if (const InstrumentDefinition* found = registry.find(InstrumentIds::Alliance)) {
        alliance = *found;
    }
    auto k = HrAnalytics::minimumGroupSize(store);
    if (!k) {
        return tl::unexpected(k.error());
    }
    const QDateTime now = store.clock().now();
    const QDate lastClosed = monthOf(now).addMonths(-1);
    HrSnapshotRepository repository(store);
    auto snapshots = repository.all();
    if (!snapshots) {
        return tl::unexpected(snapshots.error());
    }
    // Only forward from the last published month: a month is published once, and never one before the first.
    QDate next;
    if (!snapshots->isEmpty()) {
        next = snapshots->constLast().month.addMonths(1);
    } else {
        auto first = HrAggregatesRepository(store).firstMonth(wellbeing->id);
        if (!first) {
            return tl::unexpected(first.error());
        }
        next = *first;
    }
    if (next.isValid() && next <= lastClosed) {
        QList<HrSnapshot> published;
        auto written = store.transaction([&]() -> Result<void> {
            for (QDate month = next; month <= lastClosed && published.size() < MaxMonths; month = month.addMonths(1)) {
                auto period = periodReport(store, *wellbeing, alliance, *k, month);
                if (!period) {
                    return tl::unexpected(period.error());
                }
                HrSnapshot snapshot {month, now, periodToJson(*period)};
                RAPPORT_TRY(repository.publish(snapshot));
                published.append(std::move(snapshot));
            }
            return {};
        });
        if (!written) {
            return tl::unexpected(written.error());
        }
        snapshots->append(published);
    }
    return assemble(*snapshots, now, *k, *wellbeing, alliance ? &*alliance : nullptr);
}

} // namespace rapport::HrPublication
