#include "HubSyncClient.h"

#include "common/CoreTr.h"
#include "hub/HubConnection.h"
#include "store/Statement.h"
#include "store/SubmissionRepository.h"

#include <QSqlQuery>
#include <QVariant>

namespace rapport::hub::HubSyncClient {
namespace {

QVariant idValue(const QUuid& id)
{
    return id.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(toStoredId(id));
}

QVariant timeValue(const QDateTime& time)
{
    return time.isValid() ? QVariant(toStoredTime(time)) : QVariant(QMetaType::fromType<qint64>());
}

QUuid uuidAt(const QSqlQuery& query, int column)
{
    return QUuid::fromString(query.value(column).toString());
}

QDateTime timeAt(const QSqlQuery& query, int column)
{
    const QVariant value = query.value(column);
    return value.isNull() ? QDateTime() : fromStoredTime(value.toLongLong());
}

/** Runs `sql`; the caller counts the row as delivered once this returns. */
Result<void> send(HubConnection& connection, const QString& sql, const QVariantList& values)
{
    auto ran = connection.exec(sql, values);
    if (!ran) {
        return tl::unexpected(ran.error());
    }
    return {};
}

} // namespace

Result<Person> whoAmI(HubConnection& connection)
{
    // rapport.whoami() (hub schema 12) answers for every role; HR logins may read no table at all.
    auto query
        = connection.exec(QStringLiteral("SELECT id, name, role, team, created_at, updated_at FROM rapport.whoami()"));
    if (!query) {
        return tl::unexpected(query.error());
    }
    if (!query->next()) {
        return fail(ErrorCode::NotFound,
                    CoreTr::tr("The hub has no person with the login %1. Ask the hub "
                               "administrator to add you (rapport-cli hub person add).")
                        .arg(connection.login()));
    }
    Person person;
    person.id = uuidAt(*query, 0);
    person.name = query->value(1).toString();
    person.role = roleFromName(query->value(2).toString()).value_or(Role::Client);
    person.team = query->value(3).toString();
    person.createdAt = timeAt(*query, 4);
    person.updatedAt = timeAt(*query, 5);
    return person;
}

Result<void> push(HubConnection& connection, const OutgoingBatch& batch, const SyncFaults& faults)
{
    qsizetype delivered = 0;
    auto deliveredOne = [&delivered, &faults]() -> Result<void> {
        ++delivered;
        if (faults.abortPushAfterRows >= 0 && delivered >= faults.abortPushAfterRows) {
            return fail(ErrorCode::Unreachable, CoreTr::tr("The connection to the hub was lost during sync."));
        }
        return {};
    };
    if (faults.abortPushAfterRows == 0 && !batch.isEmpty()) {
        return fail(ErrorCode::Unreachable, CoreTr::tr("The connection to the hub was lost during sync."));
    }

    for (const Submission& submission : batch.submissions) {
        auto sent = send(connection,
                         QStringLiteral("INSERT INTO rapport.submissions (id, person_id, instrument_id, "
                                        "instrument_version, answers, score, professional_id, submitted_at, "
                                        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                        "ON CONFLICT (id) DO NOTHING"),
                         {idValue(submission.id),
                          idValue(submission.personId),
                          submission.instrumentId,
                          submission.instrumentVersion,
                          answersToText(submission.answers),
                          submission.score,
                          idValue(submission.professionalId),
                          timeValue(submission.submittedAt),
                          timeValue(submission.createdAt),
                          timeValue(submission.updatedAt)});
        if (!sent && sent.error().code == ErrorCode::InvalidArgument) {
            // The hub's checks refused the row (schema 6 and 14: its answers, its score, its date): say which one.
            return fail(ErrorCode::InvalidArgument,
                        CoreTr::tr("The hub refused the questionnaire answered on %1 (%2). It stays in this store; "
                                   "this sync stopped at it.")
                            .arg(submission.submittedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")),
                                 sent.error().message));
        }
        RAPPORT_TRY(sent);
        RAPPORT_TRY(deliveredOne());
    }
    for (const SharingChange& change : batch.audit) {
        RAPPORT_TRY(send(connection,
                         QStringLiteral("INSERT INTO rapport.sharing_audit (id, client_id, metric, old_value, "
                                        "new_value, changed_by, changed_at, created_at, updated_at) "
                                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING"),
                         {idValue(change.id),
                          idValue(change.clientId),
                          metricName(change.metric),
                          change.from,
                          change.to,
                          toStoredId(change.changedBy),
                          timeValue(change.at),
                          timeValue(change.at),
                          timeValue(change.at)}));
        RAPPORT_TRY(deliveredOne());
    }
    for (const SharingSetting& setting : batch.sharing) {
        // The newer choice wins, so re-sending an old one after a newer arrived changes nothing.
        RAPPORT_TRY(send(connection,
                         QStringLiteral("INSERT INTO rapport.sharing_settings (client_id, metric, enabled, "
                                        "created_at, updated_at) VALUES (?, ?, ?, ?, ?) "
                                        "ON CONFLICT (client_id, metric) DO UPDATE SET enabled = EXCLUDED.enabled, "
                                        "updated_at = EXCLUDED.updated_at "
                                        "WHERE rapport.sharing_settings.updated_at <= EXCLUDED.updated_at"),
                         {idValue(setting.clientId),
                          metricName(setting.metric),
                          setting.enabled,
                          timeValue(setting.createdAt),
                          timeValue(setting.updatedAt)}));
        RAPPORT_TRY(deliveredOne());
    }
    for (const ShareRequest& request : batch.answeredRequests) {
        // Only a pending request takes an answer: sending the same answer twice finds nothing to change.
        RAPPORT_TRY(send(connection,
                         QStringLiteral("UPDATE rapport.share_requests SET status = ?, answered_at = ?, updated_at = ? "
                                        "WHERE id = ? AND status = 'pending'"),
                         {shareRequestStatusName(request.status),
                          timeValue(request.answeredAt),
                          timeValue(request.answeredAt),
                          idValue(request.id)}));
        RAPPORT_TRY(deliveredOne());
    }
    for (const Connection& answered : batch.answeredConnections) {
        // The later answer wins; a connection the admin has removed meanwhile finds nothing to change.
        RAPPORT_TRY(send(connection,
                         QStringLiteral("UPDATE rapport.connections SET state = ?, decided_at = ?, updated_at = ? "
                                        "WHERE id = ? AND coalesce(decided_at, 0) <= ?"),
                         {connectionStateName(answered.state),
                          timeValue(answered.decidedAt),
                          timeValue(answered.updatedAt),
                          idValue(answered.id),
                          timeValue(answered.decidedAt)}));
        RAPPORT_TRY(deliveredOne());
    }
    for (const ConnectionDecision& decision : batch.connectionDecisions) {
        // Refused when the connection is gone from the hub (row-level security): the answer is moot there.
        auto sent = send(connection,
                         QStringLiteral("INSERT INTO rapport.connection_decisions (id, connection_id, client_id, "
                                        "professional_id, decision, decided_at, created_at, updated_at) "
                                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING"),
                         {idValue(decision.id),
                          idValue(decision.connectionId),
                          idValue(decision.clientId),
                          idValue(decision.professionalId),
                          decision.accepted ? QStringLiteral("accepted") : QStringLiteral("declined"),
                          timeValue(decision.at),
                          timeValue(decision.at),
                          timeValue(decision.at)});
        if (!sent && sent.error().code != ErrorCode::PermissionDenied) {
            return sent;
        }
        RAPPORT_TRY(deliveredOne());
    }
    for (const ShareRequest& request : batch.newRequests) {
        // Sent as it was made (pending); a request the hub already has, by id or as a pending duplicate, is kept.
        auto sent = send(connection,
                         QStringLiteral("INSERT INTO rapport.share_requests (id, professional_id, client_id, metric, "
                                        "status, requested_at, answered_at, created_at, updated_at) "
                                        "VALUES (?, ?, ?, ?, 'pending', ?, NULL, ?, ?) ON CONFLICT DO NOTHING"),
                         {idValue(request.id),
                          idValue(request.professionalId),
                          idValue(request.clientId),
                          metricName(request.metric),
                          timeValue(request.requestedAt),
                          timeValue(request.requestedAt),
                          timeValue(request.requestedAt)});
        // A client no longer connected refuses new requests (row-level security): the request is moot, and the
        // pull removes the local copy rather than offering it again at every sync.
        if (!sent && sent.error().code != ErrorCode::PermissionDenied) {
            return sent;
        }
        RAPPORT_TRY(deliveredOne());
    }
    return {};
}

Result<PulledSnapshot> pull(HubConnection& connection, Role role)
{
    PulledSnapshot snapshot;
    if (role == Role::Hr) {
        // An HR login sees no individual data: its store keeps its own person and the binding, nothing else (the
        // figures come from rapport.hr_report(), asked for when shown).
        auto self = whoAmI(connection);
        if (!self) {
            return tl::unexpected(self.error());
        }
        snapshot.people.append(*self);
        return snapshot;
    }
    RAPPORT_TRY(send(connection, QStringLiteral("BEGIN TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"), {}));
    // Ends the read transaction whatever happens below (a failed statement has aborted it already).
    struct EndRead
    {
        HubConnection& connection;
        ~EndRead() { (void)connection.exec(QStringLiteral("ROLLBACK")); }
    } endRead {connection};

    auto people = connection.exec(
        QStringLiteral("SELECT id, name, role, team, created_at, updated_at FROM rapport.people ORDER BY id"));
    if (!people) {
        return tl::unexpected(people.error());
    }
    while (people->next()) {
        snapshot.people.append({uuidAt(*people, 0),
                                people->value(1).toString(),
                                roleFromName(people->value(2).toString()).value_or(Role::Client),
                                people->value(3).toString(),
                                timeAt(*people, 4),
                                timeAt(*people, 5)});
    }
    auto connections
        = connection.exec(QStringLiteral("SELECT id, client_id, professional_id, created_at, "
                                         "updated_at, state, decided_at FROM rapport.connections ORDER BY id"));
    if (!connections) {
        return tl::unexpected(connections.error());
    }
    while (connections->next()) {
        Connection pulled {uuidAt(*connections, 0),
                           uuidAt(*connections, 1),
                           uuidAt(*connections, 2),
                           timeAt(*connections, 3),
                           timeAt(*connections, 4),
                           Connection::State::Pending,
                           {}};
        pulled.state = connectionStateFromName(connections->value(5).toString()).value_or(Connection::State::Pending);
        pulled.decidedAt = connections->value(6).isNull() ? QDateTime() : timeAt(*connections, 6);
        snapshot.connections.append(pulled);
    }
    if (role != Role::Client && role != Role::Professional) {
        return snapshot; // admins manage people and connections only; they read no scores or sharing
    }

    auto sharing = connection.exec(QStringLiteral("SELECT client_id, metric, enabled, created_at, updated_at FROM "
                                                  "rapport.sharing_settings ORDER BY client_id, metric"));
    if (!sharing) {
        return tl::unexpected(sharing.error());
    }
    while (sharing->next()) {
        snapshot.sharing.append({uuidAt(*sharing, 0),
                                 metricFromName(sharing->value(1).toString()).value_or(Metric::Alliance),
                                 sharing->value(2).toBool(),
                                 timeAt(*sharing, 3),
                                 timeAt(*sharing, 4)});
    }
    auto submissions = connection.exec(QStringLiteral(
        "SELECT id, person_id, instrument_id, instrument_version, answers, score, professional_id, submitted_at, "
        "created_at, updated_at FROM rapport.submissions ORDER BY submitted_at, id"));
    if (!submissions) {
        return tl::unexpected(submissions.error());
    }
    while (submissions->next()) {
        Submission submission;
        submission.id = uuidAt(*submissions, 0);
        submission.personId = uuidAt(*submissions, 1);
        submission.instrumentId = submissions->value(2).toString();
        submission.instrumentVersion = submissions->value(3).toInt();
        submission.answers = answersFromText(submissions->value(4).toString());
        submission.score = submissions->value(5).toDouble();
        submission.professionalId = submissions->value(6).isNull() ? QUuid() : uuidAt(*submissions, 6);
        submission.submittedAt = timeAt(*submissions, 7);
        submission.createdAt = timeAt(*submissions, 8);
        submission.updatedAt = timeAt(*submissions, 9);
        snapshot.submissions.append(submission);
    }
    auto requests
        = connection.exec(QStringLiteral("SELECT id, professional_id, client_id, metric, status, "
                                         "requested_at, answered_at FROM rapport.share_requests ORDER BY id"));
    if (!requests) {
        return tl::unexpected(requests.error());
    }
    while (requests->next()) {
        ShareRequest request;
        request.id = uuidAt(*requests, 0);
        request.professionalId = uuidAt(*requests, 1);
        request.clientId = uuidAt(*requests, 2);
        request.metric = metricFromName(requests->value(3).toString()).value_or(Metric::Alliance);
        request.status
            = shareRequestStatusFromName(requests->value(4).toString()).value_or(ShareRequest::Status::Pending);
        request.requestedAt = timeAt(*requests, 5);
        request.answeredAt = timeAt(*requests, 6);
        snapshot.requests.append(request);
    }
    if (role == Role::Client) {
        // Only clients read an audit log: their own.
        auto audit = connection.exec(QStringLiteral("SELECT id, client_id, metric, old_value, new_value, changed_by, "
                                                    "changed_at FROM rapport.sharing_audit ORDER BY changed_at, id"));
        if (!audit) {
            return tl::unexpected(audit.error());
        }
        while (audit->next()) {
            snapshot.audit.append({uuidAt(*audit, 0),
                                   uuidAt(*audit, 1),
                                   metricFromName(audit->value(2).toString()).value_or(Metric::Alliance),
                                   audit->value(3).toBool(),
                                   audit->value(4).toBool(),
                                   uuidAt(*audit, 5),
                                   timeAt(*audit, 6)});
        }
        auto decisions
            = connection.exec(QStringLiteral("SELECT id, connection_id, client_id, professional_id, decision, "
                                             "decided_at FROM rapport.connection_decisions "
                                             "ORDER BY decided_at, id"));
        if (!decisions) {
            return tl::unexpected(decisions.error());
        }
        while (decisions->next()) {
            snapshot.connectionDecisions.append({uuidAt(*decisions, 0),
                                                 uuidAt(*decisions, 1),
                                                 uuidAt(*decisions, 2),
                                                 uuidAt(*decisions, 3),
                                                 decisions->value(4).toString() == QStringLiteral("accepted"),
                                                 timeAt(*decisions, 5)});
        }
    }
    return snapshot;
}

} // namespace rapport::hub::HubSyncClient
