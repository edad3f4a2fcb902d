#include "Scoring.h"

#include "common/CoreTr.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace rapport {

double roundScore(double value, int decimals)
{
    if (!std::isfinite(value)) {
        return value;
    }
    const double factor = std::pow(10.0, std::clamp(decimals, 0, 15));
    const double scaled = value * factor;
    const double whole = std::trunc(scaled);
    const double fraction = std::abs(scaled - whole);
    double rounded = 0;
    // A value like 2.675 is stored as 2.67499999...; treat anything this close to a half as exactly half.
    if (std::abs(fraction - 0.5) <= 1e-9 * std::max(1.0, std::abs(scaled))) {
        rounded = whole + (scaled < 0 ? -1.0 : 1.0);
    } else {
        rounded = std::round(scaled);
    }
    const double result = rounded / factor;
    return result == 0 ? 0.0 : result; // no "-0"
}

QString formatScore(double value, int decimals)
{
    return QString::number(roundScore(value, decimals), 'f', std::clamp(decimals, 0, 15));
}

QString displayScore(double value, int decimals)
{
    return QLocale().toString(roundScore(value, decimals), 'f', std::clamp(decimals, 0, 15));
}

Result<Score> scoreAnswers(const InstrumentDefinition& definition, const QList<int>& answers)
{
    const qsizetype itemCount = definition.items.size();
    if (itemCount == 0) {
        return fail(ErrorCode::InvalidDefinition, CoreTr::tr("The instrument '%1' has no items.").arg(definition.id));
    }
    if (answers.size() < itemCount) {
        return fail(ErrorCode::Incomplete,
                    CoreTr::tr("The answer to item %1 is missing: %2 answers are needed, %3 were given.")
                        .arg(answers.size() + 1)
                        .arg(itemCount)
                        .arg(answers.size()));
    }
    if (answers.size() > itemCount) {
        return fail(ErrorCode::Incomplete,
                    CoreTr::tr("There is no item %1: the instrument has %2 items, %3 answers were given.")
                        .arg(itemCount + 1)
                        .arg(itemCount)
                        .arg(answers.size()));
    }

    const ResponseScale& scale = definition.scale;
    QList<double> values;
    values.reserve(itemCount);
    for (qsizetype i = 0; i < itemCount; ++i) {
        const int answer = answers.at(i);
        if (!scale.contains(answer)) {
            return fail(ErrorCode::OutOfRange,
                        CoreTr::tr("The answer to item %1 is %2, outside the scale %3 to %4.")
                            .arg(i + 1)
                            .arg(answer)
                            .arg(scale.min)
                            .arg(scale.max));
        }
        const InstrumentItem& item = definition.items.at(i);
        const double value = item.reverse ? static_cast<double>(scale.min) + scale.max - answer : answer;
        values.append(value);
    }

    // rule(values) × multiplier, for any subset of items; a subset's mean stands in for every item when summing,
    // so dimension sub-scores share the range of the whole score.
    const auto scoreOf = [&](double sum, qsizetype count) {
        const double mean = sum / static_cast<double>(count);
        const double combined = definition.rule == ScoringRule::Sum ? mean * static_cast<double>(itemCount) : mean;
        return combined * definition.multiplier;
    };

    double total = 0;
    for (const double value : values) {
        total += value;
    }

    Score score;
    score.instrumentId = definition.id;
    score.instrumentVersion = definition.version;
    const double exact
        = definition.rule == ScoringRule::Sum ? total * definition.multiplier : scoreOf(total, itemCount);
    score.value = roundScore(exact, definition.decimals);
    score.bracket = definition.bracketFor(score.value);

    for (const Dimension& dimension : definition.dimensions) {
        double sum = 0;
        qsizetype count = 0;
        for (qsizetype i = 0; i < itemCount; ++i) {
            if (definition.items.at(i).dimension == dimension.id) {
                sum += values.at(i);
                ++count;
            }
        }
        if (count > 0) {
            score.dimensions.insert(dimension.id, roundScore(scoreOf(sum, count), definition.decimals));
        }
    }
    return score;
}

} // namespace rapport
