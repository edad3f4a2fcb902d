#pragma once

#include "common/Error.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace rapport {

class SecretVault;
class Store;

/**
 * Automatic backups while Rapport is open: to a chosen folder, daily or weekly, keeping the newest N files.
 * The settings live inside the encrypted store. The backup passphrase they use goes into the system keychain when
 * one is available (a SecretVault, under SecretNames::backupPassphrase of a random id kept in the store), and
 * inside the encrypted store otherwise, as before the keychain. A passphrase an older Rapport kept in the store
 * moves to the keychain the first time it is used with one.
 */
struct BackupSchedule
{
    enum class Frequency
    {
        Daily,
        Weekly,
    };

    bool enabled = false;
    QString folder;
    Frequency frequency = Frequency::Weekly;
    int keep = 5;
    QDateTime lastRunAt; ///< the last attempt, successful or not
    QString lastResult; ///< the file written, or the error message of the last attempt
    bool lastSucceeded = false;
    bool passphraseInKeychain = false; ///< where save() or the last run put the passphrase

    [[nodiscard]] static Result<BackupSchedule> load(Store& store);
    /**
     * Saves the settings; `passphrase` (when not empty) becomes the passphrase scheduled backups use: into `vault`
     * when it is available, inside the store when not (or `vault` is null). An old in-store passphrase moves to an
     * available vault here too.
     */
    [[nodiscard]] Result<void>
    save(Store& store, const QString& passphrase = QString(), SecretVault* vault = nullptr) const;

    /** Whether a backup is due at `now`: enabled, and none in the last day or week. */
    [[nodiscard]] bool isDue(const QDateTime& now) const;
    /**
     * Runs one backup now into the folder, prunes old ones and records the outcome. Returns the file written.
     * The passphrase comes from `vault` or the store (see save); a passphrase in a keychain that is not available
     * now is KeychainUnavailable, one that is no longer there NotConfigured.
     */
    [[nodiscard]] static Result<QString> runNow(Store& store, SecretVault* vault = nullptr);

    /** Deletes all but the newest `keep` Rapport backup files in `folder` (by the time in their name). */
    [[nodiscard]] static Result<QStringList> prune(const QString& folder, int keep);
    /** The name a scheduled backup taken at `time` gets. */
    [[nodiscard]] static QString fileNameFor(const QDateTime& time);
};

} // namespace rapport
