#pragma once

#include "common/Error.h"
#include "domain/SharingState.h"

#include <QList>

#include <optional>

namespace rapport {

class Store;

/**
 * A client's sharing choices and their append-only audit log. Only the client changes them; a change applies to
 * all of the client's professionals at once and is written together with its audit entry.
 */
class SharingRepository
{
public:
    explicit SharingRepository(Store& store);

    [[nodiscard]] Result<SharingState> state(const QUuid& clientId);
    /**
     * Turns sharing of `metric` on or off for all of the client's professionals. `changedBy` must be the client.
     * Returns the audit entry, or nothing when the state was already as asked.
     */
    [[nodiscard]] Result<std::optional<SharingChange>>
    set(const QUuid& clientId, Metric metric, bool on, const QUuid& changedBy);
    /** The audit log of a client, oldest first. */
    [[nodiscard]] Result<QList<SharingChange>> log(const QUuid& clientId);

    /** The same as set(), for callers that already hold a transaction (accepting a share request). */
    [[nodiscard]] Result<std::optional<SharingChange>>
    setWithinTransaction(const QUuid& clientId, Metric metric, bool on, const QUuid& changedBy);

private:
    Store& m_store;
};

} // namespace rapport
