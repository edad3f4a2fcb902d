#include "Backup.h"

#include "common/CoreTr.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "store/Store.h"
#include "store/StoreKeyFile.h"
#include "store/StoreSnapshot.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStorageInfo>
#include <QtEndian>

#include <sodium.h>

namespace rapport::Backup {
namespace {

const QByteArray Magic = QByteArrayLiteral("RAPPORT-BACKUP\r\n"); // \r\n shows a file mangled by text-mode copying
const QString Format = QStringLiteral("rapport-backup");
constexpr int FormatVersion = 1;
constexpr qint64 ChunkSize = 64 * 1024;
constexpr qint64 MaxHeaderSize = 64 * 1024;
constexpr qint64 ABytes = crypto_secretstream_xchacha20poly1305_ABYTES;
constexpr qint64 StreamHeaderSize = crypto_secretstream_xchacha20poly1305_HEADERBYTES;

QByteArray keyCheckLabel()
{
    return QByteArrayLiteral("rapport-backup-key-check-v1");
}

QString snapshotPathFor(const QString& file)
{
    return file + QStringLiteral(".snapshot-tmp");
}

Error corrupt(const QString& why)
{
    return {ErrorCode::CorruptFile, CoreTr::tr("The backup is damaged or has been altered (%1). Nothing was restored.").arg(why)};
}

Error writeError(const QString& path, qint64 needed)
{
    const QStorageInfo storage(QFileInfo(path).absolutePath());
    if (storage.isValid() && storage.bytesAvailable() < needed + 65536) {
        return {ErrorCode::DiskFull, CoreTr::tr("There is not enough disk space for the backup at %1.").arg(path)};
    }
    return {ErrorCode::Io, CoreTr::tr("The backup could not be written to %1.").arg(path)};
}

QByteArray uint32BigEndian(quint32 value)
{
    QByteArray bytes(4, Qt::Uninitialized);
    qToBigEndian(value, bytes.data());
    return bytes;
}

QJsonObject manifestToJson(const BackupManifest& manifest, const QByteArray& snapshotKeyBase64, qint64 payloadSize)
{
    QJsonObject counts;
    for (auto it = manifest.rowCounts.cbegin(); it != manifest.rowCounts.cend(); ++it) {
        counts.insert(it.key(), it.value());
    }
    return QJsonObject{
        {QStringLiteral("appVersion"), manifest.appVersion},
        {QStringLiteral("schemaVersion"), manifest.schemaVersion},
        {QStringLiteral("createdAt"), manifest.createdAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("rowCounts"), counts},
        {QStringLiteral("snapshotKey"), QString::fromLatin1(snapshotKeyBase64)},
        {QStringLiteral("payloadSize"), payloadSize},
    };
}

/** The decrypted contents of a backup: its manifest and the snapshot written to a temporary file. */
struct Decrypted
{
    BackupManifest manifest;
    SecureBytes snapshotKey;
    QString snapshotPath;
};

Result<Decrypted> decrypt(const QString& file, const SecureBytes& passphrase, const QString& snapshotPath,
                          const BackupProgress& progress)
{
    QFile in(file);
    if (!in.exists()) {
        return fail(ErrorCode::NotFound, CoreTr::tr("There is no file at %1.").arg(file));
    }
    if (!in.open(QIODevice::ReadOnly)) {
        return fail(ErrorCode::Io, CoreTr::tr("%1 cannot be read.").arg(file));
    }
    const qint64 total = in.size();
    QByteArray authenticated = in.read(Magic.size());
    if (authenticated != Magic) {
        return fail(ErrorCode::ForeignFile, CoreTr::tr("%1 is not a Rapport backup.").arg(file));
    }
    const QByteArray lengthBytes = in.read(4);
    if (lengthBytes.size() != 4) {
        return tl::unexpected(corrupt(CoreTr::tr("the header is cut off")));
    }
    const quint32 headerLength = qFromBigEndian<quint32>(lengthBytes.constData());
    if (headerLength == 0 || headerLength > MaxHeaderSize) {
        return tl::unexpected(corrupt(CoreTr::tr("the header has an impossible size")));
    }
    const QByteArray headerBytes = in.read(headerLength);
    if (headerBytes.size() != qsizetype(headerLength)) {
        return tl::unexpected(corrupt(CoreTr::tr("the header is cut off")));
    }
    QJsonParseError parseError{};
    const QJsonDocument headerDocument = QJsonDocument::fromJson(headerBytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !headerDocument.isObject()) {
        return tl::unexpected(corrupt(CoreTr::tr("the header is not readable")));
    }
    const QJsonObject header = headerDocument.object();
    if (header.value(QStringLiteral("format")).toString() != Format) {
        return fail(ErrorCode::ForeignFile, CoreTr::tr("%1 is not a Rapport backup.").arg(file));
    }
    if (header.value(QStringLiteral("formatVersion")).toInt() > FormatVersion) {
        return fail(ErrorCode::NewerSchema,
                    CoreTr::tr("This backup was made by a newer version of Rapport. Update Rapport to use it."));
    }
    auto kdf = KdfParameters::fromJson(header.value(QStringLiteral("kdf")).toObject());
    if (!kdf) {
        return tl::unexpected(corrupt(CoreTr::tr("the key parameters are not valid")));
    }
    const auto keyCheck = QByteArray::fromBase64Encoding(header.value(QStringLiteral("keyCheck")).toString().toLatin1(),
                                                         QByteArray::AbortOnBase64DecodingErrors);
    const QByteArray streamHeader = in.read(StreamHeaderSize);
    if (!keyCheck || streamHeader.size() != StreamHeaderSize) {
        return tl::unexpected(corrupt(CoreTr::tr("the header is cut off")));
    }
    authenticated += lengthBytes + headerBytes + streamHeader;

    auto key = deriveKey(passphrase, *kdf);
    if (!key) {
        return tl::unexpected(key.error());
    }
    const QByteArray check = keyCheckValue(*key, keyCheckLabel());
    if (check.size() != keyCheck.decoded.size()
        || sodium_memcmp(check.constData(), keyCheck.decoded.constData(), static_cast<std::size_t>(check.size())) != 0) {
        return fail(ErrorCode::WrongPassphrase, CoreTr::tr("That passphrase does not open this backup."));
    }
    crypto_secretstream_xchacha20poly1305_state state;
    if (crypto_secretstream_xchacha20poly1305_init_pull(
            &state, reinterpret_cast<const unsigned char*>(streamHeader.constData()), key->data())
        != 0) {
        return tl::unexpected(corrupt(CoreTr::tr("the stream header is not valid")));
    }

    removeDatabaseFiles(snapshotPath);
    QFile out(snapshotPath);
    if (!out.open(QIODevice::WriteOnly)) {
        return fail(ErrorCode::ReadOnly, CoreTr::tr("Rapport cannot write a temporary file next to %1.").arg(file));
    }
    Decrypted result;
    result.snapshotPath = snapshotPath;
    bool haveManifest = false;
    bool final = false;
    SecureBytes plain(static_cast<std::size_t>(ChunkSize));
    auto cleanup = [&](Error error) -> Result<Decrypted> {
        out.close();
        removeDatabaseFiles(snapshotPath);
        return tl::unexpected(std::move(error));
    };
    while (!final) {
        const QByteArray chunkLength = in.read(4);
        if (chunkLength.isEmpty()) {
            return cleanup(corrupt(CoreTr::tr("the file ends before its last part")));
        }
        if (chunkLength.size() != 4) {
            return cleanup(corrupt(CoreTr::tr("the file is cut off")));
        }
        const quint32 length = qFromBigEndian<quint32>(chunkLength.constData());
        if (length < ABytes || length > ChunkSize + ABytes) {
            return cleanup(corrupt(CoreTr::tr("a part has an impossible size")));
        }
        const QByteArray cipher = in.read(length);
        if (cipher.size() != qsizetype(length)) {
            return cleanup(corrupt(CoreTr::tr("the file is cut off")));
        }
        unsigned long long plainLength = 0;
        unsigned char tag = 0;
        const QByteArray& ad = haveManifest ? QByteArray() : authenticated;
        if (crypto_secretstream_xchacha20poly1305_pull(
                &state, plain.data(), &plainLength, &tag, reinterpret_cast<const unsigned char*>(cipher.constData()),
                static_cast<unsigned long long>(cipher.size()),
                ad.isEmpty() ? nullptr : reinterpret_cast<const unsigned char*>(ad.constData()),
                static_cast<unsigned long long>(ad.size()))
            != 0) {
            return cleanup(corrupt(CoreTr::tr("a part does not authenticate")));
        }
        final = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
        if (!haveManifest) {
            QByteArray manifestBytes(reinterpret_cast<const char*>(plain.data()), static_cast<qsizetype>(plainLength));
            const QJsonObject manifest = QJsonDocument::fromJson(manifestBytes).object();
            sodium_memzero(manifestBytes.data(), static_cast<std::size_t>(manifestBytes.size()));
            QByteArray snapshotKey = QByteArray::fromBase64(manifest.value(QStringLiteral("snapshotKey")).toString().toLatin1());
            if (snapshotKey.size() != 32 || final) {
                return cleanup(corrupt(CoreTr::tr("the manifest is not valid")));
            }
            result.snapshotKey = SecureBytes::takeFrom(snapshotKey);
            result.manifest.appVersion = manifest.value(QStringLiteral("appVersion")).toString();
            result.manifest.schemaVersion = manifest.value(QStringLiteral("schemaVersion")).toInt();
            result.manifest.createdAt = QDateTime::fromString(manifest.value(QStringLiteral("createdAt")).toString(),
                                                              Qt::ISODateWithMs);
            const QJsonObject counts = manifest.value(QStringLiteral("rowCounts")).toObject();
            for (auto it = counts.constBegin(); it != counts.constEnd(); ++it) {
                result.manifest.rowCounts.insert(it.key(), static_cast<qint64>(it.value().toDouble()));
            }
            haveManifest = true;
            if (result.manifest.schemaVersion > Migrations::latestSchemaVersion()) {
                return cleanup({ErrorCode::NewerSchema,
                                CoreTr::tr("This backup holds a store from a newer version of Rapport (schema %1). "
                                           "Update Rapport to restore it.")
                                    .arg(result.manifest.schemaVersion)});
            }
        } else if (out.write(reinterpret_cast<const char*>(plain.data()), static_cast<qint64>(plainLength))
                   != static_cast<qint64>(plainLength)) {
            return cleanup(writeError(snapshotPath, total));
        }
        if (progress && !progress(in.pos(), total)) {
            return cleanup({ErrorCode::Cancelled, CoreTr::tr("The operation was cancelled.")});
        }
    }
    if (!in.atEnd()) {
        return cleanup(corrupt(CoreTr::tr("there are unexpected bytes after the end")));
    }
    if (!out.flush()) {
        return cleanup(writeError(snapshotPath, total));
    }
    out.close();
    return result;
}

/** Decrypts, then checks the snapshot against the manifest. The snapshot file is left for the caller. */
Result<Decrypted> decryptAndCheck(const QString& file, const SecureBytes& passphrase, const BackupProgress& progress)
{
    auto decrypted = decrypt(file, passphrase, snapshotPathFor(file), progress);
    if (!decrypted) {
        return decrypted;
    }
    auto info = StoreSnapshot::inspect(decrypted->snapshotPath, decrypted->snapshotKey);
    if (!info || info->schemaVersion != decrypted->manifest.schemaVersion
        || info->rowCounts != decrypted->manifest.rowCounts) {
        removeDatabaseFiles(decrypted->snapshotPath);
        return tl::unexpected(corrupt(CoreTr::tr("its contents do not match its manifest")));
    }
    return decrypted;
}

} // namespace

Result<BackupManifest> exportTo(Store& store, const QString& file, const SecureBytes& backupPassphrase,
                                const KdfParameters& requestedKdf, const BackupProgress& progress)
{
    const KdfParameters kdf = requestedKdf.withFreshSalt();
    if (QFileInfo(file).absoluteFilePath() == QFileInfo(store.path()).absoluteFilePath()) {
        return fail(ErrorCode::InvalidArgument, CoreTr::tr("A backup cannot replace the store itself."));
    }
    const QString snapshotPath = snapshotPathFor(file);
    const SecureBytes snapshotKey = SecureBytes::random(32);
    auto info = StoreSnapshot::take(store.path(), store.key(), snapshotPath, snapshotKey);
    if (!info) {
        return tl::unexpected(info.error());
    }
    BackupManifest manifest{QStringLiteral(RAPPORT_VERSION), info->schemaVersion, store.clock().now(), info->rowCounts};
    auto fail_ = [&](Error error) -> Result<BackupManifest> {
        removeDatabaseFiles(snapshotPath);
        return tl::unexpected(std::move(error));
    };

    QFile snapshot(snapshotPath);
    if (!snapshot.open(QIODevice::ReadOnly)) {
        return fail_({ErrorCode::Io, CoreTr::tr("The store snapshot could not be read.")});
    }
    const qint64 total = snapshot.size();
    auto key = deriveKey(backupPassphrase, kdf);
    if (!key) {
        return fail_(key.error());
    }
    const QByteArray header = QJsonDocument(QJsonObject{
                                                {QStringLiteral("format"), Format},
                                                {QStringLiteral("formatVersion"), FormatVersion},
                                                {QStringLiteral("kdf"), kdf.toJson()},
                                                {QStringLiteral("keyCheck"),
                                                 QString::fromLatin1(keyCheckValue(*key, keyCheckLabel()).toBase64())},
                                                {QStringLiteral("cipher"),
                                                 QStringLiteral("xchacha20poly1305-secretstream")},
                                                {QStringLiteral("chunkSize"), ChunkSize},
                                            })
                                  .toJson(QJsonDocument::Compact);
    crypto_secretstream_xchacha20poly1305_state state;
    QByteArray streamHeader(StreamHeaderSize, Qt::Uninitialized);
    crypto_secretstream_xchacha20poly1305_init_push(&state, reinterpret_cast<unsigned char*>(streamHeader.data()),
                                                    key->data());
    const QByteArray authenticated = Magic + uint32BigEndian(static_cast<quint32>(header.size())) + header + streamHeader;

    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly)) {
        return fail_({ErrorCode::ReadOnly, CoreTr::tr("Rapport cannot write to %1.").arg(file)});
    }
    QByteArray cipher(ChunkSize + ABytes, Qt::Uninitialized);
    auto writeChunk = [&](const unsigned char* data, qint64 size, unsigned char tag, const QByteArray& ad) -> bool {
        unsigned long long cipherLength = 0;
        crypto_secretstream_xchacha20poly1305_push(
            &state, reinterpret_cast<unsigned char*>(cipher.data()), &cipherLength, data,
            static_cast<unsigned long long>(size),
            ad.isEmpty() ? nullptr : reinterpret_cast<const unsigned char*>(ad.constData()),
            static_cast<unsigned long long>(ad.size()), tag);
        return out.write(uint32BigEndian(static_cast<quint32>(cipherLength))) == 4
            && out.write(cipher.constData(), static_cast<qint64>(cipherLength)) == static_cast<qint64>(cipherLength);
    };

    bool written = out.write(authenticated) == authenticated.size();
    {
        QByteArray keyBase64 = QByteArray(reinterpret_cast<const char*>(snapshotKey.data()), 32).toBase64();
        QByteArray manifestBytes = QJsonDocument(manifestToJson(manifest, keyBase64, total)).toJson(QJsonDocument::Compact);
        SecureBytes manifestSecret = SecureBytes::takeFrom(manifestBytes);
        sodium_memzero(keyBase64.data(), static_cast<std::size_t>(keyBase64.size()));
        written = written && manifestSecret.size() <= std::size_t(ChunkSize)
            && writeChunk(manifestSecret.data(), static_cast<qint64>(manifestSecret.size()),
                          crypto_secretstream_xchacha20poly1305_TAG_MESSAGE, authenticated);
    }
    QByteArray plain(ChunkSize, Qt::Uninitialized);
    qint64 done = 0;
    while (written) {
        const qint64 read = snapshot.read(plain.data(), ChunkSize);
        if (read < 0) {
            out.cancelWriting();
            return fail_({ErrorCode::Io, CoreTr::tr("The store snapshot could not be read.")});
        }
        done += read;
        const bool last = done >= total;
        written = writeChunk(reinterpret_cast<const unsigned char*>(plain.constData()), read,
                             last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL
                                  : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE,
                             QByteArray());
        if (progress && !progress(done, total)) {
            out.cancelWriting();
            return fail_({ErrorCode::Cancelled, CoreTr::tr("The backup was cancelled. No file was written.")});
        }
        if (last) {
            break;
        }
    }
    sodium_memzero(plain.data(), static_cast<std::size_t>(plain.size()));
    snapshot.close();
    if (!written || !out.commit()) {
        out.cancelWriting();
        return fail_(writeError(file, total));
    }
    removeDatabaseFiles(snapshotPath);
    return manifest;
}

