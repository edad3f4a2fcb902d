#include "TrendChart.h"

#include "common/AxisTickFitter.h"
#include "common/DateText.h"
#include "common/StatusColours.h"
#include "common/UiText.h"
#include "hr/HrChartStyle.h"
#include "instruments/Scoring.h"
#include "models/ScoreSeriesModel.h"

#include <QAreaSeries>
#include <QDateTimeAxis>
#include <QEvent>
#include <QFontMetricsF>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QResizeEvent>
#include <QToolTip>
#include <QVXYModelMapper>
#include <QValueAxis>

#include <cmath>
#include <limits>

namespace rapport::ui {

namespace {

constexpr qint64 DayMs = 24LL * 60 * 60 * 1000;

/** Line colours with at least 3:1 contrast on the chart's background, for light and for dark palettes. */
const QList<QColor>& lineColours(bool dark)
{
    static const QList<QColor> light = {QColor(0x1f, 0x5f, 0xa8),
                                        QColor(0x8e, 0x3b, 0xa6),
                                        QColor(0x0b, 0x7a, 0x75),
                                        QColor(0xc2, 0x5b, 0x00),
                                        QColor(0x4a, 0x4a, 0x4a),
                                        QColor(0xb0, 0x2e, 0x6b)};
    static const QList<QColor> onDark = {QColor(0x8c, 0xc4, 0xff),
                                         QColor(0xd6, 0x9c, 0xf0),
                                         QColor(0x5f, 0xd3, 0xc9),
                                         QColor(0xff, 0xb0, 0x66),
                                         QColor(0xc8, 0xc8, 0xc8),
                                         QColor(0xff, 0x8f, 0xc4)};
    return dark ? onDark : light;
}

qreal markerSizeFor(qsizetype points)
{
    // Big enough to see a single point, small enough that hundreds stay apart.
    if (points <= 12) {
        return 8;
    }
    if (points <= 40) {
        return 6;
    }
    return points <= 120 ? 4.5 : 3;
}

} // namespace

TrendChart::TrendChart(const InstrumentDefinition& definition, const QString& title, QWidget* parent)
    : QChartView(new QChart(), parent) // owns the chart; QChartView(parent) + setChart() leaked a default one
    , m_definition(definition)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(280);
    QChart* chart = this->chart();
    // Axis labels in the interface language (QChart defaults to the system locale).
    chart->setLocale(QLocale());
    chart->setLocalizeNumbers(true);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTitle(title);
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    titleFont.setPointSizeF(font().pointSizeF() * 1.1);
    chart->setTitleFont(titleFont);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));

    m_timeAxis = new QDateTimeAxis(chart);
    m_timeAxis->setTickCount(6);
    m_timeAxis->setTitleText(tr("Date"));
    chart->addAxis(m_timeAxis, Qt::AlignBottom);

    m_scoreAxis = new QValueAxis(chart);
    m_scoreAxis->setRange(definition.scoreMin, definition.scoreMax);
    const double span = definition.scoreMax - definition.scoreMin;
    const bool smallScale = span <= 10;
    m_scoreAxis->setTickCount(smallScale ? static_cast<int>(span) + 1 : 11);
    m_scoreAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_scoreAxis->setTitleText(tr("Score"));
    chart->addAxis(m_scoreAxis, Qt::AlignLeft);
    // Fewer ticks when the chart is short or narrow, so no label is elided to "…".
    new AxisTickFitter(chart, m_scoreAxis, smallScale ? static_cast<int>(span) + 1 : 11, definition.decimals);
    new AxisTickFitter(chart, m_timeAxis, 6);

    // Bands first, so the lines draw over them. A bracket's band reaches up to the next bracket's lower bound, so
    // bands of whole-number brackets (0–28, 29–50) leave no gap.
    const QString language = instrumentLanguage();
    for (qsizetype i = 0; i < definition.brackets.size(); ++i) {
        const Bracket& bracket = definition.brackets.at(i);
        auto* upper = new QLineSeries(chart);
        auto* lower = new QLineSeries(chart);
        auto* band = new QAreaSeries(upper, lower);
        band->setObjectName(QStringLiteral("band_%1").arg(bracket.id));
        band->setName(tr("%1 (%2–%3)")
                          .arg(bracket.label.text(language),
                               displayScore(bracket.min, definition.decimals),
                               displayScore(bracket.max, definition.decimals)));
        band->setPen(Qt::NoPen);
        m_bandShortNames.append(bracket.label.text(language));
        chart->addSeries(band);
        band->attachAxis(m_timeAxis);
        band->attachAxis(m_scoreAxis);
        m_bands.append(band);
    }
    applyPalette();
    updateRanges();
}

