#include "ReminderDueFile.h"

#include "common/CoreTr.h"
#include "common/SaveFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace rapport {
namespace {

const QString DueField = QStringLiteral("checkInDueAt");
const QString QuietFromField = QStringLiteral("quietFrom");
const QString QuietUntilField = QStringLiteral("quietUntil");
const QString RemindedField = QStringLiteral("remindedAt");
const QString SnoozedField = QStringLiteral("snoozedUntil");
const QString TimeFormat = QStringLiteral("HH:mm");

QJsonValue timeValue(const QDateTime& at)
{
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QDateTime timeFrom(const QJsonValue& value)
{
    const QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODate);
    return at.isValid() ? at.toUTC() : QDateTime();
}

} // namespace

ReminderDueFile::ReminderDueFile(QString path)
    : m_path(std::move(path))
{
}

QString ReminderDueFile::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/reminder-due.json");
}

ReminderDueFile::Content ReminderDueFile::read() const
{
    Content content;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        return content;
    }
    // A few hundred bytes at most; anything bigger is not ours.
    const QJsonObject object = QJsonDocument::fromJson(file.read(4096)).object();
    content.checkInDueAt = timeFrom(object.value(DueField));
    const QTime from = QTime::fromString(object.value(QuietFromField).toString(), TimeFormat);
    const QTime until = QTime::fromString(object.value(QuietUntilField).toString(), TimeFormat);
    if (from.isValid() && until.isValid()) {
        content.quietFrom = from;
        content.quietUntil = until;
    }
    content.remindedAt = timeFrom(object.value(RemindedField));
    content.snoozedUntil = timeFrom(object.value(SnoozedField));
    return content;
}

Result<void> ReminderDueFile::write(const Content& content) const
{
    QJsonObject object;
    object.insert(DueField, timeValue(content.checkInDueAt));
    object.insert(QuietFromField, content.quietFrom.toString(TimeFormat));
    object.insert(QuietUntilField, content.quietUntil.toString(TimeFormat));
    object.insert(RemindedField, timeValue(content.remindedAt));
    object.insert(SnoozedField, timeValue(content.snoozedUntil));
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath())) {
        return fail(ErrorCode::ReadOnly,
                    CoreTr::tr("The folder for %1 cannot be created.").arg(QDir::toNativeSeparators(m_path)));
    }
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        return fail(ErrorCode::ReadOnly,
                    CoreTr::tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(m_path), file.errorString()));
    }
    file.write(QJsonDocument(object).toJson(QJsonDocument::Compact));
    if (!commitSaveFile(file)) {
        const ErrorCode code = file.error() == QFileDevice::ResourceError ? ErrorCode::DiskFull : ErrorCode::Io;
        return fail(code,
                    CoreTr::tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(m_path), file.errorString()));
    }
    return {};
}

Result<void> ReminderDueFile::remove() const
{
    QFile file(m_path);
    if (file.exists() && !file.remove()) {
        return fail(ErrorCode::Io,
                    CoreTr::tr("%1 cannot be removed: %2").arg(QDir::toNativeSeparators(m_path), file.errorString()));
    }
    return {};
}

} // namespace rapport
