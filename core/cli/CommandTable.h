#pragma once

#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace rapport::cli {

class CliContext;

/** A command's handler: the context and the words after the command's name; returns the exit code. */
using CommandHandler = std::function<int(CliContext& context, const QStringList& arguments)>;

/** One top-level command of rapport-cli. */
struct Command
{
    QString name;
    /**
     * The one-line summary `rapport-cli --help` lists, as untranslated source text and its translation context
     * (QT_TRANSLATE_NOOP). It is translated only when shown, so that `--language`, which run() applies after the
     * table was built, still reaches it.
     */
    const char* summaryContext = nullptr;
    const char* summary = nullptr;
    CommandHandler handler;

    /** The summary in the current language. */
    [[nodiscard]] QString translatedSummary() const;
};

/**
 * The commands cli::run() dispatches to, in the order `--help` lists them. A value the caller builds and passes in
 * (standardCommands() for rapport-cli, a smaller one in tests): there is no registry to add to behind run()'s back.
 */
class CommandTable
{
public:
    CommandTable() = default;
    explicit CommandTable(std::vector<Command> commands);

    /** The command called `name`; the first one when a name appears twice; nullptr when there is none. */
    [[nodiscard]] const Command* find(const QString& name) const;
    [[nodiscard]] const std::vector<Command>& commands() const { return m_commands; }

private:
    std::vector<Command> m_commands;
};

/**
 * Every command of rapport-cli: the store, instruments, backups, the demo, the hub and sync, and `report hr`
 * (whose PDF the `rapport` program draws, see HrReportCommand.h).
 */
[[nodiscard]] CommandTable standardCommands();

} // namespace rapport::cli
