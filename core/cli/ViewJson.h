#pragma once

#include "sharing/Overviews.h"

#include <QJsonObject>

namespace rapport::cli {

/** The JSON shapes of `rapport-cli view ...`. A score that is not available yet is null. */
[[nodiscard]] QJsonObject personToJson(const Person& person);
[[nodiscard]] QJsonObject seriesToJson(const ScoreSeries& series, bool withBracket);
[[nodiscard]] QJsonObject shareRequestToJson(const ShareRequest& request);
[[nodiscard]] QJsonObject clientOverviewToJson(const ClientOverview& overview);
[[nodiscard]] QJsonObject professionalOverviewToJson(const ProfessionalOverview& overview);
/** ISO 8601 UTC with milliseconds, as every time in the JSON output. */
[[nodiscard]] QString isoTime(const QDateTime& time);

} // namespace rapport::cli
