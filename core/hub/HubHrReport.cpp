#include "HubHrReport.h"

#include "analytics/HrAnalytics.h"
#include "common/CoreTr.h"
#include "hub/HubConnection.h"
#include "instruments/InstrumentIds.h"
#include "instruments/InstrumentRegistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QTimeZone>

#include <algorithm>

namespace rapport::hub::HubHrReport {
namespace {

/** No month series is longer than this (a century), as in HrAnalytics. */
constexpr int MaxMonths = 1200;

std::optional<qint64> count(const QJsonValue& value)
{
    return value.isDouble() ? std::optional<qint64>(value.toInteger()) : std::nullopt;
}

std::optional<double> number(const QJsonValue& value)
{
    return value.isDouble() ? std::optional<double>(value.toDouble()) : std::nullopt;
}

QDate monthFrom(const QJsonValue& value)
{
    return QDate::fromString(value.toString() + QStringLiteral("-01"), Qt::ISODate);
}

Error mismatch()
{
    return Error {ErrorCode::InvalidDefinition,
                  CoreTr::tr("The hub computes the HR figures for Rapport's built-in Wellbeing Index and Professional "
                             "Alliance; this organisation's instrument definitions differ from them.")};
}

} // namespace

Result<HrReport> fromJson(const QJsonObject& figures, const InstrumentRegistry& registry)
{
    auto wellbeingDefinition = registry.get(InstrumentIds::Wellbeing);
    if (!wellbeingDefinition) {
        return tl::unexpected(wellbeingDefinition.error());
    }
    const InstrumentDefinition& wellbeing = *wellbeingDefinition;
    const InstrumentDefinition* alliance = registry.find(InstrumentIds::Alliance);
    // The hub's functions hard-code the built-in scales: refuse to label its figures with other definitions.
    if (wellbeing.brackets.size() != 3 || wellbeing.scoreMin != 0 || wellbeing.scoreMax != 100
        || (alliance != nullptr && alliance->dimensions.size() != 3)) {
        return tl::unexpected(mismatch());
    }

    HrReport report;
    report.minimumGroupSize = std::max(figures.value(QStringLiteral("k")).toInt(), HrAnalytics::MinimumGroupSize);
    report.asOf = QDateTime::fromMSecsSinceEpoch(figures.value(QStringLiteral("asOf")).toInteger(), QTimeZone::utc());
    report.recentDays = HrAnalytics::RecentDays;
    report.suppressed = figures.value(QStringLiteral("suppressed")).toBool(true);
    report.lowParticipation = report.suppressed || figures.value(QStringLiteral("lowParticipation")).toBool(true);

    // The shape first, exactly as HrAnalytics::report(): brackets, dimensions, teams, months.
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
    QMap<QDate, HrMonth> shownMonths;
    for (const QJsonValue& value : figures.value(QStringLiteral("months")).toArray()) {
        const QJsonObject month = value.toObject();
        const QDate first = monthFrom(month.value(QStringLiteral("month")));
        if (first.isValid()) {
            shownMonths.insert(
                first,
                HrMonth {first, count(month.value(QStringLiteral("n"))), number(month.value(QStringLiteral("mean")))});
        }
    }
    const QDate firstMonth = monthFrom(figures.value(QStringLiteral("firstMonth")));
    const QDate lastMonth = monthFrom(figures.value(QStringLiteral("lastMonth")));
    if (firstMonth.isValid() && lastMonth.isValid()) {
        const QDate asOfDay = report.asOf.toUTC().date();
        const QDate last = std::max(lastMonth, QDate(asOfDay.year(), asOfDay.month(), 1));
        QDate month = firstMonth;
        for (int i = 0; i < MaxMonths && month <= last; ++i, month = month.addMonths(1)) {
            report.monthly.append(report.suppressed
                                      ? HrMonth {month, std::nullopt, std::nullopt}
                                      : shownMonths.value(month, HrMonth {month, std::nullopt, std::nullopt}));
        }
    }
    if (report.suppressed) {
        return report;
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
    return report;
}

Result<HrReport> load(HubConnection& connection, const InstrumentRegistry& registry)
{
    auto query = connection.exec(QStringLiteral("SELECT rapport.hr_report()::text"));
    if (!query) {
        Error error = query.error();
        if (error.code == ErrorCode::PermissionDenied) {
            error.message = CoreTr::tr("Only HR logins see the hub's HR figures: %1").arg(error.message);
        }
        return tl::unexpected(error);
    }
    if (!query->next()) {
        return fail(ErrorCode::Internal, CoreTr::tr("The hub returned no HR figures."));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(query->value(0).toString().toUtf8(), &parseError);
    if (!document.isObject()) {
        return fail(ErrorCode::Internal,
                    CoreTr::tr("The hub's HR figures are not readable: %1").arg(parseError.errorString()));
    }
    return fromJson(document.object(), registry);
}

} // namespace rapport::hub::HubHrReport
