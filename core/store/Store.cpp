#include "Store.h"

#include "ConnectionRepository.h"
#include "Database.h"
#include "HubBindingRepository.h"
#include "Migrations.h"
#include "PersonRepository.h"
#include "SettingsRepository.h"
#include "ShareRequestRepository.h"
#include "SharingRepository.h"
#include "StoreKeyFile.h"
#include "SubmissionRepository.h"
#include "SyncRepository.h"
#include "common/CoreTr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QStandardPaths>
#include <QStringList>

#include <filesystem>
#include <sodium.h>
#include <utility>

namespace rapport {
namespace {

QString lockPathFor(const QString& storePath)
{
    return storePath + QStringLiteral(".lock");
}

QString rekeyPathFor(const QString& storePath)
{
    return storePath + QStringLiteral(".rekey");
}

bool keyMatches(const SecureBytes& key, const QByteArray& keyCheck)
{
    const QByteArray check = keyCheckValue(key, StoreKeyFile::keyCheckLabel());
    return check.size() == keyCheck.size()
        && sodium_memcmp(check.constData(), keyCheck.constData(), static_cast<std::size_t>(check.size())) == 0;
}

Error wrongPassphrase()
{
    return {ErrorCode::WrongPassphrase,
            CoreTr::tr("That passphrase does not open this store. Check it and try again.")};
}

/** How every connection to a store is set up once keyed. */
QStringList connectionPragmas()
{
    return {QStringLiteral("PRAGMA journal_mode = WAL;"),
            QStringLiteral("PRAGMA synchronous = FULL;"),
            QStringLiteral("PRAGMA cache_size = %1;").arg(-qint64(PageCache::NormalMiB) * 1024),
            QStringLiteral("PRAGMA foreign_keys = ON;")};
}

void removeIfExists(const QString& path)
{
    if (QFile::exists(path)) {
        QFile::remove(path);
    }
}

} // namespace

QString Store::defaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("rapport.db"));
}

bool Store::exists(const QString& path)
{
    return QFileInfo::exists(path) || QFileInfo::exists(StoreKeyFile::pathFor(path));
}

Store::Store(QString path, std::unique_ptr<QLockFile> lock, StoreOptions options)
    : m_path(std::move(path))
    , m_lock(std::move(lock))
    , m_clock(std::move(options.clock))
    , m_kdf(std::move(options.kdf))
    , m_encrypted(options.encrypted)
{
}

Store::~Store()
{
    m_database.reset();
    m_key.wipe();
    if (m_lock) {
        m_lock->unlock();
    }
}

Result<std::unique_ptr<QLockFile>> Store::acquireLock(const QString& path)
{
    auto lock = std::make_unique<QLockFile>(lockPathFor(path));
    // Never treat a live holder's lock as stale; a crashed holder's lock is detected by its dead process id.
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0)) {
        if (lock->error() == QLockFile::LockFailedError) {
            return fail(ErrorCode::Busy,
                        CoreTr::tr("This store is already open in another Rapport window. Close it there first."));
        }
        return fail(
            ErrorCode::ReadOnly,
            CoreTr::tr("Rapport cannot write next to the store at %1. Check the folder's permissions.").arg(path));
    }
    return lock;
}

Result<std::unique_ptr<Store>> Store::create(const QString& path, const SecureBytes& passphrase, StoreOptions options)
{
    if (exists(path)) {
        return fail(ErrorCode::AlreadyExists, CoreTr::tr("A Rapport store already exists at %1.").arg(path));
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        return fail(ErrorCode::ReadOnly,
                    CoreTr::tr("The folder %1 cannot be created.").arg(QFileInfo(path).absolutePath()));
    }
    auto lock = acquireLock(path);
    if (!lock) {
        return tl::unexpected(lock.error());
    }
    options.kdf = options.kdf.withFreshSalt();
    auto key = deriveKey(passphrase, options.kdf);
    if (!key) {
        return tl::unexpected(key.error());
    }
    std::unique_ptr<Store> store(new Store(path, std::move(*lock), std::move(options)));
    store->m_keyCheck = keyCheckValue(*key, StoreKeyFile::keyCheckLabel());
    store->m_key = std::move(*key);
    store->m_pageSize = CipherPageSize::Default;
    if (auto opened = store->openDatabase(store->m_key, true); !opened) {
        store->m_database.reset();
        removeDatabaseFiles(path);
        return tl::unexpected(opened.error());
    }
    StoreKeyFile keyFile;
    keyFile.current = {store->m_kdf, store->m_keyCheck, store->m_pageSize};
    if (auto saved = keyFile.save(StoreKeyFile::pathFor(path)); !saved) {
        store->m_database.reset();
        removeDatabaseFiles(path);
        return tl::unexpected(saved.error());
    }
    return store;
}

