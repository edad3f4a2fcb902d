#include "Database.h"

#include "common/CoreTr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sodium.h>
#include <sqlite3.h>
#include <utility>

namespace rapport {
namespace {

// The cipher settings every Rapport store uses, whatever SQLCipher version opens it: SQLCipher 3's defaults
// (HMAC-SHA1, PBKDF2-HMAC-SHA1 for the HMAC key) with the store's page size. SQLCipher 3.4 (Debian 12) only knows
// SQLCipher 3's algorithms, so pinning them lets a store move between Linux and the 4.x builds for Windows and macOS
// in both directions. The page size is set after the compatibility pragma, which would otherwise reset it to 1024.
// The page key itself comes from our Argon2id key as a raw key, so SQLCipher's own passphrase KDF never runs.
QByteArray pinnedSettings(int cipherMajorVersion, int pageSize, const QByteArray& schema = QByteArray())
{
    const QByteArray prefix = schema.isEmpty() ? QByteArray() : schema + '.';
    const QByteArray page = "PRAGMA " + prefix + "cipher_page_size = " + QByteArray::number(pageSize) + ";";
    if (cipherMajorVersion >= 4) {
        // An attached database takes cipher_default_compatibility (set before ATTACH) instead.
        return schema.isEmpty() ? "PRAGMA cipher_compatibility = 3; " + page : page;
    }
    return page + " PRAGMA " + prefix + "kdf_iter = 64000;";
}

QByteArray rawKeyLiteral(const SecureBytes& key)
{
    // x'<64 hex digits>': SQLCipher's syntax for a raw key. Built in a wiped buffer.
    QByteArray literal(static_cast<qsizetype>(key.size() * 2 + 3), '\0');
    literal[0] = 'x';
    literal[1] = '\'';
    sodium_bin2hex(literal.data() + 2, key.size() * 2 + 1, key.data(), key.size());
    literal[literal.size() - 1] = '\'';
    return literal;
}

} // namespace

Database::Database(sqlite3* db, QString path)
    : m_db(db)
    , m_path(std::move(path))
{
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(m_db, "PRAGMA cipher_version", -1, &statement, nullptr) == SQLITE_OK
        && sqlite3_step(statement) == SQLITE_ROW) {
        m_cipherVersion = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0)));
    }
    sqlite3_finalize(statement);
}

Database::~Database()
{
    finalizeCache();
    sqlite3_close_v2(m_db);
}

void Database::finalizeCache()
{
    for (sqlite3_stmt* statement : std::as_const(m_cache)) {
        sqlite3_finalize(statement);
    }
    m_cache.clear();
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, OpenMode mode)
{
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case OpenMode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case OpenMode::ReadWriteCreate:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    case OpenMode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    }
    sqlite3* db = nullptr;
    const QByteArray nativePath = QDir::toNativeSeparators(path).toUtf8();
    const int rc = sqlite3_open_v2(nativePath.constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_close_v2(db);
        const QFileInfo info(path);
        if (!info.exists() && mode != OpenMode::ReadWriteCreate) {
            return fail(ErrorCode::NotFound, CoreTr::tr("There is no Rapport store at %1.").arg(path));
        }
        if (!QFileInfo(info.absolutePath()).isWritable() || (info.exists() && !info.isWritable())) {
            return fail(ErrorCode::ReadOnly,
                        CoreTr::tr("Rapport cannot write to %1. Check the folder's permissions.").arg(path));
        }
        return fail(ErrorCode::Io, CoreTr::tr("The store at %1 could not be opened.").arg(path));
    }
    sqlite3_extended_result_codes(db, 1);
    sqlite3_busy_timeout(db, 5000);
    return std::unique_ptr<Database>(new Database(db, path));
}

int Database::cipherMajorVersion() const
{
    return m_cipherVersion.section(QLatin1Char('.'), 0, 0).toInt();
}

