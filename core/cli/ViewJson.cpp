#include "ViewJson.h"

#include <QJsonArray>

namespace rapport::cli {

QString isoTime(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject personToJson(const Person& person)
{
    return QJsonObject {{QStringLiteral("id"), person.id.toString(QUuid::WithoutBraces)},
                        {QStringLiteral("name"), person.name}};
}

QJsonObject seriesToJson(const ScoreSeries& series, bool withBracket)
{
    QJsonArray history;
    for (const SeriesPoint& point : series.points) {
        QJsonObject entry {{QStringLiteral("at"), isoTime(point.at)}, {QStringLiteral("score"), point.score}};
        if (!point.dimensions.isEmpty()) {
            QJsonObject dimensions;
            for (auto it = point.dimensions.cbegin(); it != point.dimensions.cend(); ++it) {
                dimensions.insert(it.key(), it.value());
            }
            entry.insert(QStringLiteral("dimensions"), dimensions);
        }
        history.append(entry);
    }
    QJsonObject json {
        {QStringLiteral("latest"), series.latest ? QJsonValue(*series.latest) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("latestAt"),
         series.latestAt.isValid() ? QJsonValue(isoTime(series.latestAt)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("trend"), trendDirectionName(series.trend.direction)},
        {QStringLiteral("change"),
         series.trend.change ? QJsonValue(*series.trend.change) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("history"), history},
    };
    if (withBracket) {
        json.insert(QStringLiteral("bracket"),
                    series.bracket ? QJsonValue(series.bracket->id) : QJsonValue(QJsonValue::Null));
    }
    return json;
}

QJsonObject shareRequestToJson(const ShareRequest& request)
{
    return QJsonObject {
        {QStringLiteral("id"), request.id.toString(QUuid::WithoutBraces)},
        {QStringLiteral("professional"), request.professionalId.toString(QUuid::WithoutBraces)},
        {QStringLiteral("client"), request.clientId.toString(QUuid::WithoutBraces)},
        {QStringLiteral("metric"), metricName(request.metric)},
        {QStringLiteral("status"), shareRequestStatusName(request.status)},
        {QStringLiteral("requestedAt"), isoTime(request.requestedAt)},
        {QStringLiteral("answeredAt"),
         request.answeredAt.isValid() ? QJsonValue(isoTime(request.answeredAt)) : QJsonValue(QJsonValue::Null)},
    };
}

namespace {

QJsonObject sharingToJson(const SharingState& sharing)
{
    return QJsonObject {{QStringLiteral("alliance"), sharing.alliance},
                        {QStringLiteral("wellbeing"), sharing.wellbeing}};
}

} // namespace

QJsonObject clientOverviewToJson(const ClientOverview& overview)
{
    QJsonArray alliance;
    for (const AllianceSeries& connection : overview.alliance) {
        QJsonObject entry = seriesToJson(connection.series, false);
        entry.insert(QStringLiteral("professional"), personToJson(connection.professional));
        alliance.append(entry);
    }
    QJsonArray requests;
    for (const ShareRequest& request : overview.pendingRequests) {
        requests.append(shareRequestToJson(request));
    }
    QJsonArray pendingConnections;
    for (const Person& professional : overview.pendingConnections) {
        pendingConnections.append(personToJson(professional));
    }
    return QJsonObject {
        {QStringLiteral("person"), personToJson(overview.person)},
        {QStringLiteral("wellbeing"), seriesToJson(overview.wellbeing, true)},
        {QStringLiteral("alliance"), alliance},
        {QStringLiteral("sharing"), sharingToJson(overview.sharing)},
        {QStringLiteral("requests"), requests},
        {QStringLiteral("pendingConnections"), pendingConnections},
    };
}

QJsonObject professionalOverviewToJson(const ProfessionalOverview& overview)
{
    QJsonArray clients;
    for (const ProfessionalClientEntry& entry : overview.clients) {
        QJsonObject client = personToJson(entry.client);
        client.insert(QStringLiteral("sharing"), sharingToJson(entry.sharing));
        if (entry.alliance) {
            client.insert(QStringLiteral("alliance"), seriesToJson(*entry.alliance, false));
        }
        if (entry.wellbeing) {
            client.insert(QStringLiteral("wellbeing"), seriesToJson(*entry.wellbeing, true));
        }
        QJsonArray requests;
        for (const ShareRequest& request : entry.pendingRequests) {
            requests.append(shareRequestToJson(request));
        }
        client.insert(QStringLiteral("pendingRequests"), requests);
        client.insert(QStringLiteral("lastUpdated"),
                      entry.lastUpdated.isValid() ? QJsonValue(isoTime(entry.lastUpdated))
                                                  : QJsonValue(QJsonValue::Null));
        clients.append(client);
    }
    return QJsonObject {{QStringLiteral("professional"), personToJson(overview.professional)},
                        {QStringLiteral("clients"), clients}};
}

} // namespace rapport::cli
