#pragma once

#include <QStringList>

namespace rapport::cli {
class CliContext;
}

namespace rapport::hub {

/** `rapport-cli --store S hub join [--json]`: binds the store to the hub person of RAPPORT_HUB_URL's login. */
int runHubJoinCommand(cli::CliContext& context, const QStringList& arguments);
/** `rapport-cli --store S sync [--json]`: pushes what the person owns, pulls what the hub shows them. */
int runSyncCommand(cli::CliContext& context, const QStringList& arguments);

} // namespace rapport::hub
