#pragma once

#include "common/Error.h"
#include "crypto/SecureBytes.h"
#include "domain/HubBinding.h"
#include "hub/Invitation.h"

#include <QDateTime>
#include <QProcessEnvironment>
#include <QString>

namespace rapport {
class Store;
}

namespace rapport::hub {

/**
 * Joining an organisation with an invitation (docs/hub.md, "Invitations"): the store (new, or one with nobody in it
 * yet) is bound to the invited person and their view is pulled, logged in with the invitation's one-time secret;
 * then the person's own password replaces the secret on the hub. Done in that order so a failure at any step leaves
 * the invitation usable: the hub's password changes only after the store holds the binding, and doing it all again
 * is harmless.
 */
namespace InvitationJoin {

/**
 * Joins `store` with `invitation`, setting `newPassword` (at least 8 characters) as the person's hub password.
 * The certificate authority of the invitation is written to `certificateFolder` (it is public) and named in the
 * recorded hub address. Errors: Expired (ran out, used or revoked — the message says which it can tell),
 * InvalidArgument (a short password), AlreadyExists (the store holds other people or another person's binding),
 * Unreachable, Insecure.
 */
[[nodiscard]] Result<HubBinding> join(Store& store,
                                      const Invitation& invitation,
                                      const SecureBytes& newPassword,
                                      const QString& certificateFolder,
                                      const QProcessEnvironment& environment
                                      = QProcessEnvironment::systemEnvironment());

/** The environment that connects as the joined person with `password` (for the first sync right after joining). */
[[nodiscard]] QProcessEnvironment
environmentWithPassword(const QProcessEnvironment& environment, const QString& hubUri, const SecureBytes& password);

} // namespace InvitationJoin
} // namespace rapport::hub
