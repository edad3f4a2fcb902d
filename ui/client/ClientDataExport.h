#pragma once

#include "common/Error.h"
#include "services/ClientExportData.h"
#include "sharing/ScoreSeries.h"

#include <QCoreApplication>
#include <QHash>
#include <QImage>
#include <QList>
#include <QLocale>
#include <QStringList>

#include <memory>

class QTextDocument;

namespace rapport {
class InstrumentRegistry;
class Store;
} // namespace rapport

namespace rapport::ui {

/**
 * A client's own copy of their data: CSV files (every submission with its answers; the sharing audit log beside it)
 * and a printable PDF report (current scores with brackets and trends, the two charts, the logs). Files are written
 * atomically: a failed export leaves any earlier file at that path as it was.
 */
class ClientDataExport
{
    Q_DECLARE_TR_FUNCTIONS(ClientDataExport)

public:
    ClientDataExport(ClientExportData data, const InstrumentRegistry& registry);

    /** Submissions as CSV (RFC 4180: CRLF line ends, fields quoted where needed, UTF-8). */
    [[nodiscard]] QByteArray submissionsCsv() const;
    /** The sharing audit log as CSV. */
    [[nodiscard]] QByteArray sharingLogCsv() const;
    /** Writes the submissions to `path` and the sharing log beside it; returns both paths. */
    [[nodiscard]] Result<QStringList> writeCsv(const QString& path) const;
    /** Where writeCsv puts the sharing log for submissions written to `path`. */
    [[nodiscard]] static QString sharingLogPathFor(const QString& path);

    /** The report as a document (with the charts as image resources). */
    [[nodiscard]] std::unique_ptr<QTextDocument> report() const;
    /** Prints the report to a PDF at `path`. */
    [[nodiscard]] Result<void> writePdf(const QString& path) const;

    /** One CSV field, quoted when it holds a comma, quote, line break or surrounding space. */
    [[nodiscard]] static QString csvField(const QString& text);
    /** A CSV record: fields joined by commas, ended by CRLF. */
    [[nodiscard]] static QString csvRecord(const QStringList& fields);

private:
    [[nodiscard]] QString questionnaireTitle(const QString& instrumentId) const;
    [[nodiscard]] QString professionalName(const QUuid& id) const;
    /** The score with its instrument's decimals: C locale (the default) for the CSV, the reader's for the PDF. */
    [[nodiscard]] QString scoreText(const Submission& submission, const QLocale& locale = QLocale::c()) const;
    [[nodiscard]] ScoreSeries wellbeingSeries() const;
    /** Alliance series per professional (those connected first, then former ones), by name. */
    [[nodiscard]] QList<std::pair<QUuid, ScoreSeries>> allianceSeries() const;
    [[nodiscard]] QImage chartImage(const QString& instrumentId,
                                    const QString& title,
                                    const QList<std::pair<QString, ScoreSeries>>& lines) const;
    [[nodiscard]] static QString trendText(const ScoreSeries& series);

    ClientExportData m_data;
    const InstrumentRegistry& m_registry;
};

} // namespace rapport::ui
