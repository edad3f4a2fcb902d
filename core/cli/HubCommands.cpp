#include "HubCommands.h"

#include "CliContext.h"
#include "CommonOptions.h"
#include "InvitationCommands.h"
#include "SyncCommands.h"
#include "common/CoreTr.h"
#include "hub/HubConnection.h"
#include "hub/HubMigrations.h"
#include "hub/HubOrganisationSettings.h"
#include "hub/HubPeople.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rapport::hub {
namespace {

using cli::jsonOption;

QJsonValue timeJson(const QDateTime& time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

using cli::CliContext;
using cli::ExitOk;

int runInit(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CoreTr::tr("Create or upgrade the hub schema in the database named by RAPPORT_HUB_URL. Run as the database "
                   "owner; the password comes from PGPASSWORD, ~/.pgpass or PGPASSFILE."));
    parser.addOption(jsonOption());
    if (auto stop = context.parse(parser, QStringLiteral("hub init"), arguments)) {
        return *stop;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return context.reportUsage(CoreTr::tr("hub init takes no arguments."));
    }
    auto connection = HubConnection::openFromEnvironment(context.environment());
    if (!connection) {
        return context.reportError(connection.error());
    }
    auto result = HubMigrations::apply(**connection);
    if (!result) {
        return context.reportError(result.error());
    }
    if (parser.isSet(jsonOption())) {
        QJsonArray applied;
        for (const int version : std::as_const(result->applied)) {
            applied.append(version);
        }
        context.printJson(QJsonDocument(QJsonObject {{QStringLiteral("previousVersion"), result->previousVersion},
                                                     {QStringLiteral("version"), result->version},
                                                     {QStringLiteral("applied"), applied}}));
    } else if (result->applied.isEmpty()) {
        context.out() << CoreTr::tr("The hub is up to date (schema %1).").arg(result->version) << '\n';
    } else {
        context.out() << CoreTr::tr("The hub schema went from version %1 to %2.")
                             .arg(result->previousVersion)
                             .arg(result->version)
                      << '\n';
    }
    context.out().flush();
    return ExitOk;
}

const QString NewPasswordVariable = QStringLiteral("RAPPORT_HUB_NEW_PASSWORD");

Result<QUuid> parseId(const QString& text)
{
    const QUuid id = QUuid::fromString(text.trimmed());
    if (id.isNull()) {
        return fail(ErrorCode::InvalidArgument, CoreTr::tr("'%1' is not a valid person id.").arg(text));
    }
    return id;
}

int runPersonRemove(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CoreTr::tr("Remove a person from the hub (as the hub owner or an admin login): their login stops working and "
                   "everything of theirs on the hub is deleted."));
    parser.addPositionalArgument(QStringLiteral("PERSON_ID"), CoreTr::tr("The person's id on the hub."));
    parser.addOption(jsonOption());
    if (auto stop = context.parse(parser, QStringLiteral("hub person remove"), arguments)) {
        return *stop;
    }
    if (parser.positionalArguments().size() != 1) {
        return context.reportUsage(CoreTr::tr("hub person remove needs PERSON_ID."));
    }
    auto id = parseId(parser.positionalArguments().first());
    if (!id) {
        return context.reportError(id.error());
    }
    auto connection = HubMigrations::openCompatible(context.environment());
    if (!connection) {
        return context.reportError(connection.error());
    }
    auto removed = HubPeople(**connection).remove(*id);
    if (!removed) {
        return context.reportError(removed.error());
    }
    if (parser.isSet(jsonOption())) {
        context.printJson(QJsonDocument(QJsonObject {{QStringLiteral("id"), id->toString(QUuid::WithoutBraces)},
                                                     {QStringLiteral("login"), *removed}}));
    } else {
        context.out()
            << CoreTr::tr("Removed: the login %1 no longer works, and their data is gone from the hub.").arg(*removed)
            << '\n';
        context.out().flush();
    }
    return ExitOk;
}

