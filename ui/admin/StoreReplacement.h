#pragma once

#include "backup/Backup.h"
#include "common/Error.h"
#include "crypto/KeyDerivation.h"
#include "crypto/SecureBytes.h"
#include "store/Store.h"

#include <QMetaType>
#include <QString>

#include <functional>
#include <memory>

class QWidget;

namespace rapport::ui {

/**
 * What AdminPanel hands over when the admin has confirmed a restore over the store in use. The store must be closed
 * before core may replace it, and only the session controller can close it, so the panel only asks.
 * Everything needed is inside: the backup, both passphrases (already checked), and how to reopen either outcome.
 */
struct RestoreOverCurrentRequest
{
    QString backupFile;
    QString storePath;
    SecureBytes backupPassphrase;
    SecureBytes currentStorePassphrase; ///< re-asked and verified; reopens the store if the restore fails
    SecureBytes newStorePassphrase; ///< the restored store's
    KdfParameters kdf; ///< cost (and fresh salt) for the restored store's key
    BackupManifest manifest; ///< what the admin confirmed, from verifying the backup
};

/** How a restore over the current store ended. */
struct StoreReplacementOutcome
{
    /** The manifest restored, or why nothing changed (the current store is then untouched). */
    Result<BackupManifest> restored;
    /** The store reopened: the restored one on success, the untouched one otherwise; null if it did not open. */
    std::unique_ptr<Store> store;
    /** Why reopening failed, when `store` is null. */
    QString reopenError;
    /** A title and a message for the admin. */
    QString title;
    QString message;
};

/**
 * Runs `Backup::restoreReplacing` for a request, on a worker thread with a cancellable progress dialog over
 * `parent`, then reopens the store (restored or, on failure, the original) and calls `done` on the GUI thread.
 * Call it only after the screen holding the Store and the Store itself are gone.
 */
void replaceStore(QWidget* parent,
                  std::shared_ptr<RestoreOverCurrentRequest> request,
                  StoreOptions reopenOptions,
                  std::function<void(StoreReplacementOutcome outcome)> done);

} // namespace rapport::ui

Q_DECLARE_METATYPE(std::shared_ptr<rapport::ui::RestoreOverCurrentRequest>)
