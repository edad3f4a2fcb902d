#pragma once

#include <QList>
#include <QRandomGenerator>

#include <utility>

namespace rapport {

/**
 * The demo generator's only source of chance: a QRandomGenerator seeded once, plus the few distributions the
 * generator needs. Everything is plain arithmetic on the generator's output (no <random> distributions, no libm),
 * so one seed gives the same organisation on every platform and compiler.
 */
class DemoRandom
{
public:
    explicit DemoRandom(quint32 seed);

    /** Uniform in [0, 1). */
    [[nodiscard]] double uniform();
    /** Uniform in [low, high). */
    [[nodiscard]] double uniform(double low, double high);
    /** Uniform whole number in [low, high], both included. */
    [[nodiscard]] int between(int low, int high);
    /** True with probability `probability`. */
    [[nodiscard]] bool chance(double probability);
    /** Approximately normal (sum of four uniforms, so bounded at ±3.46 standard deviations). */
    [[nodiscard]] double normal(double mean, double deviation);
    /** An index drawn with the given cumulative weights (ascending, last = total); -1 when there are none. */
    [[nodiscard]] int weighted(const QList<double>& cumulativeWeights);

    /** Fisher–Yates shuffle. */
    template <typename T>
    void shuffle(QList<T>& list)
    {
        for (qsizetype i = list.size() - 1; i > 0; --i) {
            const qsizetype j = between(0, static_cast<int>(i));
            std::swap(list[i], list[j]);
        }
    }

private:
    QRandomGenerator m_generator;
};

} // namespace rapport
