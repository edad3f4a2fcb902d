#include "CliApplication.h"

#include "CliContext.h"
#include "common/CoreTr.h"
#include "common/Language.h"

#include <algorithm>
#include <cstdio>
#include <optional>

namespace rapport::cli {
namespace {

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

/**
 * Takes `--language CODE` / `--language=CODE` out of the global options before the command word (after it,
 * `--language` belongs to the command: `instruments show --language de`). Nothing when not given; an empty code
 * when given without one.
 */
std::optional<QString> takeLanguageOption(QStringList& arguments)
{
    const QString flag = QStringLiteral("--language");
    const QString prefix = flag + QLatin1Char('=');
    std::optional<QString> value;
    for (qsizetype i = 0; i < arguments.size();) {
        const QString& word = arguments.at(i);
        if (word == flag) {
            value = i + 1 < arguments.size() ? arguments.at(i + 1) : QString();
            arguments.remove(i, std::min<qsizetype>(2, arguments.size() - i));
        } else if (word.startsWith(prefix)) {
            value = word.mid(prefix.size());
            arguments.removeAt(i);
        } else if (word == QStringLiteral("--store") || word == QStringLiteral("--instruments")) {
            i += 2; // the option and its value
        } else if (word.startsWith(QStringLiteral("--store=")) || word.startsWith(QStringLiteral("--instruments="))) {
            ++i;
        } else {
            break; // the command word
        }
    }
    return value;
}

/** The same context and text as `rapport --language`'s (ui/common/StartupOptions), so one translation serves both. */
QString languageOptionText()
{
    return QCoreApplication::translate(
        "RapportUi", "Show Rapport in <language> for this run: system, en (English), de (German) or is (Icelandic).");
}

void printUsage(QTextStream& stream, const CommandTable& commands)
{
    stream << CoreTr::tr("Usage: rapport-cli [--store PATH] [--instruments DIR] COMMAND [options]") << "\n\n"
           << CoreTr::tr("Commands:") << '\n';
    for (const Command& command : commands.commands()) {
        stream << "  " << command.name.leftJustified(14) << command.translatedSummary() << '\n';
    }
    stream << '\n'
           << CoreTr::tr("Global options:") << '\n'
           << "  --store PATH      " << CoreTr::tr("Use the store at PATH instead of the default location") << '\n'
           << "  --instruments DIR " << CoreTr::tr("Load instrument definitions from DIR") << '\n'
           << "  --language <" << QCoreApplication::translate("RapportUi", "language") << ">\n"
           << "                    " << languageOptionText() << '\n'
           << "  --help, --version\n\n"
           << CoreTr::tr("Passphrases are never taken from the command line: use --passphrase-file FILE or the "
                         "RAPPORT_PASSPHRASE environment variable.")
           << '\n'
           << CoreTr::tr("Run 'rapport-cli COMMAND --help' for a command's options.") << '\n';
}

} // namespace

int run(const QStringList& arguments,
        const CommandTable& commands,
        QTextStream& out,
        QTextStream& err,
        const QProcessEnvironment& environment,
        SecretVault* secrets)
{
    CliContext context(out, err, environment);
    context.secrets = secrets;
    QStringList words = arguments.mid(1);

    // First, so that every text from here on (usage errors included) is in that language.
    if (const auto language = takeLanguageOption(words)) {
        // The same check and message as `rapport --language` (ui/common/StartupOptions).
        const QString code = language->trimmed().toLower();
        if (code != QLatin1String("system") && !Language::available().contains(code)) {
            return context.reportUsage(
                QCoreApplication::translate("RapportUi", "Unknown language \"%1\": use system, en, de or is.")
                    .arg(*language));
        }
        Language::apply(code == QLatin1String("system") ? QString() : code);
    }

    bool missingValue = false;
    context.storePath = takeGlobalOption(words, QStringLiteral("store"), missingValue);
    context.instrumentsDirectory = takeGlobalOption(words, QStringLiteral("instruments"), missingValue);
    if (missingValue) {
        return context.reportUsage(CoreTr::tr("--store and --instruments need a value."));
    }

    if (words.isEmpty() || words.first() == QStringLiteral("--help") || words.first() == QStringLiteral("-h")
        || words.first() == QStringLiteral("help")) {
        printUsage(out, commands);
        out.flush();
        return words.isEmpty() ? ExitUsage : ExitOk;
    }
    if (words.first() == QStringLiteral("--version")) {
        out << "rapport-cli " << RAPPORT_VERSION << '\n';
        out.flush();
        return ExitOk;
    }

    const QString commandName = words.takeFirst();
    if (const Command* command = commands.find(commandName); command != nullptr && command->handler) {
        return command->handler(context, words);
    }
    return context.reportUsage(CoreTr::tr("unknown command '%1'.").arg(commandName));
}

int run(const QStringList& arguments, const CommandTable& commands, SecretVault* secrets)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    return run(arguments, commands, out, err, QProcessEnvironment::systemEnvironment(), secrets);
}

} // namespace rapport::cli
