#include "StartupFloor.h"

#include "BenchStats.h"
#include "PaintWatcher.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QMainWindow>
#include <QProcess>
#include <QTextStream>

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
    QTextStream out(stdout);
    if (!watcher.waitForPaint()) {
        out << "failed" << Qt::endl;
        return 1;
    }
    out << "painted " << QString::number(steadyNowMs(), 'f', 3) << Qt::endl;
    return 0;
}

Result<double> measure(const QString& executable, const QString& configDir)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), configDir);
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const double started = steadyNowMs();
    process.start(executable, {QStringLiteral("--probe-floor")});
    if (!process.waitForFinished(120'000) || process.exitCode() != 0) {
        process.kill();
        return fail(ErrorCode::Internal, QStringLiteral("the floor probe did not paint its chart"));
    }
    const QString output = QString::fromUtf8(process.readAllStandardOutput());
    for (const QString& line : output.split(QLatin1Char('\n'))) {
        if (line.startsWith(QStringLiteral("painted "))) {
            return line.mid(8).toDouble() - started;
        }
    }
    return fail(ErrorCode::Internal, QStringLiteral("the floor probe printed no time"));
}

} // namespace rapport::bench::StartupFloor
