#pragma once

#include "ScoreSeries.h"
#include "common/Error.h"
#include "domain/Person.h"
#include "domain/ShareRequest.h"
#include "domain/SharingState.h"
#include "store/StoreChange.h"

#include <QList>

#include <optional>

namespace rapport {

class InstrumentRegistry;
class Store;

/** A client's alliance with one professional. */
struct AllianceSeries
{
    Person professional;
    ScoreSeries series;
};

/** Everything a client sees on their own dashboard. */
struct ClientOverview
{
    Person person;
    ScoreSeries wellbeing;
    QList<AllianceSeries> alliance; ///< one per accepted connection, with or without submissions
    SharingState sharing;
    QList<ShareRequest> pendingRequests;
    QList<Person> pendingConnections; ///< professionals connected with the client who wait for the client's answer
};

/** One client as their professional sees them: only what the client shares with this professional. */
struct ProfessionalClientEntry
{
    Person client; ///< name and id; the team is left out
    SharingState sharing;
    std::optional<ScoreSeries> alliance; ///< about this professional only; absent while not shared
    std::optional<ScoreSeries> wellbeing; ///< absent while not shared
    QList<ShareRequest> pendingRequests; ///< this professional's requests still waiting for the client
    QDateTime lastUpdated; ///< latest visible submission; invalid when nothing is visible
};

/** A professional's list of clients. */
struct ProfessionalOverview
{
    Person professional;
    QList<ProfessionalClientEntry> clients; ///< ordered by name
};

/** The dashboard of client `clientId`, seen by that client. */
[[nodiscard]] Result<ClientOverview>
loadClientOverview(Store& store, const InstrumentRegistry& registry, const QUuid& clientId);
/** The professional view of `professionalId`: every connected client through the sharing policy. */
[[nodiscard]] Result<ProfessionalOverview>
loadProfessionalOverview(Store& store, const InstrumentRegistry& registry, const QUuid& professionalId);

/**
 * Whether `change` may alter what the dashboard of `clientId` shows: anything of the client's (their answers,
 * connections, sharing, requests), their preferences and reminders, the hub binding, and any person's name (their
 * professionals', former ones included).
 */
[[nodiscard]] bool affectsClient(const StoreChange& change, const QUuid& clientId);
/**
 * Whether `change` may alter `overview`, the view of one professional: anything of the professional's (a new
 * connection, a request) or of a client in it (a check-in, a sharing switch, a name), or the hub binding.
 */
[[nodiscard]] bool affects(const StoreChange& change, const ProfessionalOverview& overview);

} // namespace rapport
