#include "Metric.h"

namespace rapport {

QString metricName(Metric metric)
{
    return metric == Metric::Alliance ? QStringLiteral("alliance") : QStringLiteral("wellbeing");
}

std::optional<Metric> metricFromName(const QString& name)
{
    if (name == QStringLiteral("alliance")) {
        return Metric::Alliance;
    }
    if (name == QStringLiteral("wellbeing")) {
        return Metric::Wellbeing;
    }
    return std::nullopt;
}

QString metricInstrumentId(Metric metric)
{
    return metric == Metric::Alliance ? QStringLiteral("professional-alliance") : QStringLiteral("wellbeing-index");
}

} // namespace rapport
