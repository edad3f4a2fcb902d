#pragma once

#include "backup/Backup.h"
#include "common/Error.h"

#include <QString>

namespace rapport::ui::BackupMessages {

/** A short title for what went wrong ("Wrong passphrase", "The backup is damaged"); the message comes from core. */
[[nodiscard]] QString titleFor(ErrorCode code);
/** The manifest as a small HTML table: app version, schema, creation time, and the rows of each table. */
[[nodiscard]] QString manifestHtml(const BackupManifest& manifest);
/** The manifest in one plain sentence, for confirmations. */
[[nodiscard]] QString manifestSummary(const BackupManifest& manifest);
/** A date and time for people, in local time. */
[[nodiscard]] QString formatTime(const QDateTime& time);

} // namespace rapport::ui::BackupMessages
