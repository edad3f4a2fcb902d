#pragma once

#include <QStringList>

namespace rapport::cli {

class CliContext;

/**
 * `rapport-cli report hr --pdf FILE [--passphrase-file FILE]`: the HR report as a printable PDF with charts. The
 * figures are computed here (HrAnalytics, as `view hr`); the PDF is drawn by the `rapport` program next to rapport-cli
 * (`rapport --render-hr-report JSON --out PDF`), so that rapport-cli itself needs no QtGui or QtWidgets. Without that
 * program the command fails with NotFound and says where it looked.
 */
int runReportCommand(CliContext& context, const QStringList& arguments);

} // namespace rapport::cli
