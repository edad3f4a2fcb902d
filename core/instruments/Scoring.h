#pragma once

#include "common/Error.h"
#include "instruments/InstrumentDefinition.h"

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace rapport {

/** The result of scoring one set of answers. */
struct Score
{
    QString instrumentId;
    int instrumentVersion = 0;
    /** The score, rounded to the instrument's decimals. */
    double value = 0;
    /** The bracket of `value`; none when the instrument has no brackets. */
    std::optional<Bracket> bracket;
    /** Sub-score per dimension id (rounded like `value`); empty when the instrument has no dimensions. */
    QMap<QString, double> dimensions;
};

/**
 * Scores `answers` (one per item, in item order, each a point of the response scale). Reverse-scored items count
 * as `min + max - answer`. The score is rule(values) × multiplier, rounded half away from zero to the instrument's
 * decimals only at the end. A dimension's sub-score is its items' mean value scaled like the whole score (mean × item
 * count × multiplier for sums, mean × multiplier for means), so it shares the score's range.
 *
 * Fails with Incomplete when the number of answers differs from the number of items, and with OutOfRange when an
 * answer is outside the scale; the message names the item (counting from 1).
 */
[[nodiscard]] Result<Score> scoreAnswers(const InstrumentDefinition& definition, const QList<int>& answers);

/** Rounds half away from zero to `decimals` places, tolerating the binary representation error of `value`. */
[[nodiscard]] double roundScore(double value, int decimals);

/** `value` formatted with exactly `decimals` places (C locale), as scores are shown. */
[[nodiscard]] QString formatScore(double value, int decimals);

/**
 * `value` with exactly `decimals` places in the default locale ("5,3" in German), as people read scores on screen and
 * in reports. Files meant for programs (the CSV export, CLI listings) keep formatScore.
 */
[[nodiscard]] QString displayScore(double value, int decimals);

} // namespace rapport
