#pragma once

#include "common/Error.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace rapport {

class Store;

/**
 * Automatic backups while Rapport is open: to a chosen folder, daily or weekly, keeping the newest N files.
 * The settings (and the backup passphrase they use) live inside the encrypted store.
 */
struct BackupSchedule
{
    enum class Frequency
    {
        Daily,
        Weekly,
    };

    bool enabled = false;
    QString folder;
    Frequency frequency = Frequency::Weekly;
    int keep = 5;
    QDateTime lastRunAt; ///< the last attempt, successful or not
    QString lastResult; ///< the file written, or the error message of the last attempt
    bool lastSucceeded = false;

    [[nodiscard]] static Result<BackupSchedule> load(Store& store);
    /** Saves the settings; `passphrase` (when not empty) becomes the passphrase scheduled backups use. */
    [[nodiscard]] Result<void> save(Store& store, const QString& passphrase = QString()) const;

    /** Whether a backup is due at `now`: enabled, and none in the last day or week. */
    [[nodiscard]] bool isDue(const QDateTime& now) const;
    /** Runs one backup now into the folder, prunes old ones and records the outcome. Returns the file written. */
    [[nodiscard]] static Result<QString> runNow(Store& store);

    /** Deletes all but the newest `keep` Rapport backup files in `folder` (by the time in their name). */
    [[nodiscard]] static Result<QStringList> prune(const QString& folder, int keep);
    /** The name a scheduled backup taken at `time` gets. */
    [[nodiscard]] static QString fileNameFor(const QDateTime& time);
};

} // namespace rapport
