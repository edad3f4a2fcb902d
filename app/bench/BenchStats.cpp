#include "BenchStats.h"

#include <QFile>
#include <QSysInfo>
#include <QTextStream>
#include <QThread>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

#include <algorithm>
#include <chrono>
#include <cmath>

namespace rapport::bench {

double median(QList<double> samples)
{
    if (samples.isEmpty()) {
        return 0;
    }
    std::sort(samples.begin(), samples.end());
    const qsizetype middle = samples.size() / 2;
    return samples.size() % 2 == 1 ? samples.at(middle) : (samples.at(middle - 1) + samples.at(middle)) / 2;
}

double processCpuMs()
{
#ifdef Q_OS_UNIX
    rusage usage {};
    if (getrusage(RUSAGE_SELF, &usage) == 0) {
        const auto ms = [](const timeval& time) {
            return static_cast<double>(time.tv_sec) * 1000.0 + static_cast<double>(time.tv_usec) / 1000.0;
        };
        return ms(usage.ru_utime) + ms(usage.ru_stime);
    }
#endif
    return 0;
}

double steadyNowMs()
{
    const auto now = std::chrono::steady_clock::now().time_since_epoch();
    return static_cast<double>(std::chrono::duration_cast<std::chrono::nanoseconds>(now).count()) / 1e6;
}

QJsonObject machineDescription()
{
    QString model;
    qint64 memoryKb = 0;
    if (QFile cpuinfo(QStringLiteral("/proc/cpuinfo")); cpuinfo.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : cpuinfo.readAll().split('\n')) {
            if (line.startsWith("model name")) {
                model = QString::fromUtf8(line.mid(line.indexOf(':') + 1)).trimmed();
                break;
            }
        }
    }
    if (QFile meminfo(QStringLiteral("/proc/meminfo")); meminfo.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> fields = meminfo.readLine().simplified().split(' ');
        memoryKb = fields.size() >= 2 ? fields.at(1).toLongLong() : 0;
    }
    return QJsonObject {
        {QStringLiteral("cores"), QThread::idealThreadCount()},
        {QStringLiteral("cpu_model"), model.isEmpty() ? QSysInfo::currentCpuArchitecture() : model},
        {QStringLiteral("memory_mb"), static_cast<double>(memoryKb / 1024)},
        {QStringLiteral("os"), QSysInfo::prettyProductName()},
    };
}

double rounded(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

void progress(const QString& message)
{
    QTextStream(stderr) << "[rapport-bench] " << message << Qt::endl;
}

} // namespace rapport::bench
