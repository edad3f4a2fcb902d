#pragma once

#include "common/Error.h"

#include <QString>

namespace rapport::bench {

/**
 * What Qt itself costs to start on this machine: a minimal Qt Widgets program with one Qt Charts chart, started and
 * timed exactly like the startup probe (a new process each time, from just before the parent starts it to the end
 * of the chart's first paint). Rapport's cold start is read against it (`startup_vs_floor_ratio`), so a slow
 * machine does not look like a slow Rapport, nor a fast one hide a regression.
 */
namespace StartupFloor {

/** The child: a main window with one line chart; prints "painted <steady ms>" once it has been drawn. */
int runChild(int argc, char* argv[]);

/** The parent: one cold start of `executable --probe-floor`, in milliseconds. */
[[nodiscard]] Result<double> measure(const QString& executable, const QString& configDir);

} // namespace StartupFloor
} // namespace rapport::bench
