#include "InstrumentDefinition.h"

#include <cmath>

namespace rapport {

QString scoringRuleName(ScoringRule rule)
{
    switch (rule) {
    case ScoringRule::Sum:
        return QStringLiteral("sum");
    case ScoringRule::Mean:
        return QStringLiteral("mean");
    }
    return QStringLiteral("sum");
}

LocalizedText ResponseScale::labelFor(int value) const
{
    return labels.value(value);
}

std::optional<Bracket> InstrumentDefinition::bracketFor(double score) const
{
    std::optional<Bracket> found;
    if (std::isnan(score)) {
        return found;
    }
    for (const Bracket& bracket : brackets) {
        if (bracket.min <= score) {
            found = bracket;
        }
    }
    return found;
}

const Dimension* InstrumentDefinition::dimension(const QString& dimensionId) const
{
    for (const Dimension& candidate : dimensions) {
        if (candidate.id == dimensionId) {
            return &candidate;
        }
    }
    return nullptr;
}

double InstrumentDefinition::scoreStep() const
{
    return std::pow(10.0, -decimals);
}

} // namespace rapport
