#include "ScoreSeries.h"

#include "instruments/Scoring.h"

#include <algorithm>

namespace rapport {

QList<TrendPoint> ScoreSeries::trendPoints() const
{
    QList<TrendPoint> trendPoints;
    trendPoints.reserve(points.size());
    for (const SeriesPoint& point : points) {
        trendPoints.append({point.at, point.score});
    }
    return trendPoints;
}

ScoreSeries ScoreSeries::from(QList<Submission> submissions, const InstrumentDefinition& definition)
{
    std::stable_sort(submissions.begin(), submissions.end(), [](const Submission& a, const Submission& b) {
        return a.submittedAt < b.submittedAt;
    });
    ScoreSeries series;
    series.points.reserve(submissions.size());
    for (const Submission& submission : std::as_const(submissions)) {
        SeriesPoint point {submission.submittedAt, submission.score, {}};
        if (!definition.dimensions.isEmpty()) {
            // Sub-scores are derived from the stored answers; an answer set from another version is left without.
            if (auto score = scoreAnswers(definition, submission.answers)) {
                point.dimensions = score->dimensions;
            }
        }
        series.points.append(point);
    }
    if (!series.points.isEmpty()) {
        series.latest = series.points.last().score;
        series.latestAt = series.points.last().at;
        series.bracket = definition.bracketFor(*series.latest);
    }
    series.trend = computeTrend(series.trendPoints(), definition.meaningfulChange);
    return series;
}

} // namespace rapport
