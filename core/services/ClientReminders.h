#pragma once

#include "common/Error.h"

#include <QDateTime>
#include <QHash>
#include <QUuid>

namespace rapport {

class Store;

/**
 * What Rapport remembers about nudging one client, so it never nags: when the Wellbeing check-in reminder was last
 * shown or dismissed, and which share requests the client put off with "Not now" (and when). Kept in one setting of
 * the encrypted store, one entry per client, so erasing a client can remove theirs without leaving their id behind.
 */
class ClientReminders
{
public:
    ClientReminders(Store& store, const QUuid& clientId);

    /** When the check-in reminder was last shown or dismissed; invalid when never. */
    [[nodiscard]] Result<QDateTime> checkInRemindedAt() const;
    [[nodiscard]] Result<void> setCheckInRemindedAt(const QDateTime& at);

    /** Share requests put off with "Not now", with when. */
    [[nodiscard]] Result<QHash<QUuid, QDateTime>> snoozedRequests() const;
    /** Puts a request off (it stays pending; nothing is answered). */
    [[nodiscard]] Result<void> snoozeRequest(const QUuid& requestId, const QDateTime& at);

    /** Whether something put off or shown at `then` should stay quiet at `now`: the same local calendar day. */
    [[nodiscard]] static bool sameDay(const QDateTime& then, const QDateTime& now);
    /** Removes everything remembered about `clientId` (when their data is erased). */
    [[nodiscard]] static Result<void> forget(Store& store, const QUuid& clientId);

private:
    Store& m_store;
    QUuid m_clientId;
};

} // namespace rapport
