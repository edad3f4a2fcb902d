#pragma once

#include <QStringList>

namespace rapport::cli {
class CliContext;
}

namespace rapport::hub {

/** `rapport-cli hub invite --person ID --out FILE [--days N] [--ca-cert PEM] [--json]` (an admin or the owner). */
int runHubInviteCommand(cli::CliContext& context, const QStringList& arguments);
/** `rapport-cli hub invitations [--json]` and `hub invitations revoke ID`. */
int runHubInvitationsCommand(cli::CliContext& context, const QStringList& arguments);

} // namespace rapport::hub
