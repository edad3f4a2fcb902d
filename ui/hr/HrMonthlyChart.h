#pragma once

#include "instruments/InstrumentDefinition.h"

#include <QChartView>
#include <QList>

class QAreaSeries;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace rapport::ui {

class HrMonthlyModel;

/**
 * The monthly average wellbeing as a line over calendar months, read from an HrMonthlyModel. A suppressed month is a
 * gap: the line breaks there (one line per run of shown months) and no point is drawn for it. The instrument's
 * brackets are shaded behind. summary() describes the chart in words and is its accessible description.
 */
class HrMonthlyChart : public QChartView
{
    Q_OBJECT

public:
    HrMonthlyChart(const InstrumentDefinition& wellbeing, HrMonthlyModel* model, QWidget* parent = nullptr);

    [[nodiscard]] QString summary() const { return m_summary; }
    /** The lines, one per run of shown months. */
    [[nodiscard]] QList<QLineSeries*> runs() const { return m_runs; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    void applyColours();

    InstrumentDefinition m_wellbeing;
    HrMonthlyModel* m_model = nullptr;
    QDateTimeAxis* m_timeAxis = nullptr;
    QValueAxis* m_scoreAxis = nullptr;
    QList<QAreaSeries*> m_bands;
    QList<QLineSeries*> m_runs;
    QString m_summary;
};

} // namespace rapport::ui
