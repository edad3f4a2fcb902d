#pragma once

#include "common/Error.h"

#include <QString>
#include <QUuid>

namespace rapport::bench {

/**
 * Peak memory of the real GUI: starts `rapport --store S --passphrase-file F --mode hr --person ID` offscreen, waits
 * until it has gone idle (no CPU time used for a while after the HR dashboard is up), reads its peak resident set
 * (VmHWM in /proc/PID/status; Linux only) and ends it.
 */
namespace GuiMemory {

/** The peak RSS in MiB. */
[[nodiscard]] Result<double> peakRssMb(const QString& rapportExecutable,
                                       const QString& storePath,
                                       const QString& passphraseFile,
                                       const QUuid& hrPerson,
                                       const QString& configDir);

} // namespace GuiMemory
} // namespace rapport::bench
