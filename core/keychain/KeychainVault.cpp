#include "KeychainVault.h"

#include "common/CoreTr.h"
#include "secrets/SecretNames.h"

#include <QEventLoop>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include <memory>

namespace rapport {
namespace {

/** Runs `job` to its end (or the timeout) in a local event loop; returns whether it finished. */
bool runToEnd(QKeychain::Job& job, std::chrono::milliseconds timeout)
{
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&loop, &finished] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(timeout, &loop, &QEventLoop::quit);
    job.start();
    if (!finished) {
        // User input waits: a click must not start another sync or close the window under this call.
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    return finished;
}

/** A job for `name`, owned here until it ends; handed to QtKeychain to finish on its own if it times out. */
template <typename Job>
struct OwnedJob
{
    explicit OwnedJob(const QString& name)
        : job(std::make_unique<Job>(QString::fromLatin1(SecretNames::Service)))
    {
        job->setAutoDelete(false);
        job->setInsecureFallback(false);
        job->setKey(name);
    }
    ~OwnedJob()
    {
        if (abandoned) {
            // Still running inside QtKeychain, which deletes it when it ends.
            job->setAutoDelete(true);
            static_cast<void>(job.release());
        }
    }
    OwnedJob(const OwnedJob&) = delete;
    OwnedJob& operator=(const OwnedJob&) = delete;

    std::unique_ptr<Job> job;
    bool abandoned = false;
};

Error errorOf(const QKeychain::Job& job)
{
    const QString detail = job.errorString();
    switch (job.error()) {
    case QKeychain::AccessDeniedByUser:
        return {ErrorCode::Cancelled, CoreTr::tr("Access to the system keychain was refused.")};
    case QKeychain::AccessDenied:
        return {ErrorCode::PermissionDenied, CoreTr::tr("The system keychain refused access: %1").arg(detail)};
    case QKeychain::CouldNotDeleteEntry:
        return {ErrorCode::Io, CoreTr::tr("The entry could not be removed from the system keychain: %1").arg(detail)};
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        break;
    }
    // No secret service on the bus, none installed, or a D-Bus failure: to the caller all mean "ask instead".
    return {ErrorCode::KeychainUnavailable,
            detail.isEmpty() ? CoreTr::tr("No system keychain is available.")
                             : CoreTr::tr("No system keychain is available: %1").arg(detail)};
}

Error timedOut()
{
    return {ErrorCode::KeychainUnavailable, CoreTr::tr("The system keychain did not answer in time.")};
}

} // namespace

KeychainVault::KeychainVault(std::chrono::milliseconds timeout)
    : m_timeout(timeout)
{
}

bool KeychainVault::isAvailable()
{
    if (!m_available) {
        // A read of an entry that never exists: "not found" means a keychain answered.
        auto probe = read(QStringLiteral("availability-probe"));
        m_available = probe.has_value() || probe.error().code != ErrorCode::KeychainUnavailable;
    }
    return *m_available;
}

Result<std::optional<SecureBytes>> KeychainVault::read(const QString& name)
{
    OwnedJob<QKeychain::ReadPasswordJob> owned(name);
    if (!runToEnd(*owned.job, m_timeout)) {
        owned.abandoned = true;
        return tl::unexpected(timedOut());
    }
    if (owned.job->error() == QKeychain::EntryNotFound) {
        return std::optional<SecureBytes>();
    }
    if (owned.job->error() != QKeychain::NoError) {
        return tl::unexpected(errorOf(*owned.job));
    }
    m_available = true;
    QByteArray bytes = owned.job->binaryData();
    return std::optional<SecureBytes>(SecureBytes::takeFrom(bytes));
}

Result<void> KeychainVault::write(const QString& name, const SecureBytes& secret)
{
    OwnedJob<QKeychain::WritePasswordJob> owned(name);
    {
        QByteArray bytes(reinterpret_cast<const char*>(secret.data()), static_cast<qsizetype>(secret.size()));
        owned.job->setBinaryData(bytes);
        SecureBytes::takeFrom(bytes).wipe(); // wipes this copy; the job keeps its own until it is destroyed
    }
    if (!runToEnd(*owned.job, m_timeout)) {
        owned.abandoned = true;
        return tl::unexpected(timedOut());
    }
    if (owned.job->error() != QKeychain::NoError) {
        return tl::unexpected(errorOf(*owned.job));
    }
    m_available = true;
    return {};
}

Result<void> KeychainVault::remove(const QString& name)
{
    OwnedJob<QKeychain::DeletePasswordJob> owned(name);
    if (!runToEnd(*owned.job, m_timeout)) {
        owned.abandoned = true;
        return tl::unexpected(timedOut());
    }
    if (owned.job->error() != QKeychain::NoError && owned.job->error() != QKeychain::EntryNotFound) {
        return tl::unexpected(errorOf(*owned.job));
    }
    return {};
}

} // namespace rapport