Result<std::unique_ptr<Store>> Store::open(const QString& path, const SecureBytes& passphrase, StoreOptions options)
{
    if (!QFileInfo::exists(path)) {
        return fail(ErrorCode::NotFound, CoreTr::tr("There is no Rapport store at %1.").arg(path));
    }
    auto lock = acquireLock(path);
    if (!lock) {
        return tl::unexpected(lock.error());
    }
    auto keyFile = StoreKeyFile::load(StoreKeyFile::pathFor(path));
    if (!keyFile) {
        return tl::unexpected(keyFile.error());
    }

    // Find the key slot this passphrase belongs to: the current one or, after an interrupted passphrase change,
    // the pending one.
    std::optional<SecureBytes> key;
    bool pendingSlot = false;
    if (auto derived = deriveKey(passphrase, keyFile->current.kdf); !derived) {
        return tl::unexpected(derived.error());
    } else if (keyMatches(*derived, keyFile->current.keyCheck)) {
        key = std::move(*derived);
    }
    if (!key && keyFile->pending) {
        if (auto derived = deriveKey(passphrase, keyFile->pending->kdf); !derived) {
            return tl::unexpected(derived.error());
        } else if (keyMatches(*derived, keyFile->pending->keyCheck)) {
            key = std::move(*derived);
            pendingSlot = true;
        }
    }
    if (!key) {
        return tl::unexpected(wrongPassphrase());
    }

    const StoreKeyFile::KeySlot slot = pendingSlot ? *keyFile->pending : keyFile->current;
    options.kdf = slot.kdf;
    std::unique_ptr<Store> store(new Store(path, std::move(*lock), std::move(options)));
    store->m_keyCheck = slot.keyCheck;
    store->m_key = std::move(*key);
    store->m_pageSize = slot.pageSize;
    auto opened = store->openDatabase(store->m_key, false);
    if (!opened) {
        if (pendingSlot && opened.error().code == ErrorCode::CorruptFile) {
            // The new passphrase of a change that never reached the database: the old one still applies.
            return tl::unexpected(wrongPassphrase());
        }
        return tl::unexpected(opened.error());
    }
    if (keyFile->pending) {
        // Finish or forget the interrupted passphrase change, depending on which key the database answered to.
        StoreKeyFile settled;
        settled.current = slot;
        if (auto saved = settled.save(StoreKeyFile::pathFor(path)); !saved) {
            return tl::unexpected(saved.error());
        }
    }
    // A copy left by a change interrupted before its new key was recorded is never needed: remove it.
    removeDatabaseFiles(rekeyPathFor(path));
    return store;
}

Result<std::unique_ptr<Store>> Store::openWithKey(const QString& path, const SecureBytes& key, StoreOptions options)
{
    if (!QFileInfo::exists(path)) {
        return fail(ErrorCode::NotFound, CoreTr::tr("There is no Rapport store at %1.").arg(path));
    }
    auto lock = acquireLock(path);
    if (!lock) {
        return tl::unexpected(lock.error());
    }
    auto keyFile = StoreKeyFile::load(StoreKeyFile::pathFor(path));
    if (!keyFile) {
        return tl::unexpected(keyFile.error());
    }
    if (key.size() != DerivedKeySize || keyFile->pending || !keyMatches(key, keyFile->current.keyCheck)) {
        // An interrupted passphrase change is settled only by Store::open, which knows which passphrase was given.
        return tl::unexpected(wrongPassphrase());
    }
    options.kdf = keyFile->current.kdf;
    std::unique_ptr<Store> store(new Store(path, std::move(*lock), std::move(options)));
    store->m_keyCheck = keyFile->current.keyCheck;
    store->m_key = key.clone();
    store->m_pageSize = keyFile->current.pageSize;
    RAPPORT_TRY(store->openDatabase(store->m_key, false));
    return store;
}

