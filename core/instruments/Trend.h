#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace rapport {

/** Where a person's series on one instrument is heading. */
enum class TrendDirection
{
    Insufficient, ///< fewer than two submissions
    Improving,
    Stable,
    Declining,
};

/** Stable name for JSON and logs: "insufficient", "improving", "stable" or "declining". */
[[nodiscard]] QString trendDirectionName(TrendDirection direction);

/** One submission's score at its time. */
struct TrendPoint
{
    QDateTime at;
    double score = 0;
};

/** The direction of a series and the fitted change behind it. */
struct Trend
{
    TrendDirection direction = TrendDirection::Insufficient;
    /** The fitted change from the first to the last submission; none when insufficient. */
    std::optional<double> change;
};

/**
 * The trend of `points` (any order): an ordinary least-squares line of score over time (in days), whose change from
 * the first to the last submission decides the direction: at least +meaningfulChange is Improving, at most
 * −meaningfulChange Declining, anything between Stable. Fewer than two points is Insufficient. When every point has
 * the same time the change is 0 (Stable). Points with an invalid time or a non-finite score are ignored. A
 * `meaningfulChange` that is not positive counts any change.
 */
[[nodiscard]] Trend computeTrend(QList<TrendPoint> points, double meaningfulChange);

} // namespace rapport
