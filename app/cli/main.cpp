#include "cli/CliApplication.h"
#include "common/ApplicationIdentity.h"
#include "common/Language.h"
#include "crypto/CoreDumps.h"
#include "hr/HrReportCommand.h"
#include "hub/HubCommands.h"
#include "hub/sync/SyncCommands.h"
#include "keychain/KeychainVault.h"

#include <QApplication>
#include <QCoreApplication>

#include <memory>

int main(int argc, char* argv[])
{
    rapport::disableCoreDumps(); // before any passphrase is read: a crash dump would hold the store key
    // Only `report` draws (charts for the PDF): it gets a widgets application, offscreen unless told otherwise;
    // every other command stays headless on QCoreApplication.
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments.append(QString::fromLocal8Bit(argv[i]));
    }
    std::unique_ptr<QCoreApplication> app;
    if (rapport::ui::isReportCommandLine(arguments)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    rapport::ApplicationIdentity::apply();
    rapport::ApplicationIdentity::adoptSettingsFromBeforeTheId();
    QCoreApplication::setApplicationVersion(QStringLiteral(RAPPORT_VERSION));
    // Messages in the language chosen in Rapport's Preferences (or RAPPORT_LANGUAGE), else the system's.
    rapport::ui::Language::apply(rapport::ui::Language::startupChoice());
    rapport::ui::registerHrReportCommand();
    rapport::hub::registerHubCommands();
    rapport::hub::registerSyncCommands();
    rapport::KeychainVault keychain;
    return rapport::cli::run(QCoreApplication::arguments(), &keychain);
}
