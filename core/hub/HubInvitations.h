#pragma once

#include "Invitation.h"
#include "common/Error.h"
#include "domain/Role.h"

#include <QDateTime>
#include <QList>
#include <QUuid>

namespace rapport::hub {

class HubConnection;

/** One invitation as an admin lists it: for whom, made when, and what became of it. No secret: the hub keeps none. */
struct InvitationEntry
{
    enum class Status
    {
        Open, ///< not used yet and still valid
        Used, ///< the person joined with it and set their own password
        Expired, ///< ran out unused
        Revoked, ///< taken back by an admin, or replaced by a newer invitation for the same person
    };

    QUuid id;
    QUuid personId;
    QString personName;
    Role role = Role::Client;
    QDateTime createdAt;
    QDateTime expiresAt;
    QDateTime usedAt; ///< invalid unless used
    QDateTime revokedAt; ///< invalid unless revoked
    QString createdBy; ///< the admin's name; empty for the hub owner

    [[nodiscard]] Status status(const QDateTime& now) const;
};

[[nodiscard]] QString invitationStatusName(InvitationEntry::Status status);

/**
 * Invitations on the hub, as an admin or the owner (hub schema 10): make one for a person (which replaces the
 * login's password with the invitation's one-time secret until the person redeems it), list them, revoke one.
 */
class HubInvitations
{
public:
    static constexpr int DefaultValidDays = 7;

    explicit HubInvitations(HubConnection& connection);

    /**
     * Invites `personId`: valid for `validDays` (1–90), for the hub at this connection's address with `caCertificate`
     * (PEM) to trust; empty takes the file of the address's sslrootcert, if any. Revokes the person's open
     * invitations. The invitation carries the one-time secret: hand it to the person only.
     */
    [[nodiscard]] Result<Invitation>
    create(const QUuid& personId, int validDays = DefaultValidDays, const QByteArray& caCertificate = QByteArray());
    /** Every invitation, newest first. */
    [[nodiscard]] Result<QList<InvitationEntry>> list();
    /** Takes back an unused invitation: its secret stops working at once. Used or revoked ones stay as they are. */
    [[nodiscard]] Result<void> revoke(const QUuid& invitationId);

private:
    HubConnection& m_connection;
};

} // namespace rapport::hub
