#include "StoreKeyFile.h"

#include "Database.h"
#include "common/CoreTr.h"
#include "common/SaveFile.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStorageInfo>

namespace rapport {
namespace {

const QString Format = QStringLiteral("rapport-store-key");
// 2: each key slot records its database's page size (version 1 files have none: 1024).
constexpr int FormatVersion = 2;

QJsonObject slotToJson(const StoreKeyFile::KeySlot& slot)
{
    return QJsonObject {{QStringLiteral("kdf"), slot.kdf.toJson()},
                        {QStringLiteral("keyCheck"), QString::fromLatin1(slot.keyCheck.toBase64())},
                        {QStringLiteral("cipherPageSize"), slot.pageSize}};
}

Result<StoreKeyFile::KeySlot> slotFromJson(const QJsonObject& json)
{
    auto kdf = KdfParameters::fromJson(json.value(QStringLiteral("kdf")).toObject());
    if (!kdf) {
        return tl::unexpected(kdf.error());
    }
    const auto check = QByteArray::fromBase64Encoding(json.value(QStringLiteral("keyCheck")).toString().toLatin1(),
                                                      QByteArray::AbortOnBase64DecodingErrors);
    if (!check || check.decoded.size() != 16) {
        return fail(ErrorCode::CorruptFile, CoreTr::tr("The store's key file is damaged (key check)."));
    }
    int pageSize = CipherPageSize::Legacy;
    if (json.contains(QStringLiteral("cipherPageSize"))) {
        const qint64 recorded = json.value(QStringLiteral("cipherPageSize")).toInteger(-1);
        if (!CipherPageSize::isValid(recorded)) {
            return fail(ErrorCode::CorruptFile, CoreTr::tr("The store's key file is damaged (page size)."));
        }
        pageSize = static_cast<int>(recorded);
    }
    return StoreKeyFile::KeySlot {*kdf, check.decoded, pageSize};
}

} // namespace

QString StoreKeyFile::pathFor(const QString& storePath)
{
    return storePath + QStringLiteral(".key.json");
}

QByteArray StoreKeyFile::keyCheckLabel()
{
    return QByteArrayLiteral("rapport-store-key-check-v1");
}

Result<StoreKeyFile> StoreKeyFile::load(const QString& path)
{
    QFile file(path);
    if (!file.exists()) {
        return fail(ErrorCode::NotFound, CoreTr::tr("The store's key file %1 is missing.").arg(path));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(ErrorCode::Io, CoreTr::tr("The store's key file %1 cannot be read.").arg(path));
    }
    return parse(file.read(MaxSize + 1), path);
}

Result<StoreKeyFile> StoreKeyFile::parse(const QByteArray& bytes, const QString& path)
{
    if (bytes.size() > MaxSize) {
        return fail(ErrorCode::CorruptFile, CoreTr::tr("The store's key file %1 is damaged.").arg(path));
    }
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return fail(ErrorCode::CorruptFile, CoreTr::tr("The store's key file %1 is damaged.").arg(path));
    }
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != Format) {
        return fail(ErrorCode::ForeignFile, CoreTr::tr("%1 is not a Rapport key file.").arg(path));
    }
    if (root.value(QStringLiteral("formatVersion")).toInt() > FormatVersion) {
        return fail(ErrorCode::NewerSchema,
                    CoreTr::tr("This store was created by a newer version of Rapport. Update Rapport to open it."));
    }
    StoreKeyFile keyFile;
    auto current = slotFromJson(root.value(QStringLiteral("current")).toObject());
    if (!current) {
        return tl::unexpected(current.error());
    }
    keyFile.current = *current;
    if (root.contains(QStringLiteral("pending"))) {
        auto pending = slotFromJson(root.value(QStringLiteral("pending")).toObject());
        if (!pending) {
            return tl::unexpected(pending.error());
        }
        keyFile.pending = *pending;
    }
    return keyFile;
}

Result<void> StoreKeyFile::save(const QString& path) const
{
    QJsonObject root {
        {QStringLiteral("format"), Format},
        {QStringLiteral("formatVersion"), FormatVersion},
        // Documented for people reading the file; the code pins these settings itself (see Database::key).
        {QStringLiteral("cipher"),
         QJsonObject {{QStringLiteral("engine"), QStringLiteral("sqlcipher")},
                      {QStringLiteral("compatibility"), 3},
                      {QStringLiteral("key"), QStringLiteral("raw")}}},
        {QStringLiteral("current"), slotToJson(current)},
    };
    if (pending) {
        root.insert(QStringLiteral("pending"), slotToJson(*pending));
    }
    return writeFileAtomically(path, QJsonDocument(root).toJson(QJsonDocument::Indented));
}

Result<void> writeFileAtomically(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        const QFileInfo info(path);
        if (!QFileInfo(info.absolutePath()).isWritable()) {
            return fail(ErrorCode::ReadOnly,
                        CoreTr::tr("Rapport cannot write to the folder %1.").arg(info.absolutePath()));
        }
        return fail(ErrorCode::Io, CoreTr::tr("%1 cannot be written: %2").arg(path, file.errorString()));
    }
    if (file.write(bytes) != bytes.size() || !commitSaveFile(file)) {
        const QStorageInfo storage(QFileInfo(path).absolutePath());
        if (file.error() == QFileDevice::ResourceError
            || (storage.isValid() && storage.bytesAvailable() < bytes.size() + 4096)) {
            return fail(ErrorCode::DiskFull,
                        CoreTr::tr("There is not enough disk space to write %1. Nothing was changed.").arg(path));
        }
        return fail(ErrorCode::Io, CoreTr::tr("%1 could not be written: %2").arg(path, file.errorString()));
    }
    return {};
}

} // namespace rapport