Result<BackupManifest> verify(const QString& file, const SecureBytes& backupPassphrase, const BackupProgress& progress)
{
    auto decrypted = decryptAndCheck(file, backupPassphrase, progress);
    if (!decrypted) {
        return tl::unexpected(decrypted.error());
    }
    removeDatabaseFiles(decrypted->snapshotPath);
    return decrypted->manifest;
}

Result<BackupManifest> restoreTo(const QString& file, const SecureBytes& backupPassphrase, const QString& targetStorePath,
                                 const SecureBytes& newStorePassphrase, const KdfParameters& kdf,
                                 const BackupProgress& progress)
{
    if (Store::exists(targetStorePath)) {
        return fail(ErrorCode::AlreadyExists,
                    CoreTr::tr("A Rapport store already exists at %1. Choose another place, or restore over it from "
                               "Rapport's admin mode.")
                        .arg(targetStorePath));
    }
    if (!QDir().mkpath(QFileInfo(targetStorePath).absolutePath())) {
        return fail(ErrorCode::ReadOnly,
                    CoreTr::tr("The folder %1 cannot be created.").arg(QFileInfo(targetStorePath).absolutePath()));
    }
    auto decrypted = decryptAndCheck(file, backupPassphrase, progress);
    if (!decrypted) {
        return tl::unexpected(decrypted.error());
    }
    auto removeTarget = [&] {
        removeDatabaseFiles(targetStorePath);
        QFile::remove(StoreKeyFile::pathFor(targetStorePath));
        QFile::remove(targetStorePath + QStringLiteral(".lock"));
    };
    auto restored = StoreSnapshot::restore(decrypted->snapshotPath, decrypted->snapshotKey, targetStorePath,
                                           newStorePassphrase, kdf);
    removeDatabaseFiles(decrypted->snapshotPath);
    if (!restored) {
        removeTarget();
        return tl::unexpected(restored.error());
    }
    // Opening migrates an older schema; the integrity check proves the new store is whole.
    auto store = Store::open(targetStorePath, newStorePassphrase);
    if (!store || !(*store)->checkIntegrity()) {
        const Error error = !store ? store.error() : Error{ErrorCode::CorruptFile, CoreTr::tr("The restored store failed its integrity check.")};
        store = fail(ErrorCode::Internal, QString());
        removeTarget();
        return tl::unexpected(error);
    }
    return decrypted->manifest;
}