Result<void> Store::openDatabase(const SecureBytes& key, bool create)
{
    auto database
        = Database::open(m_path, create ? Database::OpenMode::ReadWriteCreate : Database::OpenMode::ReadWrite);
    if (!database) {
        return tl::unexpected(database.error());
    }
    m_database = std::move(*database);
    if (auto keyed = m_encrypted ? m_database->key(key, m_pageSize) : m_database->withoutEncryption(); !keyed) {
        return keyed;
    }
    // Refuse a newer store before anything writes to it.
    auto version = Migrations::schemaVersion(*m_database);
    if (!version) {
        return tl::unexpected(version.error());
    }
    if (*version > Migrations::latestSchemaVersion()) {
        return Migrations::migrate(*m_database); // fails with NewerSchema, without writing
    }
    for (const QString& pragma : connectionPragmas()) {
        if (auto applied = m_database->exec(pragma); !applied) {
            return applied;
        }
    }
    if (auto migrated = Migrations::migrate(*m_database); !migrated) {
        return migrated;
    }
    m_schemaVersion = Migrations::latestSchemaVersion();
    return {};
}

QByteArray Store::shellPreamble() const
{
    QByteArray script = m_encrypted ? m_database->shellKeying(m_key) : QByteArray();
    for (const QString& pragma : connectionPragmas()) {
        script += pragma.toUtf8() + '\n';
    }
    return script + "PRAGMA temp_store = MEMORY;\nSELECT count(*) FROM sqlite_master;\n";
}

QString Store::cipherVersion() const
{
    return m_database->cipherVersion();
}

int Store::schemaVersion() const
{
    return m_schemaVersion;
}

const KdfParameters& Store::kdfParameters() const
{
    return m_kdf;
}

Result<void> Store::verifyPassphrase(const SecureBytes& passphrase) const
{
    auto key = deriveKey(passphrase, m_kdf);
    if (!key) {
        return tl::unexpected(key.error());
    }
    if (!keyMatches(*key, m_keyCheck)) {
        return tl::unexpected(wrongPassphrase());
    }
    return {};
}

Result<void> Store::changePassphrase(const SecureBytes& newPassphrase, const KdfParameters& requestedKdf)
{
    const KdfParameters newKdf = requestedKdf.withFreshSalt();
    auto newKey = deriveKey(newPassphrase, newKdf);
    if (!newKey) {
        return tl::unexpected(newKey.error());
    }
    const QString rekeyPath = rekeyPathFor(m_path);
    removeIfExists(rekeyPath);

    // 1. A complete copy under the new key, beside the store. SQLCipher's export copies schema and rows;
    //    the schema version is carried over by hand. The copy gets the default page size, so a store made with
    //    SQLCipher 3's 1 KiB pages moves to 4 KiB pages here.
    const int newPageSize = CipherPageSize::Default;
    if (auto attached = m_database->attachEncrypted(rekeyPath, QStringLiteral("rekeyed"), *newKey, newPageSize);
        !attached) {
        removeIfExists(rekeyPath);
        return attached;
    }
    auto exported = m_database->exec(
        QStringLiteral("SELECT sqlcipher_export('rekeyed'); PRAGMA rekeyed.user_version = %1;").arg(m_schemaVersion));
    auto detached = m_database->exec(QStringLiteral("DETACH DATABASE rekeyed;"));
    if (!exported || !detached) {
        removeIfExists(rekeyPath);
        return !exported ? exported : detached;
    }

    // 2. Record the new key as pending: from here on, both passphrases are tried at open.
    const QString keyFilePath = StoreKeyFile::pathFor(m_path);
    StoreKeyFile keyFile;
    keyFile.current = {m_kdf, m_keyCheck, m_pageSize};
    const StoreKeyFile::KeySlot newSlot {newKdf, keyCheckValue(*newKey, StoreKeyFile::keyCheckLabel()), newPageSize};
    keyFile.pending = newSlot;
    if (auto saved = keyFile.save(keyFilePath); !saved) {
        removeIfExists(rekeyPath);
        return saved;
    }

    // 3. Close (checkpointing the WAL into the old file), then rename the new file over the old one: atomic.
    (void)m_database->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE);"));
    m_database.reset();
    removeIfExists(m_path + QStringLiteral("-wal"));
    removeIfExists(m_path + QStringLiteral("-shm"));
    std::error_code renameError;
    std::filesystem::rename(
        std::filesystem::path(rekeyPath.toStdU16String()), std::filesystem::path(m_path.toStdU16String()), renameError);
    if (renameError) {
        removeIfExists(rekeyPath);
        StoreKeyFile restored;
        restored.current = keyFile.current;
        (void)restored.save(keyFilePath);
        // Reopen with the old key so this session can go on.
        if (auto reopened = openDatabase(m_key, false); !reopened) {
            return reopened;
        }
        return fail(ErrorCode::Io,
                    CoreTr::tr("The passphrase could not be changed: the new store file could not "
                               "be put in place. The old passphrase still applies."));
    }

    // 4. The new key is now the current one.
    StoreKeyFile settled;
    settled.current = newSlot;
    if (auto saved = settled.save(keyFilePath); !saved) {
        return saved; // the next open settles it: the pending slot matches the database
    }
    m_kdf = newKdf;
    m_keyCheck = newSlot.keyCheck;
    m_key = std::move(*newKey);
    m_pageSize = newPageSize;
    return openDatabase(m_key, false);
}

