#include "HrMonthlyChart.h"

#include "HrChartStyle.h"
#include "common/AxisTickFitter.h"
#include "common/StatusColours.h"
#include "common/UiText.h"
#include "instruments/Scoring.h"
#include "models/HrMonthlyModel.h"

#include <QAreaSeries>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

namespace rapport::ui {

namespace {

qreal monthX(const QDate& month)
{
    // The middle of the month, so points sit between the month ticks' labels.
    return static_cast<qreal>(QDateTime(month.addDays(14), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch());
}

} // namespace

HrMonthlyChart::HrMonthlyChart(const InstrumentDefinition& wellbeing, HrMonthlyModel* model, QWidget* parent)
    : QChartView(new QChart(), parent) // owns the chart; QChartView(parent) + setChart() leaked a default one
    , m_wellbeing(wellbeing)
    , m_model(model)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(300);
    QChart* chart = this->chart();
    // Axis labels in the interface language (QChart defaults to the system locale).
    chart->setLocale(QLocale());
    chart->setLocalizeNumbers(true);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTitle(tr("Average wellbeing by month"));
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 12, 4));
    setAccessibleName(tr("Average wellbeing by month"));

    m_timeAxis = new QDateTimeAxis(chart);
    m_timeAxis->setFormat(QStringLiteral("MMM yyyy"));
    m_timeAxis->setTitleText(tr("Month"));
    chart->addAxis(m_timeAxis, Qt::AlignBottom);

    m_scoreAxis = new QValueAxis(chart);
    m_scoreAxis->setRange(wellbeing.scoreMin, wellbeing.scoreMax);
    m_scoreAxis->setTickCount(6);
    m_scoreAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_scoreAxis->setTitleText(tr("Average score"));
    chart->addAxis(m_scoreAxis, Qt::AlignLeft);
    new AxisTickFitter(chart, m_scoreAxis, 6, wellbeing.decimals); // no "…" labels in a short chart

    const QString language = instrumentLanguage();
    for (const Bracket& bracket : wellbeing.brackets) {
        auto* upper = new QLineSeries(chart);
        auto* lower = new QLineSeries(chart);
        auto* band = new QAreaSeries(upper, lower);
        band->setName(tr("%1 (%2–%3)")
                          .arg(bracket.label.text(language),
                               displayScore(bracket.min, wellbeing.decimals),
                               displayScore(bracket.max, wellbeing.decimals)));
        band->setPen(Qt::NoPen);
        chart->addSeries(band);
        band->attachAxis(m_timeAxis);
        band->attachAxis(m_scoreAxis);
        m_bands.append(band);
    }
    applyColours();

    connect(model, &QAbstractItemModel::modelReset, this, &HrMonthlyChart::rebuild);
    connect(model, &QAbstractItemModel::dataChanged, this, &HrMonthlyChart::rebuild);
    rebuild();
}

void HrMonthlyChart::changeEvent(QEvent* event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyColours();
    }
}

void HrMonthlyChart::applyColours()
{
    applyChartPalette(chart(), palette());
    for (qsizetype i = 0; i < m_bands.size(); ++i) {
        QColor fill = StatusColours::forBracket(m_wellbeing.brackets.at(i).id);
        fill.setAlpha(isDarkPalette(palette()) ? 70 : 34);
        m_bands.at(i)->setBrush(fill);
    }
    const QColor colour = lineColourFor(palette());
    for (QLineSeries* run : std::as_const(m_runs)) {
        QPen pen(colour);
        pen.setWidthF(2.5);
        run->setPen(pen);
        run->setColor(colour);
    }
}

