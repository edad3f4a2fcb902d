#pragma once

#include "secrets/SecretVault.h"

#include <QHash>
#include <QStringList>

namespace rapport::test {

/**
 * A SecretVault in memory for service and UI tests: entries in a hash, every call recorded, and a switch that makes
 * it behave like a machine without a keychain (every call fails with KeychainUnavailable).
 */
class FakeSecretVault final : public SecretVault
{
public:
    [[nodiscard]] bool isAvailable() override { return m_available; }
    [[nodiscard]] Result<std::optional<SecureBytes>> read(const QString& name) override;
    [[nodiscard]] Result<void> write(const QString& name, const SecureBytes& secret) override;
    [[nodiscard]] Result<void> remove(const QString& name) override;

    void setAvailable(bool available) { m_available = available; }
    /** The entry `name` as text; empty when there is none. */
    [[nodiscard]] QString entry(const QString& name) const;
    [[nodiscard]] bool contains(const QString& name) const { return m_entries.contains(name); }
    void setEntry(const QString& name, const QString& secret) { m_entries.insert(name, secret.toUtf8()); }
    [[nodiscard]] QStringList names() const { return m_entries.keys(); }
    /** "read NAME", "write NAME", "remove NAME", in order. */
    [[nodiscard]] const QStringList& calls() const { return m_calls; }

private:
    bool m_available = true;
    QHash<QString, QByteArray> m_entries;
    QStringList m_calls;
};

} // namespace rapport::test
