#include "Overviews.h"

#include "SharingPolicy.h"
#include "common/CoreTr.h"
#include "instruments/InstrumentIds.h"
#include "instruments/InstrumentRegistry.h"
#include "store/ConnectionRepository.h"
#include "store/PersonRepository.h"
#include "store/ShareRequestRepository.h"
#include "store/SharingRepository.h"
#include "store/Store.h"

#include <algorithm>

namespace rapport {

Result<ClientOverview> loadClientOverview(Store& store, const InstrumentRegistry& registry, const QUuid& clientId)
{
    auto wellbeingDefinition = registry.get(InstrumentIds::Wellbeing);
    auto allianceDefinition = registry.get(InstrumentIds::Alliance);
    if (!wellbeingDefinition || !allianceDefinition) {
        return tl::unexpected(!wellbeingDefinition ? wellbeingDefinition.error() : allianceDefinition.error());
    }
    auto person = store.people().find(clientId);
    if (!person) {
        return tl::unexpected(person.error());
    }
    if (person->role != Role::Client) {
        return fail(ErrorCode::InvalidArgument, CoreTr::tr("Only clients have a client dashboard."));
    }
    SharingPolicy policy(store);
    ClientOverview overview;
    overview.person = *person;

    auto wellbeing = policy.wellbeing(*person, clientId);
    if (!wellbeing) {
        return tl::unexpected(wellbeing.error());
    }
    overview.wellbeing = ScoreSeries::from(*wellbeing, *wellbeingDefinition);

    auto connections = store.connections().forClient(clientId);
    if (!connections) {
        return tl::unexpected(connections.error());
    }
    for (const Connection& connection : std::as_const(*connections)) {
        if (connection.state == Connection::State::Declined) {
            continue;
        }
        auto professional = store.people().find(connection.professionalId);
        if (!professional) {
            return tl::unexpected(professional.error());
        }
        if (connection.state == Connection::State::Pending) {
            overview.pendingConnections.append(*professional);
            continue;
        }
        auto alliance = policy.alliance(*person, clientId, connection.professionalId);
        if (!alliance) {
            return tl::unexpected(alliance.error());
        }
        overview.alliance.append({*professional, ScoreSeries::from(*alliance, *allianceDefinition)});
    }
    std::stable_sort(
        overview.alliance.begin(), overview.alliance.end(), [](const AllianceSeries& a, const AllianceSeries& b) {
            return a.professional.name.localeAwareCompare(b.professional.name) < 0;
        });

    auto sharing = store.sharing().state(clientId);
    if (!sharing) {
        return tl::unexpected(sharing.error());
    }
    overview.sharing = *sharing;
    auto requests = store.shareRequests().forClient(clientId, true);
    if (!requests) {
        return tl::unexpected(requests.error());
    }
    overview.pendingRequests = *requests;
    return overview;
}

Result<ProfessionalOverview>
loadProfessionalOverview(Store& store, const InstrumentRegistry& registry, const QUuid& professionalId)
{
    auto wellbeingDefinition = registry.get(InstrumentIds::Wellbeing);
    auto allianceDefinition = registry.get(InstrumentIds::Alliance);
    if (!wellbeingDefinition || !allianceDefinition) {
        return tl::unexpected(!wellbeingDefinition ? wellbeingDefinition.error() : allianceDefinition.error());
    }
    auto professional = store.people().find(professionalId);
    if (!professional) {
        return tl::unexpected(professional.error());
    }
    if (professional->role != Role::Professional) {
        return fail(ErrorCode::InvalidArgument, CoreTr::tr("Only professionals have a professional view."));
    }
    auto connections = store.connections().forProfessional(professionalId);
    if (!connections) {
        return tl::unexpected(connections.error());
    }
    auto requests = store.shareRequests().forProfessional(professionalId);
    if (!requests) {
        return tl::unexpected(requests.error());
    }
    SharingPolicy policy(store);
    ProfessionalOverview overview;
    overview.professional = *professional;
    for (const Connection& connection : std::as_const(*connections)) {
        auto client = store.people().find(connection.clientId);
        if (!client) {
            return tl::unexpected(client.error());
        }
        ProfessionalClientEntry entry;
        entry.client = *client;
        entry.client.team.clear();
        auto sharing = store.sharing().state(connection.clientId);
        if (!sharing) {
            return tl::unexpected(sharing.error());
        }
        entry.sharing = *sharing;
        auto access = policy.access(*professional, connection.clientId);
        if (!access) {
            return tl::unexpected(access.error());
        }
        if (access->seesAllianceAbout(professionalId)) {
            auto alliance = policy.alliance(*professional, connection.clientId, professionalId);
            if (!alliance) {
                return tl::unexpected(alliance.error());
            }
            entry.alliance = ScoreSeries::from(*alliance, *allianceDefinition);
            entry.lastUpdated = entry.alliance->latestAt;
        }
        if (access->wellbeing) {
            auto wellbeing = policy.wellbeing(*professional, connection.clientId);
            if (!wellbeing) {
                return tl::unexpected(wellbeing.error());
            }
            entry.wellbeing = ScoreSeries::from(*wellbeing, *wellbeingDefinition);
            if (entry.wellbeing->latestAt.isValid()
                && (!entry.lastUpdated.isValid() || entry.wellbeing->latestAt > entry.lastUpdated)) {
                entry.lastUpdated = entry.wellbeing->latestAt;
            }
        }
        for (const ShareRequest& request : std::as_const(*requests)) {
            if (request.clientId == connection.clientId && request.status == ShareRequest::Status::Pending) {
                entry.pendingRequests.append(request);
            }
        }
        overview.clients.append(entry);
    }
    std::stable_sort(overview.clients.begin(),
                     overview.clients.end(),
                     [](const ProfessionalClientEntry& a, const ProfessionalClientEntry& b) {
                         return a.client.name.localeAwareCompare(b.client.name) < 0;
                     });
    return overview;
}

bool affectsClient(const StoreChange& change, const QUuid& clientId)
{
    using Kind = StoreChange::Kind;
    return change.concerns(clientId) || change.touches(Kind::Settings | Kind::HubBinding | Kind::People);
}

bool affects(const StoreChange& change, const ProfessionalOverview& overview)
{
    if (change.concerns(overview.professional.id) || change.touches(StoreChange::Kind::HubBinding)) {
        return true;
    }
    return std::any_of(overview.clients.cbegin(), overview.clients.cend(), [&](const ProfessionalClientEntry& entry) {
        return change.concerns(entry.client.id);
    });
}

} // namespace rapport
