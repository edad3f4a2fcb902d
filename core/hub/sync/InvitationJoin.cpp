#include "InvitationJoin.h"

#include "HubSync.h"
#include "common/CoreTr.h"
#include "common/SaveFile.h"
#include "hub/HubAddress.h"
#include "hub/HubConnection.h"
#include "store/Store.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocale>
#include <QSaveFile>
#include <QSqlQuery>

namespace rapport::hub::InvitationJoin {
namespace {

QString inviter(const Invitation& invitation)
{
    return invitation.invitedBy.isEmpty() ? CoreTr::tr("your administrator") : invitation.invitedBy;
}

/** Writes the authority's certificate (public, named by its hash) and returns the address that trusts it. */
Result<QString> addressTrusting(const Invitation& invitation, const QString& certificateFolder)
{
    if (invitation.caCertificate.isEmpty()) {
        return invitation.hubUri;
    }
    auto address = HubAddress::parse(invitation.hubUri);
    if (!address) {
        return tl::unexpected(address.error());
    }
    if (!QDir().mkpath(certificateFolder)) {
        return fail(ErrorCode::Io,
                    CoreTr::tr("The folder %1 cannot be made for the hub's certificate.")
                        .arg(QDir::toNativeSeparators(certificateFolder)));
    }
    const QString name
        = QStringLiteral("hub-ca-%1.pem")
              .arg(QString::fromLatin1(
                  QCryptographicHash::hash(invitation.caCertificate, QCryptographicHash::Sha256).toHex().left(16)));
    const QString path = QDir(certificateFolder).filePath(name);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(invitation.caCertificate) != invitation.caCertificate.size()
        || !commitSaveFile(file)) {
        file.cancelWriting();
        return fail(file.error() == QFileDevice::ResourceError ? ErrorCode::DiskFull : ErrorCode::Io,
                    CoreTr::tr("The hub's certificate cannot be saved to %1: %2")
                        .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    address->parameters.removeIf(
        [](const QPair<QString, QString>& parameter) { return parameter.first == QStringLiteral("sslrootcert"); });
    address->parameters.append({QStringLiteral("sslrootcert"), path});
    return address->toUri();
}

} // namespace

QProcessEnvironment
environmentWithPassword(const QProcessEnvironment& environment, const QString& hubUri, const SecureBytes& password)
{
    QProcessEnvironment result = environment;
    result.insert(HubAddress::UrlVariable, hubUri);
    result.insert(QStringLiteral("PGPASSWORD"), secretText(password));
    result.remove(QStringLiteral("PGPASSFILE"));
    return result;
}

Result<HubBinding> join(Store& store,
                        const Invitation& invitation,
                        const SecureBytes& newPassword,
                        const QString& certificateFolder,
                        const QProcessEnvironment& environment)
{
    const QDateTime now = store.clock().now();
    if (invitation.hasExpired(now)) {
        return fail(ErrorCode::Expired,
                    CoreTr::tr("This invitation expired on %1. Ask %2 for a new one.")
                        .arg(QLocale().toString(invitation.expiresAt.toLocalTime(), QLocale::ShortFormat),
                             inviter(invitation)));
    }
    if (newPassword.size() < 8) {
        return fail(ErrorCode::InvalidArgument, CoreTr::tr("Your hub password needs at least 8 characters."));
    }
    auto uri = addressTrusting(invitation, certificateFolder);
    if (!uri) {
        return tl::unexpected(uri.error());
    }
    const QProcessEnvironment withSecret = environmentWithPassword(environment, *uri, invitation.secret);
    auto joined = HubSync::join(store, withSecret);
    if (!joined) {
        if (joined.error().code == ErrorCode::PermissionDenied) {
            // The secret no longer logs in: the hub replaced it (used), removed it (revoked), or a newer
            // invitation for the same person took its place. The hub cannot tell us which without a login.
            return fail(ErrorCode::Expired,
                        CoreTr::tr("This invitation no longer works: it has been used, revoked, or replaced by a "
                                   "newer one. Ask %1 for a new invitation.")
                            .arg(inviter(invitation)));
        }
        return joined;
    }
    if (joined->personId != invitation.personId) {
        return fail(ErrorCode::Internal, CoreTr::tr("The hub answered for another person than the invitation's."));
    }
    auto address = HubAddress::fromEnvironment(withSecret);
    if (!address) {
        return tl::unexpected(address.error());
    }
    auto connection = HubConnection::open(*address, withSecret);
    if (!connection) {
        return tl::unexpected(connection.error());
    }
    auto redeemed
        = (*connection)
              ->exec(QStringLiteral("SELECT rapport.redeem_invitation(?)"), {QVariant(secretText(newPassword))});
    if (!redeemed) {
        if (redeemed.error().code == ErrorCode::NotFound) {
            return fail(ErrorCode::Expired,
                        CoreTr::tr("This invitation is no longer open on the hub. Ask %1 for a new one.")
                            .arg(inviter(invitation)));
        }
        return tl::unexpected(redeemed.error());
    }
    return joined;
}

} // namespace rapport::hub::InvitationJoin
