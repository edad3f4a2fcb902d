#include "DemoRandom.h"

#include <algorithm>

namespace rapport {

DemoRandom::DemoRandom(quint32 seed)
    : m_generator(seed)
{
}

double DemoRandom::uniform()
{
    return m_generator.generateDouble();
}

double DemoRandom::uniform(double low, double high)
{
    return low + (high - low) * uniform();
}

int DemoRandom::between(int low, int high)
{
    if (high <= low) {
        return low;
    }
    return m_generator.bounded(low, high + 1);
}

bool DemoRandom::chance(double probability)
{
    return uniform() < probability;
}

double DemoRandom::normal(double mean, double deviation)
{
    // Irwin–Hall: the sum of four uniforms has mean 2 and variance 1/3; close enough to a bell for people's moods.
    constexpr double Sqrt3 = 1.7320508075688772;
    const double sum = uniform() + uniform() + uniform() + uniform();
    return mean + (sum - 2.0) * Sqrt3 * deviation;
}

int DemoRandom::weighted(const QList<double>& cumulativeWeights)
{
    if (cumulativeWeights.isEmpty()) {
        return -1;
    }
    const double target = uniform() * cumulativeWeights.last();
    const auto found = std::upper_bound(cumulativeWeights.cbegin(), cumulativeWeights.cend(), target);
    const auto index = static_cast<int>(found - cumulativeWeights.cbegin());
    return std::min(index, static_cast<int>(cumulativeWeights.size()) - 1);
}

} // namespace rapport