Result<void> Database::key(const SecureBytes& rawKey, int pageSize)
{
    if (m_cipherVersion.isEmpty()) {
        return fail(ErrorCode::Internal,
                    CoreTr::tr("Rapport was built without SQLCipher; the store cannot be encrypted."));
    }
    if (!CipherPageSize::isValid(pageSize)) {
        return fail(ErrorCode::InvalidArgument, CoreTr::tr("%1 bytes is not a valid page size.").arg(pageSize));
    }
    QByteArray literal = rawKeyLiteral(rawKey);
    const int rc = sqlite3_key(m_db, literal.constData(), static_cast<int>(literal.size()));
    sodium_memzero(literal.data(), static_cast<std::size_t>(literal.size()));
    if (rc != SQLITE_OK) {
        return tl::unexpected(errorFor(rc, CoreTr::tr("applying the key")));
    }
    const QByteArray pin = pinnedSettings(cipherMajorVersion(), pageSize);
    if (sqlite3_exec(m_db, pin.constData(), nullptr, nullptr, nullptr) != SQLITE_OK) {
        return fail(ErrorCode::Internal, CoreTr::tr("The encryption settings could not be applied."));
    }
    // The first read decrypts page 1: with the wrong key (or a damaged file) it fails here.
    const int check = sqlite3_exec(m_db, "SELECT count(*) FROM sqlite_master;", nullptr, nullptr, nullptr);
    if (check != SQLITE_OK) {
        return fail(ErrorCode::CorruptFile,
                    CoreTr::tr("The store file could not be decrypted: it is damaged or is not a Rapport store."));
    }
    m_identity = FileIdentity::of(m_path);
    m_pageSize = pageSize;
    // Temporary tables and sort files stay in memory, never on disk in plain text.
    return exec(QStringLiteral("PRAGMA temp_store = MEMORY;"));
}

QByteArray Database::shellKeying(const SecureBytes& rawKey) const
{
    QByteArray literal = rawKeyLiteral(rawKey);
    QByteArray script = "PRAGMA key = \"" + literal + "\";\n";
    sodium_memzero(literal.data(), static_cast<std::size_t>(literal.size()));
    return script + pinnedSettings(cipherMajorVersion(), m_pageSize) + '\n';
}

Result<void> Database::withoutEncryption()
{
    if (sqlite3_exec(m_db, "SELECT count(*) FROM sqlite_master;", nullptr, nullptr, nullptr) != SQLITE_OK) {
        return fail(ErrorCode::CorruptFile, CoreTr::tr("The store file is not a plain SQLite database."));
    }
    return exec(QStringLiteral("PRAGMA temp_store = MEMORY;"));
}

namespace {

int recordStatement(unsigned type, void* context, void* statement, void* /*sql*/)
{
    if (type == SQLITE_TRACE_STMT) {
        char* expanded = sqlite3_expanded_sql(static_cast<sqlite3_stmt*>(statement));
        if (expanded != nullptr) {
            static_cast<QStringList*>(context)->append(QString::fromUtf8(expanded));
            sqlite3_free(expanded);
        }
    }
    return 0;
}

} // namespace

void Database::recordStatements(bool on)
{
    m_recorded.clear();
    sqlite3_trace_v2(m_db, on ? SQLITE_TRACE_STMT : 0, on ? recordStatement : nullptr, on ? &m_recorded : nullptr);
}

Result<void>
Database::attachEncrypted(const QString& path, const QString& alias, const SecureBytes& rawKey, int pageSize)
{
    if (!CipherPageSize::isValid(pageSize)) {
        return fail(ErrorCode::InvalidArgument, CoreTr::tr("%1 bytes is not a valid page size.").arg(pageSize));
    }
    if (cipherMajorVersion() >= 4) {
        if (auto pinned = exec(QStringLiteral("PRAGMA cipher_default_compatibility = 3;")); !pinned) {
            return pinned;
        }
    }
    // An attached file inherits the main database's open flags, which lack CREATE for an existing store:
    // create the (empty) file first.
    if (QFile file(path); !file.exists() && !file.open(QIODevice::WriteOnly)) {
        return fail(ErrorCode::ReadOnly, CoreTr::tr("Rapport cannot create %1.").arg(path));
    }
    auto statement = prepare(QStringLiteral("ATTACH DATABASE ?1 AS %1 KEY ?2;").arg(alias));
    if (!statement) {
        return tl::unexpected(statement.error());
    }
    QByteArray literal = rawKeyLiteral(rawKey);
    statement->bind(1, QDir::toNativeSeparators(path));
    statement->bindBlob(2, literal);
    sodium_memzero(literal.data(), static_cast<std::size_t>(literal.size()));
    RAPPORT_TRY(statement->run());
    // Before anything reads or writes the attached file, so that its first page is read (or written) at this size.
    return exec(QString::fromUtf8(pinnedSettings(cipherMajorVersion(), pageSize, alias.toUtf8())));
}

