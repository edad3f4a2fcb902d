#include "HrReportJson.h"

#include "analytics/HrAnalytics.h"
#include "common/CoreTr.h"
#include "instruments/InstrumentIds.h"
#include "instruments/InstrumentRegistry.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace rapport {
namespace {

template <typename T>
QJsonValue figure(const std::optional<T>& value)
{
    return value ? QJsonValue(static_cast<double>(*value)) : QJsonValue(QJsonValue::Null);
}

QString bracketName(const Bracket& bracket)
{
    const QString label = bracket.label.text();
    return label.isEmpty() ? bracket.id : label;
}

QJsonValue bracketValue(const std::optional<Bracket>& bracket)
{
    return bracket ? QJsonValue(bracketName(*bracket)) : QJsonValue(QJsonValue::Null);
}

std::optional<double> readDouble(const QJsonValue& value)
{
    if (!value.isDouble() || !std::isfinite(value.toDouble())) {
        return std::nullopt;
    }
    return value.toDouble();
}

std::optional<qint64> readCount(const QJsonValue& value)
{
    const auto number = readDouble(value);
    if (!number || *number < 0 || *number > 1e15) {
        return std::nullopt;
    }
    return static_cast<qint64>(std::llround(*number));
}

std::optional<Bracket> readBracket(const QJsonValue& value, const InstrumentDefinition* instrument)
{
    if (instrument == nullptr || !value.isString()) {
        return std::nullopt;
    }
    for (const Bracket& bracket : instrument->brackets) {
        if (bracketName(bracket) == value.toString()) {
            return bracket;
        }
    }
    return std::nullopt;
}

} // namespace

QJsonObject hrReportToJson(const HrReport& report)
{
    QJsonObject distribution;
    for (const HrBracketCount& count : report.distribution) {
        distribution.insert(bracketName(count.bracket), figure(count.people));
    }
    const QJsonObject wellbeing {{QStringLiteral("mean"), figure(report.wellbeingMean)},
                                 {QStringLiteral("bracket"), bracketValue(report.wellbeingBracket)},
                                 {QStringLiteral("distribution"), distribution}};
    const QJsonObject trends {{QStringLiteral("n"), figure(report.trends.people)},
                              {QStringLiteral("improving"), figure(report.trends.improving)},
                              {QStringLiteral("stable"), figure(report.trends.stable)},
                              {QStringLiteral("declining"), figure(report.trends.declining)}};
    QJsonObject dimensions;
    for (const HrDimensionMean& dimension : report.alliance.dimensions) {
        dimensions.insert(dimension.dimension.id, figure(dimension.mean));
    }
    const QJsonObject alliance {{QStringLiteral("n"), figure(report.alliance.clients)},
                                {QStringLiteral("mean"), figure(report.alliance.mean)},
                                {QStringLiteral("dimensions"), dimensions}};

    QJsonArray monthly;
    for (const HrMonth& month : report.monthly) {
        const QString name = month.month.toString(QStringLiteral("yyyy-MM"));
        if (month.isSuppressed()) {
            monthly.append(QJsonObject {{QStringLiteral("month"), name}, {QStringLiteral("suppressed"), true}});
        } else {
            monthly.append(QJsonObject {{QStringLiteral("month"), name},
                                        {QStringLiteral("mean"), figure(month.mean)},
                                        {QStringLiteral("n"), figure(month.people)}});
        }
    }
    QJsonArray teams;
    for (const HrTeam& team : report.teams) {
        if (team.isSuppressed()) {
            teams.append(QJsonObject {{QStringLiteral("team"), team.name}, {QStringLiteral("suppressed"), true}});
        } else {
            teams.append(QJsonObject {{QStringLiteral("team"), team.name},
                                      {QStringLiteral("n"), figure(team.people)},
                                      {QStringLiteral("mean"), figure(team.mean)},
                                      {QStringLiteral("bracket"), bracketValue(team.bracket)}});
        }
    }

    return QJsonObject {
        {QStringLiteral("minimumGroupSize"), report.minimumGroupSize},
        {QStringLiteral("suppressed"), report.suppressed},
        {QStringLiteral("asOf"), report.asOf.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("suppressedText"), HrAnalytics::suppressedText(report.minimumGroupSize)},
        {QStringLiteral("employees"), figure(report.employees)},
        {QStringLiteral("participants"), figure(report.participants)},
        {QStringLiteral("participantsLast90Days"), figure(report.recentParticipants)},
        {QStringLiteral("participationRate"), figure(report.participationRate)},
        {QStringLiteral("lowParticipation"), report.lowParticipation},
        {QStringLiteral("wellbeing"), wellbeing},
        {QStringLiteral("trends"), trends},
        {QStringLiteral("alliance"), alliance},
        {QStringLiteral("monthly"), monthly},
        {QStringLiteral("teams"), teams},
    };
}

