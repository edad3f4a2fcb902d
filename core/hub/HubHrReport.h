#pragma once

#include "analytics/HrReport.h"
#include "common/Error.h"

#include <QJsonObject>

namespace rapport {
class InstrumentRegistry;
}

namespace rapport::hub {

class HubConnection;

/**
 * The HR report from the hub: rapport.hr_report() applies the anonymity rules inside PostgreSQL (SECURITY DEFINER,
 * the only thing the hr role may run) and returns only the figures HR may see; this turns them into the same
 * HrReport the local HR view shows, so hrReportToJson() prints identical JSON.
 */
namespace HubHrReport {

/** Runs rapport.hr_report() (as an hr login, or the owner) and builds the report. */
[[nodiscard]] Result<HrReport> load(HubConnection& connection, const InstrumentRegistry& registry);

/** Builds the report from the function's JSON; InvalidDefinition when the instruments do not match the hub's. */
[[nodiscard]] Result<HrReport> fromJson(const QJsonObject& figures, const InstrumentRegistry& registry);

} // namespace HubHrReport
} // namespace rapport::hub
