#pragma once

#include "instruments/InstrumentDefinition.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace rapport {

/**
 * The numbers the HR rules take from an instrument, derived once from its definition: what the local store's SQL
 * binds (HrAggregatesRepository) and what the hub keeps in rapport.hr_parameters for its PL/pgSQL (written by
 * `hub init`, core/hub/HubHrParameters). Neither engine has an instrument's number written into its SQL: a change
 * to a definition or a rule is made here, and the conformance suite (tests/core/hub/TestHrConformance.cpp) checks
 * that the C++ rules, the local store and the hub still publish identical figures.
 */
struct HrInstrumentParameters
{
    QString instrumentId;
    double scoreMin = 0;
    double scoreMax = 0;
    int decimals = 0;
    /** The brackets' minimums, lowest first: a score's bracket is the last whose minimum is at most the score. */
    QList<double> bracketMins;
    /** A trend's fitted change at or above this improves, at or below decliningFrom declines (computeTrend()). */
    double improvingFrom = 0;
    double decliningFrom = 0;
    /** For scoring stored answers (the alliance dimensions): the response scale, the items and the rule. */
    int scaleMin = 0;
    int scaleMax = 0;
    QList<bool> reversedItems; ///< one entry per item, in order
    ScoringRule rule = ScoringRule::Sum;
    double multiplier = 1;
    struct DimensionItems
    {
        QString id;
        QList<int> items; ///< zero-based item positions
    };
    QList<DimensionItems> dimensions;

    [[nodiscard]] static HrInstrumentParameters of(const InstrumentDefinition& definition);
    /** As rapport.hr_parameters holds it. */
    [[nodiscard]] QJsonObject toJson() const;
};

/** The rules' own numbers (HrAnalytics): the smallest k, the recent-participation window, the low-participation line.
 */
[[nodiscard]] QJsonObject hrRuleParameters();

} // namespace rapport
