#include "HubSync.h"

#include "HubSyncClient.h"
#include "common/CoreTr.h"
#include "hub/HubConnection.h"
#include "hub/HubMigrations.h"
#include "store/HubBindingRepository.h"
#include "store/PersonRepository.h"
#include "store/Store.h"
#include "store/SyncRepository.h"

namespace rapport::hub::HubSync {
namespace {

/** A lost or refused network connection means offline: queued rows wait for the next sync. */
Error offline(Error error)
{
    if (error.code == ErrorCode::Io) {
        error.code = ErrorCode::Unreachable;
    }
    return error;
}

Result<std::unique_ptr<HubConnection>> connect(const HubAddress& address, const QProcessEnvironment& environment)
{
    auto connection = HubConnection::open(address, environment);
    if (!connection) {
        return tl::unexpected(offline(connection.error()));
    }
    if (auto compatible = HubMigrations::checkCompatible(**connection); !compatible) {
        return tl::unexpected(offline(compatible.error()));
    }
    return connection;
}

qsizetype rowCount(const PulledSnapshot& snapshot)
{
    return snapshot.people.size() + snapshot.connections.size() + snapshot.sharing.size() + snapshot.submissions.size()
        + snapshot.audit.size() + snapshot.requests.size();
}

} // namespace

Result<HubBinding> join(Store& store, const QProcessEnvironment& environment)
{
    auto address = HubAddress::fromEnvironment(environment);
    if (!address) {
        return tl::unexpected(address.error());
    }
    auto existing = store.hubBinding().binding();
    if (!existing) {
        return tl::unexpected(existing.error());
    }
    if (!*existing) {
        // A joined store holds its person and what the hub shows them; pulls remove everything else, so a store
        // with local people of its own is never joined.
        auto people = store.people().count();
        if (!people) {
            return tl::unexpected(people.error());
        }
        if (*people > 0) {
            return fail(ErrorCode::AlreadyExists,
                        CoreTr::tr("This store already holds people of its own. Join a new, empty store (created "
                                   "with rapport-cli init) to the hub."));
        }
    }
    auto connection = connect(*address, environment);
    if (!connection) {
        return tl::unexpected(connection.error());
    }
    auto self = HubSyncClient::whoAmI(**connection);
    if (!self) {
        return tl::unexpected(offline(self.error()));
    }
    if (*existing && (*existing)->personId != self->id) {
        return fail(ErrorCode::AlreadyExists,
                    CoreTr::tr("This store is already joined to another hub person (login %1), not to %2.")
                        .arg((*existing)->login, (*connection)->login()));
    }
    auto snapshot = HubSyncClient::pull(**connection, self->role);
    if (!snapshot) {
        return tl::unexpected(offline(snapshot.error()));
    }

    HubBinding binding;
    binding.personId = self->id;
    binding.login = (*connection)->login();
    binding.hubUrl = address->toUri();
    binding.role = self->role;
    HubBinding bound;
    const QDateTime now = store.clock().now();
    auto done = store.transaction([&]() -> Result<void> {
        auto made = store.hubBinding().bind(binding, *self);
        if (!made) {
            return tl::unexpected(made.error());
        }
        bound = *made;
        // The join is the one time the hub's copy of the person's own sharing choices is taken over.
        RAPPORT_TRY(store.sync().applyPulled(bound, *snapshot, true));
        return store.hubBinding().recordSync(now);
    });
    if (!done) {
        return tl::unexpected(done.error());
    }
    bound.lastSyncedAt = now;
    return bound;
}

Result<bool> hasOutgoing(Store& store, const HubBinding& binding)
{
    auto outgoing = store.sync().outgoing(binding);
    if (!outgoing) {
        return tl::unexpected(outgoing.error());
    }
    return !outgoing->isEmpty();
}

Result<HubBinding> binding(Store& store)
{
    auto bound = store.hubBinding().binding();
    if (!bound) {
        return tl::unexpected(bound.error());
    }
    if (!*bound) {
        return fail(ErrorCode::NotFound,
                    CoreTr::tr("This store is not joined to a hub: run rapport-cli hub join "
                               "first (see docs/sync.md)."));
    }
    return **bound;
}

Result<SyncRequest> prepare(Store& store, const QProcessEnvironment& environment)
{
    auto bound = binding(store);
    if (!bound) {
        return tl::unexpected(bound.error());
    }
    SyncRequest request;
    request.binding = *bound;
    request.environment = environment;
    const QString fromEnvironment = environment.value(HubAddress::UrlVariable).trimmed();
    auto address = HubAddress::parse(fromEnvironment.isEmpty() ? bound->hubUrl : fromEnvironment);
    if (!address) {
        return tl::unexpected(address.error());
    }
    request.address = *address;
    auto batch = store.sync().outgoing(*bound);
    if (!batch) {
        return tl::unexpected(batch.error());
    }
    request.batch = std::move(*batch);
    return request;
}

Result<PulledSnapshot> exchange(const SyncRequest& request)
{
    auto connection = connect(request.address, request.environment);
    if (!connection) {
        return tl::unexpected(connection.error());
    }
    // The login must still be the store's person: another login would push this person's rows as someone else
    // (the hub would refuse them) and pull someone else's view into this store.
    auto self = HubSyncClient::whoAmI(**connection);
    if (!self) {
        return tl::unexpected(offline(self.error()));
    }
    if (self->id != request.binding.personId) {
        return fail(ErrorCode::PermissionDenied,
                    CoreTr::tr("The hub login %1 is not the person this store is joined to (login %2).")
                        .arg((*connection)->login(), request.binding.login));
    }
    if (auto pushed = HubSyncClient::push(**connection, request.batch, request.faults); !pushed) {
        return tl::unexpected(offline(pushed.error()));
    }
    auto snapshot = HubSyncClient::pull(**connection, request.binding.role);
    if (!snapshot) {
        return tl::unexpected(offline(snapshot.error()));
    }
    return snapshot;
}

Result<SyncOutcome> finish(Store& store, const SyncRequest& request, const PulledSnapshot& snapshot)
{
    RAPPORT_TRY(store.sync().markPushed(request.batch.rows));
    auto removed = store.sync().applyPulled(request.binding, snapshot);
    if (!removed) {
        return tl::unexpected(removed.error());
    }
    SyncOutcome outcome;
    outcome.pushed = request.batch.size();
    outcome.pulled = rowCount(snapshot);
    outcome.removed = *removed;
    outcome.at = store.clock().now();
    RAPPORT_TRY(store.hubBinding().recordSync(outcome.at));
    return outcome;
}

Result<SyncOutcome> run(Store& store, const QProcessEnvironment& environment, const SyncFaults& faults)
{
    auto request = prepare(store, environment);
    if (!request) {
        return tl::unexpected(request.error());
    }
    request->faults = faults;
    auto snapshot = exchange(*request);
    if (!snapshot) {
        return tl::unexpected(snapshot.error());
    }
    return finish(store, *request, *snapshot);
}

} // namespace rapport::hub::HubSync
