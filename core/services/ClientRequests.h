#pragma once

#include "common/Error.h"
#include "domain/ShareRequest.h"
#include "domain/Submission.h"

#include <QList>

#include <optional>

namespace rapport {

class Store;

/** A client's survey about a professional they are no longer connected with (it stays the client's). */
struct FormerAllianceSurvey
{
    Submission submission;
    std::optional<QString> professionalName; ///< nothing once the professional has left the store
};

/**
 * What a client's dashboard does besides submitting: answering a professional's request to share (accepting turns
 * sharing of that score on, in the same transaction), and the surveys about professionals no longer connected.
 */
class ClientRequests
{
public:
    explicit ClientRequests(Store& store);

    /** Answers a request addressed to the client; PermissionDenied for anyone else's. */
    [[nodiscard]] Result<ShareRequest> answer(const QUuid& clientId, const QUuid& requestId, bool accept);
    /** The client's alliance surveys about professionals not in `current`, oldest first. */
    [[nodiscard]] Result<QList<FormerAllianceSurvey>> formerAllianceSurveys(const QUuid& clientId,
                                                                            const QList<QUuid>& current);

private:
    Store& m_store;
};

} // namespace rapport
