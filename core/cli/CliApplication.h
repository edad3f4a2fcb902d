#pragma once

#include "CommandTable.h"

#include <QProcessEnvironment>
#include <QStringList>
#include <QTextStream>

namespace rapport {
class SecretVault;
}

namespace rapport::cli {

/**
 * Runs rapport-cli with `arguments` (the program name first, as QCoreApplication::arguments() gives it) over the
 * commands of `commands`, writing to `out`/`err`, and returns the process exit code. Tests call this directly.
 * `secrets`: where the hub password and the backup passphrase are remembered (the system keychain; not owned);
 * null: nowhere.
 *
 * Global options come before the command word: `--store PATH`, `--instruments DIR` (also accepted later on the line)
 * and `--language en|de|is|system`, which installs that language's translations for the rest of the run (the caller
 * installs the usual choice, Language::startupChoice(), before).
 */
int run(const QStringList& arguments,
        const CommandTable& commands,
        QTextStream& out,
        QTextStream& err,
        const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment(),
        SecretVault* secrets = nullptr);

/** Runs with the process's standard output and error. */
int run(const QStringList& arguments, const CommandTable& commands, SecretVault* secrets = nullptr);

} // namespace rapport::cli
