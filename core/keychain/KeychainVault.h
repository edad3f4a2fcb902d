#pragma once

#include "secrets/SecretVault.h"

#include <chrono>
#include <optional>

namespace rapport {

/**
 * The SecretVault over the platform's keychain through QtKeychain: the Secret Service (GNOME Keyring, KWallet,
 * KeePassXC…) over D-Bus on Linux, the Keychain on macOS, the Credential Manager on Windows. Entries are filed
 * under SecretNames::Service; QtKeychain's insecure fallback (a plain settings file) stays off.
 *
 * QtKeychain's jobs are asynchronous; each call here waits for its job in a local event loop that leaves out user
 * input (see SecretVault), so a QCoreApplication must exist. The secret passes through QtKeychain's QByteArray
 * once on its way; Rapport's own copies are wiped.
 */
class KeychainVault final : public SecretVault
{
public:
    /** `timeout`: how long one call may wait, long enough for a person to answer the keychain's unlock prompt. */
    explicit KeychainVault(std::chrono::milliseconds timeout = std::chrono::minutes(2));

    [[nodiscard]] bool isAvailable() override;
    [[nodiscard]] Result<std::optional<SecureBytes>> read(const QString& name) override;
    [[nodiscard]] Result<void> write(const QString& name, const SecureBytes& secret) override;
    [[nodiscard]] Result<void> remove(const QString& name) override;

private:
    std::chrono::milliseconds m_timeout;
    std::optional<bool> m_available;
};

} // namespace rapport
