#pragma once

#include "SyncFaults.h"
#include "common/Error.h"
#include "domain/Person.h"
#include "domain/SyncBatch.h"

namespace rapport::hub {

class HubConnection;

/**
 * The hub half of syncing: SQL against the hub's `rapport` schema through one HubConnection, as the person's own
 * login, so the hub's row-level security decides what may be written and what is seen. Pure values in and out: it
 * never touches a local Store, so it can run on a worker thread with a connection of its own.
 */
namespace HubSyncClient {

/** The hub's person row of the connection's login; NotFound when the login is no person of this hub. */
[[nodiscard]] Result<Person> whoAmI(HubConnection& connection);

/**
 * Sends `batch`. Every statement is idempotent (ON CONFLICT on the row's UUID or key, an answer only while the
 * request is pending, a sharing choice only over an older one) and commits on its own, so an interrupted push is
 * simply sent again. Audit entries go before the sharing choices they explain.
 */
[[nodiscard]] Result<void> push(HubConnection& connection, const OutgoingBatch& batch, const SyncFaults& faults = {});

/** Everything `role` may see, read in one repeatable-read transaction (a consistent snapshot). */
[[nodiscard]] Result<PulledSnapshot> pull(HubConnection& connection, Role role);

} // namespace HubSyncClient
} // namespace rapport::hub
