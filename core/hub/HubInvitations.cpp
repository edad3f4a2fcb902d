#include "HubInvitations.h"

#include "HubAddress.h"
#include "HubConnection.h"
#include "HubPeople.h"
#include "common/CoreTr.h"

#include <QFile>
#include <QSqlQuery>
#include <QVariant>

namespace rapport::hub {
namespace {

QString idText(const QUuid& id)
{
    return id.toString(QUuid::WithoutBraces);
}

QDateTime fromMs(const QVariant& value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

Error explained(Error error, const QString& what)
{
    if (error.code == ErrorCode::PermissionDenied) {
        error.message
            = CoreTr::tr("%1: only the hub owner or an admin login may do this (%2)").arg(what, error.message);
    } else if (error.code == ErrorCode::Internal && error.message.contains(QStringLiteral("does not exist"))) {
        error.message = CoreTr::tr("%1: the hub is older than this Rapport; run rapport-cli hub init as its owner to "
                                   "upgrade it (%2)")
                            .arg(what, error.message);
    } else {
        error.message = what + QStringLiteral(": ") + error.message;
    }
    return error;
}

/** The admin's own address with the invited person's login, without this machine's certificate path. */
QString addressFor(const HubAddress& admin, const QString& login)
{
    HubAddress address = admin;
    address.login = login;
    address.parameters.removeIf([](const QPair<QString, QString>& parameter) {
        return parameter.first == QStringLiteral("sslrootcert") || parameter.first == QStringLiteral("passfile");
    });
    return address.toUri();
}

Result<QByteArray> certificateOf(const HubAddress& address)
{
    for (const auto& [key, value] : address.parameters) {
        if (key == QStringLiteral("sslrootcert") && value != QStringLiteral("system")) {
            QFile file(value);
            if (!file.open(QIODevice::ReadOnly)) {
                return fail(
                    ErrorCode::Io,
                    CoreTr::tr("The hub's certificate authority %1 cannot be read: %2").arg(value, file.errorString()));
            }
            return file.readAll();
        }
    }
    return QByteArray();
}

} // namespace

InvitationEntry::Status InvitationEntry::status(const QDateTime& now) const
{
    if (usedAt.isValid()) {
        return Status::Used;
    }
    if (revokedAt.isValid()) {
        return Status::Revoked;
    }
    return now >= expiresAt ? Status::Expired : Status::Open;
}

QString invitationStatusName(InvitationEntry::Status status)
{
    switch (status) {
    case InvitationEntry::Status::Open:
        return QStringLiteral("open");
    case InvitationEntry::Status::Used:
        return QStringLiteral("used");
    case InvitationEntry::Status::Expired:
        return QStringLiteral("expired");
    case InvitationEntry::Status::Revoked:
        return QStringLiteral("revoked");
    }
    return QStringLiteral("open");
}

HubInvitations::HubInvitations(HubConnection& connection)
    : m_connection(connection)
{
}

Result<Invitation> HubInvitations::create(const QUuid& personId, int validDays, const QByteArray& caCertificate)
{
    const QString what = CoreTr::tr("Cannot invite %1").arg(idText(personId));
    if (validDays < 1 || validDays > 90) {
        return fail(ErrorCode::OutOfRange,
                    CoreTr::tr("%1: an invitation is valid for 1 to 90 days, not %2.").arg(what).arg(validDays));
    }
    auto person = m_connection.exec(QStringLiteral("SELECT login, name, role FROM rapport.people WHERE id = ?::uuid"),
                                    {idText(personId)});
    if (!person) {
        return tl::unexpected(explained(person.error(), what));
    }
    if (!person->next()) {
        return fail(ErrorCode::NotFound, CoreTr::tr("%1: there is no such person on the hub.").arg(what));
    }
    const QString login = person->value(0).toString();
    Invitation invitation;
    invitation.personId = personId;
    invitation.personName = person->value(1).toString();
    invitation.role = roleFromName(person->value(2).toString()).value_or(Role::Client);
    invitation.hubUri = addressFor(m_connection.address(), login);
    if (!caCertificate.isEmpty()) {
        invitation.caCertificate = caCertificate;
    } else {
        auto certificate = certificateOf(m_connection.address());
        if (!certificate) {
            return tl::unexpected(certificate.error());
        }
        invitation.caCertificate = *certificate;
    }
    if (auto me = HubPeople(m_connection).current()) {
        invitation.invitedBy = me->name;
    }
    invitation.secret = Invitation::newSecret();
    const QString secret = secretText(invitation.secret);
    auto created = m_connection.exec(QStringLiteral("SELECT rapport.create_invitation(?::uuid, ?, ?)"),
                                     {idText(personId), secret, validDays});
    if (!created) {
        return tl::unexpected(explained(created.error(), what));
    }
    if (!created->next()) {
        return fail(ErrorCode::Internal, what);
    }
    invitation.id = QUuid::fromString(created->value(0).toString());
    auto expires = m_connection.exec(QStringLiteral("SELECT expires_at FROM rapport.invitations WHERE id = ?::uuid"),
                                     {idText(invitation.id)});
    if (!expires || !expires->next()) {
        return fail(ErrorCode::Internal, what);
    }
    invitation.expiresAt = fromMs(expires->value(0));
    return invitation;
}

Result<QList<InvitationEntry>> HubInvitations::list()
{
    const QString what = CoreTr::tr("Cannot list the invitations");
    auto query = m_connection.exec(QStringLiteral(
        "SELECT i.id, i.person_id, p.name, p.role, i.created_at, i.expires_at, i.used_at, i.revoked_at, a.name "
        "FROM rapport.invitations i JOIN rapport.people p ON p.id = i.person_id "
        "LEFT JOIN rapport.people a ON a.id = i.created_by ORDER BY i.created_at DESC, i.id"));
    if (!query) {
        return tl::unexpected(explained(query.error(), what));
    }
    QList<InvitationEntry> entries;
    while (query->next()) {
        InvitationEntry entry;
        entry.id = QUuid::fromString(query->value(0).toString());
        entry.personId = QUuid::fromString(query->value(1).toString());
        entry.personName = query->value(2).toString();
        entry.role = roleFromName(query->value(3).toString()).value_or(Role::Client);
        entry.createdAt = fromMs(query->value(4));
        entry.expiresAt = fromMs(query->value(5));
        entry.usedAt = fromMs(query->value(6));
        entry.revokedAt = fromMs(query->value(7));
        entry.createdBy = query->value(8).toString();
        entries.append(entry);
    }
    return entries;
}

Result<void> HubInvitations::revoke(const QUuid& invitationId)
{
    const QString what = CoreTr::tr("Cannot revoke the invitation %1").arg(idText(invitationId));
    auto query = m_connection.exec(QStringLiteral("SELECT rapport.revoke_invitation(?::uuid)"), {idText(invitationId)});
    if (!query) {
        return tl::unexpected(explained(query.error(), what));
    }
    return {};
}

} // namespace rapport::hub
