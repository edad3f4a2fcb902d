#include "ShareRequestRepository.h"

#include "ConnectionRepository.h"
#include "Database.h"
#include "SharingRepository.h"
#include "Store.h"
#include "StoreAccess.h"
#include "common/CoreTr.h"

namespace rapport {
namespace {

const QString SelectRequest = QStringLiteral(
    "SELECT id, professional_id, client_id, metric, status, requested_at, answered_at FROM share_requests ");

ShareRequest requestFrom(const Statement& row)
{
    ShareRequest request;
    request.id = row.uuid(0);
    request.professionalId = row.uuid(1);
    request.clientId = row.uuid(2);
    request.metric = metricFromName(row.text(3)).value_or(Metric::Alliance);
    request.status = shareRequestStatusFromName(row.text(4)).value_or(ShareRequest::Status::Pending);
    request.requestedAt = row.time(5);
    request.answeredAt = row.time(6);
    return request;
}

} // namespace

ShareRequestRepository::ShareRequestRepository(Store& store)
    : m_store(store)
{
}

Result<ShareRequest> ShareRequestRepository::add(const QUuid& professionalId, const QUuid& clientId, Metric metric)
{
    auto connection = m_store.connections().find(clientId, professionalId);
    if (!connection) {
        return tl::unexpected(connection.error());
    }
    if (!*connection || !(*connection)->isAccepted()) {
        return fail(ErrorCode::PermissionDenied,
                    CoreTr::tr("Only a professional connected with this client can ask them to share."));
    }
    auto sharing = m_store.sharing().state(clientId);
    if (!sharing) {
        return tl::unexpected(sharing.error());
    }
    if (sharing->isOn(metric)) {
        return fail(ErrorCode::InvalidArgument, CoreTr::tr("This client already shares that score."));
    }
    ShareRequest request;
    request.id = QUuid::createUuid();
    request.professionalId = professionalId;
    request.clientId = clientId;
    request.metric = metric;
    request.requestedAt = m_store.clock().now();
    auto insert = StoreAccess::database(m_store).cached(QStringLiteral(
        "INSERT INTO share_requests (id, professional_id, client_id, metric, status, requested_at, created_at, "
        "updated_at) VALUES (?1, ?2, ?3, ?4, 'pending', ?5, ?5, ?5)"));
    if (!insert) {
        return tl::unexpected(insert.error());
    }
    insert->bind(1, request.id)
        .bind(2, professionalId)
        .bind(3, clientId)
        .bind(4, metricName(metric))
        .bind(5, request.requestedAt);
    if (auto ran = insert->run(); !ran) {
        if (ran.error().code == ErrorCode::AlreadyExists) {
            return fail(ErrorCode::AlreadyExists,
                        CoreTr::tr("A request to share this score is already waiting for "
                                   "the client's answer."));
        }
        return tl::unexpected(ran.error());
    }
    StoreAccess::changed(m_store, StoreChange(StoreChange::Kind::ShareRequests, {clientId, professionalId}));
    return request;
}

Result<ShareRequest> ShareRequestRepository::answer(const QUuid& requestId, bool accept, const QUuid& answeredBy)
{
    auto request = find(requestId);
    if (!request) {
        return request;
    }
    if (answeredBy != request->clientId) {
        return fail(ErrorCode::PermissionDenied, CoreTr::tr("Only the client can answer a request to share."));
    }
    if (request->status != ShareRequest::Status::Pending) {
        return fail(ErrorCode::InvalidArgument, CoreTr::tr("This request has already been answered."));
    }
    Database& db = StoreAccess::database(m_store);
    auto transaction = Transaction::begin(db);
    if (!transaction) {
        return tl::unexpected(transaction.error());
    }
    request->status = accept ? ShareRequest::Status::Accepted : ShareRequest::Status::Declined;
    request->answeredAt = m_store.clock().now();
    auto update = db.cached(QStringLiteral("UPDATE share_requests SET status = ?2, answered_at = ?3, updated_at = ?3 "
                                           "WHERE id = ?1 AND status = 'pending'"));
    if (!update) {
        return tl::unexpected(update.error());
    }
    update->bind(1, requestId).bind(2, shareRequestStatusName(request->status)).bind(3, request->answeredAt);
    RAPPORT_TRY(update->run());
    if (accept) {
        RAPPORT_TRY(m_store.sharing().setWithinTransaction(request->clientId, request->metric, true, answeredBy));
    }
    RAPPORT_TRY(transaction->commit());
    StoreAccess::changed(m_store,
                         StoreChange(StoreChange::Kind::ShareRequests | StoreChange::Kind::Sharing,
                                     {request->clientId, request->professionalId}));
    return request;
}

Result<ShareRequest> ShareRequestRepository::find(const QUuid& requestId)
{
    auto found = select(QStringLiteral("id"), requestId);
    if (!found) {
        return tl::unexpected(found.error());
    }
    if (found->isEmpty()) {
        return fail(ErrorCode::NotFound, CoreTr::tr("There is no such share request."));
    }
    return found->first();
}

Result<QList<ShareRequest>> ShareRequestRepository::forClient(const QUuid& clientId, bool pendingOnly)
{
    auto requests = select(QStringLiteral("client_id"), clientId);
    if (requests && pendingOnly) {
        requests->removeIf([](const ShareRequest& r) { return r.status != ShareRequest::Status::Pending; });
    }
    return requests;
}

Result<QList<ShareRequest>> ShareRequestRepository::forProfessional(const QUuid& professionalId)
{
    return select(QStringLiteral("professional_id"), professionalId);
}

Result<QList<ShareRequest>> ShareRequestRepository::select(const QString& column, const QUuid& id)
{
    auto select = StoreAccess::database(m_store).cached(
        SelectRequest + QStringLiteral("WHERE %1 = ?1 ORDER BY requested_at DESC, rowid DESC").arg(column));
    if (!select) {
        return tl::unexpected(select.error());
    }
    select->bind(1, id);
    QList<ShareRequest> requests;
    for (;;) {
        auto stepped = select->step();
        if (!stepped) {
            return tl::unexpected(stepped.error());
        }
        if (*stepped == StepResult::Done) {
            return requests;
        }
        requests.append(requestFrom(*select));
    }
}

} // namespace rapport
