#pragma once

#include "common/Error.h"
#include "instruments/InstrumentDefinition.h"

#include <QList>

#include <vector>

namespace rapport {

class DemoRandom;

/**
 * Plausible answers to one instrument for the demo generator, and their scores. Answers are made from what the
 * generator intends (a score, or a level per item) so that they agree with it, and are then scored with
 * scoreAnswers(); the scores of small instruments are memoised, because a large demo scores hundreds of thousands
 * of answer sets drawn from a few thousand possible ones.
 */
class DemoAnswers
{
public:
    /** Fails with InvalidDefinition when the instrument has no items or cannot map a score back to answers. */
    [[nodiscard]] static Result<DemoAnswers> create(const InstrumentDefinition& definition);

    [[nodiscard]] const InstrumentDefinition& definition() const { return m_definition; }

    /**
     * Answers whose score is as close to `score` as the scale allows. The items vary around the mean item value by
     * `itemBias` (scale points per item, e.g. someone who sleeps badly; may be empty) plus a little noise.
     */
    [[nodiscard]] QList<int> forScore(double score, const QList<double>& itemBias, DemoRandom& random) const;

    /**
     * Answers with item i near `values[i]` (scale points, as the item counts towards the score; reverse-scored
     * items are turned back), blurred by noise of `noise` points and clamped to the scale.
     */
    [[nodiscard]] QList<int> forItemValues(const QList<double>& values, double noise, DemoRandom& random) const;

    /** The value of scoreAnswers(definition, answers). */
    [[nodiscard]] Result<double> score(const QList<int>& answers);

private:
    explicit DemoAnswers(const InstrumentDefinition& definition);
    [[nodiscard]] int toAnswer(qsizetype item, int value) const;

    InstrumentDefinition m_definition;
    /** Scores by answer combination (mixed radix); NaN where not yet scored. Empty for large instruments. */
    std::vector<double> m_memo;
};

} // namespace rapport
