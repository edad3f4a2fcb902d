#include "Backup.h"

#include "BackupReader.h"
#include "common/CoreTr.h"
#include "common/SaveFile.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "store/Store.h"
#include "store/StoreAccess.h"
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

using BackupReader::ChunkSize;
using BackupReader::corrupt;
using BackupReader::FormatVersion;
using BackupReader::keyCheckLabel;
using BackupReader::writeError;

constexpr qint64 ABytes = crypto_secretstream_xchacha20poly1305_ABYTES;
constexpr qint64 StreamHeaderSize = crypto_secretstream_xchacha20poly1305_HEADERBYTES;

QString snapshotPathFor(const QString& file)
{
    return file + QStringLiteral(".snapshot-tmp");
}

QByteArray uint32BigEndian(quint32 value)
{
    QByteArray bytes(4, Qt::Uninitialized);
    qToBigEndian(value, bytes.data());
    return bytes;
}

QJsonObject manifestToJson(const BackupManifest& manifest,
                           const QByteArray& snapshotKeyBase64,
                           int snapshotPageSize,
                           qint64 payloadSize)
{
    QJsonObject counts;
    for (auto it = manifest.rowCounts.cbegin(); it != manifest.rowCounts.cend(); ++it) {
        counts.insert(it.key(), it.value());
    }
    return QJsonObject {
        {QStringLiteral("appVersion"), manifest.appVersion},
        {QStringLiteral("schemaVersion"), manifest.schemaVersion},
        {QStringLiteral("createdAt"), manifest.createdAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("rowCounts"), counts},
        {QStringLiteral("snapshotKey"), QString::fromLatin1(snapshotKeyBase64)},
        {QStringLiteral("snapshotPageSize"), snapshotPageSize},
        {QStringLiteral("payloadSize"), payloadSize},
    };
}

/** The decrypted contents of a backup: its manifest and the snapshot written to a temporary file. */
struct Decrypted
{
    BackupManifest manifest;
    SecureBytes snapshotKey;
    int snapshotPageSize = 0;
    QString snapshotPath;
};

Result<Decrypted>
decrypt(const QString& file, const SecureBytes& passphrase, const QString& snapshotPath, const BackupProgress& progress)
{
    QFile in(file);
    if (!in.exists()) {
        return fail(ErrorCode::NotFound, CoreTr::tr("There is no file at %1.").arg(file));
    }
    if (!in.open(QIODevice::ReadOnly)) {
        return fail(ErrorCode::Io, CoreTr::tr("%1 cannot be read.").arg(file));
    }
    auto header = BackupReader::readHeader(in, file);
    if (!header) {
        return tl::unexpected(header.error());
    }
    auto key = deriveKey(passphrase, header->kdf);
    if (!key) {
        return tl::unexpected(key.error());
    }
    const QByteArray check = keyCheckValue(*key, keyCheckLabel());
    if (check.size() != header->keyCheck.size()
        || sodium_memcmp(check.constData(), header->keyCheck.constData(), static_cast<std::size_t>(check.size()))
            != 0) {
        return fail(ErrorCode::WrongPassphrase, CoreTr::tr("That passphrase does not open this backup."));
    }

    removeDatabaseFiles(snapshotPath);
    QFile out(snapshotPath);
    if (!out.open(QIODevice::WriteOnly)) {
        return fail(ErrorCode::ReadOnly, CoreTr::tr("Rapport cannot write a temporary file next to %1.").arg(file));
    }
    auto body = BackupReader::readBody(in, *header, *key, out, snapshotPath, progress);
    if (body && !out.flush()) {
        body = tl::unexpected(writeError(snapshotPath, in.size(), out.errorString()));
    }
    out.close();
    if (!body) {
        removeDatabaseFiles(snapshotPath);
        return tl::unexpected(body.error());
    }
    return Decrypted {body->manifest, std::move(body->snapshotKey), body->snapshotPageSize, snapshotPath};
}

/** Decrypts, then checks the snapshot against the manifest. The snapshot file is left for the caller. */
Result<Decrypted> decryptAndCheck(const QString& file, const SecureBytes& passphrase, const BackupProgress& progress)
{
    auto decrypted = decrypt(file, passphrase, snapshotPathFor(file), progress);
    if (!decrypted) {
        return decrypted;
    }
    auto info = StoreSnapshot::inspect(decrypted->snapshotPath, {decrypted->snapshotKey, decrypted->snapshotPageSize});
    if (!info || info->schemaVersion != decrypted->manifest.schemaVersion
        || info->rowCounts != decrypted->manifest.rowCounts) {
        removeDatabaseFiles(decrypted->snapshotPath);
        return tl::unexpected(corrupt(CoreTr::tr("its contents do not match its manifest")));
    }
    return decrypted;
}

} // namespace

