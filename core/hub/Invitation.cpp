#include "Invitation.h"

#include "common/CoreTr.h"
#include "common/SaveFile.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace rapport::hub {
namespace {

const QString Format = QStringLiteral("rapport-invitation");
constexpr int Version = 1;
// The decompressed code may not be larger than this (qUncompress trusts the size the data claims).
constexpr qsizetype MaxInvitationBytes = 64 * 1024;

Error notAnInvitation()
{
    return Error {ErrorCode::ForeignFile,
                  CoreTr::tr("This is not a Rapport invitation. Use the file or the code your administrator sent.")};
}

} // namespace

QString secretText(const SecureBytes& secret)
{
    return QString::fromUtf8(reinterpret_cast<const char*>(secret.data()), static_cast<qsizetype>(secret.size()));
}

Invitation Invitation::clone() const
{
    Invitation copy;
    copy.id = id;
    copy.hubUri = hubUri;
    copy.caCertificate = caCertificate;
    copy.personId = personId;
    copy.personName = personName;
    copy.role = role;
    copy.invitedBy = invitedBy;
    copy.expiresAt = expiresAt;
    copy.secret = secret.clone();
    return copy;
}

SecureBytes Invitation::newSecret()
{
    const SecureBytes raw = SecureBytes::random(24);
    QByteArray bytes(reinterpret_cast<const char*>(raw.data()), static_cast<qsizetype>(raw.size()));
    QByteArray text = bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    bytes.fill('\0');
    return SecureBytes::takeFrom(text);
}

QByteArray Invitation::toJson() const
{
    const QJsonObject object {
        {QStringLiteral("format"), Format},
        {QStringLiteral("version"), Version},
        {QStringLiteral("id"), id.toString(QUuid::WithoutBraces)},
        {QStringLiteral("hub"), hubUri},
        {QStringLiteral("caCertificate"), QString::fromLatin1(caCertificate)},
        {QStringLiteral("personId"), personId.toString(QUuid::WithoutBraces)},
        {QStringLiteral("personName"), personName},
        {QStringLiteral("role"), roleName(role)},
        {QStringLiteral("invitedBy"), invitedBy},
        {QStringLiteral("expiresAt"), expiresAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("secret"), secretText(secret)},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

QString Invitation::toCode() const
{
    const QByteArray compact = QJsonDocument::fromJson(toJson()).toJson(QJsonDocument::Compact);
    return CodePrefix
        + QString::fromLatin1(
               qCompress(compact, 9).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

Result<Invitation> Invitation::parse(const QByteArray& fileOrCode)
{
    QByteArray json = fileOrCode.trimmed();
    const QByteArray prefix = CodePrefix.toLatin1();
    if (json.startsWith(prefix)) {
        const auto result = QByteArray::fromBase64Encoding(
            json.mid(prefix.size()), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
        const QByteArray* decoded = result ? &result.decoded : nullptr;
        if (decoded == nullptr || decoded->size() < 4) {
            return fail(ErrorCode::CorruptFile, CoreTr::tr("This invitation code is damaged: paste it again, whole."));
        }
        // qCompress stores the uncompressed size big-endian in the first four bytes: refuse a claimed bomb.
        const auto claimed = (static_cast<quint32>(static_cast<uchar>(decoded->at(0))) << 24)
            | (static_cast<quint32>(static_cast<uchar>(decoded->at(1))) << 16)
            | (static_cast<quint32>(static_cast<uchar>(decoded->at(2))) << 8)
            | static_cast<quint32>(static_cast<uchar>(decoded->at(3)));
        if (claimed > MaxInvitationBytes) {
            return tl::unexpected(notAnInvitation());
        }
        json = qUncompress(*decoded);
        if (json.isEmpty()) {
            return fail(ErrorCode::CorruptFile, CoreTr::tr("This invitation code is damaged: paste it again, whole."));
        }
    }
    if (json.size() > MaxInvitationBytes) {
        return tl::unexpected(notAnInvitation());
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return tl::unexpected(notAnInvitation());
    }
    const QJsonObject object = document.object();
    if (object.value(QStringLiteral("format")).toString() != Format) {
        return tl::unexpected(notAnInvitation());
    }
    if (object.value(QStringLiteral("version")).toInt() != Version) {
        return fail(ErrorCode::NewerSchema,
                    CoreTr::tr("This invitation was made by a newer Rapport. Update Rapport, then open it again."));
    }
    Invitation invitation;
    invitation.id = QUuid::fromString(object.value(QStringLiteral("id")).toString());
    invitation.hubUri = object.value(QStringLiteral("hub")).toString();
    invitation.caCertificate = object.value(QStringLiteral("caCertificate")).toString().toLatin1();
    invitation.personId = QUuid::fromString(object.value(QStringLiteral("personId")).toString());
    invitation.personName = object.value(QStringLiteral("personName")).toString();
    const auto role = roleFromName(object.value(QStringLiteral("role")).toString());
    invitation.invitedBy = object.value(QStringLiteral("invitedBy")).toString();
    invitation.expiresAt
        = QDateTime::fromString(object.value(QStringLiteral("expiresAt")).toString(), Qt::ISODate).toUTC();
    invitation.secret = SecureBytes::fromUtf8(object.value(QStringLiteral("secret")).toString());
    if (invitation.id.isNull() || invitation.personId.isNull() || invitation.hubUri.isEmpty() || !role
        || !invitation.expiresAt.isValid() || invitation.secret.size() < 24) {
        return fail(ErrorCode::CorruptFile,
                    CoreTr::tr("This invitation is incomplete or damaged. Ask your administrator for a new one."));
    }
    invitation.role = *role;
    return invitation;
}

Result<Invitation> Invitation::load(const QString& path)
{
    QFile file(path);
    if (!file.exists()) {
        return fail(ErrorCode::NotFound, CoreTr::tr("There is no invitation file at %1.").arg(path));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(ErrorCode::Io, CoreTr::tr("The invitation %1 cannot be read: %2").arg(path, file.errorString()));
    }
    if (file.size() > MaxInvitationBytes) {
        return tl::unexpected(notAnInvitation());
    }
    return parse(file.readAll());
}

Result<void> Invitation::save(const QString& path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return fail(ErrorCode::Io,
                    CoreTr::tr("The invitation cannot be written to %1: %2").arg(path, file.errorString()));
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QByteArray json = toJson();
    const bool written = file.write(json) == json.size();
    json.fill('\0');
    if (!written || !commitSaveFile(file)) {
        file.cancelWriting();
        return fail(file.error() == QFileDevice::ResourceError ? ErrorCode::DiskFull : ErrorCode::Io,
                    CoreTr::tr("The invitation cannot be written to %1: %2").arg(path, file.errorString()));
    }
    return {};
}

} // namespace rapport::hub
