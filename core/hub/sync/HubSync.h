#pragma once

#include "SyncFaults.h"
#include "common/Error.h"
#include "domain/HubBinding.h"
#include "domain/SyncBatch.h"
#include "hub/HubAddress.h"

#include <QProcessEnvironment>

namespace rapport {
class Store;
}

namespace rapport::hub {

/** One sync, as plain values read on the store's thread: whom, where, and what goes out. */
struct SyncRequest
{
    HubBinding binding;
    HubAddress address;
    QProcessEnvironment environment; ///< where libpq's password comes from (PGPASSWORD, PGPASSFILE)
    OutgoingBatch batch;
    SyncFaults faults;
};

/**
 * Offline-first sync of a local store with its hub person (docs/sync.md). A sync is three steps so the GUI can keep
 * the network off its thread: prepare() reads the outgoing batch from the Store, exchange() talks to PostgreSQL with
 * its own connection (any thread, no Store), finish() records what the hub took and applies what it showed. run()
 * does all three for the CLI and tests. An unreachable hub is an Unreachable error and loses nothing: the rows stay
 * queued and go at the next sync.
 */
namespace HubSync {

/**
 * Binds `store` to the person whose login is in RAPPORT_HUB_URL of `environment` and pulls what they may see (their
 * own history too, for a client on a new machine). Errors: NotFound (no hub configured, or the login is no person
 * of the hub), AlreadyExists (the store is joined to someone else or holds other people), Unreachable.
 */
[[nodiscard]] Result<HubBinding> join(Store& store, const QProcessEnvironment& environment);

/** The store's binding; NotFound with a "join first" message for a local-only store. */
[[nodiscard]] Result<HubBinding> binding(Store& store);

/** Whether the store holds rows the hub does not have yet (the GUI syncs soon after a local change). */
[[nodiscard]] Result<bool> hasOutgoing(Store& store, const HubBinding& binding);

/** Reads what goes out. The hub address is RAPPORT_HUB_URL when set, else the one recorded at join. */
[[nodiscard]] Result<SyncRequest> prepare(Store& store, const QProcessEnvironment& environment);
/** Pushes the batch and pulls the person's view. Touches no Store: safe on a worker thread. */
[[nodiscard]] Result<PulledSnapshot> exchange(const SyncRequest& request);
/** Records the pushed rows, applies the snapshot and the sync time, on the store's thread. */
[[nodiscard]] Result<SyncOutcome> finish(Store& store, const SyncRequest& request, const PulledSnapshot& snapshot);

/** prepare(), exchange(), finish(). */
[[nodiscard]] Result<SyncOutcome>
run(Store& store, const QProcessEnvironment& environment, const SyncFaults& faults = {});

} // namespace HubSync
} // namespace rapport::hub
