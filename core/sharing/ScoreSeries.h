#pragma once

#include "domain/Submission.h"
#include "instruments/InstrumentDefinition.h"
#include "instruments/Trend.h"

#include <QList>
#include <QMap>

#include <optional>

namespace rapport {

/** One submission as a point of a series: its time, score and dimension sub-scores. */
struct SeriesPoint
{
    QDateTime at;
    double score = 0;
    QMap<QString, double> dimensions;
};

/** A person's scores on one instrument, ready to show: history, latest, bracket and trend. */
struct ScoreSeries
{
    QList<SeriesPoint> points; ///< oldest first
    std::optional<double> latest;
    QDateTime latestAt;
    std::optional<Bracket> bracket; ///< of the latest score, where the instrument has brackets
    Trend trend;

    [[nodiscard]] bool isEmpty() const { return points.isEmpty(); }
    [[nodiscard]] QList<TrendPoint> trendPoints() const;

    /** Builds the series from submissions (any order) of `definition`'s instrument. */
    [[nodiscard]] static ScoreSeries from(QList<Submission> submissions, const InstrumentDefinition& definition);
};

} // namespace rapport
