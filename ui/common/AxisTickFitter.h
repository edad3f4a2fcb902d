#pragma once

#include <QObject>
#include <QPointer>

class QAbstractAxis;
class QChart;

namespace rapport::ui {

/**
 * Keeps a chart's axis labels readable at every size. Qt Charts elides a label to "…" when it does not fit the
 * space between two ticks, so a 0–100 axis with eleven ticks turns into a column of dots in a short chart. The
 * fitter follows the chart's plot area and gives the axis the most ticks whose labels fit, on round steps only
 * (0, 20, 40 … rather than 0, 16.7 …). Vertical value axes are measured by the label height; horizontal date axes by
 * the width of their widest label. Owned by the chart.
 */
class AxisTickFitter : public QObject
{
    Q_OBJECT

public:
    /**
     * Fits `axis` (a QValueAxis or a QDateTimeAxis attached to `chart`) with at most `mostTicks` ticks. A value axis
     * keeps steps that divide its range evenly (in units of 10^-decimals).
     */
    AxisTickFitter(QChart* chart, QAbstractAxis* axis, int mostTicks, int decimals = 0);

    /**
     * The most ticks, at most `mostTicks`, whose spacing over `length` pixels leaves each label `labelExtent` pixels
     * and a little air. For a value axis, `span` (in units of the last decimal) must split into equal integer steps;
     * pass span 0 for a date axis, where any count goes. Never fewer than 2.
     */
    [[nodiscard]] static int fittingTickCount(qint64 span, int mostTicks, qreal length, qreal labelExtent);

    /** Measures again and sets the tick count (called on every plot-area change). */
    void refit();

private:
    QPointer<QChart> m_chart;
    QPointer<QAbstractAxis> m_axis;
    int m_mostTicks;
    int m_decimals;
};

} // namespace rapport::ui
