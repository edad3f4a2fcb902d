#include "HrParameters.h"

#include "HrAnalytics.h"

#include <QJsonArray>

#include <algorithm>
#include <limits>

namespace rapport {

HrInstrumentParameters HrInstrumentParameters::of(const InstrumentDefinition& definition)
{
    HrInstrumentParameters parameters;
    parameters.instrumentId = definition.id;
    parameters.scoreMin = definition.scoreMin;
    parameters.scoreMax = definition.scoreMax;
    parameters.decimals = definition.decimals;
    for (const Bracket& bracket : definition.brackets) {
        parameters.bracketMins.append(bracket.min);
    }
    std::sort(parameters.bracketMins.begin(), parameters.bracketMins.end());
    // computeTrend()'s comparison: a hair of tolerance so that an exact ±meaningfulChange is not lost to rounding in
    // the fit; without a positive threshold any change counts (the smallest positive double stands for "> 0").
    const double meaningfulChange = definition.meaningfulChange;
    parameters.improvingFrom = std::numeric_limits<double>::denorm_min();
    parameters.decliningFrom = -std::numeric_limits<double>::denorm_min();
    if (meaningfulChange > 0) {
        const double tolerance = 1e-9 * std::max(1.0, meaningfulChange);
        parameters.improvingFrom = meaningfulChange - tolerance;
        parameters.decliningFrom = -meaningfulChange + tolerance;
    }
    parameters.scaleMin = definition.scale.min;
    parameters.scaleMax = definition.scale.max;
    for (const InstrumentItem& item : definition.items) {
        parameters.reversedItems.append(item.reverse);
    }
    parameters.rule = definition.rule;
    parameters.multiplier = definition.multiplier;
    for (const Dimension& dimension : definition.dimensions) {
        DimensionItems entry {dimension.id, {}};
        for (qsizetype i = 0; i < definition.items.size(); ++i) {
            if (definition.items.at(i).dimension == dimension.id) {
                entry.items.append(static_cast<int>(i));
            }
        }
        parameters.dimensions.append(entry);
    }
    return parameters;
}

QJsonObject HrInstrumentParameters::toJson() const
{
    QJsonArray brackets;
    for (const double min : bracketMins) {
        brackets.append(min);
    }
    QJsonArray reversed;
    for (const bool reverse : reversedItems) {
        reversed.append(reverse);
    }
    QJsonArray dimensionItems;
    for (const DimensionItems& dimension : dimensions) {
        QJsonArray items;
        for (const int item : dimension.items) {
            items.append(item);
        }
        dimensionItems.append(QJsonObject {{QStringLiteral("id"), dimension.id}, {QStringLiteral("items"), items}});
    }
    return QJsonObject {
        {QStringLiteral("instrument"), instrumentId},
        {QStringLiteral("scoreMin"), scoreMin},
        {QStringLiteral("scoreMax"), scoreMax},
        {QStringLiteral("decimals"), decimals},
        {QStringLiteral("bracketMins"), brackets},
        {QStringLiteral("improvingFrom"), improvingFrom},
        {QStringLiteral("decliningFrom"), decliningFrom},
        {QStringLiteral("scaleMin"), scaleMin},
        {QStringLiteral("scaleMax"), scaleMax},
        {QStringLiteral("reversedItems"), reversed},
        {QStringLiteral("rule"), scoringRuleName(rule)},
        {QStringLiteral("multiplier"), multiplier},
        {QStringLiteral("dimensions"), dimensionItems},
    };
}

QJsonObject hrRuleParameters()
{
    return QJsonObject {
        {QStringLiteral("minimumGroupSize"), HrAnalytics::MinimumGroupSize},
        {QStringLiteral("recentDays"), HrAnalytics::RecentDays},
        {QStringLiteral("lowParticipationRate"), HrAnalytics::LowParticipationRate},
    };
}

} // namespace rapport