int runPersonUpdate(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CoreTr::tr(
        "Rename a person on the hub or change their team (as the hub owner or an admin login); the next syncs carry "
        "it to every store."));
    parser.addPositionalArgument(QStringLiteral("PERSON_ID"), CoreTr::tr("The person's id on the hub."));
    const QCommandLineOption nameOption(
        QStringLiteral("name"), CoreTr::tr("The new name (default: unchanged)."), QStringLiteral("name"));
    const QCommandLineOption teamOption(
        QStringLiteral("team"),
        CoreTr::tr("The new team; an empty value removes the team (default: unchanged)."),
        QStringLiteral("team"));
    parser.addOptions({nameOption, teamOption, jsonOption()});
    if (auto stop = context.parse(parser, QStringLiteral("hub person update"), arguments)) {
        return *stop;
    }
    if (parser.positionalArguments().size() != 1 || (!parser.isSet(nameOption) && !parser.isSet(teamOption))) {
        return context.reportUsage(CoreTr::tr("hub person update needs PERSON_ID and --name or --team."));
    }
    auto id = parseId(parser.positionalArguments().first());
    if (!id) {
        return context.reportError(id.error());
    }
    auto connection = HubMigrations::openCompatible(context.environment());
    if (!connection) {
        return context.reportError(connection.error());
    }
    // What is not given stays: read the person as the hub has them first.
    auto current = HubPeople(**connection).person(*id);
    if (!current) {
        return context.reportError(current.error());
    }
    const QString name = parser.isSet(nameOption) ? parser.value(nameOption) : current->name;
    const QString team = parser.isSet(teamOption) ? parser.value(teamOption) : current->team;
    if (auto updated = HubPeople(**connection).update(*id, name, team); !updated) {
        return context.reportError(updated.error());
    }
    if (parser.isSet(jsonOption())) {
        context.printJson(QJsonDocument(QJsonObject {{QStringLiteral("id"), id->toString(QUuid::WithoutBraces)},
                                                     {QStringLiteral("name"), name.trimmed()},
                                                     {QStringLiteral("team"), team.trimmed()}}));
    } else {
        context.out() << CoreTr::tr("Changed: %1, team %2.")
                             .arg(name.trimmed(), team.trimmed().isEmpty() ? CoreTr::tr("none") : team.trimmed())
                      << '\n';
        context.out().flush();
    }
    return ExitOk;
}

int runSettings(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CoreTr::tr(
        "Show or set the organisation's settings on the hub (as the hub owner or an admin login): the smallest group "
        "HR figures may stand on. A new value applies from the next published month."));
    const QCommandLineOption kOption(QStringLiteral("minimum-group-size"),
                                     CoreTr::tr("Set the minimum group size (%1 to %2).")
                                         .arg(HubOrganisationSettings::MinimumGroupSizeFloor)
                                         .arg(HubOrganisationSettings::MinimumGroupSizeCeiling),
                                     QStringLiteral("k"));
    parser.addOptions({kOption, jsonOption()});
    if (auto stop = context.parse(parser, QStringLiteral("hub settings"), arguments)) {
        return *stop;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return context.reportUsage(CoreTr::tr("hub settings takes no arguments."));
    }
    auto connection = HubMigrations::openCompatible(context.environment());
    if (!connection) {
        return context.reportError(connection.error());
    }
    HubOrganisationSettings settings(**connection);
    if (parser.isSet(kOption)) {
        bool ok = false;
        const int k = parser.value(kOption).toInt(&ok);
        if (!ok) {
            return context.reportUsage(CoreTr::tr("--minimum-group-size takes a whole number."));
        }
        if (auto saved = settings.setMinimumGroupSize(k); !saved) {
            return context.reportError(saved.error());
        }
    }
    auto k = settings.minimumGroupSize();
    if (!k) {
        return context.reportError(k.error());
    }
    if (parser.isSet(jsonOption())) {
        context.printJson(QJsonDocument(QJsonObject {{QStringLiteral("minimumGroupSize"), *k}}));
    } else {
        context.out() << CoreTr::tr("Minimum group size for HR figures: %1").arg(*k) << '\n';
        context.out().flush();
    }
    return ExitOk;
}

