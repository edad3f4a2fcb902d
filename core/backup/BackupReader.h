#pragma once

#include "Backup.h"
#include "common/Error.h"
#include "crypto/KeyDerivation.h"
#include "crypto/SecureBytes.h"

#include <QByteArray>
#include <QString>

class QIODevice;

namespace rapport::BackupReader {

// The parsing half of the backup format (described in Backup.h), on any QIODevice so that it can be fuzzed from a
// buffer without touching the disk or running Argon2. Backup::verify/restore drive it on files.

/** Where a backup file starts: these bytes, then a 4-byte big-endian header length and the JSON header. */
[[nodiscard]] QByteArray magic();
/** Largest JSON header accepted. */
inline constexpr qint64 MaxHeaderSize = 64 * 1024;
/** Largest plaintext chunk. */
inline constexpr qint64 ChunkSize = 64 * 1024;
/** 2: the manifest records the snapshot's page size (version 1 snapshots have SQLCipher 3's 1 KiB pages). */
inline constexpr int FormatVersion = 2;
[[nodiscard]] QString formatName();
[[nodiscard]] QByteArray keyCheckLabel();

/** The plaintext header: how to derive the key, how to check it, and the bytes the first chunk authenticates. */
struct Header
{
    KdfParameters kdf;
    QByteArray keyCheck;
    QByteArray streamHeader;
    QByteArray authenticated; ///< magic + length + JSON header + stream header
};

/** What the encrypted body holds besides the snapshot bytes. */
struct Body
{
    BackupManifest manifest;
    SecureBytes snapshotKey;
    int snapshotPageSize = 0; ///< CipherPageSize (store/Database.h)
};

/**
 * Reads and validates the plaintext header from `in`. `name` (the file) goes into messages. Errors: ForeignFile,
 * NewerSchema, CorruptFile. The KDF cost is bounded by KdfParameters::fromJson.
 */
[[nodiscard]] Result<Header> readHeader(QIODevice& in, const QString& name);

/**
 * Decrypts the chunks after the header with `key` (already checked against header.keyCheck), writing the snapshot
 * bytes to `snapshot`; `snapshotName` names it in write errors. Every chunk must authenticate, the first must be a
 * valid manifest, the last must carry the FINAL tag and nothing may follow it. Errors: CorruptFile, NewerSchema,
 * DiskFull/Io (writing the snapshot), Cancelled.
 */
[[nodiscard]] Result<Body> readBody(QIODevice& in,
                                    const Header& header,
                                    const SecureBytes& key,
                                    QIODevice& snapshot,
                                    const QString& snapshotName,
                                    const BackupProgress& progress = {});

/** The error for a backup altered or cut: CorruptFile with `why` in the message. */
[[nodiscard]] Error corrupt(const QString& why);
/** DiskFull when the folder of `path` lacks room for `needed` bytes, Io otherwise (with the system's `reason`). */
[[nodiscard]] Error writeError(const QString& path, qint64 needed, const QString& reason = {});

} // namespace rapport::BackupReader
