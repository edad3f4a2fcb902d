// KeychainVault for builds without QtKeychain (see CMakeLists.txt): no keychain, ever, so callers ask instead.
#include "KeychainVault.h"
#include "common/CoreTr.h"

namespace rapport {
namespace {

Error unavailable()
{
    return {ErrorCode::KeychainUnavailable,
            CoreTr::tr("This Rapport was built without support for the system keychain.")};
}

} // namespace

KeychainVault::KeychainVault(std::chrono::milliseconds timeout)
    : m_timeout(timeout)
{
}

bool KeychainVault::isAvailable()
{
    static_cast<void>(m_timeout); // nothing to wait for
    return false;
}

Result<std::optional<SecureBytes>> KeychainVault::read(const QString&)
{
    return tl::unexpected(unavailable());
}

Result<void> KeychainVault::write(const QString&, const SecureBytes&)
{
    return tl::unexpected(unavailable());
}

Result<void> KeychainVault::remove(const QString&)
{
    return tl::unexpected(unavailable());
}

} // namespace rapport
