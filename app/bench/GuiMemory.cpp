#include "GuiMemory.h"

#include "BenchStats.h"

#include <QFile>
#include <QProcess>
#include <QThread>

namespace rapport::bench::GuiMemory {
namespace {

/** utime + stime of `pid` in clock ticks; -1 when it cannot be read. */
qint64 cpuTicks(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QByteArray line = stat.readAll();
    // Fields after the command name (which may hold spaces) start after the last ')'.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    return fields.size() > 12 ? fields.at(11).toLongLong() + fields.at(12).toLongLong() : -1;
}

/** VmHWM of `pid` in KiB; -1 when it cannot be read. */
qint64 peakKb(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            return line.mid(6).simplified().split(' ').value(0).toLongLong();
        }
    }
    return -1;
}

} // namespace

Result<double> peakRssMb(const QString& rapportExecutable,
                         const QString& storePath,
                         const QString& passphraseFile,
                         const QUuid& hrPerson,
                         const QString& configDir)
{
    if (!QFile::exists(QStringLiteral("/proc/self/status"))) {
        return fail(ErrorCode::Internal, QStringLiteral("peak memory is read from /proc (Linux only)"));
    }
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), configDir);
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    process.start(rapportExecutable,
                  {QStringLiteral("--store"),
                   storePath,
                   QStringLiteral("--passphrase-file"),
                   passphraseFile,
                   QStringLiteral("--mode"),
                   QStringLiteral("hr"),
                   QStringLiteral("--person"),
                   hrPerson.toString(QUuid::WithoutBraces)});
    if (!process.waitForStarted(10'000)) {
        return fail(ErrorCode::NotFound, QStringLiteral("%1 could not be started").arg(rapportExecutable));
    }
    const qint64 pid = process.processId();
    // Idle: no CPU tick for 1.5 s after it has done some work. At most two minutes.
    const Stopwatch watch;
    qint64 lastTicks = -1;
    double lastChange = 0;
    qint64 peak = -1;
    while (process.state() == QProcess::Running && watch.ms() < 120'000) {
        QThread::msleep(100);
        const qint64 ticks = cpuTicks(pid);
        peak = std::max(peak, peakKb(pid));
        if (ticks != lastTicks) {
            lastTicks = ticks;
            lastChange = watch.ms();
        } else if (ticks > 0 && watch.ms() - lastChange > 1500) {
            break;
        }
    }
    const bool stillRunning = process.state() == QProcess::Running;
    process.terminate();
    if (!process.waitForFinished(10'000)) {
        process.kill();
        process.waitForFinished(5'000);
    }
    if (!stillRunning || peak <= 0) {
        return fail(ErrorCode::Internal, QStringLiteral("rapport ended before it went idle on the HR dashboard"));
    }
    return static_cast<double>(peak) / 1024.0;
}

} // namespace rapport::bench::GuiMemory
