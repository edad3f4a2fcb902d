#pragma once

#include "common/Error.h"
#include "crypto/SecureBytes.h"
#include "store/Store.h"

#include <QDateTime>
#include <QString>
#include <QUuid>

#include <memory>

namespace rapport {
class InstrumentRegistry;
}

namespace rapport::bench {

/** A generated store the benchmarks read: where it is, its raw key and the people they act as. */
struct BenchStore
{
    QString path;
    int employees = 0; ///< of the demo organisation (the long-history client comes on top)
    QUuid longHistoryClient; ///< 5 years of fortnightly wellbeing, weekly alliance with 3 professionals
    QUuid hrPerson;
    double generationMs = 0; ///< how long making it took (0 when it came from the cache)
    double generationCpuMs = 0; ///< the CPU time it took (likewise)
    qint64 submissions = 0;

    /** Opens it with its raw key (no key derivation). */
    [[nodiscard]] Result<std::unique_ptr<Store>> open(StoreOptions options = {}) const;
};

/**
 * Makes the benchmark stores from the demo generator at fixed seeds and a fixed end date, so every run and every
 * machine measures the same data; keeps them in the work directory (named by their parameters) so a second run
 * reuses them. Every store has the passphrase passphrase() at the cheapest key-derivation cost: only the unlock
 * benchmark is about key derivation, and it makes its own store at the default cost.
 */
class BenchStores
{
public:
    BenchStores(QString workDir, const InstrumentRegistry& registry);

    /** The bench passphrase (not a secret: these stores hold generated data only). */
    [[nodiscard]] static SecureBytes passphrase();
    /** The last day of every generated history. */
    [[nodiscard]] static QDateTime until();

    /**
     * A demo organisation of `employees` over `months` plus one long-history client, from the cache or made now.
     * `encrypted` false makes the plain SQLite twin for the encryption overhead (never cached).
     */
    [[nodiscard]] Result<BenchStore> organisation(
        int employees, int months, bool useCache = true, bool encrypted = true, const QString& name = QString());

    /** Deletes a store's files (database, key file, lock, sidecars). */
    static void remove(const QString& path);

private:
    [[nodiscard]] Result<BenchStore> generate(const QString& path, int employees, int months, bool encrypted);
    [[nodiscard]] Result<BenchStore> describe(const QString& path, int employees);

    QString m_workDir;
    const InstrumentRegistry& m_registry;
};

/** The raw key of the store at `path`, from the bench passphrase (cheap: the stores use the minimal cost). */
[[nodiscard]] Result<SecureBytes> benchKey(const QString& path);

} // namespace rapport::bench
