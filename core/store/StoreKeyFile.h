#pragma once

#include "common/Error.h"
#include "crypto/KeyDerivation.h"

#include <optional>

namespace rapport {

/**
 * The small plaintext header beside a store ("rapport.db.key.json"): the format version and how to derive the
 * store's key from the passphrase. It holds no personal data and no key, only the salt, the cost and a key check
 * value. While a passphrase change is under way it also holds the pending parameters, so that whichever of the
 * two passphrases matches the database after an interruption still opens it.
 */
struct StoreKeyFile
{
    struct KeySlot
    {
        KdfParameters kdf;
        QByteArray keyCheck;
        /** The database's SQLCipher page size under this key (CipherPageSize); 1024 when the file records none. */
        int pageSize = 1024; // CipherPageSize::Legacy
    };

    KeySlot current;
    std::optional<KeySlot> pending;

    [[nodiscard]] static QString pathFor(const QString& storePath);
    /** Key files larger than this are refused unread (a real one is a few hundred bytes). */
    static constexpr qsizetype MaxSize = 64 * 1024;

    [[nodiscard]] static Result<StoreKeyFile> load(const QString& path);
    /** Parses and validates the contents of a key file; `path` names it in messages. Fuzzed (tests/fuzz). */
    [[nodiscard]] static Result<StoreKeyFile> parse(const QByteArray& bytes, const QString& path);
    /** Writes atomically (a temporary file renamed over the old one). */
    [[nodiscard]] Result<void> save(const QString& path) const;

    [[nodiscard]] static QByteArray keyCheckLabel();
};

/** Writes `bytes` to `path` atomically with QSaveFile, mapping failures to DiskFull / ReadOnly / Io. */
[[nodiscard]] Result<void> writeFileAtomically(const QString& path, const QByteArray& bytes);

} // namespace rapport
