#pragma once

#include "common/Error.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace rapport::bench {

/** What rapport-bench was asked to do. */
struct BenchOptions
{
    bool quick = false; ///< reduced sizes and runs: proves the harness works (the smoke test), measures little
    QString workDir; ///< where generated stores are kept between runs; a temporary folder when empty
    QString rapportExecutable; ///< the GUI, for its peak memory; beside rapport-bench when empty
    int runs = 5; ///< repetitions of each timed step (the median is reported)
    /** Organisation sizes of the HR scaling figures; empty: 1k, 10k, 100k (--quick: 100, 300, 1000). */
    QList<int> sizes;
};

/**
 * Runs every benchmark of issue #10 and returns the figures as one JSON object (see docs/performance.md):
 * unlock, cold start, submit, the HR view by organisation size and against the sqlcipher shell, the encryption
 * overhead, the GUI's peak memory and backup throughput. Progress goes to stderr.
 */
class BenchRunner
{
public:
    explicit BenchRunner(BenchOptions options);

    [[nodiscard]] Result<QJsonObject> run();

private:
    BenchOptions m_options;
};

} // namespace rapport::bench
