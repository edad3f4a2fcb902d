#pragma once

#include "common/Error.h"
#include "domain/ShareRequest.h"

namespace rapport {

class Store;

/**
 * A professional asking one of their clients to share a score. Only a professional with an accepted connection may
 * ask, only for a score the client does not share yet, and only once while the request is pending.
 */
class ProfessionalRequests
{
public:
    explicit ProfessionalRequests(Store& store);

    [[nodiscard]] Result<ShareRequest> ask(const QUuid& professionalId, const QUuid& clientId, Metric metric);

private:
    Store& m_store;
};

} // namespace rapport
