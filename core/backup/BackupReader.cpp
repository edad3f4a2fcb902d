#include "BackupReader.h"

#include "common/CoreTr.h"
#include "store/Database.h"
#include "store/Migrations.h"

#include <QDateTime>
#include <QFileInfo>
#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStorageInfo>
#include <QtEndian>

#include <sodium.h>

namespace rapport::BackupReader {
namespace {

constexpr qint64 ABytes = crypto_secretstream_xchacha20poly1305_ABYTES;
constexpr qint64 StreamHeaderSize = crypto_secretstream_xchacha20poly1305_HEADERBYTES;
constexpr qsizetype SnapshotKeySize = 32;

BackupManifest manifestFrom(const QJsonObject& manifest)
{
    BackupManifest result;
    result.appVersion = manifest.value(QStringLiteral("appVersion")).toString();
    result.schemaVersion = manifest.value(QStringLiteral("schemaVersion")).toInt();
    result.createdAt = QDateTime::fromString(manifest.value(QStringLiteral("createdAt")).toString(), Qt::ISODateWithMs);
    const QJsonObject counts = manifest.value(QStringLiteral("rowCounts")).toObject();
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it) {
        // toInteger, not a cast from double: a doctored count like 1e300 must not be undefined behaviour.
        result.rowCounts.insert(it.key(), it.value().toInteger(-1));
    }
    return result;
}

} // namespace

QByteArray magic()
{
    return QByteArrayLiteral("RAPPORT-BACKUP\r\n"); // \r\n shows a file mangled by text-mode copying
}

QString formatName()
{
    return QStringLiteral("rapport-backup");
}

QByteArray keyCheckLabel()
{
    return QByteArrayLiteral("rapport-backup-key-check-v1");
}

Error corrupt(const QString& why)
{
    return {ErrorCode::CorruptFile,
            CoreTr::tr("The backup is damaged or has been altered (%1). Nothing was restored.").arg(why)};
}

Error writeError(const QString& path, qint64 needed, const QString& reason)
{
    const QStorageInfo storage(QFileInfo(path).absolutePath());
    if (storage.isValid() && storage.bytesAvailable() < needed + 65536) {
        return {ErrorCode::DiskFull, CoreTr::tr("There is not enough disk space for the backup at %1.").arg(path)};
    }
    if (reason.isEmpty()) {
        return {ErrorCode::Io, CoreTr::tr("The backup could not be written to %1.").arg(path)};
    }
    return {ErrorCode::Io, CoreTr::tr("The backup could not be written to %1 (%2).").arg(path, reason)};
}

