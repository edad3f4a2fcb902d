#include "HrBarChart.h"

#include "HrChartStyle.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QEvent>
#include <QHorizontalStackedBarSeries>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace rapport::ui {

HrBarChart::HrBarChart(const QString& title, QWidget* parent)
    : QChartView(new QChart(), parent) // owns the chart; QChartView(parent) + setChart() leaked a default one
    , m_title(title)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(200);
    QChart* chart = this->chart();
    // Axis labels in the interface language (QChart defaults to the system locale).
    chart->setLocale(QLocale());
    chart->setLocalizeNumbers(true);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTitle(title);
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 12, 4));
    setAccessibleName(title);
}

void HrBarChart::changeEvent(QEvent* event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyChartPalette(chart(), palette());
    }
}

QStringList HrBarChart::categories() const
{
    return m_categoryAxis ? m_categoryAxis->categories() : QStringList();
}

void HrBarChart::setBars(const QList<HrBar>& bars, const QString& hiddenText)
{
    QChart* chart = this->chart();
    chart->removeAllSeries();
    const QList<QAbstractAxis*> axes = chart->axes();
    for (QAbstractAxis* axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }

    // One set per bar in a stacked series: each set has its value in its own row only, so each bar has its colour.
    auto* series = new QHorizontalStackedBarSeries(chart);
    series->setBarWidth(0.6);
    QStringList categories;
    QStringList parts;
    qint64 largest = 0;
    for (qsizetype i = 0; i < bars.size(); ++i) {
        const HrBar& bar = bars.at(i);
        const QString value = bar.count ? QLocale().toString(*bar.count) : hiddenText;
        // On the axis a withheld figure is one word, so the label fits beside the bars; the summary says why.
        categories.append(bar.count ? tr("%1: %2").arg(bar.label, value) : tr("%1: hidden").arg(bar.label));
        parts.append(tr("%1: %2").arg(bar.label, value));
        auto* set = new QBarSet(bar.label, series);
        for (qsizetype j = 0; j < bars.size(); ++j) {
            set->append(j == i && bar.count ? static_cast<qreal>(*bar.count) : 0.0);
        }
        set->setColor(bar.colour);
        set->setBorderColor(bar.colour);
        series->append(set);
        largest = std::max(largest, bar.count.value_or(0));
    }
    chart->addSeries(series);

    m_categoryAxis = new QBarCategoryAxis(chart);
    m_categoryAxis->append(categories);
    m_categoryAxis->setReverse(true); // the first bar on top, so the chart reads in the same order as the summary
    chart->addAxis(m_categoryAxis, Qt::AlignLeft);
    series->attachAxis(m_categoryAxis);

    m_valueAxis = new QValueAxis(chart);
    // A round top a little above the largest bar, with whole-number ticks.
    const qint64 top
        = std::max<qint64>(5, static_cast<qint64>(std::ceil(static_cast<double>(largest) * 1.1 / 5.0)) * 5);
    m_valueAxis->setRange(0, static_cast<qreal>(top));
    m_valueAxis->setTickCount(6);
    m_valueAxis->applyNiceNumbers();
    m_valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_valueAxis->setTitleText(tr("People"));
    chart->addAxis(m_valueAxis, Qt::AlignBottom);
    series->attachAxis(m_valueAxis);

    applyChartPalette(chart, palette());
    m_summary = tr("%1. %2.").arg(m_title, parts.join(tr("; ")));
    setAccessibleDescription(m_summary);
    setToolTip(m_summary);
}

} // namespace rapport::ui
