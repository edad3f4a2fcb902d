#include "HubHrReport.h"

#include "analytics/HrAnalytics.h"
#include "analytics/HrPublication.h"
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

    // rapport.hr_report() (hub schema 11) returns the published months; they are assembled exactly as the local
    // store's own (HrPublication), so both give the same report.
    QList<HrSnapshot> snapshots;
    for (const QJsonValue& value : figures.value(QStringLiteral("snapshots")).toArray()) {
        const QJsonObject snapshot = value.toObject();
        const QDate month = monthFrom(snapshot.value(QStringLiteral("month")));
        if (!month.isValid()) {
            continue;
        }
        snapshots.append(HrSnapshot {
            month,
            QDateTime::fromMSecsSinceEpoch(snapshot.value(QStringLiteral("publishedAt")).toInteger(), QTimeZone::utc()),
            QJsonDocument(snapshot.value(QStringLiteral("figures")).toObject()).toJson(QJsonDocument::Compact)});
    }
    const QDateTime now
        = QDateTime::fromMSecsSinceEpoch(figures.value(QStringLiteral("now")).toInteger(), QTimeZone::utc());
    return HrPublication::assemble(snapshots, now, figures.value(QStringLiteral("k")).toInt(), wellbeing, alliance);
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
