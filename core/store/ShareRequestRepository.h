#pragma once

#include "common/Error.h"
#include "domain/ShareRequest.h"

#include <QList>

namespace rapport {

class Store;

/** Professionals asking their clients to share. A request is answered once, by the client. */
class ShareRequestRepository
{
public:
    explicit ShareRequestRepository(Store& store);

    /**
     * Records a request from a connected professional. A pending request for the same metric cannot be sent twice
     * (AlreadyExists); a client who already shares the metric gets no request (InvalidArgument).
     */
    [[nodiscard]] Result<ShareRequest> add(const QUuid& professionalId, const QUuid& clientId, Metric metric);
    /** The client accepts (turning sharing of the metric on, with its audit entry) or declines. */
    [[nodiscard]] Result<ShareRequest> answer(const QUuid& requestId, bool accept, const QUuid& answeredBy);
    [[nodiscard]] Result<ShareRequest> find(const QUuid& requestId);
    /** A client's requests, newest first; only pending ones when `pendingOnly`. */
    [[nodiscard]] Result<QList<ShareRequest>> forClient(const QUuid& clientId, bool pendingOnly = false);
    /** A professional's requests, newest first. */
    [[nodiscard]] Result<QList<ShareRequest>> forProfessional(const QUuid& professionalId);

private:
    [[nodiscard]] Result<QList<ShareRequest>> select(const QString& where, const QUuid& id);
    Store& m_store;
};

} // namespace rapport
