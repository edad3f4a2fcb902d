#pragma once

#include <QStringList>

namespace rapport::cli {
class CliContext;
}

namespace rapport::hub {

// The hub's commands keep the hub's namespace: they drive rapport_hub, though they live in rapport_cli.

/**
 * `rapport-cli hub init|person|connect|connections|invite|invitations|join`: set up and administer a hub (as its
 * owner or an admin login), and join a store to it.
 */
int runHubCommand(cli::CliContext& context, const QStringList& arguments);

} // namespace rapport::hub
