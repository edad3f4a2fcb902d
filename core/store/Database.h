#pragma once

#include "FileIdentity.h"
#include "Statement.h"
#include "common/Error.h"
#include "crypto/SecureBytes.h"

#include <QHash>
#include <QString>
#include <QStringList>

struct sqlite3;
struct sqlite3_stmt;

namespace rapport {

/** SQLCipher page sizes (bytes). A store's page size is recorded in its key file; see docs/store.md. */
namespace CipherPageSize {
/** SQLCipher 3's default: every store made before 4 KiB pages, and any key file that records no page size. */
inline constexpr int Legacy = 1024;
/**
 * New stores, re-keyed stores, restored stores and backup snapshots. A quarter of the pages of 1 KiB, so a quarter
 * of the page decryptions, HMACs and system calls for the same data; SQLCipher 3.4 and 4.x both read it.
 */
inline constexpr int Default = 4096;
/** What SQLCipher accepts: a power of two from 512 to 65536. */
[[nodiscard]] constexpr bool isValid(qint64 size)
{
    return size >= 512 && size <= 65536 && (size & (size - 1)) == 0;
}
} // namespace CipherPageSize

/** The page cache of a connection, in MiB of decrypted pages. */
namespace PageCache {
/** Every connection: aggregates over a large organisation then decrypt each page once, not once per query. */
inline constexpr int NormalMiB = 64;
/**
 * While one transaction writes a large amount of data (the demo generator): the pages it dirties stay decrypted in
 * memory, instead of being spilled to the WAL (encrypted) and read back (decrypted again) each time an index page is
 * touched. Enough for the whole 10,000-employee demo organisation (~180 MB); the cache only grows as it is used.
 */
inline constexpr int BulkLoadMiB = 256;
} // namespace PageCache

/**
 * One connection to an SQLCipher database. The only place in Rapport that talks to SQLite; the store's
 * repositories build on it. Not thread-safe: one Database per thread.
 */
class Database
{
public:
    enum class OpenMode
    {
        ReadWrite,
        ReadWriteCreate,
        ReadOnly,
    };

    /** Opens the file without reading it; call key() before any statement. */
    [[nodiscard]] static Result<std::unique_ptr<Database>> open(const QString& path, OpenMode mode);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /**
     * Applies a raw 32-byte key (SQLCipher's own PBKDF2 is skipped) and pins the cipher settings with `pageSize`
     * (CipherPageSize), then reads the schema to prove the key. Fails with CorruptFile when the file cannot be read
     * with this key and page size. A new, empty file takes the page size given.
     */
    [[nodiscard]] Result<void> key(const SecureBytes& rawKey, int pageSize);

    /** The key and cipher pragmas of key() as statements for the `sqlcipher` shell (see Store::shellPreamble). */
    [[nodiscard]] QByteArray shellKeying(const SecureBytes& rawKey) const;
    /** The page size key() applied. */
    [[nodiscard]] int cipherPageSize() const { return m_pageSize; }

    /**
     * Uses the file as a plain SQLite database, with the same connection settings as key() otherwise. Only for
     * measuring what encryption costs (StoreOptions::encrypted); fails with CorruptFile on an encrypted file.
     */
    [[nodiscard]] Result<void> withoutEncryption();

    /**
     * While on, keeps the text of every statement run, with its parameters filled in, so that a benchmark can run
     * exactly the same SQL elsewhere (the sqlcipher shell). Off clears the record.
     */
    void recordStatements(bool on);
    [[nodiscard]] QStringList recordedStatements() const { return m_recorded; }

    /**
     * ATTACHes another SQLCipher database file as `alias`, encrypted with `rawKey`, the same pinned settings and
     * `pageSize` (which may differ from the main database's: sqlcipher_export copies rows, not pages).
     */
    [[nodiscard]] Result<void>
    attachEncrypted(const QString& path, const QString& alias, const SecureBytes& rawKey, int pageSize);

    /** Sets the page cache of this connection (PageCache). */
    [[nodiscard]] Result<void> setPageCacheMiB(int mebibytes);

