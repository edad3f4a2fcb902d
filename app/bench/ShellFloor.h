#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QStringList>

namespace rapport::bench {

/**
 * The engine's own floor for the HR aggregates: exactly the statements the HR view ran (recorded with their
 * parameters filled in), run by the `sqlcipher` command-line shell on the same file with the same raw key, cipher
 * settings and cache. Timed with the shell's own `.timer` (the sum of the statements' real time), so the shell's
 * start and the key setup are not counted.
 */
namespace ShellFloor {

/** Whether the `sqlcipher` shell is on the PATH. */
[[nodiscard]] bool available();

/**
 * Runs `statements` after `preamble` (Store::shellPreamble: holds the key, passed on stdin, never on disk) in one
 * fresh shell; the summed real time of the statements in milliseconds.
 */
[[nodiscard]] Result<double> run(const QString& storePath, const QByteArray& preamble, const QStringList& statements);

} // namespace ShellFloor
} // namespace rapport::bench
