#pragma once

#include "common/Error.h"

#include <QString>

namespace rapport::ui {

/**
 * Deletes the files of a closed store at `path`: the database, its journal files and the key file. Used when the
 * last person in a store erased their data, so Rapport can start afresh with the first-run wizard.
 * (Belongs in core as Store::remove; kept here until core offers it.)
 */
[[nodiscard]] Result<void> removeStoreFiles(const QString& path);

} // namespace rapport::ui
