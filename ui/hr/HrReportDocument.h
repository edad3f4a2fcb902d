#pragma once

#include "analytics/HrReport.h"
#include "common/Error.h"
#include "instruments/InstrumentDefinition.h"

#include <QImage>
#include <QString>

#include <memory>
#include <optional>

class QTextDocument;

namespace rapport {
class InstrumentRegistry;
}

namespace rapport::ui {

/**
 * The HR report as a printable document: the same figures, charts (rendered to images) and guide as the HR
 * dashboard, suppressed figures as "fewer than k responses". Only formats the HrReport; computes nothing.
 * Needs a QApplication (the charts are Qt Charts widgets), which may run offscreen.
 */
class HrReportDocument
{
public:
    HrReportDocument(HrReport report, const InstrumentRegistry& registry);

    /** The document, with the chart images added as resources. */
    [[nodiscard]] std::unique_ptr<QTextDocument> build() const;

    /** Writes build() as an A4 PDF to `path`, atomically (QSaveFile): the file is either complete or untouched. */
    [[nodiscard]] Result<void> writePdf(const QString& path) const;

    /** The chart images the document embeds (none when the organisation is below k), by resource name. */
    [[nodiscard]] QList<std::pair<QString, QImage>> chartImages() const;

private:
    HrReport m_report;
    std::optional<InstrumentDefinition> m_wellbeing;
    std::optional<InstrumentDefinition> m_alliance;
};

} // namespace rapport::ui
