#pragma once

#include "instruments/InstrumentDefinition.h"

#include <QChartView>
#include <QList>
#include <QPointer>

class QAreaSeries;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QValueAxis;

namespace rapport::ui {

class ScoreSeriesModel;

/**
 * Scores of one instrument over time: one line per ScoreSeriesModel (through a QVXYModelMapper), a date axis, a
 * score axis fixed to the instrument's range, the instrument's brackets shaded behind, markers on every point and a
 * tooltip with date and score on hover. summary() says in words what the chart shows — each line's latest score, its
 * bracket, date and trend — and is the chart's accessible description; createSummaryLabel() shows it beside the
 * chart, so nobody needs to read the picture (or tell its colours apart).
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

    /** The chart in words: "Wellbeing over time. Wellbeing Score: latest 72 (Good) on 3 March 2026, improving." */
    [[nodiscard]] QString summary() const { return m_summary; }
    /** A label (owned by `parent`) that shows summary() and follows it. */
    QLabel* createSummaryLabel(const QString& objectName, QWidget* parent);

Q_SIGNALS:
    void summaryChanged(const QString& summary);

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void updateRanges();
    void updateBands(qreal fromMs, qreal toMs);
    void showPointTip(QLineSeries* line, const QPointF& point, bool hovering);
    void updateSummary();
    void applyPalette();
    void fitLegend();

    InstrumentDefinition m_definition;
    QDateTimeAxis* m_timeAxis = nullptr;
    QValueAxis* m_scoreAxis = nullptr;
    QList<QAreaSeries*> m_bands;
    QStringList m_bandShortNames; ///< a band's bracket name without its range, for a narrow legend
    QList<QLineSeries*> m_lines;
    QList<QPointer<ScoreSeriesModel>> m_models; ///< one a line
    QString m_summary;
};

} // namespace rapport::ui
