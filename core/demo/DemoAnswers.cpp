#include "DemoAnswers.h"

#include "DemoRandom.h"
#include "common/CoreTr.h"
#include "instruments/Scoring.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace rapport {
namespace {

/** Answer combinations up to this many are memoised (8 MB of doubles at most). */
constexpr double MaxMemoSize = 1 << 20;

int roundToInt(double value)
{
    return static_cast<int>(std::floor(value + 0.5));
}

} // namespace

DemoAnswers::DemoAnswers(const InstrumentDefinition& definition)
    : m_definition(definition)
{
    const double base = m_definition.scale.max - m_definition.scale.min + 1;
    double combinations = 1;
    for (qsizetype i = 0; i < m_definition.items.size() && combinations <= MaxMemoSize; ++i) {
        combinations *= base;
    }
    if (combinations <= MaxMemoSize) {
        m_memo.assign(static_cast<std::size_t>(combinations), std::numeric_limits<double>::quiet_NaN());
    }
}

Result<DemoAnswers> DemoAnswers::create(const InstrumentDefinition& definition)
{
    if (definition.items.isEmpty() || definition.scale.max < definition.scale.min || definition.multiplier <= 0) {
        return fail(ErrorCode::InvalidDefinition,
                    CoreTr::tr("The instrument '%1' cannot be used for demo data.").arg(definition.id));
    }
    return DemoAnswers(definition);
}

int DemoAnswers::toAnswer(qsizetype item, int value) const
{
    const ResponseScale& scale = m_definition.scale;
    return m_definition.items.at(item).reverse ? scale.min + scale.max - value : value;
}

QList<int> DemoAnswers::forScore(double score, const QList<double>& itemBias, DemoRandom& random) const
{
    const qsizetype count = m_definition.items.size();
    const int low = m_definition.scale.min;
    const int high = m_definition.scale.max;
    const auto n = static_cast<double>(count);

    // score = rule(values) × multiplier, so the mean item value is known, and with it the sum to hit exactly.
    const double raw = score / m_definition.multiplier;
    const double mean = m_definition.rule == ScoringRule::Sum ? raw / n : raw;
    const int target = std::clamp(roundToInt(mean * n), low * static_cast<int>(count), high * static_cast<int>(count));

    QList<double> wanted(count);
    QList<int> values(count);
    int sum = 0;
    for (qsizetype i = 0; i < count; ++i) {
        const double bias = i < itemBias.size() ? itemBias.at(i) : 0.0;
        wanted[i] = mean + bias + random.normal(0, 0.35);
        values[i] = std::clamp(roundToInt(wanted.at(i)), low, high);
        sum += values.at(i);
    }
    // Nudge the items that are furthest from what was wanted until the sum is exact.
    while (sum != target) {
        const int step = sum < target ? 1 : -1;
        qsizetype best = -1;
        double bestGap = 0;
        for (qsizetype i = 0; i < count; ++i) {
            const int next = values.at(i) + step;
            if (next < low || next > high) {
                continue;
            }
            const double gap = (wanted.at(i) - values.at(i)) * step;
            if (best < 0 || gap > bestGap) {
                best = i;
                bestGap = gap;
            }
        }
        if (best < 0) {
            break; // cannot happen: the target lies within [count × low, count × high]
        }
        values[best] += step;
        sum += step;
    }

    QList<int> answers(count);
    for (qsizetype i = 0; i < count; ++i) {
        answers[i] = toAnswer(i, values.at(i));
    }
    return answers;
}

QList<int> DemoAnswers::forItemValues(const QList<double>& values, double noise, DemoRandom& random) const
{
    const qsizetype count = m_definition.items.size();
    QList<int> answers(count);
    for (qsizetype i = 0; i < count; ++i) {
        const double wanted = i < values.size() ? values.at(i) : m_definition.scale.min;
        const int value
            = std::clamp(roundToInt(wanted + random.normal(0, noise)), m_definition.scale.min, m_definition.scale.max);
        answers[i] = toAnswer(i, value);
    }
    return answers;
}

Result<double> DemoAnswers::score(const QList<int>& answers)
{
    std::size_t index = 0;
    bool memoisable = !m_memo.empty() && answers.size() == m_definition.items.size();
    if (memoisable) {
        const auto base = static_cast<std::size_t>(m_definition.scale.max - m_definition.scale.min + 1);
        for (qsizetype i = answers.size() - 1; i >= 0; --i) {
            const int answer = answers.at(i);
            if (!m_definition.scale.contains(answer)) {
                memoisable = false; // let scoreAnswers() report it
                break;
            }
            index = index * base + static_cast<std::size_t>(answer - m_definition.scale.min);
        }
    }
    if (memoisable && !std::isnan(m_memo[index])) {
        return m_memo[index];
    }
    auto scored = scoreAnswers(m_definition, answers);
    if (!scored) {
        return tl::unexpected(scored.error());
    }
    if (memoisable) {
        m_memo[index] = scored->value;
    }
    return scored->value;
}

} // namespace rapport
