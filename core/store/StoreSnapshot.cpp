#include "StoreSnapshot.h"

#include "Database.h"
#include "Migrations.h"
#include "Store.h"
#include "StoreKeyFile.h"
#include "common/CoreTr.h"

#include <QFile>
#include <QFileInfo>

namespace rapport::StoreSnapshot {
Result<QMap<QString, qint64>> rowCounts(Database& database, const QString& schema)
{
    auto tables = database.prepare(
        QStringLiteral(
            "SELECT name FROM %1.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
            .arg(schema));
    if (!tables) {
        return tl::unexpected(tables.error());
    }
    QStringList names;
    for (;;) {
        auto stepped = tables->step();
        if (!stepped) {
            return tl::unexpected(stepped.error());
        }
        if (*stepped == StepResult::Done) {
            break;
        }
        names.append(tables->text(0));
    }
    QMap<QString, qint64> counts;
    for (const QString& name : std::as_const(names)) {
        // Table names come from the schema itself; quote them all the same.
        QString quoted = name;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        auto count = database.queryInteger(QStringLiteral("SELECT count(*) FROM %1.\"%2\"").arg(schema, quoted));
        if (!count) {
            return tl::unexpected(count.error());
        }
        counts.insert(name, *count);
    }
    return counts;
}

int pageSize()
{
    return CipherPageSize::Default;
}

Result<SnapshotInfo>
take(const QString& storePath, CipherKey store, const QString& snapshotPath, const SecureBytes& snapshotKey)
{
    removeDatabaseFiles(snapshotPath);
    auto database = Database::open(storePath, Database::OpenMode::ReadWrite);
    if (!database) {
        return tl::unexpected(database.error());
    }
    RAPPORT_TRY((*database)->key(store.key, store.pageSize));
    RAPPORT_TRY((*database)->exec(QStringLiteral("PRAGMA busy_timeout = 10000;")));
    RAPPORT_TRY((*database)->attachEncrypted(snapshotPath, QStringLiteral("snapshot"), snapshotKey, pageSize()));
    SnapshotInfo info;
    auto copied = [&]() -> Result<void> {
        // One transaction: the read of the store and the writes to the snapshot see one consistent state.
        RAPPORT_TRY((*database)->exec(QStringLiteral("BEGIN;")));
        auto version = Migrations::schemaVersion(**database);
        if (!version) {
            return tl::unexpected(version.error());
        }
        info.schemaVersion = *version;
        RAPPORT_TRY(
            (*database)->exec(QStringLiteral("SELECT sqlcipher_export('snapshot'); PRAGMA snapshot.user_version = %1;")
                                  .arg(info.schemaVersion)));
        auto counts = rowCounts(**database, QStringLiteral("snapshot"));
        if (!counts) {
            return tl::unexpected(counts.error());
        }
        info.rowCounts = *counts;
        return (*database)->exec(QStringLiteral("COMMIT;"));
    }();
    if (!copied) {
        (void)(*database)->exec(QStringLiteral("ROLLBACK;"));
    }
    (void)(*database)->exec(QStringLiteral("DETACH DATABASE snapshot;"));
    if (!copied) {
        database->reset();
        removeDatabaseFiles(snapshotPath);
        return tl::unexpected(copied.error());
    }
    return info;
}

Result<SnapshotInfo> inspect(const QString& snapshotPath, CipherKey snapshot)
{
    auto database = Database::open(snapshotPath, Database::OpenMode::ReadWrite);
    if (!database) {
        return tl::unexpected(database.error());
    }
    RAPPORT_TRY((*database)->key(snapshot.key, snapshot.pageSize));
    RAPPORT_TRY((*database)->checkIntegrity());
    SnapshotInfo info;
    auto version = Migrations::schemaVersion(**database);
    if (!version) {
        return tl::unexpected(version.error());
    }
    info.schemaVersion = *version;
    auto counts = rowCounts(**database);
    if (!counts) {
        return tl::unexpected(counts.error());
    }
    info.rowCounts = *counts;
    return info;
}

Result<void> restore(const QString& snapshotPath,
                     CipherKey snapshot,
                     const QString& targetPath,
                     const SecureBytes& passphrase,
                     const KdfParameters& requestedKdf)
{
    const KdfParameters kdf = requestedKdf.withFreshSalt();
    if (Store::exists(targetPath)) {
        return fail(ErrorCode::AlreadyExists, CoreTr::tr("A Rapport store already exists at %1.").arg(targetPath));
    }
    auto key = deriveKey(passphrase, kdf);
    if (!key) {
        return tl::unexpected(key.error());
    }
    auto copied = [&]() -> Result<void> {
        auto database = Database::open(snapshotPath, Database::OpenMode::ReadWrite);
        if (!database) {
            return tl::unexpected(database.error());
        }
        RAPPORT_TRY((*database)->key(snapshot.key, snapshot.pageSize));
        auto version = Migrations::schemaVersion(**database);
        if (!version) {
            return tl::unexpected(version.error());
        }
        RAPPORT_TRY(
            (*database)->attachEncrypted(targetPath, QStringLiteral("restored"), *key, CipherPageSize::Default));
        auto exported = (*database)->exec(
            QStringLiteral("SELECT sqlcipher_export('restored'); PRAGMA restored.user_version = %1;").arg(*version));
        auto detached = (*database)->exec(QStringLiteral("DETACH DATABASE restored;"));
        if (!exported) {
            return exported;
        }
        return detached;
    }();
    if (!copied) {
        removeDatabaseFiles(targetPath);
        return copied;
    }
    StoreKeyFile keyFile;
    keyFile.current = {kdf, keyCheckValue(*key, StoreKeyFile::keyCheckLabel()), CipherPageSize::Default};
    if (auto saved = keyFile.save(StoreKeyFile::pathFor(targetPath)); !saved) {
        removeDatabaseFiles(targetPath);
        return saved;
    }
    return {};
}

} // namespace rapport::StoreSnapshot
