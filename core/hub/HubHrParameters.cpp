#include "HubHrParameters.h"

#include "hub/HubConnection.h"
#include "instruments/InstrumentIds.h"
#include "instruments/InstrumentRegistry.h"

#include <QJsonDocument>

namespace rapport::hub::HubHrParameters {
namespace {

Result<void> upsert(HubConnection& connection, const QString& purpose, const QJsonObject& parameters)
{
    auto written
        = connection.exec(QStringLiteral("INSERT INTO rapport.hr_parameters (purpose, parameters) VALUES (?, ?::jsonb) "
                                         "ON CONFLICT (purpose) DO UPDATE SET parameters = EXCLUDED.parameters"),
                          {purpose, QString::fromUtf8(QJsonDocument(parameters).toJson(QJsonDocument::Compact))});
    if (!written) {
        return tl::unexpected(written.error());
    }
    return {};
}

} // namespace

Result<void> write(HubConnection& connection,
                   const HrInstrumentParameters& wellbeing,
                   const std::optional<HrInstrumentParameters>& alliance)
{
    auto transaction = HubTransaction::begin(connection);
    if (!transaction) {
        return tl::unexpected(transaction.error());
    }
    RAPPORT_TRY(upsert(connection, QStringLiteral("rules"), hrRuleParameters()));
    RAPPORT_TRY(upsert(connection, QStringLiteral("wellbeing"), wellbeing.toJson()));
    if (alliance) {
        RAPPORT_TRY(upsert(connection, QStringLiteral("alliance"), alliance->toJson()));
    } else if (auto removed
               = connection.exec(QStringLiteral("DELETE FROM rapport.hr_parameters WHERE purpose = 'alliance'"));
               !removed) {
        return tl::unexpected(removed.error());
    }
    return transaction->commit();
}

Result<void> writeBuiltIn(HubConnection& connection)
{
    auto registry = InstrumentRegistry::builtIn();
    if (!registry) {
        return tl::unexpected(registry.error());
    }
    auto wellbeing = registry->get(InstrumentIds::Wellbeing);
    if (!wellbeing) {
        return tl::unexpected(wellbeing.error());
    }
    auto alliance = registry->get(InstrumentIds::Alliance);
    if (!alliance) {
        return tl::unexpected(alliance.error());
    }
    return write(connection, HrInstrumentParameters::of(*wellbeing), HrInstrumentParameters::of(*alliance));
}

} // namespace rapport::hub::HubHrParameters