Result<void> Store::checkIntegrity()
{
    return m_database->checkIntegrity();
}

PersonRepository Store::people()
{
    return PersonRepository(*this);
}

Result<void> Store::transaction(const std::function<Result<void>()>& work)
{
    auto transaction = Transaction::begin(*m_database);
    if (!transaction) {
        return tl::unexpected(transaction.error());
    }
    const bool outer = m_transactionDepth == 0;
    ++m_transactionDepth;
    Result<void> done = work();
    if (done) {
        done = transaction->commit();
    }
    --m_transactionDepth;
    if (!outer) {
        return done; // the outer transaction reports (or discards) what this one wrote
    }
    StoreChange change = std::exchange(m_pendingChange, StoreChange());
    if (done && !change.isEmpty()) {
        Q_EMIT changed(change);
    }
    return done;
}

Result<void> Store::bulkLoad(const std::function<Result<void>()>& work, HrSummaries summaries)
{
    if (m_transactionDepth > 0) {
        return fail(ErrorCode::Internal, QStringLiteral("A bulk load cannot run inside another transaction."));
    }
    return transaction([&]() -> Result<void> {
        if (summaries == HrSummaries::RebuildAfter) {
            // Rebuilt once at the end instead of by a trigger on each of the many inserts per person.
            RAPPORT_TRY(Migrations::suspendHrSummaries(*m_database));
        }
        {
            auto load = BulkLoad::begin(*m_database);
            if (!load) {
                return tl::unexpected(load.error());
            }
            RAPPORT_TRY(work());
        }
        if (summaries == HrSummaries::RebuildAfter) {
            RAPPORT_TRY(Migrations::rebuildHrSummaries(*m_database));
        }
        return {};
    });
}

void Store::recordChange(const StoreChange& change)
{
    if (m_transactionDepth > 0) {
        m_pendingChange.merge(change);
        return;
    }
    Q_EMIT changed(change);
}

ConnectionRepository Store::connections()
{
    return ConnectionRepository(*this);
}

SubmissionRepository Store::submissions()
{
    return SubmissionRepository(*this);
}

SharingRepository Store::sharing()
{
    return SharingRepository(*this);
}

ShareRequestRepository Store::shareRequests()
{
    return ShareRequestRepository(*this);
}

SettingsRepository Store::settings()
{
    return SettingsRepository(*this);
}

HubBindingRepository Store::hubBinding()
{
    return HubBindingRepository(*this);
}

SyncRepository Store::sync()
{
    return SyncRepository(*this);
}

} // namespace rapport
