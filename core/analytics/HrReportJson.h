#pragma once

#include "analytics/HrReport.h"
#include "common/Error.h"

#include <QJsonObject>

namespace rapport {

class InstrumentRegistry;

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

/**
 * The report again from hrReportToJson()'s JSON (rapport-cli hands it to `rapport --render-hr-report`, which draws
 * the PDF). Brackets and dimensions are looked up in `registry`'s Wellbeing Index and Professional Alliance, by the
 * names the writer gave them; what the JSON does not hold (a missing or mistyped figure, an unknown bracket) stays
 * empty, that is suppressed: a reader error never shows a number that was not there. hrReportToJson() of the result
 * is the JSON read (except `suppressedText`, which is rebuilt in the current language).
 */
[[nodiscard]] HrReport hrReportFromJson(const QJsonObject& json, const InstrumentRegistry& registry);

/** hrReportFromJson() of the file at `path`; Io when it cannot be read, CorruptFile when it is not a JSON object. */
[[nodiscard]] Result<HrReport> readHrReportJson(const QString& path, const InstrumentRegistry& registry);

} // namespace rapport
