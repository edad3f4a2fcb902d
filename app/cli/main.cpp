#include "cli/CliApplication.h"
#include "common/ApplicationIdentity.h"
#include "common/Language.h"
#include "crypto/CoreDumps.h"
#include "keychain/KeychainVault.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    rapport::disableCoreDumps(); // before any passphrase is read: a crash dump would hold the store key
    // Headless for every command: `report hr --pdf` has the `rapport` program draw its charts.
    QCoreApplication app(argc, argv);
    rapport::ApplicationIdentity::apply();
    rapport::ApplicationIdentity::adoptSettingsFromBeforeTheId();
    QCoreApplication::setApplicationVersion(QStringLiteral(RAPPORT_VERSION));
    // Messages in the language chosen in Rapport's Preferences (or RAPPORT_LANGUAGE), else the system's; a global
    // --language on the command line overrides it (cli::run).
    rapport::Language::apply(rapport::Language::startupChoice());
    rapport::KeychainVault keychain;
    return rapport::cli::run(QCoreApplication::arguments(), rapport::cli::standardCommands(), &keychain);
}
