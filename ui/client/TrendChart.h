#pragma once

#include "instruments/InstrumentDefinition.h"

#include <QChartView>
#include <QList>

class QAreaSeries;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace rapport::ui {

class ScoreSeriesModel;

/**
 * Scores of one instrument over time: one line per ScoreSeriesModel (through a QVXYModelMapper), a date axis, a
 * score axis fixed to the instrument's range, the instrument's brackets shaded behind, markers on every point and a
 * tooltip with date and score on hover.
 */
class TrendChart : public QChartView
{
    Q_OBJECT

public:
    explicit TrendChart(const InstrumentDefinition& definition, const QString& title, QWidget* parent = nullptr);

    /** Adds a line reading `model` (not owned; it must outlive the line or be removed with clearSeries()). */
    void addSeries(ScoreSeriesModel* model, const QString& name);
    /** Removes every line (the bands stay). */
    void clearSeries();

    /** The lines, in the order they were added. */
    [[nodiscard]] QList<QLineSeries*> scoreSeries() const { return m_lines; }
    [[nodiscard]] QDateTimeAxis* timeAxis() const { return m_timeAxis; }
    [[nodiscard]] QValueAxis* scoreAxis() const { return m_scoreAxis; }

private:
    void updateRanges();
    void updateBands(qreal fromMs, qreal toMs);
    void showPointTip(QLineSeries* line, const QPointF& point, bool hovering);

    InstrumentDefinition m_definition;
    QDateTimeAxis* m_timeAxis = nullptr;
    QValueAxis* m_scoreAxis = nullptr;
    QList<QAreaSeries*> m_bands;
    QList<QLineSeries*> m_lines;
};

} // namespace rapport::ui
