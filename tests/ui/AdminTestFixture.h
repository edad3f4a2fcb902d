#pragma once

#include "ResultTesting.h"
#include "crypto/KeyDerivation.h"
#include "crypto/SecureBytes.h"
#include "domain/Person.h"
#include "store/PersonRepository.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDir>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QThread>

#include <atomic>
#include <memory>

namespace rapport::test {

inline const QString AdminStorePassphrase = QStringLiteral("correct horse battery");
inline const QString AdminBackupPassphrase = QStringLiteral("otter kettle violet harbour");

/**
 * Lets a test hold a backup worker still: while armed, the store's clock blocks when read off the GUI thread
 * (Backup::exportTo reads it before writing the first byte) until the test releases it.
 */
struct WorkerGate
{
    std::atomic_bool armed {false};
    QSemaphore released;

    void blockIfArmed()
    {
        if (armed.load() && QThread::currentThread() != QCoreApplication::instance()->thread()) {
            released.acquire();
        }
    }
    void release()
    {
        armed = false;
        released.release(100);
    }
};

/** A store with the cheapest key derivation, a gated clock, and one person of each role. */
struct AdminFixture
{
    QTemporaryDir directory;
    QString path;
    std::shared_ptr<WorkerGate> gate = std::make_shared<WorkerGate>();
    std::unique_ptr<Store> store;

    [[nodiscard]] QString file(const QString& name) const { return QDir(directory.path()).filePath(name); }

    [[nodiscard]] bool setUp()
    {
        if (!directory.isValid()) {
            return false;
        }
        path = file(QStringLiteral("rapport.db"));
        StoreOptions options;
        options.kdf = KdfParameters::minimal();
        options.clock = Clock([gate = gate] {
            gate->blockIfArmed();
            return QDateTime::currentDateTimeUtc();
        });
        auto created = Store::create(path, SecureBytes::fromUtf8(AdminStorePassphrase), options);
        if (!created) {
            qWarning("%s", qPrintable(created.error().message));
            return false;
        }
        store = std::move(*created);
        return store->people().add(QStringLiteral("Alex Morgan"), Role::Client, QStringLiteral("Ops")).has_value()
            && store->people().add(QStringLiteral("Dana Berg"), Role::Professional).has_value()
            && store->people().add(QStringLiteral("Kim Hale"), Role::Hr).has_value()
            && store->people().add(QStringLiteral("Robin Admin"), Role::Admin).has_value();
    }
};

} // namespace rapport::test
