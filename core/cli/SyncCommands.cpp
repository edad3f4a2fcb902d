#include "SyncCommands.h"

#include "CliContext.h"
#include "CliStoreAccess.h"
#include "CommonOptions.h"
#include "common/CoreTr.h"
#include "hub/sync/HubSync.h"
#include "hub/sync/InvitationJoin.h"
#include "secrets/SecretNames.h"
#include "secrets/SecretVault.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace rapport::hub {
namespace {

using cli::jsonOption;

using cli::CliContext;
using cli::ExitOk;

/** An unreachable hub: say so plainly, and that the queued rows are safe. */
int reportOffline(CliContext& context, const Error& error, qsizetype queued)
{
    Error said = error;
    if (error.code == ErrorCode::Unreachable) {
        said.message = queued > 0 ? CoreTr::tr("%1 Nothing was lost: %n change(s) wait in this store for the next "
                                               "sync.",
                                               nullptr,
                                               static_cast<int>(queued))
                                        .arg(error.message)
                                  : CoreTr::tr("%1 Nothing was lost; try again later.").arg(error.message);
    }
    return context.reportError(said);
}

const QCommandLineOption& noKeychainOption()
{
    static const QCommandLineOption option(
        QStringLiteral("no-keychain"), CoreTr::tr("Do not read or remember the hub password in the system keychain."));
    return option;
}

/** The system keychain, unless there is none or the person said --no-keychain. */
SecretVault* keychain(CliContext& context, const QCommandLineParser& parser)
{
    if (parser.isSet(noKeychainOption()) || context.secrets == nullptr || !context.secrets->isAvailable()) {
        return nullptr;
    }
    return context.secrets;
}

/** libpq's words when the server refused the password it sent. */
bool passwordRefused(const Error& error)
{
    return error.code == ErrorCode::PermissionDenied
        && error.message.contains(QStringLiteral("password authentication failed"));
}

} // namespace

int runHubJoinCommand(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CoreTr::tr(
        "Join this store (made with rapport-cli init) to the hub person whose login is in RAPPORT_HUB_URL, and pull "
        "what they may see. The hub password comes from PGPASSWORD, ~/.pgpass or PGPASSFILE. With --invitation, the "
        "hub, the login and a one-time secret come from an invitation (a file, or - to read a file or code from "
        "standard input), and your own new hub password from RAPPORT_HUB_NEW_PASSWORD replaces the secret; it is "
        "remembered in the system keychain, where there is one, unless you give --no-keychain."));
    cli::addPassphraseOption(parser);
    parser.addOption(noKeychainOption());
    const QCommandLineOption invitationOption(QStringLiteral("invitation"),
                                              CoreTr::tr("An invitation file from your administrator (- for stdin)."),
                                              QStringLiteral("FILE"));
    parser.addOption(invitationOption);
    parser.addOption(jsonOption());
    if (auto stop = context.parse(parser, QStringLiteral("hub join"), arguments)) {
        return *stop;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return context.reportUsage(CoreTr::tr("hub join takes no arguments: the login comes from RAPPORT_HUB_URL."));
    }
    auto store = cli::openStore(context, parser);
    if (!store) {
        return context.reportError(store.error());
    }
    Result<HubBinding> joined = fail(ErrorCode::Internal, QString());
    std::optional<bool> remembered; // whether the new password went into the keychain; unset: none was set
    if (parser.isSet(invitationOption)) {
        const QString source = parser.value(invitationOption);
        Result<Invitation> invitation = fail(ErrorCode::Internal, QString());
        if (source == QStringLiteral("-")) {
            QFile input;
            if (!input.open(stdin, QIODevice::ReadOnly)) {
                return context.reportError(Error {ErrorCode::Io, CoreTr::tr("Standard input cannot be read.")});
            }
            invitation = Invitation::parse(input.readAll());
        } else {
            invitation = Invitation::load(source);
        }
        if (!invitation) {
            return context.reportError(invitation.error());
        }
        QString typed = context.environment().value(QStringLiteral("RAPPORT_HUB_NEW_PASSWORD"));
        if (typed.isEmpty()) {
            return context.reportError(Error {ErrorCode::SecretRequired,
                                              CoreTr::tr("Put your new hub password (at least 8 characters) in "
                                                         "RAPPORT_HUB_NEW_PASSWORD; it replaces the invitation's "
                                                         "one-time secret.")});
        }
        const SecureBytes password = SecureBytes::fromUtf8(typed);
        typed.fill(QLatin1Char('\0'));
        // The hub's certificate authority goes beside the store: public, and found again by every later sync.
        const QString folder = QFileInfo((*store)->path()).absolutePath();
        joined = InvitationJoin::join(**store, *invitation, password, folder, context.environment());
        if (joined) {
            SecretVault* vault = keychain(context, parser);
            const QString name = SecretNames::hubPassword(joined->hubUrl);
            // Joined either way: a keychain that refuses only means the password is asked for (or given) later.
            remembered = vault != nullptr && !name.isEmpty() && vault->write(name, password).has_value();
        }
    } else {
        joined = HubSync::join(**store, context.environment());
    }
    if (!joined) {
        return reportOffline(context, joined.error(), 0);
    }
    if (parser.isSet(jsonOption())) {
        QJsonObject result {{QStringLiteral("id"), joined->personId.toString(QUuid::WithoutBraces)},
                            {QStringLiteral("role"), roleName(joined->role)}};
        if (remembered) {
            result.insert(QStringLiteral("passwordInKeychain"), *remembered);
        }
        context.printJson(QJsonDocument(result));
    } else {
        context.out() << CoreTr::tr("This store now belongs to the hub login %1 (%2, id %3). Sync with rapport-cli "
                                    "sync.")
                             .arg(joined->login,
                                  roleDisplayName(joined->role),
                                  joined->personId.toString(QUuid::WithoutBraces))
                      << '\n';
        if (remembered) {
            context.out() << (*remembered ? CoreTr::tr("Your hub password is remembered in the system keychain; "
                                                       "rapport-cli sync and Rapport use it from there.")
                                          : CoreTr::tr("Your hub password is not remembered (no system keychain, or "
                                                       "--no-keychain): give it to rapport-cli sync with PGPASSWORD, "
                                                       "~/.pgpass or PGPASSFILE; Rapport asks for it."))
                          << '\n';
        }
    }
    context.out().flush();
    return ExitOk;
}