int runPerson(CliContext& context, const QStringList& arguments)
{
    int exitCode = ExitOk;
    const auto action = context.subcommand(
        arguments, {QStringLiteral("add"), QStringLiteral("remove"), QStringLiteral("update")}, exitCode);
    if (!action) {
        return exitCode;
    }
    if (*action == QStringLiteral("remove")) {
        return runPersonRemove(context, arguments.mid(1));
    }
    if (*action == QStringLiteral("update")) {
        return runPersonUpdate(context, arguments.mid(1));
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CoreTr::tr("Add a person to the hub with their own PostgreSQL login (as the hub owner or an admin login). "
                   "The new login's password is taken from %1.")
            .arg(NewPasswordVariable));
    const QCommandLineOption roleOption(
        QStringLiteral("role"), CoreTr::tr("client, professional, hr or admin."), QStringLiteral("role"));
    const QCommandLineOption nameOption(
        QStringLiteral("name"), CoreTr::tr("The person's name."), QStringLiteral("name"));
    const QCommandLineOption loginOption(
        QStringLiteral("login"), CoreTr::tr("The new PostgreSQL login (lower case)."), QStringLiteral("login"));
    const QCommandLineOption teamOption(
        QStringLiteral("team"), CoreTr::tr("The person's team (optional)."), QStringLiteral("team"));
    parser.addOptions({roleOption, nameOption, loginOption, teamOption, jsonOption()});
    if (auto stop = context.parse(parser, QStringLiteral("hub person add"), arguments.mid(1))) {
        return *stop;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return context.reportUsage(CoreTr::tr("hub person add takes no arguments besides its options."));
    }
    if (!parser.isSet(roleOption) || !parser.isSet(nameOption) || !parser.isSet(loginOption)) {
        return context.reportUsage(CoreTr::tr("hub person add needs --role, --name and --login."));
    }
    const auto role = roleFromName(parser.value(roleOption));
    if (!role) {
        return context.reportUsage(
            CoreTr::tr("unknown role '%1': expected client, professional, hr or admin.").arg(parser.value(roleOption)));
    }
    const QString password = context.environment().value(NewPasswordVariable);
    if (password.isEmpty()) {
        return context.reportUsage(
            CoreTr::tr("set %1 to the new login's password (never on the command line).").arg(NewPasswordVariable));
    }
    auto connection = HubMigrations::openCompatible(context.environment());
    if (!connection) {
        return context.reportError(connection.error());
    }
    HubPeople people(**connection);
    auto added
        = people.add(*role, parser.value(nameOption), parser.value(loginOption), parser.value(teamOption), password);
    if (!added) {
        return context.reportError(added.error());
    }
    if (parser.isSet(jsonOption())) {
        context.printJson(QJsonDocument(QJsonObject {{QStringLiteral("id"), added->id.toString(QUuid::WithoutBraces)},
                                                     {QStringLiteral("login"), added->login}}));
    } else {
        context.out() << added->id.toString(QUuid::WithoutBraces) << '\n';
        context.out().flush();
    }
    return ExitOk;
}

int runConnect(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CoreTr::tr("Connect a client with a professional on the hub (as the hub owner or "
                                                "an admin login)."));
    parser.addPositionalArgument(QStringLiteral("CLIENT_ID"), CoreTr::tr("The client's id on the hub."));
    parser.addPositionalArgument(QStringLiteral("PROFESSIONAL_ID"), CoreTr::tr("The professional's id on the hub."));
    parser.addOption(jsonOption());
    if (auto stop = context.parse(parser, QStringLiteral("hub connect"), arguments)) {
        return *stop;
    }
    if (parser.positionalArguments().size() != 2) {
        return context.reportUsage(CoreTr::tr("hub connect needs CLIENT_ID and PROFESSIONAL_ID."));
    }
    auto client = parseId(parser.positionalArguments().at(0));
    auto professional = parseId(parser.positionalArguments().at(1));
    if (!client || !professional) {
        return context.reportError(!client ? client.error() : professional.error());
    }
    auto connection = HubMigrations::openCompatible(context.environment());
    if (!connection) {
        return context.reportError(connection.error());
    }
    HubPeople people(**connection);
    auto connected = people.connect(*client, *professional);
    if (!connected) {
        return context.reportError(connected.error());
    }
    if (parser.isSet(jsonOption())) {
        context.printJson(
            QJsonDocument(QJsonObject {{QStringLiteral("id"), connected->id.toString(QUuid::WithoutBraces)},
                                       {QStringLiteral("created"), connected->created}}));
    } else {
        context.out() << (connected->created ? CoreTr::tr(
                              "Connected. The connection waits for the client to accept it; until then the "
                              "professional sees nothing of them.")
                                             : CoreTr::tr("They were connected already."))
                      << '\n';
        context.out().flush();
    }
    return ExitOk;
}