Result<Header> readHeader(QIODevice& in, const QString& name)
{
    Header result;
    result.authenticated = in.read(magic().size());
    if (result.authenticated != magic()) {
        return fail(ErrorCode::ForeignFile, CoreTr::tr("%1 is not a Rapport backup.").arg(name));
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
    QJsonParseError parseError {};
    const QJsonDocument headerDocument = QJsonDocument::fromJson(headerBytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !headerDocument.isObject()) {
        return tl::unexpected(corrupt(CoreTr::tr("the header is not readable")));
    }
    const QJsonObject header = headerDocument.object();
    if (header.value(QStringLiteral("format")).toString() != formatName()) {
        return fail(ErrorCode::ForeignFile, CoreTr::tr("%1 is not a Rapport backup.").arg(name));
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
    result.streamHeader = in.read(StreamHeaderSize);
    if (!keyCheck || result.streamHeader.size() != StreamHeaderSize) {
        return tl::unexpected(corrupt(CoreTr::tr("the header is cut off")));
    }
    result.kdf = *kdf;
    result.keyCheck = keyCheck.decoded;
    result.authenticated += lengthBytes + headerBytes + result.streamHeader;
    return result;
}

Result<Body> readBody(QIODevice& in,
                      const Header& header,
                      const SecureBytes& key,
                      QIODevice& snapshot,
                      const QString& snapshotName,
                      const BackupProgress& progress)
{
    if (key.size() != crypto_secretstream_xchacha20poly1305_KEYBYTES) {
        return fail(ErrorCode::Internal, CoreTr::tr("The backup key has the wrong size."));
    }
    crypto_secretstream_xchacha20poly1305_state state;
    if (crypto_secretstream_xchacha20poly1305_init_pull(
            &state, reinterpret_cast<const unsigned char*>(header.streamHeader.constData()), key.data())
        != 0) {
        return tl::unexpected(corrupt(CoreTr::tr("the stream header is not valid")));
    }
    const qint64 total = in.size();
    Body result;
    bool haveManifest = false;
    bool final = false;
    SecureBytes plain(static_cast<std::size_t>(ChunkSize));
    while (!final) {
        const QByteArray chunkLength = in.read(4);
        if (chunkLength.isEmpty()) {
            return tl::unexpected(corrupt(CoreTr::tr("the file ends before its last part")));
        }
        if (chunkLength.size() != 4) {
            return tl::unexpected(corrupt(CoreTr::tr("the file is cut off")));
        }
        const quint32 length = qFromBigEndian<quint32>(chunkLength.constData());
        if (length < ABytes || length > ChunkSize + ABytes) {
            return tl::unexpected(corrupt(CoreTr::tr("a part has an impossible size")));
        }
        const QByteArray cipher = in.read(length);
        if (cipher.size() != qsizetype(length)) {
            return tl::unexpected(corrupt(CoreTr::tr("the file is cut off")));
        }
        unsigned long long plainLength = 0;
        unsigned char tag = 0;
        const QByteArray& ad = haveManifest ? QByteArray() : header.authenticated;
        if (crypto_secretstream_xchacha20poly1305_pull(
                &state,
                plain.data(),
                &plainLength,
                &tag,
                reinterpret_cast<const unsigned char*>(cipher.constData()),
                static_cast<unsigned long long>(cipher.size()),
                ad.isEmpty() ? nullptr : reinterpret_cast<const unsigned char*>(ad.constData()),
                static_cast<unsigned long long>(ad.size()))
            != 0) {
            return tl::unexpected(corrupt(CoreTr::tr("a part does not authenticate")));
        }
        final = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
        if (!haveManifest) {
            QByteArray manifestBytes(reinterpret_cast<const char*>(plain.data()), static_cast<qsizetype>(plainLength));
            const QJsonObject manifest = QJsonDocument::fromJson(manifestBytes).object();
            sodium_memzero(manifestBytes.data(), static_cast<std::size_t>(manifestBytes.size()));
            QByteArray snapshotKey
                = QByteArray::fromBase64(manifest.value(QStringLiteral("snapshotKey")).toString().toLatin1());
            // Backups of format 1 name no page size: their snapshots have SQLCipher 3's 1 KiB pages.
            const qint64 pageSize = manifest.contains(QStringLiteral("snapshotPageSize"))
                ? manifest.value(QStringLiteral("snapshotPageSize")).toInteger(-1)
                : CipherPageSize::Legacy;
            if (snapshotKey.size() != SnapshotKeySize || final || !CipherPageSize::isValid(pageSize)) {
                sodium_memzero(snapshotKey.data(), static_cast<std::size_t>(snapshotKey.size()));
                return tl::unexpected(corrupt(CoreTr::tr("the manifest is not valid")));
            }
            result.snapshotKey = SecureBytes::takeFrom(snapshotKey);
            result.snapshotPageSize = static_cast<int>(pageSize);
            result.manifest = manifestFrom(manifest);
            haveManifest = true;
            if (result.manifest.schemaVersion > Migrations::latestSchemaVersion()) {
                return fail(ErrorCode::NewerSchema,
                            CoreTr::tr("This backup holds a store from a newer version of Rapport (schema %1). "
                                       "Update Rapport to restore it.")
                                .arg(result.manifest.schemaVersion));
            }
        } else if (snapshot.write(reinterpret_cast<const char*>(plain.data()), static_cast<qint64>(plainLength))
                   != static_cast<qint64>(plainLength)) {
            return tl::unexpected(writeError(snapshotName, total, snapshot.errorString()));
        }
        if (progress && !progress(in.pos(), total)) {
            return fail(ErrorCode::Cancelled, CoreTr::tr("The operation was cancelled."));
        }
    }
    if (!in.atEnd()) {
        return tl::unexpected(corrupt(CoreTr::tr("there are unexpected bytes after the end")));
    }
    return result;
}

} // namespace rapport::BackupReader
