// The trend charts' axes stay readable at every size the window allows: no label elided to "…", whatever the size
// of the chart and the number of results (0, 1, 2, 500).

#include "client/TrendChart.h"
#include "common/AxisTickFitter.h"
#include "common/ResponsiveRow.h"
#include "hr/HrBarChart.h"
#include "instruments/InstrumentIds.h"
#include "instruments/InstrumentRegistry.h"
#include "models/ScoreSeriesModel.h"

#include <QDateTimeAxis>
#include <QGraphicsTextItem>
#include <QLabel>
#include <QTest>
#include <QValueAxis>

using namespace rapport;
using namespace rapport::ui;

class TestChartAxes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fittingTickCountKeepsRoundSteps();
    void labelsAreNeverElided_data();
    void labelsAreNeverElided();
    void hrBarLabelsFitWhenFiguresAreHidden();
    void summaryGoesBelowANarrowChart();

private:
    InstrumentRegistry m_registry;
};

namespace {

/** Every text the chart draws (axis labels and titles, legend, chart title). */
QStringList drawnTexts(const QGraphicsItem* item)
{
    QStringList texts;
    for (const QGraphicsItem* child : item->childItems()) {
        if (const auto* text = qgraphicsitem_cast<const QGraphicsTextItem*>(child); text && text->isVisible()) {
            texts.append(text->toPlainText());
        }
        texts.append(drawnTexts(child));
    }
    return texts;
}

ScoreSeries seriesOf(int results, double low, double high)
{
    ScoreSeries series;
    const QDateTime start(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC);
    for (int i = 0; i < results; ++i) {
        const double score = results == 1 ? high : low + (high - low) * i / (results - 1);
        series.points.append(SeriesPoint {start.addDays(i * 3), score, {}});
    }
    if (results > 0) {
        series.latest = series.points.last().score;
        series.latestAt = series.points.last().at;
    }
    return series;
}

} // namespace

void TestChartAxes::initTestCase()
{
    auto loaded = InstrumentRegistry::builtIn();
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().message));
    m_registry = *loaded;
}

void TestChartAxes::fittingTickCountKeepsRoundSteps()
{
    // Room for all eleven: 0, 10, … 100.
    QCOMPARE(AxisTickFitter::fittingTickCount(100, 11, 300, 15), 11);
    // 110 px: steps of 10 (11 px) and 20 (22 px) are too tight for 15 px labels plus air; 25 (27.5 px) fits.
    QCOMPARE(AxisTickFitter::fittingTickCount(100, 11, 110, 15), 5);
    // A 1–7 scale in 50 px: 1, 4, 7.
    QCOMPARE(AxisTickFitter::fittingTickCount(6, 7, 50, 15), 3);
    // Never fewer than the two ends, however small.
    QCOMPARE(AxisTickFitter::fittingTickCount(100, 11, 5, 15), 2);
    // Dates (span 0): any count; 40 px labels in 200 px take four ticks.
    QCOMPARE(AxisTickFitter::fittingTickCount(0, 6, 200, 40), 4);
}

void TestChartAxes::labelsAreNeverElided_data()
{
    QTest::addColumn<QString>("instrument");
    QTest::addColumn<int>("results");
    QTest::addColumn<QSize>("size");
    // The dashboard's charts: their minimum height, the 1024×768 window, the default window, a maximised 1920×1080.
    for (const QString& instrument : {InstrumentIds::Wellbeing, InstrumentIds::Alliance}) {
        for (const int results : {0, 1, 2, 500}) {
            for (const QSize& size : {QSize(300, 280), QSize(480, 300), QSize(560, 330), QSize(900, 420)}) {
                QTest::addRow("%s, %d results, %dx%d", qPrintable(instrument), results, size.width(), size.height())
                    << instrument << results << size;
            }
        }
    }
}

void TestChartAxes::labelsAreNeverElided()
{
    QFETCH(QString, instrument);
    QFETCH(int, results);
    QFETCH(QSize, size);
    const InstrumentDefinition* definition = m_registry.find(instrument);
    QVERIFY(definition);

    ScoreSeriesModel model(definition->decimals);
    model.setSeries(seriesOf(results, definition->scoreMin + 1, definition->scoreMax - 1));
    TrendChart chart(*definition, QStringLiteral("Over time"));
    chart.addSeries(&model, QStringLiteral("Score"));
    chart.resize(size);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QCoreApplication::processEvents();

    const QStringList texts = drawnTexts(chart.chart());
    QVERIFY2(!texts.isEmpty(), "the chart drew no text");
    for (const QString& text : texts) {
        QVERIFY2(
            !text.contains(QChar(0x2026)) && !text.contains(QStringLiteral("...")),
            qPrintable(QStringLiteral("an elided label: '%1' among %2").arg(text, texts.join(QStringLiteral(" | ")))));
    }
    // The ends of the score range are always labelled.
    QVERIFY2(texts.contains(QString::number(definition->scoreMin, 'f', 0)),
             qPrintable(texts.join(QStringLiteral(" | "))));
    QVERIFY2(texts.contains(QString::number(definition->scoreMax, 'f', 0)),
             qPrintable(texts.join(QStringLiteral(" | "))));
    QVERIFY(chart.scoreAxis()->tickCount() >= 2);
    QVERIFY(chart.timeAxis()->tickCount() >= 2);
}

void TestChartAxes::hrBarLabelsFitWhenFiguresAreHidden()
{
    // The HR distribution chart of a small organisation, at the width it has in a 1024×768 window.
    HrBarChart chart(QStringLiteral("Participants by bracket of their latest score"));
    const QString hidden = QStringLiteral("fewer than 5 responses");
    chart.setBars({{QStringLiteral("Poor"), std::nullopt, Qt::red},
                   {QStringLiteral("Moderate"), std::nullopt, Qt::yellow},
                   {QStringLiteral("Good"), 12, Qt::green}},
                  hidden);
    chart.resize(500, 220);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QCoreApplication::processEvents();
    const QStringList texts = drawnTexts(chart.chart());
    for (const QString& text : texts) {
        QVERIFY2(!text.contains(QChar(0x2026)) && !text.contains(QStringLiteral("...")),
                 qPrintable(texts.join(QStringLiteral(" | "))));
    }
    QVERIFY(texts.contains(QStringLiteral("Poor: hidden")));
    QVERIFY(texts.contains(QStringLiteral("Good: 12")));
    // The reason stays in words, in the summary.
    QVERIFY(chart.summary().contains(QStringLiteral("Poor: ") + hidden));
}

void TestChartAxes::summaryGoesBelowANarrowChart()
{
    auto* chart = new QLabel(QStringLiteral("chart"));
    auto* summary = new QLabel(QStringLiteral("summary"));
    ResponsiveRow row(chart, summary, 220, 680);
    row.resize(1000, 300);
    row.show();
    QVERIFY(QTest::qWaitForWindowExposed(&row));
    QVERIFY(!row.isStacked());
    QTRY_COMPARE(summary->width(), 220);
    QVERIFY(summary->x() > chart->x());

    row.resize(600, 400);
    QTRY_VERIFY(row.isStacked());
    QTRY_VERIFY(summary->y() > chart->y());
    QVERIFY(summary->width() > 220); // the full width of the row

    row.resize(1000, 300);
    QTRY_VERIFY(!row.isStacked());
}

QTEST_MAIN(TestChartAxes)
#include "TestChartAxes.moc"
