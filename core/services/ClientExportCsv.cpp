#include "ClientExportCsv.h"

#include "common/CoreTr.h"
#include "common/SaveFile.h"
#include "instruments/InstrumentRegistry.h"
#include "instruments/Scoring.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>

namespace rapport {
namespace {

Result<void> writeAtomically(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return fail(ErrorCode::Io,
                    CoreTr::tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    if (file.write(bytes) != bytes.size() || !commitSaveFile(file)) {
        const ErrorCode code = file.error() == QFileDevice::ResourceError ? ErrorCode::DiskFull : ErrorCode::Io;
        return fail(code,
                    CoreTr::tr("%1 could not be saved: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return {};
}

QString isoTime(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODate);
}

QString metricText(Metric metric)
{
    return metric == Metric::Alliance ? CoreTr::tr("Professional Alliance") : CoreTr::tr("Wellbeing Score");
}

} // namespace

ClientExportCsv::ClientExportCsv(const ClientExportData& data, const InstrumentRegistry& registry, QString language)
    : m_data(data)
    , m_registry(registry)
    , m_language(std::move(language))
{
}

QString ClientExportCsv::csvField(const QString& original)
{
    // A spreadsheet runs a cell that starts with = + - @ (or a tab / carriage return before one) as a formula: a
    // professional's name such as "=HYPERLINK(…)" must open as text. Numbers, negative ones too, stay numbers.
    QString text = original;
    if (!text.isEmpty()) {
        const QChar first = text.front();
        bool isNumber = false;
        text.toDouble(&isNumber);
        const bool formulaStart = first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
            || first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r');
        if (formulaStart && !isNumber) {
            text.prepend(QLatin1Char('\''));
        }
    }
    const bool needsQuotes = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"'))
        || text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'))
        || (!text.isEmpty() && (text.front().isSpace() || text.back().isSpace()));
    if (!needsQuotes) {
        return text;
    }
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString ClientExportCsv::csvRecord(const QStringList& fields)
{
    QStringList escaped;
    escaped.reserve(fields.size());
    for (const QString& field : fields) {
        escaped.append(csvField(field));
    }
    return escaped.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

QString ClientExportCsv::professionalName(const ClientExportData& data, const QUuid& id)
{
    if (id.isNull()) {
        return QString();
    }
    return data.professionalNames.value(id, CoreTr::tr("A professional no longer in Rapport"));
}

QList<ClientHistoryLine> ClientExportCsv::historyLines(const ClientExportData& data)
{
    QList<ClientHistoryLine> lines;
    for (const SharingChange& change : data.sharingLog) {
        lines.append({change.at,
                      metricText(change.metric),
                      change.to ? CoreTr::tr("Started sharing") : CoreTr::tr("Stopped sharing"),
                      change.to ? CoreTr::tr("Sharing") : CoreTr::tr("Not Sharing")});
    }
    for (const ConnectionDecision& decision : data.connectionDecisions) {
        lines.append({decision.at,
                      CoreTr::tr("Connection with %1")
                          .arg(data.professionalNames.value(decision.professionalId, CoreTr::tr("a professional"))),
                      decision.accepted ? CoreTr::tr("Accepted") : CoreTr::tr("Declined"),
                      QString()});
    }
    std::stable_sort(
        lines.begin(), lines.end(), [](const ClientHistoryLine& a, const ClientHistoryLine& b) { return a.at < b.at; });
    return lines;
}

QByteArray ClientExportCsv::submissionsCsv() const
{
    QString csv = csvRecord({CoreTr::tr("Date (UTC)"),
                             CoreTr::tr("Questionnaire"),
                             CoreTr::tr("Professional"),
                             CoreTr::tr("Score"),
                             CoreTr::tr("Result"),
                             CoreTr::tr("Answers")});
    for (const Submission& submission : m_data.submissions) {
        const InstrumentDefinition* definition = m_registry.find(submission.instrumentId);
        QString bracket;
        if (definition) {
            if (const auto found = definition->bracketFor(submission.score)) {
                bracket = found->label.text(m_language);
            }
        }
        QStringList answers;
        for (const int answer : submission.answers) {
            answers.append(QString::number(answer));
        }
        // The C locale keeps the score machine-readable ("5.3").
        const QString score = formatScore(submission.score, definition ? definition->decimals : 1);
        csv += csvRecord({isoTime(submission.submittedAt),
                          definition ? definition->title.text(m_language) : submission.instrumentId,
                          professionalName(m_data, submission.professionalId),
                          score,
                          bracket,
                          answers.join(QLatin1Char(','))});
    }
    return csv.toUtf8();
}

QByteArray ClientExportCsv::sharingLogCsv() const
{
    QString csv = csvRecord(
        {CoreTr::tr("Date (UTC)"), CoreTr::tr("Score"), CoreTr::tr("Change"), CoreTr::tr("Sharing afterwards")});
    for (const ClientHistoryLine& line : historyLines(m_data)) {
        csv += csvRecord({isoTime(line.at), line.what, line.change, line.sharingAfterwards});
    }
    return csv.toUtf8();
}

QString ClientExportCsv::sharingLogPathFor(const QString& path)
{
    const QFileInfo info(path);
    QString base = info.completeBaseName();
    if (base.isEmpty()) {
        base = info.fileName();
    }
    return info.dir().filePath(base + QStringLiteral("-sharing-log.csv"));
}

Result<QStringList> ClientExportCsv::write(const QString& path) const
{
    const QString logPath = sharingLogPathFor(path);
    RAPPORT_TRY(writeAtomically(path, submissionsCsv()));
    RAPPORT_TRY(writeAtomically(logPath, sharingLogCsv()));
    return QStringList {path, logPath};
}

} // namespace rapport
