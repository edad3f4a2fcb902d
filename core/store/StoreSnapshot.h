#pragma once

#include "common/Error.h"
#include "crypto/KeyDerivation.h"
#include "crypto/SecureBytes.h"

#include <QMap>
#include <QString>

namespace rapport {

class Database;

/** What a snapshot holds: its schema version and the number of rows in each table. */
struct SnapshotInfo
{
    int schemaVersion = 0;
    QMap<QString, qint64> rowCounts;

    friend bool operator==(const SnapshotInfo&, const SnapshotInfo&) = default;
};

/**
 * Whole-store copies as SQLCipher files under a key of their own: the building block of backups. A snapshot is
 * never plaintext on disk; it is taken in one read transaction, so it is consistent while another connection writes.
 */
namespace StoreSnapshot {

/** An SQLCipher key and the page size it goes with (CipherPageSize in Database.h). */
struct CipherKey
{
    const SecureBytes& key;
    int pageSize;
};

/** The page size take() writes snapshots with; a backup records it (older backups hold 1 KiB snapshots). */
[[nodiscard]] int pageSize();

/** Copies the store at `storePath` (opened with `store` on a connection of its own) to `snapshotPath`. */
[[nodiscard]] Result<SnapshotInfo>
take(const QString& storePath, CipherKey store, const QString& snapshotPath, const SecureBytes& snapshotKey);
/** Opens a snapshot, checks its integrity and reads its schema version and row counts. */
[[nodiscard]] Result<SnapshotInfo> inspect(const QString& snapshotPath, CipherKey snapshot);
/**
 * Creates a new store at `targetPath` (refusing an existing one) from a snapshot, encrypted under a key derived from
 * `passphrase` with `kdf` and with the default page size, and writes its key file. Opening it afterwards migrates an
 * older schema.
 */
[[nodiscard]] Result<void> restore(const QString& snapshotPath,
                                   CipherKey snapshot,
                                   const QString& targetPath,
                                   const SecureBytes& passphrase,
                                   const KdfParameters& kdf);
/** Row counts of every table of `schema` in an open database. */
[[nodiscard]] Result<QMap<QString, qint64>> rowCounts(Database& database,
                                                      const QString& schema = QStringLiteral("main"));

} // namespace StoreSnapshot
} // namespace rapport
