#pragma once

#include "common/Error.h"
#include "domain/HubBinding.h"
#include "domain/SyncBatch.h"

namespace rapport {

class Store;

/**
 * The local half of syncing with a hub: which owned rows the hub does not have yet, recording what it has, and
 * applying what it lets this person see. Ownership decides direction: a person's own rows only go out (the store is
 * their source of truth); everyone else's rows only come in, and go again when the hub stops showing them.
 */
class SyncRepository
{
public:
    explicit SyncRepository(Store& store);

    /** The rows `binding`'s person owns that are new or changed since they were last recorded as pushed. */
    [[nodiscard]] Result<OutgoingBatch> outgoing(const HubBinding& binding);
    /** Records that the hub has these rows at these versions (after its commit). Idempotent. */
    [[nodiscard]] Result<void> markPushed(const QList<PushedRow>& rows);
    /**
     * Applies what the hub showed, in one transaction: upserts other people's rows and removes cached rows of
     * other people that are not in `snapshot` (a revoked share, an ended connection). Own submissions and audit
     * entries missing here are added (joining on a new machine); the person's own sharing choices are taken from the
     * hub only when `adoptOwnSharing` (at join). Returns how many cached rows were removed.
     */
    [[nodiscard]] Result<qsizetype>
    applyPulled(const HubBinding& binding, const PulledSnapshot& snapshot, bool adoptOwnSharing = false);

private:
    Store& m_store;
};

} // namespace rapport