void TrendChart::applyPalette()
{
    applyChartPalette(chart(), palette());
    const bool dark = isDarkPalette(palette());
    for (qsizetype i = 0; i < m_bands.size(); ++i) {
        QColor fill = StatusColours::forBracket(m_definition.brackets.at(i).id);
        fill.setAlpha(dark ? 48 : 34);
        m_bands.at(i)->setBrush(fill);
    }
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        const QColor colour = lineColours(dark).at(i % lineColours(dark).size());
        QPen pen = m_lines.at(i)->pen(); // keeps a caller's width and dash style
        pen.setColor(colour);
        m_lines.at(i)->setPen(pen);
        m_lines.at(i)->setColor(colour);
    }
}

void TrendChart::resizeEvent(QResizeEvent* event)
{
    QChartView::resizeEvent(event);
    fitLegend();
}

void TrendChart::fitLegend()
{
    // QLegend keeps to one row and elides what does not fit ("Mod…"). Rather than that: the bands with their ranges,
    // else the bands by name, else the lines alone (the score card and the summary name the bracket in words).
    QLegend* legend = chart()->legend();
    const QFontMetricsF metrics(legend->font());
    const qreal perEntry = metrics.height() * 2.5; // marker, its gap and the space to the next entry
    const qreal available = width() - 24;
    qreal lines = 0;
    for (const QLineSeries* line : std::as_const(m_lines)) {
        lines += metrics.horizontalAdvance(line->name()) + perEntry;
    }
    qreal withRanges = lines;
    qreal byName = lines;
    for (qsizetype i = 0; i < m_bands.size(); ++i) {
        withRanges += metrics.horizontalAdvance(m_bands.at(i)->name()) + perEntry;
        byName += metrics.horizontalAdvance(m_bandShortNames.at(i)) + perEntry;
    }
    const bool showBands = byName <= available;
    const bool showRanges = withRanges <= available;
    for (qsizetype i = 0; i < m_bands.size(); ++i) {
        for (QLegendMarker* marker : legend->markers(m_bands.at(i))) {
            marker->setVisible(showBands);
            marker->setLabel(showRanges ? m_bands.at(i)->name() : m_bandShortNames.at(i));
        }
    }
}

void TrendChart::changeEvent(QEvent* event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyPalette();
    }
}

QLabel* TrendChart::createSummaryLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(m_summary, parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(this, &TrendChart::summaryChanged, label, &QLabel::setText);
    return label;
}

void TrendChart::updateSummary()
{
    const QString language = instrumentLanguage();
    QStringList parts;
    for (qsizetype i = 0; i < m_models.size() && i < m_lines.size(); ++i) {
        const ScoreSeriesModel* model = m_models.at(i);
        if (!model) {
            continue;
        }
        const ScoreSeries& series = model->series();
        const QString name = m_lines.at(i)->name();
        if (!series.latest) {
            parts.append(tr("%1: no results yet").arg(name));
            continue;
        }
        QString latest = displayScore(*series.latest, m_definition.decimals);
        if (series.bracket) {
            latest = tr("%1 (%2)").arg(latest, series.bracket->label.text(language));
        }
        QString trend;
        switch (series.trend.direction) {
        case TrendDirection::Improving:
            trend = tr("improving");
            break;
        case TrendDirection::Stable:
            trend = tr("stable");
            break;
        case TrendDirection::Declining:
            trend = tr("declining");
            break;
        case TrendDirection::Insufficient:
            trend = tr("no trend yet");
            break;
        }
        const QString date = DateText::date(series.latestAt);
        parts.append(tr("%1: latest %2 on %3, %4 (number of results: %5)")
                         .arg(name, latest, date, trend, QString::number(series.points.size())));
    }
    const QString title = chart()->title();
    const QString summary
        = parts.isEmpty() ? tr("%1: no results yet.").arg(title) : tr("%1. %2.").arg(title, parts.join(tr("; ")));
    if (summary == m_summary) {
        return;
    }
    m_summary = summary;
    setAccessibleDescription(m_summary);
    Q_EMIT summaryChanged(m_summary);
}

