#pragma once

#include "common/Error.h"

#include <QString>

namespace rapport::ui {

/**
 * `rapport --render-hr-report JSON --out PDF`: reads an HR report written by hrReportToJson() (rapport-cli's
 * `report hr --pdf` computes it) and draws it as a PDF with HrReportDocument, with the instruments of
 * `instrumentsDirectory` (the built-in ones when empty). Needs a QApplication, which may run offscreen.
 */
[[nodiscard]] Result<void>
renderHrReportPdf(const QString& jsonPath, const QString& pdfPath, const QString& instrumentsDirectory);

} // namespace rapport::ui