Result<void> Database::setPageCacheMiB(int mebibytes)
{
    // A negative cache_size is in KiB rather than pages, so it means the same whatever the page size.
    return exec(QStringLiteral("PRAGMA cache_size = %1;").arg(-qint64(mebibytes) * 1024));
}

Result<void> Database::exec(const QString& sql)
{
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_exec(m_db, utf8.constData(), nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        return tl::unexpected(errorFor(sqlite3_extended_errcode(m_db), QString()));
    }
    return {};
}

Result<Statement> Database::cached(const QString& sql)
{
    auto found = m_cache.constFind(sql);
    if (found != m_cache.constEnd()) {
        return Statement(*this, found.value(), true);
    }
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt* statement = nullptr;
    const int rc = sqlite3_prepare_v2(m_db, utf8.constData(), static_cast<int>(utf8.size()), &statement, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(statement);
        return tl::unexpected(errorFor(sqlite3_extended_errcode(m_db), QString()));
    }
    m_cache.insert(sql, statement);
    return Statement(*this, statement, true);
}

Result<Statement> Database::prepare(const QString& sql)
{
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt* statement = nullptr;
    const int rc = sqlite3_prepare_v2(m_db, utf8.constData(), static_cast<int>(utf8.size()), &statement, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(statement);
        return tl::unexpected(errorFor(sqlite3_extended_errcode(m_db), QString()));
    }
    return Statement(*this, statement, false);
}

Result<qint64> Database::queryInteger(const QString& sql)
{
    auto statement = prepare(sql);
    if (!statement) {
        return tl::unexpected(statement.error());
    }
    auto stepped = statement->step();
    if (!stepped) {
        return tl::unexpected(stepped.error());
    }
    return *stepped == StepResult::Row ? statement->integer(0) : 0;
}

Result<QString> Database::queryText(const QString& sql)
{
    auto statement = prepare(sql);
    if (!statement) {
        return tl::unexpected(statement.error());
    }
    auto stepped = statement->step();
    if (!stepped) {
        return tl::unexpected(stepped.error());
    }
    return *stepped == StepResult::Row ? statement->text(0) : QString();
}