int runConnections(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CoreTr::tr("List the hub's connections and whether each client has accepted (as "
                                                "the hub owner or an admin login)."));
    parser.addOption(jsonOption());
    if (auto stop = context.parse(parser, QStringLiteral("hub connections"), arguments)) {
        return *stop;
    }
    auto connection = HubMigrations::openCompatible(context.environment());
    if (!connection) {
        return context.reportError(connection.error());
    }
    auto listed = HubPeople(**connection).connections();
    if (!listed) {
        return context.reportError(listed.error());
    }
    if (parser.isSet(jsonOption())) {
        QJsonArray entries;
        for (const HubConnectionEntry& entry : std::as_const(*listed)) {
            entries.append(
                QJsonObject {{QStringLiteral("id"), entry.id.toString(QUuid::WithoutBraces)},
                             {QStringLiteral("client"),
                              QJsonObject {{QStringLiteral("id"), entry.clientId.toString(QUuid::WithoutBraces)},
                                           {QStringLiteral("name"), entry.clientName}}},
                             {QStringLiteral("professional"),
                              QJsonObject {{QStringLiteral("id"), entry.professionalId.toString(QUuid::WithoutBraces)},
                                           {QStringLiteral("name"), entry.professionalName}}},
                             {QStringLiteral("state"), connectionStateName(entry.state)},
                             {QStringLiteral("createdAt"), timeJson(entry.createdAt)},
                             {QStringLiteral("decidedAt"), timeJson(entry.decidedAt)}});
        }
        context.printJson(QJsonDocument(entries));
        return ExitOk;
    }
    for (const HubConnectionEntry& entry : std::as_const(*listed)) {
        const QString state = entry.state == Connection::State::Pending ? CoreTr::tr("waiting for the client")
            : entry.state == Connection::State::Accepted                ? CoreTr::tr("accepted")
                                                                        : CoreTr::tr("declined");
        const QDateTime since = entry.decidedAt.isValid() ? entry.decidedAt : entry.createdAt;
        context.out() << entry.id.toString(QUuid::WithoutBraces) << "  " << entry.clientName << " — "
                      << entry.professionalName << "  (" << state << ", "
                      << CoreTr::tr("since %1").arg(since.toLocalTime().toString(Qt::ISODate)) << ")\n";
    }
    context.out().flush();
    return ExitOk;
}

int runDisconnect(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CoreTr::tr("Remove a connection between a client and a professional (as the hub owner or an admin login): "
                   "the professional reads nothing more of the client from now on, and the next syncs remove it "
                   "from both computers. The ids are in hub connections."));
    parser.addPositionalArgument(QStringLiteral("CONNECTION_ID"), CoreTr::tr("The connection's id on the hub."));
    parser.addOption(jsonOption());
    if (auto stop = context.parse(parser, QStringLiteral("hub disconnect"), arguments)) {
        return *stop;
    }
    if (parser.positionalArguments().size() != 1) {
        return context.reportUsage(CoreTr::tr("hub disconnect needs CONNECTION_ID."));
    }
    const QUuid id = QUuid::fromString(parser.positionalArguments().first().trimmed());
    if (id.isNull()) {
        return context.reportError(
            Error {ErrorCode::InvalidArgument,
                   CoreTr::tr("'%1' is not a valid connection id.").arg(parser.positionalArguments().first())});
    }
    auto connection = HubMigrations::openCompatible(context.environment());
    if (!connection) {
        return context.reportError(connection.error());
    }
    auto removed = HubPeople(**connection).disconnect(id);
    if (!removed) {
        return context.reportError(removed.error());
    }
    if (parser.isSet(jsonOption())) {
        context.printJson(QJsonDocument(
            QJsonObject {{QStringLiteral("id"), id.toString(QUuid::WithoutBraces)},
                         {QStringLiteral("clientId"), removed->clientId.toString(QUuid::WithoutBraces)},
                         {QStringLiteral("professionalId"), removed->professionalId.toString(QUuid::WithoutBraces)}}));
    } else {
        context.out() << CoreTr::tr("Removed: %1 and %2 are no longer connected.")
                             .arg(removed->clientName, removed->professionalName)
                      << '\n';
        context.out().flush();
    }
    return ExitOk;
}

} // namespace

int runHubCommand(CliContext& context, const QStringList& arguments)
{
    int exitCode = ExitOk;
    const auto action = context.subcommand(arguments,
                                           {QStringLiteral("init"),
                                            QStringLiteral("person"),
                                            QStringLiteral("connect"),
                                            QStringLiteral("connections"),
                                            QStringLiteral("disconnect"),
                                            QStringLiteral("join"),
                                            QStringLiteral("invite"),
                                            QStringLiteral("invitations"),
                                            QStringLiteral("settings")},
                                           exitCode);
    if (!action) {
        return exitCode;
    }
    const QStringList rest = arguments.mid(1);
    if (*action == QStringLiteral("init")) {
        return runInit(context, rest);
    }
    if (*action == QStringLiteral("person")) {
        return runPerson(context, rest);
    }
    if (*action == QStringLiteral("connect")) {
        return runConnect(context, rest);
    }
    if (*action == QStringLiteral("connections")) {
        return runConnections(context, rest);
    }
    if (*action == QStringLiteral("disconnect")) {
        return runDisconnect(context, rest);
    }
    if (*action == QStringLiteral("invite")) {
        return runHubInviteCommand(context, rest);
    }
    if (*action == QStringLiteral("invitations")) {
        return runHubInvitationsCommand(context, rest);
    }
    if (*action == QStringLiteral("settings")) {
        return runSettings(context, rest);
    }
    if (*action == QStringLiteral("join")) {
        return runHubJoinCommand(context, rest); // sync's half of `hub` (SyncCommands)
    }
    return exitCode;
}

} // namespace rapport::hub
