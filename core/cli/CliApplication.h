#pragma once

#include <QProcessEnvironment>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace rapport {
class SecretVault;
}

namespace rapport::cli {

/**
 * Runs rapport-cli with `arguments` (the program name first, as QCoreApplication::arguments() gives it),
 * writing to `out`/`err`, and returns the process exit code. Tests call this directly. `secrets`: where the hub
 * password and the backup passphrase are remembered (the system keychain; not owned); null: nowhere.
 */
int run(const QStringList& arguments,
        QTextStream& out,
        QTextStream& err,
        const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment(),
        SecretVault* secrets = nullptr);

/** Runs with the process's standard output and error. */
int run(const QStringList& arguments, SecretVault* secrets = nullptr);

class CliContext;
/** A command's handler: the context and the words after the command's name; returns the exit code. */
using CommandHandler = std::function<int(CliContext& context, const QStringList& arguments)>;
/**
 * Adds a command that lives outside core (e.g. PDF reports, which need QtGui): the executable registers it before
 * calling run(). Core's own commands take precedence over a registered one with the same name.
 */
void registerCommand(const QString& name, const QString& summary, CommandHandler handler);

} // namespace rapport::cli