void TrendChart::addSeries(ScoreSeriesModel* model, const QString& name)
{
    auto* line = new QLineSeries(chart());
    line->setObjectName(QStringLiteral("scoreSeries_%1").arg(m_lines.size()));
    line->setName(name);
    const bool dark = isDarkPalette(palette());
    const QColor colour = lineColours(dark).at(m_lines.size() % lineColours(dark).size());
    QPen pen(colour);
    pen.setWidthF(2.0);
    line->setPen(pen);
    line->setColor(colour);

    auto* mapper = new QVXYModelMapper(line);
    mapper->setXColumn(ScoreSeriesModel::TimeColumn);
    mapper->setYColumn(ScoreSeriesModel::ScoreColumn);
    mapper->setSeries(line);
    mapper->setModel(model);

    chart()->addSeries(line);
    line->attachAxis(m_timeAxis);
    line->attachAxis(m_scoreAxis);
    m_lines.append(line);
    m_models.append(model);
    fitLegend();

    connect(model, &QAbstractItemModel::modelReset, this, &TrendChart::updateRanges);
    connect(model, &QAbstractItemModel::rowsInserted, this, &TrendChart::updateRanges);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &TrendChart::updateRanges);
    connect(line, &QLineSeries::hovered, this, [this, line](const QPointF& point, bool state) {
        showPointTip(line, point, state);
    });
    updateRanges();
}

void TrendChart::clearSeries()
{
    for (QLineSeries* line : std::as_const(m_lines)) {
        chart()->removeSeries(line);
        delete line; // removeSeries hands ownership back; its mapper is its child
    }
    m_lines.clear();
    m_models.clear();
    updateRanges();
}

void TrendChart::updateRanges()
{
    qreal from = std::numeric_limits<qreal>::max();
    qreal to = std::numeric_limits<qreal>::lowest();
    qsizetype mostPoints = 0;
    for (const QLineSeries* line : std::as_const(m_lines)) {
        const QList<QPointF> points = line->points();
        mostPoints = std::max(mostPoints, points.size());
        for (const QPointF& point : points) {
            from = std::min(from, point.x());
            to = std::max(to, point.x());
        }
    }
    if (mostPoints == 0) {
        to = static_cast<qreal>(QDateTime::currentMSecsSinceEpoch());
        from = to - 90.0 * DayMs;
    } else if (to - from < 14.0 * DayMs) {
        const qreal middle = (from + to) / 2;
        from = middle - 7.0 * DayMs;
        to = middle + 7.0 * DayMs;
    } else {
        const qreal pad = (to - from) * 0.03;
        from -= pad;
        to += pad;
    }
    for (QLineSeries* line : std::as_const(m_lines)) {
        // Past a few hundred points markers only add noise; the line (and its hover tooltip) stays.
        line->setPointsVisible(line->count() <= 150);
        line->setMarkerSize(markerSizeFor(line->count()));
    }
    const QDateTime fromTime = QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(from));
    const QDateTime toTime = QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(to));
    m_timeAxis->setFormat(to - from > 200.0 * DayMs ? QStringLiteral("MMM yyyy") : QStringLiteral("d MMM"));
    m_timeAxis->setRange(fromTime, toTime);
    updateBands(from, to);
    updateSummary();
}

void TrendChart::updateBands(qreal fromMs, qreal toMs)
{
    for (qsizetype i = 0; i < m_bands.size(); ++i) {
        const Bracket& bracket = m_definition.brackets.at(i);
        const double top
            = i + 1 < m_definition.brackets.size() ? m_definition.brackets.at(i + 1).min : m_definition.scoreMax;
        m_bands.at(i)->upperSeries()->replace({QPointF(fromMs, top), QPointF(toMs, top)});
        m_bands.at(i)->lowerSeries()->replace({QPointF(fromMs, bracket.min), QPointF(toMs, bracket.min)});
    }
}

void TrendChart::showPointTip(QLineSeries* line, const QPointF& point, bool hovering)
{
    if (!hovering || line->count() == 0) {
        QToolTip::hideText();
        return;
    }
    // The hover position lies anywhere on the line; name the data point nearest to it in time.
    const QList<QPointF> points = line->points();
    QPointF nearest = points.first();
    for (const QPointF& candidate : points) {
        if (std::abs(candidate.x() - point.x()) < std::abs(nearest.x() - point.x())) {
            nearest = candidate;
        }
    }
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(nearest.x()));
    QString text
        = tr("%1\n%2: %3").arg(DateText::dateTime(at), line->name(), displayScore(nearest.y(), m_definition.decimals));
    if (const auto bracket = m_definition.bracketFor(nearest.y())) {
        text = tr("%1 (%2)").arg(text, bracket->label.text(instrumentLanguage()));
    }
    QToolTip::showText(QCursor::pos(), text, this);
}

} // namespace rapport::ui
