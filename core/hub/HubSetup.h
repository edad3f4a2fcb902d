#pragma once

#include "common/Error.h"
#include "crypto/SecureBytes.h"
#include "hub/HubAddress.h"
#include "hub/HubMigrations.h"
#include "hub/Invitation.h"

#include <QProcessEnvironment>
#include <QString>

#include <optional>

namespace rapport::hub {

/** What creating or upgrading a hub needs, as an administrator types it. */
struct HubSetupRequest
{
    /**
     * Where the hub is: `host[:port]/database` (the database the hub lives in) or a whole
     * `postgresql://host:port/database?...` address.
     */
    QString address;
    /** The PostgreSQL login that owns the hub's database. */
    QString login;
    /** The owner's password; never written anywhere. */
    SecureBytes password;
    /** The CA certificate file that signed the server's certificate; empty for a hub on this computer. */
    QString caCertificate;

    /** Someone to add as the hub's first administrator and invite at once (day one: the owner is no person). */
    struct FirstAdministrator
    {
        QString name;
        QString login;
        int validDays = 7;
    };
    std::optional<FirstAdministrator> firstAdministrator;
};

/** What creating or upgrading did: the schema, and the first administrator's invitation when one was asked for. */
struct HubSetupOutcome
{
    HubInitResult schema;
    std::optional<Invitation> invitation;
};

/**
 * Creating or upgrading the hub schema from the GUI: what `rapport-cli hub init` does, with the address, login and
 * password typed in rather than taken from the environment, and each failure said in words an administrator who is
 * not a database administrator can act on.
 */
namespace HubSetup {

/**
 * The libpq address for `request`: the login put in, and with a CA certificate `sslmode=verify-full` and
 * `sslrootcert` added. InvalidArgument for an empty or malformed address, a missing login, or a CA file that does
 * not exist.
 */
[[nodiscard]] Result<HubAddress> addressFor(const HubSetupRequest& request);

/**
 * Connects as the owner and brings the schema to HubMigrations::latestVersion(); then, when asked, adds the first
 * administrator and makes their invitation. Errors: PermissionDenied (the password is wrong, or the login is not the
 * database's owner), Unreachable (no server answers at the address), Insecure (an encrypted, verified connection is
 * refused or the certificate does not match; or a hub on another computer without a CA certificate), NewerSchema (a
 * newer Rapport set the hub up; nothing was changed), AlreadyExists (the administrator's login is taken; the schema
 * is done all the same).
 */
[[nodiscard]] Result<HubSetupOutcome> createOrUpgrade(const HubSetupRequest& request,
                                                      const QProcessEnvironment& environment
                                                      = QProcessEnvironment::systemEnvironment());

} // namespace HubSetup
} // namespace rapport::hub
