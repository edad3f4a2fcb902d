#include "BackupMessages.h"

#include "common/DateText.h"
#include "common/UiText.h"

#include <QLocale>

namespace rapport::ui::BackupMessages {

QString titleFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::WrongPassphrase:
        return UiTr::tr("Wrong passphrase");
    case ErrorCode::CorruptFile:
        return UiTr::tr("The backup is damaged");
    case ErrorCode::ForeignFile:
        return UiTr::tr("Not a Rapport backup");
    case ErrorCode::NewerSchema:
        return UiTr::tr("Made by a newer Rapport");
    case ErrorCode::Cancelled:
        return UiTr::tr("Cancelled");
    case ErrorCode::DiskFull:
        return UiTr::tr("Not enough disk space");
    case ErrorCode::AlreadyExists:
        return UiTr::tr("Something is already there");
    case ErrorCode::NotFound:
        return UiTr::tr("File not found");
    case ErrorCode::Busy:
        return UiTr::tr("The store is in use");
    case ErrorCode::ReadOnly:
    case ErrorCode::PermissionDenied:
        return UiTr::tr("Cannot write there");
    default:
        return UiTr::tr("Something went wrong");
    }
}

QString formatTime(const QDateTime& time)
{
    if (!time.isValid()) {
        return UiTr::tr("unknown");
    }
    return DateText::dateTime(time);
}

QString manifestHtml(const BackupManifest& manifest)
{
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    auto row = [&html](const QString& name, const QString& value) {
        html += QStringLiteral("<tr><td>%1</td><td>&nbsp;&nbsp;</td><td><b>%2</b></td></tr>")
                    .arg(name.toHtmlEscaped(), value.toHtmlEscaped());
    };
    row(UiTr::tr("Made by Rapport"), manifest.appVersion);
    row(UiTr::tr("Schema version"), QString::number(manifest.schemaVersion));
    row(UiTr::tr("Created"), formatTime(manifest.createdAt));
    for (auto it = manifest.rowCounts.cbegin(); it != manifest.rowCounts.cend(); ++it) {
        row(UiTr::tr("Rows in %1").arg(QString(it.key()).replace(QLatin1Char('_'), QLatin1Char(' '))),
            QLocale().toString(it.value()));
    }
    html += QStringLiteral("</table>");
    return html;
}

QString manifestSummary(const BackupManifest& manifest)
{
    qint64 rows = 0;
    for (const qint64 count : manifest.rowCounts) {
        rows += count;
    }
    return UiTr::tr("Made on %1 by Rapport %2 (schema %3), %n rows in all.", nullptr, static_cast<int>(rows))
        .arg(formatTime(manifest.createdAt), manifest.appVersion, QString::number(manifest.schemaVersion));
}

} // namespace rapport::ui::BackupMessages
