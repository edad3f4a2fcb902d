#pragma once

#include "ClientExportData.h"
#include "common/Error.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace rapport {

class InstrumentRegistry;

/** One line of a client's sharing history: a sharing change or an answer to a connection, with its time. */
struct ClientHistoryLine
{
    QDateTime at;
    QString what; ///< the score, or "Connection with …"
    QString change; ///< "Started sharing", "Accepted", …
    QString sharingAfterwards; ///< empty for a connection
};

/**
 * A client's own data as CSV (RFC 4180: CRLF line ends, fields quoted where needed, UTF-8): every submission with
 * its answers, and the sharing history beside it. Written atomically: a failed export leaves any earlier file at
 * that path as it was. The PDF report (ui/client/ClientDataExport) draws from the same data and texts.
 */
class ClientExportCsv
{
public:
    /** `language`: the code the questionnaires' own titles and bracket labels are shown in ("en", "de", …). */
    ClientExportCsv(const ClientExportData& data, const InstrumentRegistry& registry, QString language);

    [[nodiscard]] QByteArray submissionsCsv() const;
    [[nodiscard]] QByteArray sharingLogCsv() const;
    /** Writes the submissions to `path` and the sharing log beside it; returns both paths. */
    [[nodiscard]] Result<QStringList> write(const QString& path) const;
    /** Where write() puts the sharing log for submissions written to `path`. */
    [[nodiscard]] static QString sharingLogPathFor(const QString& path);

    /** The sharing history, oldest first (the CSV's rows; the PDF shows them newest first). */
    [[nodiscard]] static QList<ClientHistoryLine> historyLines(const ClientExportData& data);
    /** The professional's name, or a "no longer in Rapport" text; empty for no professional. */
    [[nodiscard]] static QString professionalName(const ClientExportData& data, const QUuid& id);

    /** One CSV field, quoted when it holds a comma, quote, line break or surrounding space. */
    [[nodiscard]] static QString csvField(const QString& text);
    /** A CSV record: fields joined by commas, ended by CRLF. */
    [[nodiscard]] static QString csvRecord(const QStringList& fields);

private:
    const ClientExportData& m_data;
    const InstrumentRegistry& m_registry;
    QString m_language;
};

} // namespace rapport
