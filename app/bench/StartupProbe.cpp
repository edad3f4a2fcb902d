#include "StartupProbe.h"

#include "BenchStats.h"
#include "PaintWatcher.h"
#include "client/ClientDashboard.h"
#include "common/ApplicationIdentity.h"
#include "common/MainWindow.h"
#include "common/SessionController.h"
#include "common/StartupOptions.h"
#include "domain/Role.h"

#include <QApplication>
#include <QEvent>
#include <QProcess>
#include <QTextStream>

namespace rapport::bench::StartupProbe {

int runChild(int argc, char* argv[], const QString& storePath, const QString& passphraseFile, const QUuid& person)
{
    // RAPPORT_BENCH_TRACE=1 prints where the time goes (steady-clock ms at each stage) on stderr.
    const bool trace = qEnvironmentVariableIsSet("RAPPORT_BENCH_TRACE");
    QTextStream err(stderr);
    const auto stage = [&](const char* name) {
        if (trace) {
            err << "probe " << name << ' ' << QString::number(steadyNowMs(), 'f', 1) << Qt::endl;
        }
    };
    stage("main");
    QApplication app(argc, argv);
    stage("application");
    ApplicationIdentity::apply();
    PaintWatcher watcher([](QObject* object) { return qobject_cast<ui::ClientDashboard*>(object) != nullptr; });

    ui::StartupOptions options;
    options.storePath = storePath;
    options.passphraseFile = passphraseFile;
    options.mode = Role::Client;
    options.person = person;
    ui::MainWindow window;
    ui::SessionController session(window, options);
    window.attachSession(session);
    stage("window");
    window.show();
    stage("shown");
    session.start();
    stage("session started (store open, dashboard built)");
    // The time is taken once the first frame (cards, charts, the log) has been drawn.
    return printWhenPainted(watcher);
}

int printWhenPainted(PaintWatcher& watcher)
{
    QTextStream out(stdout);
    if (!watcher.waitForPaint()) {
        out << "failed" << Qt::endl;
        return 1;
    }
    out << "painted " << QString::number(steadyNowMs(), 'f', 3) << Qt::endl;
    return 0;
}

Result<double>
timeToPaint(const QString& executable, const QStringList& arguments, const QString& configDir, const QString& what)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), configDir);
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const double started = steadyNowMs();
    process.start(executable, arguments);
    if (!process.waitForFinished(120'000) || process.exitCode() != 0) {
        process.kill();
        return fail(ErrorCode::Internal, QStringLiteral("the %1 did not paint").arg(what));
    }
    const QString output = QString::fromUtf8(process.readAllStandardOutput());
    for (const QString& line : output.split(QLatin1Char('\n'))) {
        if (line.startsWith(QStringLiteral("painted "))) {
            return line.mid(8).toDouble() - started;
        }
    }
    return fail(ErrorCode::Internal, QStringLiteral("the %1 printed no time").arg(what));
}

Result<double> measure(const QString& executable,
                       const QString& storePath,
                       const QString& passphraseFile,
                       const QUuid& person,
                       const QString& configDir)
{
    return timeToPaint(executable,
                       {QStringLiteral("--probe-startup"),
                        QStringLiteral("--store"),
                        storePath,
                        QStringLiteral("--passphrase-file"),
                        passphraseFile,
                        QStringLiteral("--person"),
                        person.toString(QUuid::WithoutBraces)},
                       configDir,
                       QStringLiteral("startup probe"));
}

} // namespace rapport::bench::StartupProbe
