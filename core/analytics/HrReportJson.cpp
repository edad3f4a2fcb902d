#include "HrReportJson.h"

#include "analytics/HrAnalytics.h"

#include <QJsonArray>

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

} // namespace rapport
