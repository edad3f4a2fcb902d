#include "ClientRequests.h"

#include "instruments/InstrumentIds.h"
#include "store/PersonRepository.h"
#include "store/ShareRequestRepository.h"
#include "store/Store.h"
#include "store/SubmissionRepository.h"

#include <QHash>

namespace rapport {

ClientRequests::ClientRequests(Store& store)
    : m_store(store)
{
}

Result<ShareRequest> ClientRequests::answer(const QUuid& clientId, const QUuid& requestId, bool accept)
{
    return m_store.shareRequests().answer(requestId, accept, clientId);
}

Result<QList<FormerAllianceSurvey>> ClientRequests::formerAllianceSurveys(const QUuid& clientId,
                                                                          const QList<QUuid>& current)
{
    auto submissions = m_store.submissions().forPerson(clientId, InstrumentIds::Alliance);
    if (!submissions) {
        return tl::unexpected(submissions.error());
    }
    QHash<QUuid, std::optional<QString>> names;
    QList<FormerAllianceSurvey> former;
    for (const Submission& submission : std::as_const(*submissions)) {
        if (current.contains(submission.professionalId)) {
            continue;
        }
        if (!names.contains(submission.professionalId)) {
            auto professional = m_store.people().find(submission.professionalId);
            if (!professional && professional.error().code != ErrorCode::NotFound) {
                return tl::unexpected(professional.error());
            }
            names.insert(submission.professionalId,
                         professional ? std::optional<QString>(professional->name) : std::nullopt);
        }
        former.append({submission, names.value(submission.professionalId)});
    }
    return former;
}

} // namespace rapport
