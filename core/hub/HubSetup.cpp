#include "HubSetup.h"

#include "common/CoreTr.h"
#include "hub/HubConnection.h"
#include "hub/HubInvitations.h"
#include "hub/HubPeople.h"

#include <QFileInfo>

namespace rapport::hub::HubSetup {
namespace {

/** What the server or libpq said, without the command-line advice HubConnection puts around it. */
QString serverSays(const Error& error)
{
    const qsizetype at = error.message.indexOf(QStringLiteral("connection to server"));
    return at >= 0 ? error.message.mid(at).trimmed() : error.message;
}

} // namespace

Result<HubAddress> addressFor(const HubSetupRequest& request)
{
    const QString typed = request.address.trimmed();
    if (typed.isEmpty()) {
        return fail(ErrorCode::InvalidArgument,
                    CoreTr::tr("Type the hub's address: the server's name, then a slash and the database, such as "
                               "hub.example.org/rapport."));
    }
    const bool isUri = typed.startsWith(QStringLiteral("postgresql://"), Qt::CaseInsensitive)
        || typed.startsWith(QStringLiteral("postgres://"), Qt::CaseInsensitive);
    auto address = HubAddress::parse(isUri ? typed : QStringLiteral("postgresql://") + typed);
    if (!address) {
        return fail(ErrorCode::InvalidArgument,
                    CoreTr::tr("'%1' is not a hub address. Type the server's name, then a slash and the database, "
                               "such as hub.example.org/rapport or hub.example.org:5432/rapport.")
                        .arg(typed));
    }
    if (address->database.isEmpty()) {
        return fail(ErrorCode::InvalidArgument,
                    CoreTr::tr("Say which database the hub lives in: add a slash and its name to the address, such as "
                               "%1/rapport.")
                        .arg(typed));
    }
    const QString login = request.login.trimmed();
    if (!login.isEmpty()) {
        address->login = login;
    }
    if (address->login.isEmpty()) {
        return fail(ErrorCode::InvalidArgument, CoreTr::tr("Type the login that owns the hub's database."));
    }
    const QString ca = request.caCertificate.trimmed();
    if (!ca.isEmpty()) {
        const QFileInfo file(ca);
        if (!file.isFile() || !file.isReadable()) {
            return fail(ErrorCode::InvalidArgument, CoreTr::tr("The CA certificate %1 cannot be read.").arg(ca));
        }
        address->parameters.removeIf([](const QPair<QString, QString>& parameter) {
            return parameter.first == QStringLiteral("sslmode") || parameter.first == QStringLiteral("sslrootcert");
        });
        address->parameters.append({QStringLiteral("sslmode"), QStringLiteral("verify-full")});
        address->parameters.append({QStringLiteral("sslrootcert"), file.absoluteFilePath()});
    }
    return address;
}

Result<HubSetupOutcome> createOrUpgrade(const HubSetupRequest& request, const QProcessEnvironment& environment)
{
    auto address = addressFor(request);
    if (!address) {
        return tl::unexpected(address.error());
    }
    if (request.password.isEmpty()) {
        return fail(ErrorCode::SecretRequired, CoreTr::tr("Type the password of %1.").arg(address->login));
    }
    QProcessEnvironment withPassword = environment;
    withPassword.insert(QStringLiteral("PGPASSWORD"), secretText(request.password));
    withPassword.remove(QStringLiteral("PGPASSFILE"));
    const QString where = address->host.isEmpty() ? address->database : address->host;
    if (auto secure = address->requireSecureTransport(withPassword); !secure) {
        return fail(ErrorCode::Insecure,
                    CoreTr::tr("The hub at %1 is on another computer: choose its CA certificate file (from whoever set "
                               "up the server), so that Rapport can check it is talking to your hub and nobody on "
                               "the way can read along.")
                        .arg(where));
    }
    auto connection = HubConnection::open(*address, withPassword);
    if (!connection) {
        const Error& error = connection.error();
        switch (error.code) {
        case ErrorCode::PermissionDenied:
            return fail(ErrorCode::PermissionDenied,
                        CoreTr::tr("The hub at %1 refused the login %2: the password is wrong, the login or the "
                                   "database does not exist, or the server does not let this computer in. (%3)")
                            .arg(where, address->login, serverSays(error)));
        case ErrorCode::Insecure:
            return fail(ErrorCode::Insecure,
                        CoreTr::tr("The hub at %1 did not make an encrypted, checked connection: the server does not "
                                   "offer one, or its certificate was not signed by the CA certificate chosen. (%2)")
                            .arg(where, serverSays(error)));
        case ErrorCode::Io:
        case ErrorCode::Unreachable:
            return fail(ErrorCode::Unreachable,
                        CoreTr::tr("Nothing answers at %1: check the server's name and port, that the database server "
                                   "is running, and that this computer may reach it. (%2)")
                            .arg(where, serverSays(error)));
        default:
            return tl::unexpected(error);
        }
    }
    auto applied = HubMigrations::apply(**connection);
    if (!applied) {
        if (applied.error().code == ErrorCode::PermissionDenied) {
            return fail(ErrorCode::PermissionDenied,
                        CoreTr::tr("%1 may log in, but does not own the database %2, so it cannot create or upgrade "
                                   "the hub. Use the login that owns the database. (%3)")
                            .arg(address->login, address->database, applied.error().message));
        }
        return tl::unexpected(applied.error());
    }
    HubSetupOutcome outcome {*applied, std::nullopt};
    if (!request.firstAdministrator) {
        return outcome;
    }
    const HubSetupRequest::FirstAdministrator& admin = *request.firstAdministrator;
    const auto failed = [&](const Error& error) {
        return Error {error.code,
                      CoreTr::tr("The hub has schema version %1, but %2 could not be made its administrator: %3")
                          .arg(outcome.schema.version)
                          .arg(admin.name.trimmed(), error.message)};
    };
    // A throwaway password: the invitation replaces it with its one-time secret, and the person then with their own.
    auto added = HubPeople(**connection)
                     .add(Role::Admin,
                          admin.name.trimmed(),
                          admin.login.trimmed(),
                          QString(),
                          secretText(Invitation::newSecret()));
    if (!added) {
        return tl::unexpected(failed(added.error()));
    }
    auto invitation = HubInvitations(**connection).create(added->id, admin.validDays);
    if (!invitation) {
        return tl::unexpected(failed(invitation.error()));
    }
    outcome.invitation = std::move(*invitation);
    return outcome;
}

} // namespace rapport::hub::HubSetup
