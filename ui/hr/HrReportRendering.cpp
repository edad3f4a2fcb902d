#include "HrReportRendering.h"

#include "HrReportDocument.h"
#include "analytics/HrReportJson.h"
#include "instruments/InstrumentRegistry.h"

namespace rapport::ui {

Result<void> renderHrReportPdf(const QString& jsonPath, const QString& pdfPath, const QString& instrumentsDirectory)
{
    auto registry = InstrumentRegistry::load(instrumentsDirectory);
    if (!registry) {
        return tl::unexpected(registry.error());
    }
    auto report = readHrReportJson(jsonPath, *registry);
    if (!report) {
        return tl::unexpected(report.error());
    }
    return HrReportDocument(*report, *registry).writePdf(pdfPath);
}

} // namespace rapport::ui
