#pragma once

#include <QString>

#include <optional>

namespace rapport {

/** A score a client may share with their professionals. Sharing is decided per metric, for all professionals. */
enum class Metric
{
    Alliance, ///< the Professional Alliance survey, per connection
    Wellbeing, ///< the Wellbeing Index
};

/** "alliance" or "wellbeing": the stored and CLI spelling. */
[[nodiscard]] QString metricName(Metric metric);
[[nodiscard]] std::optional<Metric> metricFromName(const QString& name);
/** The instrument whose submissions make up this metric. */
[[nodiscard]] QString metricInstrumentId(Metric metric);

} // namespace rapport
