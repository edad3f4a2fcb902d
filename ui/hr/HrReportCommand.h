#pragma once

#include <QStringList>

namespace rapport::ui {

/**
 * Registers `rapport-cli report hr --pdf FILE [--passphrase-file FILE]` with rapport::cli::registerCommand(): the
 * HR report as a printable PDF with charts (HrReportDocument). Needs a QApplication (offscreen is fine) when it
 * runs. Registering twice has no further effect.
 */
void registerHrReportCommand();

/**
 * True when the command word of a rapport-cli command line (program name first; global --store/--instruments
 * options skipped) is "report": the executable then needs a QApplication instead of a QCoreApplication.
 */
[[nodiscard]] bool isReportCommandLine(const QStringList& arguments);

} // namespace rapport::ui
