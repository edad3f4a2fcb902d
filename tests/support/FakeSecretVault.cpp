#include "FakeSecretVault.h"

namespace rapport::test {
namespace {

Error unavailable()
{
    return {ErrorCode::KeychainUnavailable, QStringLiteral("No system keychain is available (fake).")};
}

} // namespace

Result<std::optional<SecureBytes>> FakeSecretVault::read(const QString& name)
{
    m_calls.append(QStringLiteral("read ") + name);
    if (!m_available) {
        return tl::unexpected(unavailable());
    }
    if (!m_entries.contains(name)) {
        return std::optional<SecureBytes>();
    }
    QByteArray copy = m_entries.value(name);
    copy.detach();
    return std::optional<SecureBytes>(SecureBytes::takeFrom(copy));
}

Result<void> FakeSecretVault::write(const QString& name, const SecureBytes& secret)
{
    m_calls.append(QStringLiteral("write ") + name);
    if (!m_available) {
        return tl::unexpected(unavailable());
    }
    m_entries.insert(name,
                     QByteArray(reinterpret_cast<const char*>(secret.data()), static_cast<qsizetype>(secret.size())));
    return {};
}

Result<void> FakeSecretVault::remove(const QString& name)
{
    m_calls.append(QStringLiteral("remove ") + name);
    if (!m_available) {
        return tl::unexpected(unavailable());
    }
    m_entries.remove(name);
    return {};
}

QString FakeSecretVault::entry(const QString& name) const
{
    return QString::fromUtf8(m_entries.value(name));
}

} // namespace rapport::test
