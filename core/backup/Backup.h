#pragma once

#include "common/Error.h"
#include "crypto/KeyDerivation.h"
#include "crypto/SecureBytes.h"

#include <QDateTime>
#include <QMap>
#include <QString>

#include <functional>

namespace rapport {

class Store;

/** What a backup says about itself (stored inside the encrypted part). */
struct BackupManifest
{
    QString appVersion;
    int schemaVersion = 0;
    QDateTime createdAt;
    QMap<QString, qint64> rowCounts;
};

/** Reports progress (bytes done of total); returning false cancels the operation, leaving no partial file. */
using BackupProgress = std::function<bool(qint64 done, qint64 total)>;

/**
 * Encrypted backups of a whole store.
 *
 * A backup file is: a plaintext header (magic, format version, the Argon2id parameters and salt of the backup
 * passphrase, a key check value, the secretstream header), then libsodium `crypto_secretstream_xchacha20poly1305`
 * chunks of at most 64 KiB, each prefixed with its length. The first chunk is the manifest (JSON) and is
 * authenticated together with the plaintext header; the rest carry a consistent snapshot of the store (itself an
 * SQLCipher file under a random key kept in the manifest), and the last one has the FINAL tag. Any change to the
 * file, a cut at any point (including at a chunk boundary) and trailing bytes are detected.
 */
namespace Backup {

/** Writes a backup of `store` to `file` atomically (QSaveFile), encrypted under `backupPassphrase`. */
[[nodiscard]] Result<BackupManifest> exportTo(Store& store,
                                              const QString& file,
                                              const SecureBytes& backupPassphrase,
                                              const KdfParameters& kdf = KdfParameters::defaults(),
                                              const BackupProgress& progress = {});
/**
 * Checks a backup without restoring anything: passphrase, authenticity of every byte, the snapshot's integrity,
 * schema version and row counts. Errors: ForeignFile (not a Rapport backup), NewerSchema (from a newer Rapport),
 * WrongPassphrase, CorruptFile (altered or truncated), Cancelled.
 */
[[nodiscard]] Result<BackupManifest>
verify(const QString& file, const SecureBytes& backupPassphrase, const BackupProgress& progress = {});
/**
 * Restores a backup into a NEW store at `targetStorePath` under `newStorePassphrase` (an existing store there is
 * refused), then opens it once so an older schema is migrated. Nothing is left behind on failure.
 */
[[nodiscard]] Result<BackupManifest> restoreTo(const QString& file,
                                               const SecureBytes& backupPassphrase,
                                               const QString& targetStorePath,
                                               const SecureBytes& newStorePassphrase,
                                               const KdfParameters& kdf = KdfParameters::defaults(),
                                               const BackupProgress& progress = {});
/**
 * Restores over an existing, closed store: the current files are kept as a dated copy until the restored store has
 * been opened and checked, then removed; if anything fails the current store is put back untouched.
 */
[[nodiscard]] Result<BackupManifest> restoreReplacing(const QString& file,
                                                      const SecureBytes& backupPassphrase,
                                                      const QString& storePath,
                                                      const SecureBytes& newStorePassphrase,
                                                      const KdfParameters& kdf = KdfParameters::defaults(),
                                                      const BackupProgress& progress = {});

} // namespace Backup
} // namespace rapport
