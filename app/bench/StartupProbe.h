#pragma once

#include "common/Error.h"

#include <QString>
#include <QStringList>
#include <QUuid>

namespace rapport::bench {

class PaintWatcher;

/**
 * Cold start, measured in a new process each time: rapport-bench starts itself with --probe-startup, which does what
 * `rapport --store S --passphrase-file F --mode client --person ID` does (QApplication, the main window, the session
 * controller unlocking from the file) and prints the steady-clock time at which the client dashboard has been
 * painted once. The parent takes the time from just before it started the process; the key derivation (the minimal
 * cost here, measured separately) is subtracted.
 */
namespace StartupProbe {

/** The child: runs the real startup path and prints "painted <steady ms>" on stdout. Returns the exit code. */
int runChild(int argc, char* argv[], const QString& storePath, const QString& passphraseFile, const QUuid& person);

/**
 * A child's end: waits for `watcher`'s paint and prints "painted <steady ms>" (or "failed"); the exit code. Shared by
 * every probe, so they are timed alike.
 */
int printWhenPainted(PaintWatcher& watcher);

/**
 * A parent's end: starts `executable` with `arguments` (offscreen, `configDir` as its settings folder) and returns
 * the milliseconds from just before the start to the paint the child printed. `what` names the probe in errors.
 */
[[nodiscard]] Result<double>
timeToPaint(const QString& executable, const QStringList& arguments, const QString& configDir, const QString& what);

/** The parent: one cold start of `executable` (rapport-bench itself), in milliseconds, KDF not subtracted. */
[[nodiscard]] Result<double> measure(const QString& executable,
                                     const QString& storePath,
                                     const QString& passphraseFile,
                                     const QUuid& person,
                                     const QString& configDir);

} // namespace StartupProbe
} // namespace rapport::bench
