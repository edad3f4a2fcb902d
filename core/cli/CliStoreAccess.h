#pragma once

#include "common/Error.h"
#include "crypto/SecureBytes.h"
#include "store/Store.h"

#include <QCommandLineParser>

#include <memory>

namespace rapport::cli {

class CliContext;

/** Adds --passphrase-file to a command that opens the store. */
void addPassphraseOption(QCommandLineParser& parser);

/** The store path: --store, or the default location. */
[[nodiscard]] QString storePath(const CliContext& context);

/**
 * The passphrase from `--<option> FILE` (first line, without its line ending) or the environment variable
 * `variable`; never from the command line itself. Refuses an empty passphrase.
 */
[[nodiscard]] Result<SecureBytes> readPassphrase(const CliContext& context,
                                                 const QCommandLineParser& parser,
                                                 const QString& option = QStringLiteral("passphrase-file"),
                                                 const QString& variable = QStringLiteral("RAPPORT_PASSPHRASE"));

/** Opens the store at storePath() with the passphrase from readPassphrase(). */
[[nodiscard]] Result<std::unique_ptr<Store>> openStore(const CliContext& context, const QCommandLineParser& parser);

} // namespace rapport::cli
