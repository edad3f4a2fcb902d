#include "HubCommands.h"

#include "cli/CliApplication.h"
#include "cli/CliContext.h"
#include "common/CoreTr.h"
#include "hub/HubConnection.h"
#include "hub/HubMigrations.h"
#include "hub/sync/SyncCommands.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rapport::hub {
namespace {

using cli::CliContext;
using cli::ExitOk;

const QCommandLineOption JsonOption(QStringLiteral("json"), CoreTr::tr("Print machine-readable JSON."));

int runInit(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CoreTr::tr("Create or upgrade the hub schema in the database named by RAPPORT_HUB_URL. Run as the database "
                   "owner; the password comes from PGPASSWORD, ~/.pgpass or PGPASSFILE."));
    parser.addOption(JsonOption);
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
    if (parser.isSet(JsonOption)) {
        QJsonArray applied;
        for (const int version : std::as_const(result->applied)) {
            applied.append(version);
        }
        context.printJson(QJsonDocument(QJsonObject{{QStringLiteral("previousVersion"), result->previousVersion},
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

} // namespace

int runHubCommand(CliContext& context, const QStringList& arguments)
{
    int exitCode = ExitOk;
    const auto action = context.subcommand(arguments, {QStringLiteral("init"), QStringLiteral("join")}, exitCode);
    if (!action) {
        return exitCode;
    }
    const QStringList rest = arguments.mid(1);
    if (*action == QStringLiteral("init")) {
        return runInit(context, rest);
    }
    if (*action == QStringLiteral("join")) {
        return runHubJoinCommand(context, rest); // sync's half of `hub` (hub/sync/SyncCommands)
    }
    return exitCode;
}

void registerHubCommands()
{
    cli::registerCommand(QStringLiteral("hub"),
                         CoreTr::tr("Set up and administer a shared PostgreSQL hub (hub init)"), runHubCommand);
}

} // namespace rapport::hub