int runSyncCommand(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CoreTr::tr(
        "Send what this store's person owns that the hub lacks, and take in what the hub lets them see. An unreachable "
        "hub exits with code 7 and loses nothing. The hub password comes from PGPASSWORD, else from the system "
        "keychain (where hub join --invitation or Rapport remembered it), else from ~/.pgpass or PGPASSFILE."));
    cli::addPassphraseOption(parser);
    parser.addOption(noKeychainOption());
    parser.addOption(jsonOption());
    if (auto stop = context.parse(parser, QStringLiteral("sync"), arguments)) {
        return *stop;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return context.reportUsage(CoreTr::tr("sync takes no arguments."));
    }
    auto store = cli::openStore(context, parser);
    if (!store) {
        return context.reportError(store.error());
    }
    QProcessEnvironment environment = context.environment();
    QString secretName;
    SecretVault* vault = nullptr;
    if (!environment.contains(QStringLiteral("PGPASSWORD"))) {
        auto binding = HubSync::binding(**store);
        vault = binding ? keychain(context, parser) : nullptr;
        secretName = binding ? SecretNames::hubPassword(binding->hubUrl) : QString();
        auto remembered
            = vault && !secretName.isEmpty() ? vault->read(secretName) : Result<std::optional<SecureBytes>>();
        if (remembered && remembered->has_value()) {
            // libpq takes it from the environment of this one request; never written to a file.
            environment.insert(QStringLiteral("PGPASSWORD"), secretText(**remembered));
        } else {
            vault = nullptr;
        }
    }
    auto request = HubSync::prepare(**store, environment);
    if (!request) {
        return context.reportError(request.error());
    }
    auto snapshot = HubSync::exchange(*request);
    if (!snapshot && vault && passwordRefused(snapshot.error())) {
        // Changed on the hub since it was remembered: forget it, so the next sync asks libpq's other places.
        static_cast<void>(vault->remove(secretName));
    }
    if (!snapshot) {
        return reportOffline(context, snapshot.error(), request->batch.size());
    }
    auto outcome = HubSync::finish(**store, *request, *snapshot);
    if (!outcome) {
        return context.reportError(outcome.error());
    }
    if (parser.isSet(jsonOption())) {
        context.printJson(
            QJsonDocument(QJsonObject {{QStringLiteral("pushed"), static_cast<qint64>(outcome->pushed)},
                                       {QStringLiteral("pulled"), static_cast<qint64>(outcome->pulled)},
                                       {QStringLiteral("removed"), static_cast<qint64>(outcome->removed)},
                                       {QStringLiteral("syncedAt"), outcome->at.toUTC().toString(Qt::ISODateWithMs)}}));
    } else {
        context.out() << CoreTr::tr("Synced: %1 sent, %2 received, %3 removed.")
                             .arg(outcome->pushed)
                             .arg(outcome->pulled)
                             .arg(outcome->removed)
                      << '\n';
    }
    context.out().flush();
    return ExitOk;
}

} // namespace rapport::hub
