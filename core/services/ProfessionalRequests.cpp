#include "ProfessionalRequests.h"

#include "store/ShareRequestRepository.h"
#include "store/Store.h"

namespace rapport {

ProfessionalRequests::ProfessionalRequests(Store& store)
    : m_store(store)
{
}

Result<ShareRequest> ProfessionalRequests::ask(const QUuid& professionalId, const QUuid& clientId, Metric metric)
{
    return m_store.shareRequests().add(professionalId, clientId, metric);
}

} // namespace rapport
