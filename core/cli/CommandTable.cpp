#include "CommandTable.h"

#include "CliCommands.h"
#include "HrReportCommand.h"
#include "HubCommands.h"
#include "SyncCommands.h"

#include <QCoreApplication>

namespace rapport::cli {

QString Command::translatedSummary() const
{
    return summary == nullptr ? QString() : QCoreApplication::translate(summaryContext, summary);
}

CommandTable::CommandTable(std::vector<Command> commands)
    : m_commands(std::move(commands))
{
}

const Command* CommandTable::find(const QString& name) const
{
    for (const Command& command : m_commands) {
        if (command.name == name) {
            return &command;
        }
    }
    return nullptr;
}

CommandTable standardCommands()
{
    // The summaries keep the contexts their texts had before the CLI was a library of its own ("Rapport" for core's
    // CoreTr, "RapportUi" for the report command that lived in ui/), so their translations still match.
    return CommandTable({
        {QStringLiteral("instruments"),
         "Rapport",
         QT_TRANSLATE_NOOP("Rapport", "List or show the questionnaires (instruments list|show ID)"),
         runInstrumentsCommand},
        {QStringLiteral("score"),
         "Rapport",
         QT_TRANSLATE_NOOP("Rapport", "Score a set of answers (score ID --answers a,b,c...)"),
         runScoreCommand},
        {QStringLiteral("trend"),
         "Rapport",
         QT_TRANSLATE_NOOP("Rapport", "Compute the trend of a series (trend ID --point DATE=SCORE ...)"),
         runTrendCommand},
        {QStringLiteral("init"),
         "Rapport",
         QT_TRANSLATE_NOOP("Rapport", "Create a new encrypted store"),
         runInitCommand},
        {QStringLiteral("passphrase"),
         "Rapport",
         QT_TRANSLATE_NOOP("Rapport", "Change the store passphrase (passphrase change)"),
         runPassphraseCommand},
        {QStringLiteral("person"),
         "Rapport",
         QT_TRANSLATE_NOOP("Rapport", "Add, list, rename or remove people (person add|list|rename|remove)"),
         runPersonCommand},
        {QStringLiteral("connect"),
         "Rapport",
         QT_TRANSLATE_NOOP("Rapport", "Connect a client with a professional (pending until the client accepts)"),
         runConnectCommand},
        {QStringLiteral("connections"),
         "Rapport",
         QT_TRANSLATE_NOOP("Rapport",
                           "A client's connections: list them, accept or decline (connections list|accept|decline)"),
         runConnectionsCommand},
        {QStringLiteral("submit"),
         "Rapport",
         QT_TRANSLATE_NOOP("Rapport", "Record a questionnaire (submit wellbeing|alliance)"),
         runSubmitCommand},
        {QStringLiteral("sharing"),
         "Rapport",
         QT_TRANSLATE_NOOP("Rapport", "A client's sharing choices (sharing set|show|log)"),
         runSharingCommand},
        {QStringLiteral("request"),
         "Rapport",
         QT_TRANSLATE_NOOP("Rapport", "Share requests (request add|answer|list)"),
         runRequestCommand},
        {QStringLiteral("view"),
         "Rapport",
         QT_TRANSLATE_NOOP(
             "Rapport",
             "What a client or professional sees, or the anonymised HR figures (view client|professional ID, view hr)"),
         runViewCommand},
        {QStringLiteral("check"),
         "Rapport",
         QT_TRANSLATE_NOOP("Rapport", "Check the store's integrity"),
         runCheckCommand},
        {QStringLiteral("backup"),
         "Rapport",
         QT_TRANSLATE_NOOP("Rapport", "Encrypted backups (backup export|verify|restore|schedule|run-scheduled)"),
         runBackupCommand},
        {QStringLiteral("demo"),
         "Rapport",
         QT_TRANSLATE_NOOP("Rapport", "Fill the store with a reproducible demo organisation"),
         runDemoCommand},
        {QStringLiteral("hr"),
         "Rapport",
         QT_TRANSLATE_NOOP("Rapport", "What HR records: interventions (hr intervention add|list|remove)"),
         runHrCommand},
        {QStringLiteral("report"),
         "RapportUi",
         QT_TRANSLATE_NOOP("RapportUi",
                           "Printable reports (report hr --pdf FILE: the anonymised HR figures with charts)"),
         runReportCommand},
        {QStringLiteral("hub"),
         "Rapport",
         QT_TRANSLATE_NOOP("Rapport",
                           "Set up and administer a shared PostgreSQL hub (hub init|person add|remove|update|"
                           "connect|connections|disconnect|invite|invitations|settings|join)"),
         hub::runHubCommand},
        {QStringLiteral("sync"),
         "Rapport",
         QT_TRANSLATE_NOOP("Rapport", "Exchange data with the hub this store is joined to (see hub join)"),
         hub::runSyncCommand},
    });
}

} // namespace rapport::cli
