#pragma once

#include <QStringList>

namespace rapport::cli {
class CliContext;
}

namespace rapport::hub {

/** `rapport-cli hub init|person|connect`: set up and administer a hub (as its owner or an admin login). */
int runHubCommand(cli::CliContext& context, const QStringList& arguments);

/** Registers the `hub` command with rapport-cli (call before cli::run()). */
void registerHubCommands();

} // namespace rapport::hub