void HrMonthlyChart::rebuild()
{
    QChart* chart = this->chart();
    for (QLineSeries* run : std::as_const(m_runs)) {
        chart->removeSeries(run);
        delete run;
    }
    m_runs.clear();

    const QColor colour = lineColourFor(palette());
    QList<QPointF> current;
    QList<QList<QPointF>> runs;
    int shown = 0;
    int hidden = 0;
    std::optional<double> lowest;
    std::optional<double> highest;
    QString lowestMonth;
    QString highestMonth;
    QString latestText;
    QDate first;
    QDate last;
    const int rows = m_model->rowCount();
    for (int row = 0; row < rows; ++row) {
        const QDate month = m_model->data(m_model->index(row, 0), HrMonthlyModel::MonthRole).toDate();
        if (!first.isValid()) {
            first = month;
        }
        last = month;
        const QVariant mean = m_model->data(m_model->index(row, 0), HrMonthlyModel::MeanRole);
        if (!mean.isValid()) {
            ++hidden;
            if (!current.isEmpty()) {
                runs.append(current);
                current.clear();
            }
            continue;
        }
        ++shown;
        const double value = mean.toDouble();
        current.append(QPointF(monthX(month), value));
        const QString monthName = HrMonthlyModel::monthText(month);
        if (!lowest || value < *lowest) {
            lowest = value;
            lowestMonth = monthName;
        }
        if (!highest || value > *highest) {
            highest = value;
            highestMonth = monthName;
        }
        latestText = m_model->data(m_model->index(row, HrMonthlyModel::MonthColumn), Qt::ToolTipRole).toString();
    }
    if (!current.isEmpty()) {
        runs.append(current);
    }

    for (const QList<QPointF>& points : std::as_const(runs)) {
        auto* line = new QLineSeries(chart);
        line->setObjectName(QStringLiteral("monthlyRun_%1").arg(m_runs.size()));
        line->setName(tr("Average wellbeing"));
        QPen pen(colour);
        pen.setWidthF(2.5);
        line->setPen(pen);
        line->setColor(colour);
        line->setPointsVisible(true);
        line->setMarkerSize(7);
        line->append(points);
        chart->addSeries(line);
        line->attachAxis(m_timeAxis);
        line->attachAxis(m_scoreAxis);
        // One legend entry for all runs.
        const QList<QLegendMarker*> markers = chart->legend()->markers(line);
        for (QLegendMarker* marker : markers) {
            marker->setVisible(m_runs.isEmpty());
        }
        m_runs.append(line);
    }

    if (first.isValid()) {
        // Ticks on month starts, at most six intervals: every `step` months, the range rounded up to whole steps.
        const int months = static_cast<int>(rows);
        const int step = std::max(1, (months + 5) / 6);
        const int intervals = (months + step - 1) / step;
        const QDate to = first.addMonths(intervals * step);
        m_timeAxis->setRange(QDateTime(first, QTime(0, 0), Qt::UTC), QDateTime(to, QTime(0, 0), Qt::UTC));
        m_timeAxis->setTickCount(intervals + 1);
    }
    const qreal fromX = static_cast<qreal>(m_timeAxis->min().toMSecsSinceEpoch());
    const qreal toX = static_cast<qreal>(m_timeAxis->max().toMSecsSinceEpoch());
    for (qsizetype i = 0; i < m_bands.size(); ++i) {
        const Bracket& bracket = m_wellbeing.brackets.at(i);
        const double top
            = i + 1 < m_wellbeing.brackets.size() ? m_wellbeing.brackets.at(i + 1).min : m_wellbeing.scoreMax;
        m_bands.at(i)->upperSeries()->replace({QPointF(fromX, top), QPointF(toX, top)});
        m_bands.at(i)->lowerSeries()->replace({QPointF(fromX, bracket.min), QPointF(toX, bracket.min)});
    }

    const int decimals = m_wellbeing.decimals + 1;
    if (rows == 0) {
        m_summary = tr("Average wellbeing by month: no months to show yet.");
    } else if (shown == 0) {
        m_summary = tr("Average wellbeing by month, %1 to %2: every month is hidden (too few responses).")
                        .arg(HrMonthlyModel::monthText(first), HrMonthlyModel::monthText(last));
    } else {
        m_summary = tr("Average wellbeing by month, %1 to %2. Lowest %3 (%4), highest %5 (%6). Latest shown: %7.")
                        .arg(HrMonthlyModel::monthText(first),
                             HrMonthlyModel::monthText(last),
                             QLocale().toString(*lowest, 'f', decimals),
                             lowestMonth,
                             QLocale().toString(*highest, 'f', decimals),
                             highestMonth,
                             latestText);
        if (hidden > 0) {
            m_summary
                += QLatin1Char(' ') + tr("%n month(s) with too few responses are gaps in the line.", nullptr, hidden);
        }
    }
    setAccessibleDescription(m_summary);
    setToolTip(m_summary);
}

} // namespace rapport::ui
