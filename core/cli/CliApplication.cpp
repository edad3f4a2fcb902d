#include "CliApplication.h"

#include "CliCommands.h"
#include "CliContext.h"
#include "common/CoreTr.h"

#include <cstdio>
#include <functional>
#include <vector>

namespace rapport::cli {
namespace {

struct CommandEntry
{
    QString name;
    QString summary;
    std::function<int(CliContext&, const QStringList&)> handler;
};

std::vector<CommandEntry>& registeredCommands()
{
    static std::vector<CommandEntry> commands;
    return commands;
}

std::vector<CommandEntry> commandTable()
{
    std::vector<CommandEntry> table = {
        {QStringLiteral("instruments"),
         CoreTr::tr("List or show the questionnaires (instruments list|show ID)"),
         runInstrumentsCommand},
        {QStringLiteral("score"), CoreTr::tr("Score a set of answers (score ID --answers a,b,c...)"), runScoreCommand},
        {QStringLiteral("trend"),
         CoreTr::tr("Compute the trend of a series (trend ID --point DATE=SCORE ...)"),
         runTrendCommand},
        {QStringLiteral("init"), CoreTr::tr("Create a new encrypted store"), runInitCommand},
        {QStringLiteral("passphrase"),
         CoreTr::tr("Change the store passphrase (passphrase change)"),
         runPassphraseCommand},
        {QStringLiteral("person"),
         CoreTr::tr("Add, list, rename or remove people (person add|list|rename|remove)"),
         runPersonCommand},
        {QStringLiteral("connect"),
         CoreTr::tr("Connect a client with a professional (pending until the client accepts)"),
         runConnectCommand},
        {QStringLiteral("connections"),
         CoreTr::tr("A client's connections: list them, accept or decline (connections list|accept|decline)"),
         runConnectionsCommand},
        {QStringLiteral("submit"), CoreTr::tr("Record a questionnaire (submit wellbeing|alliance)"), runSubmitCommand},
        {QStringLiteral("sharing"), CoreTr::tr("A client's sharing choices (sharing set|show|log)"), runSharingCommand},
        {QStringLiteral("request"), CoreTr::tr("Share requests (request add|answer|list)"), runRequestCommand},
        {QStringLiteral("view"),
         CoreTr::tr(
             "What a client or professional sees, or the anonymised HR figures (view client|professional ID, view hr)"),
         runViewCommand},
        {QStringLiteral("check"), CoreTr::tr("Check the store's integrity"), runCheckCommand},
        {QStringLiteral("backup"),
         CoreTr::tr("Encrypted backups (backup export|verify|restore|schedule|run-scheduled)"),
         runBackupCommand},
        {QStringLiteral("demo"), CoreTr::tr("Fill the store with a reproducible demo organisation"), runDemoCommand},
    };
    table.insert(table.end(), registeredCommands().begin(), registeredCommands().end());
    return table;
}

/** Takes `--name VALUE` / `--name=VALUE` out of `arguments` wherever it appears. */
QString takeGlobalOption(QStringList& arguments, const QString& name, bool& missingValue)
{
    const QString flag = QStringLiteral("--") + name;
    const QString prefix = flag + QLatin1Char('=');
    QString value;
    for (qsizetype i = 0; i < arguments.size();) {
        if (arguments.at(i) == flag) {
            if (i + 1 >= arguments.size()) {
                missingValue = true;
                arguments.removeAt(i);
                continue;
            }
            value = arguments.at(i + 1);
            arguments.remove(i, 2);
        } else if (arguments.at(i).startsWith(prefix)) {
            value = arguments.at(i).mid(prefix.size());
            arguments.removeAt(i);
        } else {
            ++i;
        }
    }
    return value;
}

void printUsage(QTextStream& stream)
{
    stream << CoreTr::tr("Usage: rapport-cli [--store PATH] [--instruments DIR] COMMAND [options]") << "\n\n"
           << CoreTr::tr("Commands:") << '\n';
    for (const CommandEntry& entry : commandTable()) {
        stream << "  " << entry.name.leftJustified(14) << entry.summary << '\n';
    }
    stream << '\n'
           << CoreTr::tr("Global options:") << '\n'
           << "  --store PATH      " << CoreTr::tr("Use the store at PATH instead of the default location") << '\n'
           << "  --instruments DIR " << CoreTr::tr("Load instrument definitions from DIR") << '\n'
           << "  --help, --version\n\n"
           << CoreTr::tr("Passphrases are never taken from the command line: use --passphrase-file FILE or the "
                         "RAPPORT_PASSPHRASE environment variable.")
           << '\n'
           << CoreTr::tr("Run 'rapport-cli COMMAND --help' for a command's options.") << '\n';
}

} // namespace

int run(const QStringList& arguments,
        QTextStream& out,
        QTextStream& err,
        const QProcessEnvironment& environment,
        SecretVault* secrets)
{
    CliContext context(out, err, environment);
    context.secrets = secrets;
    QStringList words = arguments.mid(1);

    bool missingValue = false;
    context.storePath = takeGlobalOption(words, QStringLiteral("store"), missingValue);
    context.instrumentsDirectory = takeGlobalOption(words, QStringLiteral("instruments"), missingValue);
    if (missingValue) {
        return context.reportUsage(CoreTr::tr("--store and --instruments need a value."));
    }

    if (words.isEmpty() || words.first() == QStringLiteral("--help") || words.first() == QStringLiteral("-h")
        || words.first() == QStringLiteral("help")) {
        printUsage(out);
        out.flush();
        return words.isEmpty() ? ExitUsage : ExitOk;
    }
    if (words.first() == QStringLiteral("--version")) {
        out << "rapport-cli " << RAPPORT_VERSION << '\n';
        out.flush();
        return ExitOk;
    }

    const QString commandName = words.takeFirst();
    for (const CommandEntry& entry : commandTable()) {
        if (entry.name == commandName) {
            return entry.handler(context, words);
        }
    }
    return context.reportUsage(CoreTr::tr("unknown command '%1'.").arg(commandName));
}

void registerCommand(const QString& name, const QString& summary, CommandHandler handler)
{
    registeredCommands().push_back({name, summary, std::move(handler)});
}

int run(const QStringList& arguments, SecretVault* secrets)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    return run(arguments, out, err, QProcessEnvironment::systemEnvironment(), secrets);
}

} // namespace rapport::cli
