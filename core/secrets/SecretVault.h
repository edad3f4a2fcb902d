#pragma once

#include "common/Error.h"
#include "crypto/SecureBytes.h"

#include <QString>

#include <optional>

namespace rapport {

/**
 * Where Rapport keeps secrets it must remember between runs (the hub password, the scheduled-backup passphrase):
 * the platform's keychain (KeychainVault, in the rapport_keychain library), never a file. Entries are named by
 * SecretNames.
 *
 * Synchronous on purpose. Every caller is synchronous already — a CLI command, BackupSchedule::runNow, the step
 * before a sync starts — and a keychain answers in milliseconds unless it has to ask the person to unlock it. An
 * implementation over an asynchronous API (QtKeychain's jobs) waits in a local event loop that leaves out user
 * input, so a caller on the GUI thread must not assume nothing else runs meanwhile: timers and queued signals may.
 *
 * Without a keychain, every call fails with ErrorCode::KeychainUnavailable and the caller falls back to asking the
 * person and keeping the secret in guarded memory (SecureBytes) only.
 */
class SecretVault
{
public:
    virtual ~SecretVault() = default;

    /** Whether a keychain answers here (probed once, then remembered). */
    [[nodiscard]] virtual bool isAvailable() = 0;
    /** The secret called `name`, or nothing when there is no such entry. */
    [[nodiscard]] virtual Result<std::optional<SecureBytes>> read(const QString& name) = 0;
    /** Stores `secret` as `name`, replacing an entry of that name. */
    [[nodiscard]] virtual Result<void> write(const QString& name, const SecureBytes& secret) = 0;
    /** Removes the entry called `name`; an entry that does not exist is not an error. */
    [[nodiscard]] virtual Result<void> remove(const QString& name) = 0;

protected:
    SecretVault() = default;
    SecretVault(const SecretVault&) = default;
    SecretVault& operator=(const SecretVault&) = default;
};

} // namespace rapport
