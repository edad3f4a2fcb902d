#include "ClientExportData.h"

#include "ConnectionDecisions.h"
#include "store/ConnectionRepository.h"
#include "store/PersonRepository.h"
#include "store/SharingRepository.h"
#include "store/Store.h"
#include "store/SubmissionRepository.h"

#include <algorithm>

namespace rapport {

Result<ClientExportData> ClientExportData::collect(Store& store, const QUuid& clientId)
{
    ClientExportData data;
    auto client = store.people().find(clientId);
    if (!client) {
        return tl::unexpected(client.error());
    }
    data.client = *client;
    data.exportedAt = store.clock().now();
    auto submissions = store.submissions().forPerson(clientId);
    if (!submissions) {
        return tl::unexpected(submissions.error());
    }
    data.submissions = *submissions;
    std::stable_sort(data.submissions.begin(), data.submissions.end(), [](const Submission& a, const Submission& b) {
        return a.submittedAt < b.submittedAt;
    });

    auto connections = store.connections().forClient(clientId);
    if (!connections) {
        return tl::unexpected(connections.error());
    }
    QList<QUuid> named;
    for (const Connection& connection : std::as_const(*connections)) {
        named.append(connection.professionalId);
    }
    for (const Submission& submission : std::as_const(data.submissions)) {
        if (!submission.professionalId.isNull()) {
            named.append(submission.professionalId);
        }
    }
    for (const QUuid& id : std::as_const(named)) {
        if (data.professionalNames.contains(id)) {
            continue;
        }
        auto professional = store.people().find(id);
        if (professional) {
            data.professionalNames.insert(id, professional->name);
        } else if (professional.error().code != ErrorCode::NotFound) {
            return tl::unexpected(professional.error());
        }
    }
    for (const Connection& connection : std::as_const(*connections)) {
        if (connection.isAccepted()) {
            data.connectedProfessionals.append(connection.professionalId);
        }
    }
    std::stable_sort(data.connectedProfessionals.begin(),
                     data.connectedProfessionals.end(),
                     [&data](const QUuid& a, const QUuid& b) {
                         return data.professionalNames.value(a).localeAwareCompare(data.professionalNames.value(b)) < 0;
                     });

    auto sharing = store.sharing().state(clientId);
    if (!sharing) {
        return tl::unexpected(sharing.error());
    }
    data.sharing = *sharing;
    auto log = store.sharing().log(clientId);
    if (!log) {
        return tl::unexpected(log.error());
    }
    data.sharingLog = *log;
    auto decisions = ConnectionDecisions(store).decisions(clientId);
    if (!decisions) {
        return tl::unexpected(decisions.error());
    }
    data.connectionDecisions = *decisions;
    return data;
}

} // namespace rapport
