#pragma once

#include "common/Error.h"

#include <QDir>
#include <QString>
#include <QStringList>

namespace rapport {
class Store;
}

namespace rapport::ui {

/**
 * Writes PNGs of the admin mode into `directory`: the panel as it opens, after exporting and verifying a backup
 * (showing the manifest), after a wrong backup passphrase, with automatic backups on, and the two passphrase
 * dialogs. Runs real operations on `store` (whose passphrase is `storePassphrase`) with the cheapest key
 * derivation: meant for the demo store. Returns the files written.
 */
[[nodiscard]] Result<QStringList>
renderAdminScreenshots(Store& store, const QString& storePassphrase, const QDir& directory);

} // namespace rapport::ui
