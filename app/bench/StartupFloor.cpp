#include "StartupFloor.h"

#include "PaintWatcher.h"
#include "StartupProbe.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QMainWindow>

namespace rapport::bench::StartupFloor {

int runChild(int argc, char* argv[])
{
    QApplication app(argc, argv);
    PaintWatcher watcher([](QObject* object) { return qobject_cast<QChartView*>(object) != nullptr; });
    QMainWindow window;
    auto* chart = new QChart();
    auto* series = new QLineSeries(chart);
    // As many points as a year of fortnightly check-ins, on the scale of the Wellbeing Index.
    for (int i = 0; i < 26; ++i) {
        series->append(i, 40 + (i * 37) % 50);
    }
    chart->addSeries(series);
    chart->createDefaultAxes();
    chart->setTitle(QStringLiteral("Floor")); // i18n-ok: a benchmark probe, never shown to anyone
    auto* view = new QChartView(chart, &window); // the view owns the chart
    window.setCentralWidget(view);
    window.resize(1280, 800);
    window.show();
    return StartupProbe::printWhenPainted(watcher);
}

Result<double> measure(const QString& executable, const QString& configDir)
{
    return StartupProbe::timeToPaint(
        executable, {QStringLiteral("--probe-floor")}, configDir, QStringLiteral("floor probe"));
}

} // namespace rapport::bench::StartupFloor