HrReport hrReportFromJson(const QJsonObject& json, const InstrumentRegistry& registry)
{
    const InstrumentDefinition* wellbeingInstrument = registry.find(InstrumentIds::Wellbeing);
    const InstrumentDefinition* allianceInstrument = registry.find(InstrumentIds::Alliance);

    HrReport report;
    report.minimumGroupSize = json.value(QStringLiteral("minimumGroupSize")).toInt(report.minimumGroupSize);
    report.suppressed = json.value(QStringLiteral("suppressed")).toBool(true);
    report.asOf = QDateTime::fromString(json.value(QStringLiteral("asOf")).toString(), Qt::ISODate);
    report.employees = readCount(json.value(QStringLiteral("employees")));
    report.participants = readCount(json.value(QStringLiteral("participants")));
    report.recentParticipants = readCount(json.value(QStringLiteral("participantsLast90Days")));
    report.participationRate = readDouble(json.value(QStringLiteral("participationRate")));
    report.lowParticipation = json.value(QStringLiteral("lowParticipation")).toBool(true);

    const QJsonObject wellbeing = json.value(QStringLiteral("wellbeing")).toObject();
    report.wellbeingMean = readDouble(wellbeing.value(QStringLiteral("mean")));
    report.wellbeingBracket = readBracket(wellbeing.value(QStringLiteral("bracket")), wellbeingInstrument);
    // In the instrument's bracket order, which a JSON object (sorted by key) does not keep.
    const QJsonObject distribution = wellbeing.value(QStringLiteral("distribution")).toObject();
    if (wellbeingInstrument != nullptr) {
        for (const Bracket& bracket : wellbeingInstrument->brackets) {
            if (distribution.contains(bracketName(bracket))) {
                report.distribution.append({bracket, readCount(distribution.value(bracketName(bracket)))});
            }
        }
    }

    const QJsonObject trends = json.value(QStringLiteral("trends")).toObject();
    report.trends = {readCount(trends.value(QStringLiteral("n"))),
                     readCount(trends.value(QStringLiteral("improving"))),
                     readCount(trends.value(QStringLiteral("stable"))),
                     readCount(trends.value(QStringLiteral("declining")))};

    const QJsonObject alliance = json.value(QStringLiteral("alliance")).toObject();
    report.alliance.clients = readCount(alliance.value(QStringLiteral("n")));
    report.alliance.mean = readDouble(alliance.value(QStringLiteral("mean")));
    const QJsonObject dimensions = alliance.value(QStringLiteral("dimensions")).toObject();
    if (allianceInstrument != nullptr) {
        for (const Dimension& dimension : allianceInstrument->dimensions) {
            if (dimensions.contains(dimension.id)) {
                report.alliance.dimensions.append({dimension, readDouble(dimensions.value(dimension.id))});
            }
        }
    }

    for (const QJsonValue& value : json.value(QStringLiteral("monthly")).toArray()) {
        const QJsonObject entry = value.toObject();
        HrMonth month;
        month.month
            = QDate::fromString(entry.value(QStringLiteral("month")).toString() + QStringLiteral("-01"), Qt::ISODate);
        if (!month.month.isValid()) {
            continue;
        }
        if (!entry.value(QStringLiteral("suppressed")).toBool(false)) {
            month.mean = readDouble(entry.value(QStringLiteral("mean")));
            month.people = readCount(entry.value(QStringLiteral("n")));
        }
        report.monthly.append(month);
    }
    for (const QJsonValue& value : json.value(QStringLiteral("teams")).toArray()) {
        const QJsonObject entry = value.toObject();
        HrTeam team;
        team.name = entry.value(QStringLiteral("team")).toString();
        if (!entry.value(QStringLiteral("suppressed")).toBool(false)) {
            team.people = readCount(entry.value(QStringLiteral("n")));
            team.mean = readDouble(entry.value(QStringLiteral("mean")));
            team.bracket = readBracket(entry.value(QStringLiteral("bracket")), wellbeingInstrument);
        }
        report.teams.append(team);
    }
    return report;
}

Result<HrReport> readHrReportJson(const QString& path, const InstrumentRegistry& registry)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(ErrorCode::Io, CoreTr::tr("%1: cannot be read: %2").arg(path, file.errorString()));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return fail(ErrorCode::CorruptFile,
                    CoreTr::tr("%1: not valid JSON: %2 (at byte %3)")
                        .arg(path, parseError.errorString())
                        .arg(parseError.offset));
    }
    if (!document.isObject()) {
        return fail(ErrorCode::CorruptFile, CoreTr::tr("%1: the top level must be a JSON object").arg(path));
    }
    return hrReportFromJson(document.object(), registry);
}

} // namespace rapport
