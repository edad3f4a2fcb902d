#pragma once

#include "ScoreSeries.h"
#include "common/Error.h"
#include "domain/Person.h"
#include "domain/ShareRequest.h"
#include "domain/SharingState.h"

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
    std::optional<ScoreSeries> alliance;  ///< about this professional only; absent while not shared
    std::optional<ScoreSeries> wellbeing; ///< absent while not shared
    QList<ShareRequest> pendingRequests;  ///< this professional's requests still waiting for the client
    QDateTime lastUpdated;                ///< latest visible submission; invalid when nothing is visible
};

/** A professional's list of clients. */
struct ProfessionalOverview
{
    Person professional;
    QList<ProfessionalClientEntry> clients; ///< ordered by name
};

/** The dashboard of client `clientId`, seen by that client. */
[[nodiscard]] Result<ClientOverview> loadClientOverview(Store& store, const InstrumentRegistry& registry,
                                                        const QUuid& clientId);
/** The professional view of `professionalId`: every connected client through the sharing policy. */
[[nodiscard]] Result<ProfessionalOverview> loadProfessionalOverview(Store& store, const InstrumentRegistry& registry,
                                                                    const QUuid& professionalId);

} // namespace rapport
