#pragma once

#include "instruments/LocalizedText.h"

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace rapport {

/** The answers an item accepts: every whole number from `min` to `max`, some or all of them labelled. */
struct ResponseScale
{
    int min = 0;
    int max = 0;
    /** A label per point, or at least for the two ends. */
    QMap<int, LocalizedText> labels;

    /** The label of `value`; empty when that point has none. */
    [[nodiscard]] LocalizedText labelFor(int value) const;
    /** True when `value` is a valid answer. */
    [[nodiscard]] bool contains(int value) const { return value >= min && value <= max; }
};

/** One question (a statement the person rates on the response scale). */
struct InstrumentItem
{
    QString id;
    LocalizedText text;
    /** The dimension this item counts towards; empty when none. */
    QString dimension;
    /** Reverse-scored: an answer `v` counts as `scale.min + scale.max - v`. */
    bool reverse = false;
};

/** A sub-scale of an instrument (e.g. "bond"), scored from its own items. */
struct Dimension
{
    QString id;
    LocalizedText label;
    LocalizedText description;
};

/** A named band of the score range, e.g. "poor" for 0–28. */
struct Bracket
{
    QString id;
    LocalizedText label;
    double min = 0;
    double max = 0;
};

/** How item values combine into the score (before the multiplier). */
enum class ScoringRule
{
    Sum,
    Mean,
};

/** Stable name of a rule as used in definition files and JSON output: "sum" or "mean". */
[[nodiscard]] QString scoringRuleName(ScoringRule rule);

/**
 * A questionnaire, as loaded and validated by InstrumentLoader: texts, the response scale, the items, and how they
 * are scored. score = rule(item values) × multiplier, which maps the scale exactly onto [scoreMin, scoreMax].
 */
struct InstrumentDefinition
{
    QString id;
    int version = 1;
    LocalizedText title;
    LocalizedText instructions;
    LocalizedText timeFrame;
    LocalizedText methodology;

    ResponseScale scale;
    QList<InstrumentItem> items;
    QList<Dimension> dimensions;

    ScoringRule rule = ScoringRule::Sum;
    double multiplier = 1.0;
    double scoreMin = 0;
    double scoreMax = 0;
    /** Decimal places of the reported score (0–3). */
    int decimals = 0;

    /** Sorted, non-overlapping bands covering [scoreMin, scoreMax]; empty when the instrument has none. */
    QList<Bracket> brackets;
    /** The smallest change of the score that counts as a real change (for trends). */
    double meaningfulChange = 0;

    /** The bracket of a score: the last bracket whose min <= score; none when the instrument has no brackets. */
    [[nodiscard]] std::optional<Bracket> bracketFor(double score) const;
    /** The dimension with this id, or nullptr. */
    [[nodiscard]] const Dimension* dimension(const QString& dimensionId) const;
    /** The smallest difference the reported score can show: 10^-decimals. */
    [[nodiscard]] double scoreStep() const;
};

} // namespace rapport
