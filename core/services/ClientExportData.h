#pragma once

#include "common/Error.h"
#include "domain/Connection.h"
#include "domain/Person.h"
#include "domain/SharingState.h"
#include "domain/Submission.h"

#include <QHash>
#include <QList>

namespace rapport {

class Store;

/** Everything a client's export contains, read from the store at one moment. */
struct ClientExportData
{
    Person client;
    QDateTime exportedAt;
    QList<Submission> submissions; ///< every questionnaire the client completed, oldest first
    QHash<QUuid, QString> professionalNames; ///< for every professional a submission or connection names
    QList<QUuid> connectedProfessionals; ///< current connections, ordered by name
    SharingState sharing;
    QList<SharingChange> sharingLog; ///< oldest first
    QList<ConnectionDecision> connectionDecisions; ///< the client's answers to connections, oldest first

    /** Reads a client's data. */
    [[nodiscard]] static Result<ClientExportData> collect(Store& store, const QUuid& clientId);
};

} // namespace rapport
