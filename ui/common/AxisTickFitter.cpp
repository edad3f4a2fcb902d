#include "AxisTickFitter.h"

#include <QChart>
#include <QDate>
#include <QDateTimeAxis>
#include <QFontMetricsF>
#include <QLocale>
#include <QValueAxis>

#include <cmath>

namespace rapport::ui {

namespace {
/** Room around a label, as a share of its extent: labels that touch read as one. */
constexpr qreal LabelAir = 0.5;
} // namespace

AxisTickFitter::AxisTickFitter(QChart* chart, QAbstractAxis* axis, int mostTicks, int decimals)
    : QObject(chart)
    , m_chart(chart)
    , m_axis(axis)
    , m_mostTicks(std::max(2, mostTicks))
    , m_decimals(decimals)
{
    connect(chart, &QChart::plotAreaChanged, this, &AxisTickFitter::refit);
    if (auto* dates = qobject_cast<QDateTimeAxis*>(axis)) {
        connect(dates, &QDateTimeAxis::formatChanged, this, &AxisTickFitter::refit);
    }
}

int AxisTickFitter::fittingTickCount(qint64 span, int mostTicks, qreal length, qreal labelExtent)
{
    const qreal needed = labelExtent * (1 + LabelAir);
    for (int ticks = std::max(2, mostTicks); ticks > 2; --ticks) {
        if (span > 0 && span % (ticks - 1) != 0) {
            continue;
        }
        if (length / (ticks - 1) >= needed) {
            return ticks;
        }
    }
    return 2;
}

void AxisTickFitter::refit()
{
    if (!m_chart || !m_axis) {
        return;
    }
    const QRectF plot = m_chart->plotArea();
    if (plot.isEmpty()) {
        return;
    }
    const QFontMetricsF metrics(m_axis->labelsFont());
    if (auto* values = qobject_cast<QValueAxis*>(m_axis)) {
        const qreal unit = std::pow(10.0, m_decimals);
        const auto span = static_cast<qint64>(std::llround((values->max() - values->min()) * unit));
        const bool vertical = m_axis->orientation() == Qt::Vertical;
        const qreal extent
            = vertical ? metrics.height() : metrics.horizontalAdvance(QString::number(values->max(), 'f', m_decimals));
        const int ticks = fittingTickCount(span, m_mostTicks, vertical ? plot.height() : plot.width(), extent);
        if (values->tickCount() != ticks) {
            values->setTickCount(ticks);
        }
    } else if (auto* dates = qobject_cast<QDateTimeAxis*>(m_axis)) {
        // The widest label the format can make: the 28th of the month with the longest name.
        qreal widest = 0;
        for (int month = 1; month <= 12; ++month) {
            const QString label = m_chart->locale().toString(QDate(2026, month, 28), dates->format());
            widest = std::max(widest, metrics.horizontalAdvance(label));
        }
        const int ticks = fittingTickCount(0, m_mostTicks, plot.width(), widest);
        if (dates->tickCount() != ticks) {
            dates->setTickCount(ticks);
        }
    }
}

} // namespace rapport::ui
