#include "BackupSchedule.h"

#include "Backup.h"
#include "common/CoreTr.h"
#include "crypto/SecureBytes.h"
#include "store/SettingsRepository.h"
#include "store/Store.h"

#include <QDir>

namespace rapport {
namespace {

const QString EnabledKey = QStringLiteral("backup.schedule.enabled");
const QString FolderKey = QStringLiteral("backup.schedule.folder");
const QString FrequencyKey = QStringLiteral("backup.schedule.frequency");
const QString KeepKey = QStringLiteral("backup.schedule.keep");
const QString PassphraseKey = QStringLiteral("backup.schedule.passphrase");
const QString LastRunKey = QStringLiteral("backup.schedule.lastRunAt");
const QString LastResultKey = QStringLiteral("backup.schedule.lastResult");
const QString LastSucceededKey = QStringLiteral("backup.schedule.lastSucceeded");
const QString FilePrefix = QStringLiteral("rapport-backup-");
const QString FileSuffix = QStringLiteral(".rapport-backup");

Result<void> recordOutcome(Store& store, const QDateTime& at, bool succeeded, const QString& result)
{
    RAPPORT_TRY(store.settings().setValue(LastRunKey, at.toString(Qt::ISODateWithMs)));
    RAPPORT_TRY(store.settings().setValue(LastSucceededKey, succeeded ? QStringLiteral("1") : QStringLiteral("0")));
    return store.settings().setValue(LastResultKey, result);
}

} // namespace

Result<BackupSchedule> BackupSchedule::load(Store& store)
{
    SettingsRepository settings = store.settings();
    BackupSchedule schedule;
    auto read = [&](const QString& key, const QString& fallback = QString()) -> QString {
        return settings.value(key, fallback).value_or(fallback);
    };
    schedule.enabled = read(EnabledKey) == QStringLiteral("1");
    schedule.folder = read(FolderKey);
    schedule.frequency = read(FrequencyKey) == QStringLiteral("daily") ? Frequency::Daily : Frequency::Weekly;
    schedule.keep = std::clamp(read(KeepKey, QStringLiteral("5")).toInt(), 1, 1000);
    schedule.lastRunAt = QDateTime::fromString(read(LastRunKey), Qt::ISODateWithMs);
    schedule.lastResult = read(LastResultKey);
    schedule.lastSucceeded = read(LastSucceededKey) == QStringLiteral("1");
    return schedule;
}

Result<void> BackupSchedule::save(Store& store, const QString& passphrase) const
{
    if (enabled && folder.isEmpty()) {
        return fail(ErrorCode::Incomplete, CoreTr::tr("Choose a folder for the automatic backups."));
    }
    if (keep < 1 || keep > 1000) {
        return fail(ErrorCode::OutOfRange, CoreTr::tr("Keep between 1 and 1000 backups."));
    }
    SettingsRepository settings = store.settings();
    if (enabled && passphrase.isEmpty()) {
        auto existing = settings.value(PassphraseKey);
        if (!existing || existing->isEmpty()) {
            return fail(ErrorCode::SecretRequired, CoreTr::tr("Automatic backups need a backup passphrase."));
        }
    }
    RAPPORT_TRY(settings.setValue(EnabledKey, enabled ? QStringLiteral("1") : QStringLiteral("0")));
    RAPPORT_TRY(settings.setValue(FolderKey, folder));
    RAPPORT_TRY(settings.setValue(FrequencyKey,
                                  frequency == Frequency::Daily ? QStringLiteral("daily") : QStringLiteral("weekly")));
    RAPPORT_TRY(settings.setValue(KeepKey, QString::number(keep)));
    if (!passphrase.isEmpty()) {
        RAPPORT_TRY(settings.setValue(PassphraseKey, passphrase));
    }
    return {};
}

bool BackupSchedule::isDue(const QDateTime& now) const
{
    if (!enabled || folder.isEmpty()) {
        return false;
    }
    if (!lastRunAt.isValid()) {
        return true;
    }
    const qint64 interval = frequency == Frequency::Daily ? 24 * 3600 : 7 * 24 * 3600;
    return lastRunAt.secsTo(now) >= interval;
}

QString BackupSchedule::fileNameFor(const QDateTime& time)
{
    return FilePrefix + time.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss")) + FileSuffix;
}

Result<QString> BackupSchedule::runNow(Store& store)
{
    auto schedule = load(store);
    if (!schedule) {
        return tl::unexpected(schedule.error());
    }
    const QDateTime now = store.clock().now();
    auto passphrase = store.settings().value(PassphraseKey);
    if (!passphrase) {
        return tl::unexpected(passphrase.error());
    }
    auto attempt = [&]() -> Result<QString> {
        if (schedule->folder.isEmpty() || passphrase->isEmpty()) {
            return fail(ErrorCode::NotConfigured, CoreTr::tr("Automatic backups are not set up."));
        }
        if (!QDir().mkpath(schedule->folder)) {
            return fail(ErrorCode::ReadOnly,
                        CoreTr::tr("The backup folder %1 cannot be created.").arg(schedule->folder));
        }
        const QString file = QDir(schedule->folder).filePath(fileNameFor(now));
        auto manifest = Backup::exportTo(store, file, SecureBytes::fromUtf8(*passphrase));
        if (!manifest) {
            return tl::unexpected(manifest.error());
        }
        auto pruned = prune(schedule->folder, schedule->keep);
        if (!pruned) {
            return tl::unexpected(pruned.error());
        }
        return file;
    }();
    RAPPORT_TRY(recordOutcome(store, now, attempt.has_value(), attempt ? *attempt : attempt.error().message));
    return attempt;
}

Result<QStringList> BackupSchedule::prune(const QString& folder, int keep)
{
    QDir dir(folder);
    // The names sort by time: rapport-backup-yyyyMMdd-HHmmss.rapport-backup.
    QStringList files = dir.entryList({FilePrefix + QStringLiteral("*") + FileSuffix}, QDir::Files, QDir::Name);
    QStringList removed;
    while (files.size() > keep) {
        const QString oldest = files.takeFirst();
        if (!dir.remove(oldest)) {
            return fail(ErrorCode::Io, CoreTr::tr("The old backup %1 could not be removed.").arg(oldest));
        }
        removed.append(oldest);
    }
    return removed;
}

} // namespace rapport
