#include "BackupSchedule.h"

#include "Backup.h"
#include "common/CoreTr.h"
#include "crypto/SecureBytes.h"
#include "secrets/SecretNames.h"
#include "secrets/SecretVault.h"
#include "store/SettingsRepository.h"
#include "store/Store.h"

#include <QDir>
#include <QUuid>

namespace rapport {
namespace {

const QString EnabledKey = QStringLiteral("backup.schedule.enabled");
const QString FolderKey = QStringLiteral("backup.schedule.folder");
const QString FrequencyKey = QStringLiteral("backup.schedule.frequency");
const QString KeepKey = QStringLiteral("backup.schedule.keep");
const QString PassphraseKey = QStringLiteral("backup.schedule.passphrase");
const QString PlaceKey = QStringLiteral("backup.schedule.passphraseIn"); ///< "keychain" once it moved there
const QString KeychainIdKey = QStringLiteral("backup.schedule.keychainId"); ///< names this store's keychain entry
const QString InKeychain = QStringLiteral("keychain");
const QString NoPassphrase = QStringLiteral(""); // empty, not null: settings values are NOT NULL
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

/** The keychain entry of this store's backup passphrase; its random id is made the first time. */
Result<QString> keychainName(SettingsRepository& settings)
{
    auto id = settings.value(KeychainIdKey);
    if (!id) {
        return tl::unexpected(id.error());
    }
    if (id->isEmpty()) {
        // Random rather than the file's path: nothing about the person or their folders goes into the keychain.
        *id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        RAPPORT_TRY(settings.setValue(KeychainIdKey, *id));
    }
    return SecretNames::backupPassphrase(*id);
}

/** Puts `passphrase` into the keychain and takes it out of the store. Fails, touching nothing, if it cannot. */
Result<void> moveToKeychain(SettingsRepository& settings, SecretVault& vault, const QString& passphrase)
{
    auto name = keychainName(settings);
    if (!name) {
        return tl::unexpected(name.error());
    }
    RAPPORT_TRY(vault.write(*name, SecureBytes::fromUtf8(passphrase)));
    // Keychain first, then the store: a failure in between leaves the passphrase in both, and the next use retries.
    RAPPORT_TRY(settings.setValue(PlaceKey, InKeychain));
    return settings.setValue(PassphraseKey, NoPassphrase);
}

bool usable(SecretVault* vault)
{
    return vault != nullptr && vault->isAvailable();
}

/** The passphrase scheduled backups use, from wherever save() put it; moves an old in-store one to the keychain. */
Result<SecureBytes> scheduledPassphrase(SettingsRepository& settings, SecretVault* vault)
{
    auto inStore = settings.value(PassphraseKey);
    if (!inStore) {
        return tl::unexpected(inStore.error());
    }
    if (!inStore->isEmpty()) {
        if (usable(vault)) {
            // Best effort: the backup runs with the in-store passphrase either way, and the next run tries again.
            static_cast<void>(moveToKeychain(settings, *vault, *inStore));
        }
        return SecureBytes::fromUtf8(*inStore);
    }
    auto place = settings.value(PlaceKey);
    if (!place) {
        return tl::unexpected(place.error());
    }
    if (*place != InKeychain) {
        return fail(ErrorCode::NotConfigured, CoreTr::tr("Automatic backups are not set up."));
    }
    auto name = keychainName(settings);
    if (!name) {
        return tl::unexpected(name.error());
    }
    auto read = usable(vault) ? vault->read(*name)
                              : fail(ErrorCode::KeychainUnavailable, CoreTr::tr("No system keychain is available."));
    if (!read) {
        return fail(read.error().code,
                    CoreTr::tr("The passphrase for automatic backups is in the system keychain, which cannot be read "
                               "now (%1). Unlock the keychain, or set a new passphrase for automatic backups.")
                        .arg(read.error().message));
    }
    if (!read->has_value()) {
        return fail(ErrorCode::NotConfigured,
                    CoreTr::tr("The passphrase for automatic backups is no longer in the system keychain. Set a new "
                               "one for automatic backups."));
    }
    return std::move(**read);
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
    schedule.passphraseInKeychain = read(PlaceKey) == InKeychain && read(PassphraseKey).isEmpty();
    return schedule;
}

Result<void> BackupSchedule::save(Store& store, const QString& passphrase, SecretVault* vault) const
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
        auto place = settings.value(PlaceKey);
        if (!existing || !place || (existing->isEmpty() && *place != InKeychain)) {
            return fail(ErrorCode::SecretRequired, CoreTr::tr("Automatic backups need a backup passphrase."));
        }
    }
    RAPPORT_TRY(settings.setValue(EnabledKey, enabled ? QStringLiteral("1") : QStringLiteral("0")));
    RAPPORT_TRY(settings.setValue(FolderKey, folder));
    RAPPORT_TRY(settings.setValue(FrequencyKey,
                                  frequency == Frequency::Daily ? QStringLiteral("daily") : QStringLiteral("weekly")));
    RAPPORT_TRY(settings.setValue(KeepKey, QString::number(keep)));
    if (!passphrase.isEmpty()) {
        // Without a keychain (or when it refuses), inside the encrypted store as before; the UI says which.
        if (!usable(vault) || !moveToKeychain(settings, *vault, passphrase)) {
            RAPPORT_TRY(settings.setValue(PassphraseKey, passphrase));
            RAPPORT_TRY(settings.setValue(PlaceKey, QStringLiteral("store")));
        }
    } else if (usable(vault)) {
        auto inStore = settings.value(PassphraseKey);
        if (inStore && !inStore->isEmpty()) {
            static_cast<void>(moveToKeychain(settings, *vault, *inStore)); // retried at the next run if it fails
        }
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

Result<QString> BackupSchedule::runNow(Store& store, SecretVault* vault)
{
    auto schedule = load(store);
    if (!schedule) {
        return tl::unexpected(schedule.error());
    }
    const QDateTime now = store.clock().now();
    SettingsRepository settings = store.settings();
    auto attempt = [&]() -> Result<QString> {
        if (schedule->folder.isEmpty()) {
            return fail(ErrorCode::NotConfigured, CoreTr::tr("Automatic backups are not set up."));
        }
        auto passphrase = scheduledPassphrase(settings, vault);
        if (!passphrase) {
            return tl::unexpected(passphrase.error());
        }
        if (!QDir().mkpath(schedule->folder)) {
            return fail(ErrorCode::ReadOnly,
                        CoreTr::tr("The backup folder %1 cannot be created.").arg(schedule->folder));
        }
        const QString file = QDir(schedule->folder).filePath(fileNameFor(now));
        auto manifest = Backup::exportTo(store, file, *passphrase);
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