Result<BackupManifest> exportTo(Store& store,
                                const QString& file,
                                const SecureBytes& backupPassphrase,
                                const KdfParameters& requestedKdf,
                                const BackupProgress& progress)
{
    const KdfParameters kdf = requestedKdf.withFreshSalt();
    if (QFileInfo(file).absoluteFilePath() == QFileInfo(store.path()).absoluteFilePath()) {
        return fail(ErrorCode::InvalidArgument, CoreTr::tr("A backup cannot replace the store itself."));
    }
    const QString snapshotPath = snapshotPathFor(file);
    const SecureBytes snapshotKey = SecureBytes::random(32);
    auto info = StoreSnapshot::take(
        store.path(), {StoreAccess::key(store), store.cipherPageSize()}, snapshotPath, snapshotKey);
    if (!info) {
        return tl::unexpected(info.error());
    }
    BackupManifest manifest {
        QStringLiteral(RAPPORT_VERSION), info->schemaVersion, store.clock().now(), info->rowCounts};
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
    const QByteArray header
        = QJsonDocument(
              QJsonObject {
                  {QStringLiteral("format"), BackupReader::formatName()},
                  {QStringLiteral("formatVersion"), FormatVersion},
                  {QStringLiteral("kdf"), kdf.toJson()},
                  {QStringLiteral("keyCheck"), QString::fromLatin1(keyCheckValue(*key, keyCheckLabel()).toBase64())},
                  {QStringLiteral("cipher"), QStringLiteral("xchacha20poly1305-secretstream")},
                  {QStringLiteral("chunkSize"), ChunkSize},
              })
              .toJson(QJsonDocument::Compact);
    crypto_secretstream_xchacha20poly1305_state state;
    QByteArray streamHeader(StreamHeaderSize, Qt::Uninitialized);
    crypto_secretstream_xchacha20poly1305_init_push(
        &state, reinterpret_cast<unsigned char*>(streamHeader.data()), key->data());
    const QByteArray authenticated
        = BackupReader::magic() + uint32BigEndian(static_cast<quint32>(header.size())) + header + streamHeader;

    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly)) {
        return fail_({ErrorCode::ReadOnly, CoreTr::tr("Rapport cannot write to %1.").arg(file)});
    }
    QByteArray cipher(ChunkSize + ABytes, Qt::Uninitialized);
    auto writeChunk = [&](const unsigned char* data, qint64 size, unsigned char tag, const QByteArray& ad) -> bool {
        unsigned long long cipherLength = 0;
        crypto_secretstream_xchacha20poly1305_push(
            &state,
            reinterpret_cast<unsigned char*>(cipher.data()),
            &cipherLength,
            data,
            static_cast<unsigned long long>(size),
            ad.isEmpty() ? nullptr : reinterpret_cast<const unsigned char*>(ad.constData()),
            static_cast<unsigned long long>(ad.size()),
            tag);
        return out.write(uint32BigEndian(static_cast<quint32>(cipherLength))) == 4
            && out.write(cipher.constData(), static_cast<qint64>(cipherLength)) == static_cast<qint64>(cipherLength);
    };

    bool written = out.write(authenticated) == authenticated.size();
    {
        QByteArray keyBase64 = QByteArray(reinterpret_cast<const char*>(snapshotKey.data()), 32).toBase64();
        QByteArray manifestBytes = QJsonDocument(manifestToJson(manifest, keyBase64, StoreSnapshot::pageSize(), total))
                                       .toJson(QJsonDocument::Compact);
        SecureBytes manifestSecret = SecureBytes::takeFrom(manifestBytes);
        sodium_memzero(keyBase64.data(), static_cast<std::size_t>(keyBase64.size()));
        written = written && manifestSecret.size() <= std::size_t(ChunkSize)
            && writeChunk(manifestSecret.data(),
                          static_cast<qint64>(manifestSecret.size()),
                          crypto_secretstream_xchacha20poly1305_TAG_MESSAGE,
                          authenticated);
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
        written = writeChunk(reinterpret_cast<const unsigned char*>(plain.constData()),
                             read,
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
    if (!written || !commitSaveFile(out)) {
        const QString reason = out.errorString();
        out.cancelWriting();
        return fail_(writeError(file, total, reason));
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

Result<BackupManifest> restoreTo(const QString& file,
                                 const SecureBytes& backupPassphrase,
                                 const QString& targetStorePath,
                                 const SecureBytes& newStorePassphrase,
                                 const KdfParameters& kdf,
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
    auto restored = StoreSnapshot::restore(decrypted->snapshotPath,
                                           {decrypted->snapshotKey, decrypted->snapshotPageSize},
                                           targetStorePath,
                                           newStorePassphrase,
                                           kdf);
    removeDatabaseFiles(decrypted->snapshotPath);
    if (!restored) {
        removeTarget();
        return tl::unexpected(restored.error());
    }
    // Opening migrates an older schema; the integrity check proves the new store is whole.
    auto store = Store::open(targetStorePath, newStorePassphrase);
    if (!store || !(*store)->checkIntegrity()) {
        const Error error = !store
            ? store.error()
            : Error {ErrorCode::CorruptFile, CoreTr::tr("The restored store failed its integrity check.")};
        store = fail(ErrorCode::Internal, QString());
        removeTarget();
        return tl::unexpected(error);
    }
    return decrypted->manifest;
}

Result<BackupManifest> restoreReplacing(const QString& file,
                                        const SecureBytes& backupPassphrase,
                                        const QString& storePath,
                                        const SecureBytes& newStorePassphrase,
                                        const KdfParameters& kdf,
                                        const BackupProgress& progress)
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
