#pragma once

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace rapport::bench {

/** The median of `samples` (the mean of the middle two for an even count); 0 for none. */
[[nodiscard]] double median(QList<double> samples);

/** Milliseconds since construction, with sub-millisecond resolution (monotonic clock). */
class Stopwatch
{
public:
    Stopwatch() { m_timer.start(); }
    [[nodiscard]] double ms() const { return static_cast<double>(m_timer.nsecsElapsed()) / 1e6; }

private:
    QElapsedTimer m_timer;
};

/**
 * CPU time (user + system) this process has used so far, in milliseconds; 0 where the platform does not say. Unlike
 * wall time it leaves out waiting for the disk and for other processes, so it is steadier on a shared machine.
 */
[[nodiscard]] double processCpuMs();

/** Milliseconds of the steady clock (shared by every process on the machine), for timing a child process. */
[[nodiscard]] double steadyNowMs();

/** The machine the figures come from: cores, CPU model, memory, OS. */
[[nodiscard]] QJsonObject machineDescription();

/** Rounds to `decimals` places for the JSON output. */
[[nodiscard]] double rounded(double value, int decimals = 2);

/** Writes one progress line to stderr (never stdout, which carries the JSON). */
void progress(const QString& message);

} // namespace rapport::bench
