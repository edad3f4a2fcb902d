#pragma once

#include "SecureBytes.h"
#include "common/Error.h"

#include <QByteArray>
#include <QJsonObject>

namespace rapport {

/**
 * How a key is derived from a passphrase: Argon2id (libsodium crypto_pwhash) with its cost and salt.
 * Stored beside what it protects, so a stronger default later still opens older files.
 */
struct KdfParameters
{
    QString algorithm; ///< "argon2id13"
    quint64 opsLimit = 0; ///< passes over memory
    quint64 memLimitBytes = 0;
    QByteArray salt; ///< 16 random bytes

    /** The default cost (about half a second on a modest laptop) with a fresh random salt. */
    [[nodiscard]] static KdfParameters defaults();
    /** The cheapest cost libsodium allows, with a fresh salt: for tests and the throwaway demo store only. */
    [[nodiscard]] static KdfParameters minimal();
    /** The same cost with a new random salt: every new key gets its own salt, whatever the caller passed. */
    [[nodiscard]] KdfParameters withFreshSalt() const;

    [[nodiscard]] QJsonObject toJson() const;
    /** Parses and validates; rejects unknown algorithms and costs outside sane bounds. */
    [[nodiscard]] static Result<KdfParameters> fromJson(const QJsonObject& json);

    friend bool operator==(const KdfParameters&, const KdfParameters&) = default;
};

/** Size of every derived key in bytes. */
inline constexpr std::size_t DerivedKeySize = 32;

/** Derives a 32-byte key from `passphrase`. Fails only when the machine lacks the memory the cost asks for. */
[[nodiscard]] Result<SecureBytes> deriveKey(const SecureBytes& passphrase, const KdfParameters& parameters);

/**
 * A short value that tells whether a derived key is the right one without trying it on the data:
 * a keyed BLAKE2b hash of a fixed label. It reveals nothing an attacker could not learn by trying the key.
 */
[[nodiscard]] QByteArray keyCheckValue(const SecureBytes& key, const QByteArray& label);

} // namespace rapport
