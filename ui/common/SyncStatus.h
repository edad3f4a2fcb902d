#pragma once

#include <QDateTime>
#include <QString>

namespace rapport::ui {

/** Where the store stands with its hub, as the status bar shows it. */
struct SyncStatus
{
    enum class State
    {
        LocalOnly, ///< the store is not joined to a hub: nothing is shown
        NeverSynced, ///< joined, no sync finished in this session yet
        Syncing,
        Synced, ///< the last sync succeeded at `lastSynced`
        Offline, ///< the hub could not be reached; changes wait in the store
        PasswordNeeded, ///< the hub wants a password libpq did not find
        Failed, ///< the hub refused (message in `detail`)
    };

    State state = State::LocalOnly;
    QDateTime lastSynced; ///< the last successful sync, this session or before
    qsizetype queued = 0; ///< changes waiting to go out (known after a failed attempt)
    QString detail; ///< the error, for the tooltip

    /** The indicator's words ("Synced 14:32", "Offline — last synced 14:02"); empty for LocalOnly. */
    [[nodiscard]] QString text() const;
    /** The longer explanation for the tooltip. */
    [[nodiscard]] QString toolTip() const;
};

} // namespace rapport::ui
