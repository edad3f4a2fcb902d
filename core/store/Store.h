#pragma once

#include "common/Clock.h"
#include "common/Error.h"
#include "crypto/KeyDerivation.h"
#include "crypto/SecureBytes.h"
#include "store/StoreChange.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QLockFile;

namespace rapport {

class Database;
class ConnectionRepository;
class HubBindingRepository;
class PersonRepository;
class SettingsRepository;
class ShareRequestRepository;
class SharingRepository;
class SubmissionRepository;
class SyncRepository;
class StoreAccess;
class StoreTesting;

/** How a store is created or opened. */
struct StoreOptions
{
    /** Key-derivation cost for a new store or a new passphrase; an existing store uses what its key file records. */
    KdfParameters kdf = KdfParameters::defaults();
    Clock clock;
    /**
     * False only to measure what encryption costs (rapport-bench compares the same workload on a plain SQLite file
     * of the same schema). Nothing in the application or the CLI sets it; a store made without encryption cannot
     * be opened with it on, nor an encrypted one with it off.
     */
    bool encrypted = true;
};

/**
 * Everything Rapport knows about the people in a programme, in one SQLCipher database plus a plaintext key header.
 * The key comes from the passphrase through Argon2id and lives only in guarded memory while the store is open.
 * One process at a time may open a store (a lock file beside it); every write is one transaction, and `changed`
 * is emitted after each committed write, saying what changed, so open views refresh only what they show.
 *
 * The SQL connection, the key and the change notification are private: the repositories and the backup code reach
 * them through StoreAccess (core/store, core/backup only), benchmarks and tests through StoreTesting.
 */
class Store : public QObject
{
    Q_OBJECT

public:
    /** Where the store lives unless --store says otherwise: the platform's application data folder. */
    [[nodiscard]] static QString defaultPath();
    /** Whether a store (database or key file) exists at `path`. */
    [[nodiscard]] static bool exists(const QString& path);

    /** Creates a new, empty store. Refuses to overwrite anything at `path`. */
    [[nodiscard]] static Result<std::unique_ptr<Store>>
    create(const QString& path, const SecureBytes& passphrase, StoreOptions options = {});
    /**
     * Opens an existing store. Errors: NotFound, WrongPassphrase, CorruptFile, ForeignFile, NewerSchema (the store
     * is left untouched), Busy (open in another Rapport process), ReadOnly.
     */
    [[nodiscard]] static Result<std::unique_ptr<Store>>
    open(const QString& path, const SecureBytes& passphrase, StoreOptions options = {});
    ~Store() override;

    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] QString cipherVersion() const;
    [[nodiscard]] int schemaVersion() const;
    [[nodiscard]] const KdfParameters& kdfParameters() const;
    [[nodiscard]] const Clock& clock() const { return m_clock; }

    /**
     * Re-encrypts the store under a key from `newPassphrase`. Atomic: if interrupted, whichever passphrase the
     * database file matches (the old one until the new file is in place) still opens the store.
     */
    [[nodiscard]] Result<void> changePassphrase(const SecureBytes& newPassphrase,
                                                const KdfParameters& newKdf = KdfParameters::defaults());
    /** Whether the passphrase is this store's (constant time; for re-asking before sensitive actions). */
    [[nodiscard]] Result<void> verifyPassphrase(const SecureBytes& passphrase) const;
    /** SQLCipher's page check where available, then SQLite's integrity check. */
    [[nodiscard]] Result<void> checkIntegrity();

    /**
     * Runs `work` as one write transaction: committed when it returns success, rolled back when it fails. Services
     * that write through several repositories use this instead of reaching for the database. Nested calls (and
     * repository writes inside) join it as savepoints.
     */
    [[nodiscard]] Result<void> transaction(const std::function<Result<void>()>& work);

    /** What a bulk load does about the HR summaries the triggers keep (local schema 4). */
    enum class HrSummaries
    {
        RebuildAfter, ///< triggers off while loading, one grouped rebuild before the commit (fast)
        KeepLive, ///< the triggers run for every row (tests of the triggers themselves)
    };
    /**
     * Runs `work` as one transaction that writes a large amount of data (the demo generator, test organisations):
     * the repositories' transactions inside join it instead of each taking a savepoint, the page cache is larger
     * while it lasts, and `changed` reports everything once after the commit. Internal when called inside another
     * transaction.
     */
    [[nodiscard]] Result<void> bulkLoad(const std::function<Result<void>()>& work,
                                        HrSummaries summaries = HrSummaries::RebuildAfter);

    [[nodiscard]] PersonRepository people();
    [[nodiscard]] ConnectionRepository connections();
    [[nodiscard]] SubmissionRepository submissions();
    [[nodiscard]] SharingRepository sharing();
    [[nodiscard]] ShareRequestRepository shareRequests();
    [[nodiscard]] SettingsRepository settings();
    /** Which hub person this store is joined to (docs/sync.md). */
    [[nodiscard]] HubBindingRepository hubBinding();
    /** The local half of syncing with the hub. */
    [[nodiscard]] SyncRepository sync();

    /** The database's SQLCipher page size (CipherPageSize in Database.h), from the key file. */
    [[nodiscard]] int cipherPageSize() const { return m_pageSize; }

Q_SIGNALS:
    /**
     * A write was committed: what it changed. Inside transaction() or bulkLoad(), once after the outer commit for
     * everything written in it; nothing after a rollback.
     */
    void changed(const rapport::StoreChange& change);

private:
    friend class StoreAccess;
    friend class StoreTesting;

    /** Opens with the raw database key instead of a passphrase (StoreTesting::openWithKey). */
    [[nodiscard]] static Result<std::unique_ptr<Store>>
    openWithKey(const QString& path, const SecureBytes& key, StoreOptions options = {});
    /** The statements that make the `sqlcipher` shell read this store's file as Rapport does (StoreTesting). */
    [[nodiscard]] QByteArray shellPreamble() const;
    [[nodiscard]] Database& database() { return *m_database; }
    [[nodiscard]] const SecureBytes& key() const { return m_key; }
    /** A repository committed a write: reported now, or after the open transaction() commits. */
    void recordChange(const StoreChange& change);

    Store(QString path, std::unique_ptr<QLockFile> lock, StoreOptions options);
    [[nodiscard]] static Result<std::unique_ptr<QLockFile>> acquireLock(const QString& path);
    [[nodiscard]] Result<void> openDatabase(const SecureBytes& key, bool create);

    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
    Clock m_clock;
    KdfParameters m_kdf;
    QByteArray m_keyCheck;
    SecureBytes m_key; ///< the raw database key, in guarded memory, wiped when the store closes
    int m_pageSize = 0;
    std::unique_ptr<Database> m_database;
    int m_schemaVersion = 0;
    bool m_encrypted = true;
    int m_transactionDepth = 0; ///< transaction() calls open on the stack
    StoreChange m_pendingChange; ///< what the open transaction() wrote so far
};

} // namespace rapport