    [[nodiscard]] Result<void> exec(const QString& sql);
    /** A statement prepared once and kept for reuse (for the store's fixed queries). */
    [[nodiscard]] Result<Statement> cached(const QString& sql);
    /** A statement prepared for one use. */
    [[nodiscard]] Result<Statement> prepare(const QString& sql);
    /** The first column of the first row of `sql` as an integer. */
    [[nodiscard]] Result<qint64> queryInteger(const QString& sql);
    [[nodiscard]] Result<QString> queryText(const QString& sql);

    /** The SQLCipher library version ("3.4.1", "4.5.6"), read before keying. */
    [[nodiscard]] QString cipherVersion() const { return m_cipherVersion; }
    [[nodiscard]] int cipherMajorVersion() const;
    /** Integrity check: SQLCipher's page HMAC check where available (4.2+), then SQLite's structural check. */
    [[nodiscard]] Result<void> checkIntegrity();

    /** Rows changed by the last INSERT, UPDATE or DELETE. */
    [[nodiscard]] int changes() const;

    /**
     * Fails with Io when the database file was deleted, or replaced by another file, since the key was applied:
     * SQLite would go on writing into the orphaned file and every change would be lost. Checked before each write
     * transaction.
     */
    [[nodiscard]] Result<void> checkFileUnchanged() const;

    [[nodiscard]] Error errorFor(int resultCode, const QString& doing) const;
    [[nodiscard]] sqlite3* handle() const { return m_db; }

private:
    friend class Transaction;
    friend class BulkLoad;
    Database(sqlite3* db, QString path);
    void finalizeCache();

    sqlite3* m_db = nullptr;
    QString m_path;
    FileIdentity m_identity; ///< the file the key was applied to
    QString m_cipherVersion;
    int m_pageSize = 0;
    QHash<QString, sqlite3_stmt*> m_cache;
    QStringList m_recorded;
    bool m_bulkLoad = false; ///< a BulkLoad is open: nested transactions join the open one
    bool m_bulkLoadAbandoned = false; ///< a joined transaction ended without commit: the open one must not commit
};

/** Deletes a database file and the journal, WAL and shared-memory files SQLite keeps beside it. */
void removeDatabaseFiles(const QString& path);

/**
 * A write transaction: BEGIN IMMEDIATE on creation, ROLLBACK on destruction unless commit() succeeded.
 * Every write in the store happens inside one. Begun inside another transaction, it nests as a savepoint (or, during
 * a BulkLoad, joins the open transaction).
 */
class Transaction
{
public:
    [[nodiscard]] static Result<Transaction> begin(Database& database);
    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    ~Transaction();
    [[nodiscard]] Result<void> commit();

private:
    enum class Kind
    {
        Outer, ///< BEGIN IMMEDIATE … COMMIT
        Savepoint, ///< SAVEPOINT … RELEASE inside an open transaction
        Joined, ///< part of the open transaction of a BulkLoad
    };
    Transaction(Database& database, Kind kind);
    Database* m_database;
    Kind m_kind;
};

/**
 * One transaction that writes a large amount of data (the demo generator), begun inside an open Transaction and
 * ended before it commits. While it lasts the page cache is PageCache::BulkLoadMiB, and the store's transactions
 * begun inside it join the open transaction instead of each opening a savepoint: SQLCipher encrypts every page a
 * savepoint journals, which made a bulk load 1.7× slower than on plain SQLite. Nothing is lost by it: a joined
 * transaction that ends without committing cannot be undone on its own, so it marks the load abandoned, and the
 * open transaction then refuses to commit and rolls everything back.
 */
class BulkLoad
{
public:
    /** Fails with Internal outside a transaction, or inside another bulk load. */
    [[nodiscard]] static Result<BulkLoad> begin(Database& database);
    BulkLoad(BulkLoad&& other) noexcept;
    BulkLoad& operator=(BulkLoad&&) = delete;
    ~BulkLoad();

private:
    explicit BulkLoad(Database& database);
    Database* m_database;
};

} // namespace rapport
