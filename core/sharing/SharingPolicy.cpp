#include "SharingPolicy.h"

#include "domain/Metric.h"
#include "store/ConnectionRepository.h"
#include "store/PersonRepository.h"
#include "store/SharingRepository.h"
#include "store/Store.h"
#include "store/SubmissionRepository.h"

namespace rapport {

SharingPolicy::SharingPolicy(Store& store)
    : m_store(store)
{
}

ClientAccess
SharingPolicy::decide(const Person& viewer, const Person& client, const SharingState& sharing, bool connected)
{
    ClientAccess access;
    if (client.role != Role::Client) {
        return access;
    }
    if (viewer.id == client.id) {
        access.wellbeing = true;
        access.allAlliance = true;
        return access;
    }
    if (viewer.role == Role::Professional && connected) {
        access.wellbeing = sharing.wellbeing;
        if (sharing.alliance) {
            access.allianceProfessional = viewer.id;
        }
    }
    return access;
}

Result<ClientAccess> SharingPolicy::access(const Person& viewer, const QUuid& clientId)
{
    auto client = m_store.people().find(clientId);
    if (!client) {
        return tl::unexpected(client.error());
    }
    auto sharing = m_store.sharing().state(clientId);
    if (!sharing) {
        return tl::unexpected(sharing.error());
    }
    bool connected = false;
    if (viewer.role == Role::Professional) {
        auto connection = m_store.connections().find(clientId, viewer.id);
        if (!connection) {
            return tl::unexpected(connection.error());
        }
        connected = connection->has_value() && (*connection)->isAccepted();
    }
    return decide(viewer, *client, *sharing, connected);
}

Result<QList<Submission>> SharingPolicy::wellbeing(const Person& viewer, const QUuid& clientId)
{
    auto granted = access(viewer, clientId);
    if (!granted) {
        return tl::unexpected(granted.error());
    }
    if (!granted->wellbeing) {
        return QList<Submission>();
    }
    return m_store.submissions().forPerson(clientId, metricInstrumentId(Metric::Wellbeing));
}

Result<QList<Submission>>
SharingPolicy::alliance(const Person& viewer, const QUuid& clientId, const QUuid& professionalId)
{
    auto granted = access(viewer, clientId);
    if (!granted) {
        return tl::unexpected(granted.error());
    }
    if (!granted->seesAllianceAbout(professionalId)) {
        return QList<Submission>();
    }
    return m_store.submissions().forConnection(clientId, professionalId, metricInstrumentId(Metric::Alliance));
}

} // namespace rapport
