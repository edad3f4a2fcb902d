#pragma once

#include "analytics/HrReport.h"

#include <QJsonObject>

namespace rapport {

/**
 * The HR report as JSON (`rapport-cli view hr --json`, exports):
 *
 *     {"minimumGroupSize", "suppressed", "asOf", "suppressedText",
 *      "employees", "participants", "participantsLast90Days", "participationRate", "lowParticipation",
 *      "wellbeing": {"mean", "bracket", "distribution": {"Poor", "Moderate", "Good"}},
 *      "trends": {"n", "improving", "stable", "declining"},
 *      "alliance": {"n", "mean", "dimensions": {"bond", "partnership", "confidence"}},
 *      "monthly": [{"month": "YYYY-MM", "mean", "n"} | {"month", "suppressed": true}],
 *      "teams": [{"team", "n", "mean", "bracket"} | {"team", "suppressed": true}]}
 *
 * A suppressed figure is null (never a number); a suppressed month or team has only its name and
 * `"suppressed": true`. Brackets are named by their English label, distribution keys likewise. The participation
 * rate is a fraction from 0 to 1.
 */
[[nodiscard]] QJsonObject hrReportToJson(const HrReport& report);

} // namespace rapport
