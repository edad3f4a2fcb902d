#pragma once

#include "common/Error.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace rapport {
class SecretVault;
}

namespace rapport::cli {

/** Exit codes shared by every command, so scripts can branch on them. */
enum ExitCode : int
{
    ExitOk = 0,
    ExitFailure = 1, ///< any error not listed below
    ExitUsage = 2, ///< bad command line
    ExitWrongPassphrase = 3,
    ExitCorrupt = 4, ///< corrupt, truncated, altered or foreign file
    ExitIncompatible = 5, ///< written by a newer Rapport
    ExitBusy = 6, ///< the store is open in another Rapport process
    ExitUnreachable = 7, ///< the hub cannot be reached (offline): nothing was lost, sync again later
};

/** What a command runs with: its streams, the environment, and helpers for uniform output. */
class CliContext
{
public:
    CliContext(QTextStream& out, QTextStream& err, QProcessEnvironment environment);

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }
    [[nodiscard]] const QProcessEnvironment& environment() const { return m_environment; }

    /** Prints `document` compactly on one line to standard output. */
    void printJson(const QJsonDocument& document);
    /** Prints a one-line error ("rapport-cli: message") and returns the exit code for it. */
    int reportError(const Error& error);
    /** Prints a one-line usage error and returns ExitUsage. */
    int reportUsage(const QString& message);

    /**
     * Parses `arguments` (the command's own words after its name) with `parser`, which gets --help added.
     * Returns an exit code when the command should stop (help shown, or a usage error), else nothing.
     */
    [[nodiscard]] std::optional<int>
    parse(QCommandLineParser& parser, const QString& commandName, const QStringList& arguments);

    /**
     * The subcommand word at the front of `arguments` ("person add"), one of `allowed`. Otherwise nothing, with
     * `exitCode` set: ExitOk after printing the subcommands for --help, ExitUsage after a usage error.
     */
    [[nodiscard]] std::optional<QString>
    subcommand(const QStringList& arguments, const QStringList& allowed, int& exitCode);

    static int exitCodeFor(ErrorCode code);

    /** `--store PATH`, given anywhere on the command line; empty means the default location. */
    QString storePath;
    /** `--instruments DIR`: an organisation's own instrument definitions, used instead of the built-in ones. */
    QString instrumentsDirectory;
    /** The system keychain (rapport-cli passes a KeychainVault; not owned). Null: no keychain, as in most tests. */
    SecretVault* secrets = nullptr;

private:
    QTextStream& m_out;
    QTextStream& m_err;
    QProcessEnvironment m_environment;
};

} // namespace rapport::cli
