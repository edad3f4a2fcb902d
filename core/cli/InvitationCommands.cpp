#include "InvitationCommands.h"

#include "CliContext.h"
#include "CommonOptions.h"
#include "common/CoreTr.h"
#include "hub/HubConnection.h"
#include "hub/HubInvitations.h"
#include "hub/HubMigrations.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rapport::hub {
namespace {

using cli::CliContext;
using cli::ExitOk;
using cli::jsonOption;

QString idText(const QUuid& id)
{
    return id.toString(QUuid::WithoutBraces);
}

QJsonValue timeValue(const QDateTime& time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

Result<std::unique_ptr<HubConnection>> adminConnection(CliContext& context)
{
    return HubMigrations::openCompatible(context.environment());
}

int revoke(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CoreTr::tr("Take back an unused invitation: its one-time secret stops working at once."));
    parser.addPositionalArgument(QStringLiteral("INVITATION_ID"), CoreTr::tr("The invitation's id."));
    if (auto stop = context.parse(parser, QStringLiteral("hub invitations revoke"), arguments)) {
        return *stop;
    }
    const QStringList positional = parser.positionalArguments();
    const QUuid id = positional.size() == 1 ? QUuid::fromString(positional.first()) : QUuid();
    if (id.isNull()) {
        return context.reportUsage(CoreTr::tr("hub invitations revoke needs the invitation's id."));
    }
    auto connection = adminConnection(context);
    if (!connection) {
        return context.reportError(connection.error());
    }
    if (auto revoked = HubInvitations(**connection).revoke(id); !revoked) {
        return context.reportError(revoked.error());
    }
    context.out() << CoreTr::tr("The invitation is revoked, unless it had been used already.") << '\n';
    context.out().flush();
    return ExitOk;
}

} // namespace

int runHubInviteCommand(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CoreTr::tr(
        "Invite a person of the hub to join from their own computer (as the hub owner or an admin login): writes an "
        "invitation file with the hub's address, the certificate authority to trust, the person's login and a "
        "one-time secret that expires, and prints the same invitation as a code to paste. The person opens it with "
        "Rapport (Join an organisation) or rapport-cli hub join --invitation, and sets their own password. A new "
        "invitation replaces the person's hub password and their open invitations."));
    const QCommandLineOption person(
        QStringLiteral("person"), CoreTr::tr("The person's id on the hub."), QStringLiteral("ID"));
    const QCommandLineOption out(
        QStringLiteral("out"), CoreTr::tr("Where to write the invitation file."), QStringLiteral("FILE"));
    const QCommandLineOption days(
        QStringLiteral("days"),
        CoreTr::tr("How many days the invitation works (1 to 90; default %1).").arg(HubInvitations::DefaultValidDays),
        QStringLiteral("N"),
        QString::number(HubInvitations::DefaultValidDays));
    const QCommandLineOption caCert(QStringLiteral("ca-cert"),
                                    CoreTr::tr("The certificate authority (PEM) that signed the hub's certificate; "
                                               "default: the sslrootcert of RAPPORT_HUB_URL."),
                                    QStringLiteral("PEM"));
    parser.addOptions({person, out, days, caCert});
    parser.addOption(jsonOption());
    if (auto stop = context.parse(parser, QStringLiteral("hub invite"), arguments)) {
        return *stop;
    }
    const QUuid personId = QUuid::fromString(parser.value(person));
    if (personId.isNull() || !parser.isSet(out)) {
        return context.reportUsage(CoreTr::tr("hub invite needs --person ID and --out FILE."));
    }
    bool number = false;
    const int validDays = parser.value(days).toInt(&number);
    if (!number) {
        return context.reportUsage(CoreTr::tr("--days takes a whole number of days."));
    }
    QByteArray certificate;
    if (parser.isSet(caCert)) {
        QFile file(parser.value(caCert));
        if (!file.open(QIODevice::ReadOnly)) {
            return context.reportError(Error {
                ErrorCode::NotFound,
                CoreTr::tr("The certificate %1 cannot be read: %2").arg(parser.value(caCert), file.errorString())});
        }
        certificate = file.readAll();
    }
    auto connection = adminConnection(context);
    if (!connection) {
        return context.reportError(connection.error());
    }
    auto invitation = HubInvitations(**connection).create(personId, validDays, certificate);
    if (!invitation) {
        return context.reportError(invitation.error());
    }
    if (auto saved = invitation->save(parser.value(out)); !saved) {
        return context.reportError(saved.error());
    }
    if (parser.isSet(jsonOption())) {
        context.printJson(QJsonDocument(QJsonObject {{QStringLiteral("id"), idText(invitation->id)},
                                                     {QStringLiteral("person"), idText(invitation->personId)},
                                                     {QStringLiteral("file"), parser.value(out)},
                                                     {QStringLiteral("code"), invitation->toCode()},
                                                     {QStringLiteral("expiresAt"), timeValue(invitation->expiresAt)}}));
    } else {
        context.out() << CoreTr::tr("Invitation for %1 written to %2; it works once, until %3. Hand it to them "
                                    "only. The same invitation as a code:")
                             .arg(invitation->personName,
                                  parser.value(out),
                                  invitation->expiresAt.toLocalTime().toString(Qt::ISODate))
                      << '\n'
                      << invitation->toCode() << '\n';
        context.out().flush();
    }
    return ExitOk;
}

int runHubInvitationsCommand(CliContext& context, const QStringList& arguments)
{
    if (!arguments.isEmpty() && arguments.first() == QStringLiteral("revoke")) {
        return revoke(context, arguments.mid(1));
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(CoreTr::tr("List the hub's invitations and what became of each (open, used, "
                                                "expired, revoked), as the hub owner or an admin login. "
                                                "hub invitations revoke ID takes one back."));
    parser.addOption(jsonOption());
    if (auto stop = context.parse(parser, QStringLiteral("hub invitations"), arguments)) {
        return *stop;
    }
    auto connection = adminConnection(context);
    if (!connection) {
        return context.reportError(connection.error());
    }
    auto entries = HubInvitations(**connection).list();
    if (!entries) {
        return context.reportError(entries.error());
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (parser.isSet(jsonOption())) {
        QJsonArray list;
        for (const InvitationEntry& entry : std::as_const(*entries)) {
            list.append(QJsonObject {{QStringLiteral("id"), idText(entry.id)},
                                     {QStringLiteral("person"), idText(entry.personId)},
                                     {QStringLiteral("name"), entry.personName},
                                     {QStringLiteral("role"), roleName(entry.role)},
                                     {QStringLiteral("status"), invitationStatusName(entry.status(now))},
                                     {QStringLiteral("createdAt"), timeValue(entry.createdAt)},
                                     {QStringLiteral("expiresAt"), timeValue(entry.expiresAt)},
                                     {QStringLiteral("usedAt"), timeValue(entry.usedAt)},
                                     {QStringLiteral("revokedAt"), timeValue(entry.revokedAt)},
                                     {QStringLiteral("createdBy"), entry.createdBy}});
        }
        context.printJson(QJsonDocument(list));
    } else {
        for (const InvitationEntry& entry : std::as_const(*entries)) {
            context.out() << idText(entry.id) << "  " << entry.personName << "  "
                          << invitationStatusName(entry.status(now)) << "  "
                          << entry.expiresAt.toLocalTime().toString(Qt::ISODate) << '\n';
        }
        context.out().flush();
    }
    return ExitOk;
}

} // namespace rapport::hub
