#include "Trend.h"

#include <algorithm>
#include <cmath>

namespace rapport {
namespace {

constexpr double MillisecondsPerDay = 24.0 * 60 * 60 * 1000;

} // namespace

QString trendDirectionName(TrendDirection direction)
{
    switch (direction) {
    case TrendDirection::Insufficient:
        return QStringLiteral("insufficient");
    case TrendDirection::Improving:
        return QStringLiteral("improving");
    case TrendDirection::Stable:
        return QStringLiteral("stable");
    case TrendDirection::Declining:
        return QStringLiteral("declining");
    }
    return QStringLiteral("insufficient");
}

Trend computeTrend(QList<TrendPoint> points, double meaningfulChange)
{
    points.removeIf([](const TrendPoint& point) { return !point.at.isValid() || !std::isfinite(point.score); });
    Trend trend;
    if (points.size() < 2) {
        return trend;
    }
    std::stable_sort(
        points.begin(), points.end(), [](const TrendPoint& a, const TrendPoint& b) { return a.at < b.at; });

    // Days since the first point, centred on their mean: keeps the sums small and the fit well conditioned.
    const qint64 origin = points.first().at.toMSecsSinceEpoch();
    const auto n = static_cast<double>(points.size());
    QList<double> days;
    days.reserve(points.size());
    double meanDay = 0;
    double meanScore = 0;
    for (const TrendPoint& point : points) {
        const double day = static_cast<double>(point.at.toMSecsSinceEpoch() - origin) / MillisecondsPerDay;
        days.append(day);
        meanDay += day;
        meanScore += point.score;
    }
    meanDay /= n;
    meanScore /= n;

    double sxx = 0;
    double sxy = 0;
    for (qsizetype i = 0; i < points.size(); ++i) {
        const double dx = days.at(i) - meanDay;
        sxx += dx * dx;
        sxy += dx * (points.at(i).score - meanScore);
    }
    const double span = days.last() - days.first();
    double change = 0;
    if (sxx > 0 && span > 0) {
        change = sxy / sxx * span;
    }
    if (change == 0) {
        change = 0.0; // no "-0"
    }
    trend.change = change;

    // Compare with a hair of tolerance so an exact ±meaningfulChange is not lost to rounding in the fit.
    const double threshold = meaningfulChange > 0 ? meaningfulChange : 0.0;
    const double tolerance = 1e-9 * std::max(1.0, threshold);
    if (threshold > 0) {
        if (change >= threshold - tolerance) {
            trend.direction = TrendDirection::Improving;
        } else if (change <= -threshold + tolerance) {
            trend.direction = TrendDirection::Declining;
        } else {
            trend.direction = TrendDirection::Stable;
        }
    } else {
        trend.direction = change > 0 ? TrendDirection::Improving
            : change < 0             ? TrendDirection::Declining
                                     : TrendDirection::Stable;
    }
    return trend;
}

} // namespace rapport