Result<BackupManifest> restoreReplacing(const QString& file, const SecureBytes& backupPassphrase,
                                        const QString& storePath, const SecureBytes& newStorePassphrase,
                                        const KdfParameters& kdf, const BackupProgress& progress)
{
    const QString keyPath = StoreKeyFile::pathFor(storePath);
    // Verify first, so that a bad backup never moves the current store at all.
    if (auto verified = verify(file, backupPassphrase, progress); !verified) {
        return verified;
    }
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString keptStore = storePath + QStringLiteral(".before-restore-") + stamp;
    const QString keptKey = keyPath + QStringLiteral(".before-restore-") + stamp;
    const bool hadStore = QFile::exists(storePath);
    if (hadStore && (!QFile::rename(storePath, keptStore) || !QFile::rename(keyPath, keptKey))) {
        if (QFile::exists(keptStore)) {
            QFile::rename(keptStore, storePath);
        }
        return fail(ErrorCode::Io, CoreTr::tr("The current store could not be set aside; nothing was changed."));
    }
    removeDatabaseFiles(storePath); // only stale sidecars are left once the store itself is set aside
    auto restored = restoreTo(file, backupPassphrase, storePath, newStorePassphrase, kdf, progress);
    if (!restored) {
        if (hadStore) {
            QFile::rename(keptStore, storePath);
            QFile::rename(keptKey, keyPath);
        }
        return restored;
    }
    if (hadStore) {
        QFile::remove(keptStore);
        QFile::remove(keptKey);
    }
    return restored;
}

} // namespace rapport::Backup