Result<void> Database::checkIntegrity()
{
    const QStringList version = m_cipherVersion.split(QLatin1Char('.'));
    const int major = version.value(0).toInt();
    const int minor = version.value(1).toInt();
    if (major > 4 || (major == 4 && minor >= 2)) {
        // cipher_integrity_check lists the pages whose HMAC does not match; no rows means all pages are intact.
        auto statement = prepare(QStringLiteral("PRAGMA cipher_integrity_check;"));
        if (!statement) {
            return tl::unexpected(statement.error());
        }
        auto stepped = statement->step();
        if (!stepped) {
            return tl::unexpected(stepped.error());
        }
        if (*stepped == StepResult::Row) {
            return fail(ErrorCode::CorruptFile, CoreTr::tr("Some pages of the store have been altered or damaged."));
        }
    }
    auto result = queryText(QStringLiteral("PRAGMA integrity_check;"));
    if (!result) {
        return tl::unexpected(result.error());
    }
    if (*result != QStringLiteral("ok")) {
        return fail(ErrorCode::CorruptFile, CoreTr::tr("The store failed its integrity check."));
    }
    return {};
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

Result<void> Database::checkFileUnchanged() const
{
    if (FileIdentity::of(m_path).sameFileAs(m_identity)) {
        return {};
    }
    return fail(ErrorCode::Io,
                CoreTr::tr("The store file %1 was deleted or replaced while Rapport had it open. Nothing "
                           "was saved. Close Rapport, then put the store back or restore a backup.")
                    .arg(m_path));
}

Error Database::errorFor(int resultCode, const QString& doing) const
{
    Q_UNUSED(doing)
    if (auto unchanged = checkFileUnchanged(); resultCode == SQLITE_READONLY_DBMOVED && !unchanged) {
        return unchanged.error();
    }
    switch (resultCode & 0xff) {
    case SQLITE_FULL:
        return {ErrorCode::DiskFull, CoreTr::tr("There is not enough disk space to save this. Nothing was changed.")};
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return {ErrorCode::ReadOnly, CoreTr::tr("The store cannot be written: its file or folder is read-only.")};
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return {ErrorCode::Busy, CoreTr::tr("The store is busy in another Rapport window. Try again.")};
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
        return {ErrorCode::CorruptFile, CoreTr::tr("The store file is damaged.")};
    case SQLITE_CONSTRAINT:
        if (resultCode == SQLITE_CONSTRAINT_FOREIGNKEY) {
            return {ErrorCode::NotFound, CoreTr::tr("That refers to something that does not exist.")};
        }
        if (resultCode == SQLITE_CONSTRAINT_UNIQUE || resultCode == SQLITE_CONSTRAINT_PRIMARYKEY) {
            return {ErrorCode::AlreadyExists, CoreTr::tr("That already exists.")};
        }
        return {ErrorCode::InvalidArgument, CoreTr::tr("That value is not allowed here.")};
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
        return {ErrorCode::Io,
                CoreTr::tr("The store could not be read or written (the file may have been moved, deleted or "
                           "its disk removed).")};
    default:
        return {ErrorCode::Internal,
                CoreTr::tr("Unexpected database error %1.").arg(QString::fromUtf8(sqlite3_errstr(resultCode)))};
    }
}

void removeDatabaseFiles(const QString& path)
{
    for (const QString& suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        QFile::remove(path + suffix);
    }
}

Transaction::Transaction(Database& database, Kind kind)
    : m_database(&database)
    , m_kind(kind)
{
}

Result<Transaction> Transaction::begin(Database& database)
{
    // Inside an open transaction, nest with a savepoint so that a batch (the demo generator, an import) can call
    // the ordinary repository methods and still commit once.
    const bool nested = sqlite3_get_autocommit(database.handle()) == 0;
    if (nested && database.m_bulkLoad) {
        return Transaction(database, Kind::Joined);
    }
    if (!nested) {
        RAPPORT_TRY(database.checkFileUnchanged());
        database.m_bulkLoadAbandoned = false;
    }
    auto begun
        = database.exec(nested ? QStringLiteral("SAVEPOINT rapport_nested;") : QStringLiteral("BEGIN IMMEDIATE;"));
    if (!begun) {
        return tl::unexpected(begun.error());
    }
    return Transaction(database, nested ? Kind::Savepoint : Kind::Outer);
}

Transaction::Transaction(Transaction&& other) noexcept
    : m_database(std::exchange(other.m_database, nullptr))
    , m_kind(other.m_kind)
{
}

Transaction::~Transaction()
{
    if (m_database == nullptr) {
        return;
    }
    switch (m_kind) {
    case Kind::Outer:
        sqlite3_exec(m_database->handle(), "ROLLBACK;", nullptr, nullptr, nullptr);
        m_database->m_bulkLoadAbandoned = false;
        break;
    case Kind::Savepoint:
        sqlite3_exec(
            m_database->handle(), "ROLLBACK TO rapport_nested; RELEASE rapport_nested;", nullptr, nullptr, nullptr);
        break;
    case Kind::Joined:
        m_database->m_bulkLoadAbandoned = true; // its writes cannot be undone alone: the whole load must not commit
        break;
    }
}

Result<void> Transaction::commit()
{
    if (m_database == nullptr) {
        return fail(ErrorCode::Internal, CoreTr::tr("The transaction was already finished."));
    }
    if (m_kind == Kind::Joined) {
        m_database = nullptr;
        return {};
    }
    if (m_kind == Kind::Outer && m_database->m_bulkLoadAbandoned) {
        return fail(ErrorCode::Internal, CoreTr::tr("Part of a bulk write failed, so none of it was saved."));
    }
    auto committed = m_database->exec(m_kind == Kind::Savepoint ? QStringLiteral("RELEASE rapport_nested;")
                                                                : QStringLiteral("COMMIT;"));
    if (!committed) {
        return committed; // the destructor rolls back
    }
    m_database = nullptr;
    return {};
}

BulkLoad::BulkLoad(Database& database)
    : m_database(&database)
{
}

Result<BulkLoad> BulkLoad::begin(Database& database)
{
    if (sqlite3_get_autocommit(database.handle()) != 0 || database.m_bulkLoad) {
        return fail(ErrorCode::Internal, QStringLiteral("A bulk load needs an open transaction of its own."));
    }
    RAPPORT_TRY(database.setPageCacheMiB(PageCache::BulkLoadMiB));
    database.m_bulkLoad = true;
    return BulkLoad(database);
}

BulkLoad::BulkLoad(BulkLoad&& other) noexcept
    : m_database(std::exchange(other.m_database, nullptr))
{
}

BulkLoad::~BulkLoad()
{
    if (m_database != nullptr) {
        m_database->m_bulkLoad = false;
        (void)m_database->setPageCacheMiB(PageCache::NormalMiB);
    }
}

} // namespace rapport
