#include "SyncRepository.h"

#include "Database.h"
#include "Store.h"
#include "StoreAccess.h"
#include "SubmissionRepository.h"
#include "common/CoreTr.h"

namespace rapport {
namespace {

const QString Submissions = QStringLiteral("submissions");
const QString Sharing = QStringLiteral("sharing_settings");
const QString Audit = QStringLiteral("sharing_audit");
const QString Requests = QStringLiteral("share_requests");
const QString Connections = QStringLiteral("connections");
const QString Decisions = QStringLiteral("connection_decisions");

/** "…AND the row is not recorded as pushed at its current version": `key` is the SQL for the row's id. */
QString notPushed(const QString& table, const QString& key)
{
    return QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM hub_pushed p WHERE p.table_name = '%1' AND p.row_id = %2 "
                          "AND p.version = t.updated_at)")
        .arg(table, key);
}

QString sharingKey(const QUuid& clientId, Metric metric)
{
    return toStoredId(clientId) + QLatin1Char('/') + metricName(metric);
}

/** Steps `select` to the end, handing each row to `take`. */
template <typename Take>
Result<void> forEachRow(Statement& select, Take take)
{
    for (;;) {
        auto stepped = select.step();
        if (!stepped) {
            return tl::unexpected(stepped.error());
        }
        if (*stepped == StepResult::Done) {
            return {};
        }
        take(select);
    }
}

Result<void> outgoingSubmissions(Database& db, const QUuid& me, OutgoingBatch& batch)
{
    auto select = db.cached(QStringLiteral("SELECT id, person_id, instrument_id, instrument_version, answers, score, "
                                           "professional_id, submitted_at, created_at, updated_at FROM submissions t "
                                           "WHERE person_id = ?1")
                            + notPushed(Submissions, QStringLiteral("t.id")) + QStringLiteral(" ORDER BY rowid"));
    if (!select) {
        return tl::unexpected(select.error());
    }
    select->bind(1, me);
    return forEachRow(*select, [&batch](const Statement& row) {
        batch.submissions.append(submissionFromRow(row));
        batch.rows.append({Submissions, row.text(0), row.integer(9)});
    });
}

Result<void> outgoingSharing(Database& db, const QUuid& me, OutgoingBatch& batch)
{
    auto select = db.cached(
        QStringLiteral("SELECT client_id, metric, enabled, created_at, updated_at FROM sharing_settings t "
                       "WHERE client_id = ?1")
        + notPushed(Sharing, QStringLiteral("t.client_id || '/' || t.metric")) + QStringLiteral(" ORDER BY metric"));
    if (!select) {
        return tl::unexpected(select.error());
    }
    select->bind(1, me);
    return forEachRow(*select, [&batch](const Statement& row) {
        SharingSetting setting {row.uuid(0),
                                metricFromName(row.text(1)).value_or(Metric::Alliance),
                                row.integer(2) == 1,
                                row.time(3),
                                row.time(4)};
        batch.sharing.append(setting);
        batch.rows.append({Sharing, sharingKey(setting.clientId, setting.metric), row.integer(4)});
    });
}

Result<void> outgoingAudit(Database& db, const QUuid& me, OutgoingBatch& batch)
{
    auto select = db.cached(QStringLiteral("SELECT id, client_id, metric, old_value, new_value, changed_by, "
                                           "changed_at, updated_at FROM sharing_audit t WHERE client_id = ?1")
                            + notPushed(Audit, QStringLiteral("t.id")) + QStringLiteral(" ORDER BY changed_at, rowid"));
    if (!select) {
        return tl::unexpected(select.error());
    }
    select->bind(1, me);
    return forEachRow(*select, [&batch](const Statement& row) {
        batch.audit.append({row.uuid(0),
                            row.uuid(1),
                            metricFromName(row.text(2)).value_or(Metric::Alliance),
                            row.integer(3) == 1,
                            row.integer(4) == 1,
                            row.uuid(5),
                            row.time(6)});
        batch.rows.append({Audit, row.text(0), row.integer(7)});
    });
}

/** A client's answers to connections made for them (the state of the connection row) and the log of them. */
Result<void> outgoingConnectionAnswers(Database& db, const QUuid& me, OutgoingBatch& batch)
{
    auto answered = db.cached(QStringLiteral("SELECT id, client_id, professional_id, created_at, updated_at, state, "
                                             "decided_at FROM connections t WHERE client_id = ?1 AND state <> "
                                             "'pending' AND decided_at IS NOT NULL")
                              + notPushed(Connections, QStringLiteral("t.id")) + QStringLiteral(" ORDER BY rowid"));
    if (!answered) {
        return tl::unexpected(answered.error());
    }
    answered->bind(1, me);
    RAPPORT_TRY(forEachRow(*answered, [&batch](const Statement& row) {
        Connection connection {row.uuid(0), row.uuid(1), row.uuid(2), row.time(3), row.time(4), {}, row.time(6)};
        connection.state = connectionStateFromName(row.text(5)).value_or(Connection::State::Pending);
        batch.answeredConnections.append(connection);
        batch.rows.append({Connections, row.text(0), row.integer(4)});
    }));
    auto decisions
        = db.cached(QStringLiteral("SELECT id, connection_id, client_id, professional_id, decision, "
                                   "decided_at, updated_at FROM connection_decisions t WHERE client_id = ?1")
                    + notPushed(Decisions, QStringLiteral("t.id")) + QStringLiteral(" ORDER BY decided_at, rowid"));
    if (!decisions) {
        return tl::unexpected(decisions.error());
    }
    decisions->bind(1, me);
    return forEachRow(*decisions, [&batch](const Statement& row) {
        batch.connectionDecisions.append({row.uuid(0),
                                          row.uuid(1),
                                          row.uuid(2),
                                          row.uuid(3),
                                          row.text(4) == QStringLiteral("accepted"),
                                          row.time(5)});
        batch.rows.append({Decisions, row.text(0), row.integer(6)});
    });
}

/** A professional's own requests (`column` professional_id), or a client's answered ones (client_id). */
Result<void> outgoingRequests(Database& db, const QUuid& me, bool asProfessional, OutgoingBatch& batch)
{
    const QString where = asProfessional ? QStringLiteral("professional_id = ?1")
                                         : QStringLiteral("client_id = ?1 AND status <> 'pending'");
    auto select = db.cached(QStringLiteral("SELECT id, professional_id, client_id, metric, status, requested_at, "
                                           "answered_at, updated_at FROM share_requests t WHERE ")
                            + where + notPushed(Requests, QStringLiteral("t.id"))
                            + QStringLiteral(" ORDER BY requested_at, rowid"));
    if (!select) {
        return tl::unexpected(select.error());
    }
    select->bind(1, me);
    return forEachRow(*select, [&batch, asProfessional](const Statement& row) {
        ShareRequest request;
        request.id = row.uuid(0);
        request.professionalId = row.uuid(1);
        request.clientId = row.uuid(2);
        request.metric = metricFromName(row.text(3)).value_or(Metric::Alliance);
        request.status = shareRequestStatusFromName(row.text(4)).value_or(ShareRequest::Status::Pending);
        request.requestedAt = row.time(5);
        request.answeredAt = row.time(6);
        (asProfessional ? batch.newRequests : batch.answeredRequests).append(request);
        batch.rows.append({Requests, row.text(0), row.integer(7)});
    });
}

/** Runs `update`; when it touched no row, runs `insert` (SQLite 3.15 has no upsert, and REPLACE would cascade). */
Result<void> updateOrInsert(Database& db, Statement& update, Statement& insert)
{
    RAPPORT_TRY(update.run());
    if (db.changes() == 0) {
        RAPPORT_TRY(insert.run());
    }
    return {};
}

} // namespace

SyncRepository::SyncRepository(Store& store)
    : m_store(store)
{
}

Result<OutgoingBatch> SyncRepository::outgoing(const HubBinding& binding)
{
    Database& db = StoreAccess::database(m_store);
    OutgoingBatch batch;
    switch (binding.role) {
    case Role::Client:
        RAPPORT_TRY(outgoingSubmissions(db, binding.personId, batch));
        RAPPORT_TRY(outgoingSharing(db, binding.personId, batch));
        RAPPORT_TRY(outgoingAudit(db, binding.personId, batch));
        RAPPORT_TRY(outgoingRequests(db, binding.personId, false, batch));
        RAPPORT_TRY(outgoingConnectionAnswers(db, binding.personId, batch));
        break;
    case Role::Professional:
        RAPPORT_TRY(outgoingRequests(db, binding.personId, true, batch));
        break;
    case Role::Hr:
    case Role::Admin:
        break; // they own no synced rows: people and connections are managed on the hub itself
    }
    return batch;
}

Result<void> SyncRepository::markPushed(const QList<PushedRow>& rows)
{
    Database& db = StoreAccess::database(m_store);
    auto transaction = Transaction::begin(db);
    if (!transaction) {
        return tl::unexpected(transaction.error());
    }
    auto insert = db.cached(
        QStringLiteral("INSERT OR REPLACE INTO hub_pushed (table_name, row_id, version) VALUES (?1, ?2, ?3)"));
    if (!insert) {
        return tl::unexpected(insert.error());
    }
    for (const PushedRow& row : rows) {
        insert->bind(1, row.table).bind(2, row.rowId).bind(3, row.version);
        RAPPORT_TRY(insert->run());
        insert->reset();
    }
    // Bookkeeping, not data: no `changed` signal.
    return transaction->commit();
}

Result<qsizetype>
SyncRepository::applyPulled(const HubBinding& binding, const PulledSnapshot& snapshot, bool adoptOwnSharing)
{
    Database& db = StoreAccess::database(m_store);
    const QUuid me = binding.personId;
    auto transaction = Transaction::begin(db);
    if (!transaction) {
        return tl::unexpected(transaction.error());
    }
    RAPPORT_TRY(db.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS hub_seen (kind TEXT NOT NULL, id TEXT NOT "
                                       "NULL, PRIMARY KEY (kind, id)); DELETE FROM temp.hub_seen;")));
    auto seen = db.cached(QStringLiteral("INSERT OR IGNORE INTO temp.hub_seen (kind, id) VALUES (?1, ?2)"));
    if (!seen) {
        return tl::unexpected(seen.error());
    }
    auto markSeen = [&seen](const QString& kind, const QString& id) -> Result<void> {
        seen->bind(1, kind).bind(2, id);
        auto ran = seen->run();
        seen->reset();
        return ran;
    };
    auto pushed = db.cached(
        QStringLiteral("INSERT OR REPLACE INTO hub_pushed (table_name, row_id, version) VALUES (?1, ?2, ?3)"));
    if (!pushed) {
        return tl::unexpected(pushed.error());
    }
    auto markPushedRow = [&pushed](const QString& table, const QString& id, const QDateTime& version) -> Result<void> {
        pushed->bind(1, table).bind(2, id).bind(3, toStoredTime(version));
        auto ran = pushed->run();
        pushed->reset();
        return ran;
    };

    // People first: everything else refers to them.
    auto updatePerson = db.cached(
        QStringLiteral("UPDATE people SET name = ?2, team = ?3, updated_at = ?4 WHERE id = ?1 AND role = ?5"));
    auto insertPerson = db.cached(QStringLiteral(
        "INSERT INTO people (id, name, role, team, created_at, updated_at) VALUES (?1, ?2, ?5, ?3, ?6, ?4)"));
    if (!updatePerson || !insertPerson) {
        return tl::unexpected(!updatePerson ? updatePerson.error() : insertPerson.error());
    }
    for (const Person& person : snapshot.people) {
        for (Statement* statement : {&*updatePerson, &*insertPerson}) {
            statement->bind(1, person.id)
                .bind(2, person.name)
                .bind(3, person.team.isEmpty() ? QString() : person.team)
                .bind(4, person.updatedAt)
                .bind(5, roleName(person.role));
        }
        insertPerson->bind(6, person.createdAt);
        auto written = updateOrInsert(db, *updatePerson, *insertPerson);
        updatePerson->reset();
        insertPerson->reset();
        RAPPORT_TRY(written);
        RAPPORT_TRY(markSeen(QStringLiteral("person"), toStoredId(person.id)));
    }

    // Connections are the hub administrator's: a local one for the same pair under another id gives way. Their
    // state is the hub's, except that the client's own answer not pushed yet (decided later) is not undone.
    auto dropPair = db.cached(
        QStringLiteral("DELETE FROM connections WHERE client_id = ?2 AND professional_id = ?3 AND id <> ?1"));
    auto updateConnection
        = db.cached(QStringLiteral("UPDATE connections SET state = ?6, decided_at = ?7, updated_at = ?5 WHERE id = ?1 "
                                   "AND coalesce(decided_at, 0) <= coalesce(?7, 0)"));
    auto insertConnection = db.cached(QStringLiteral(
        "INSERT OR IGNORE INTO connections (id, client_id, professional_id, created_at, updated_at, state, "
        "decided_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
    if (!dropPair || !updateConnection || !insertConnection) {
        return tl::unexpected(!dropPair               ? dropPair.error()
                                  : !updateConnection ? updateConnection.error()
                                                      : insertConnection.error());
    }
    for (const Connection& connection : snapshot.connections) {
        dropPair->bind(1, connection.id).bind(2, connection.clientId).bind(3, connection.professionalId);
        auto dropped = dropPair->run();
        dropPair->reset();
        RAPPORT_TRY(dropped);
        for (Statement* statement : {&*updateConnection, &*insertConnection}) {
            statement->bind(1, connection.id)
                .bind(5, connection.updatedAt)
                .bind(6, connectionStateName(connection.state))
                .bind(7, connection.decidedAt);
        }
        insertConnection->bind(2, connection.clientId).bind(3, connection.professionalId).bind(4, connection.createdAt);
        auto updated = updateConnection->run();
        const bool adopted = updated && db.changes() > 0;
        updateConnection->reset();
        RAPPORT_TRY(updated);
        auto inserted = adopted ? Result<void>() : insertConnection->run();
        const bool insertedHere = !adopted && inserted && db.changes() > 0;
        insertConnection->reset();
        RAPPORT_TRY(inserted);
        RAPPORT_TRY(markSeen(QStringLiteral("connection"), toStoredId(connection.id)));
        if (connection.clientId == me && (adopted || insertedHere)) {
            RAPPORT_TRY(markPushedRow(Connections, toStoredId(connection.id), connection.updatedAt));
        }
    }
    auto insertDecision = db.cached(QStringLiteral(
        "INSERT OR IGNORE INTO connection_decisions (id, connection_id, client_id, professional_id, decision, "
        "decided_at, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6, ?6)"));
    if (!insertDecision) {
        return tl::unexpected(insertDecision.error());
    }
    for (const ConnectionDecision& decision : snapshot.connectionDecisions) {
        if (decision.clientId != me) {
            continue;
        }
        insertDecision->bind(1, decision.id)
            .bind(2, decision.connectionId)
            .bind(3, decision.clientId)
            .bind(4, decision.professionalId)
            .bind(5, decision.accepted ? QStringLiteral("accepted") : QStringLiteral("declined"))
            .bind(6, decision.at);
        auto inserted = insertDecision->run();
        insertDecision->reset();
        RAPPORT_TRY(inserted);
        RAPPORT_TRY(markPushedRow(Decisions, toStoredId(decision.id), decision.at));
    }

    // Sharing choices: other clients' as the hub has them; the person's own only when adopting them at join.
    auto writeSharing = db.cached(QStringLiteral("INSERT OR REPLACE INTO sharing_settings (client_id, metric, enabled, "
                                                 "created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5)"));
    if (!writeSharing) {
        return tl::unexpected(writeSharing.error());
    }
    for (const SharingSetting& setting : snapshot.sharing) {
        const bool own = setting.clientId == me;
        if (own && !adoptOwnSharing) {
            continue;
        }
        writeSharing->bind(1, setting.clientId)
            .bind(2, metricName(setting.metric))
            .bind(3, setting.enabled)
            .bind(4, setting.createdAt)
            .bind(5, setting.updatedAt);
        auto written = writeSharing->run();
        writeSharing->reset();
        RAPPORT_TRY(written);
        RAPPORT_TRY(markSeen(QStringLiteral("sharing"), toStoredId(setting.clientId)));
        if (own) {
            RAPPORT_TRY(markPushedRow(Sharing, sharingKey(setting.clientId, setting.metric), setting.updatedAt));
        }
    }

    // Submissions never change once made: insert what is missing.
    auto insertSubmission = db.cached(QStringLiteral(
        "INSERT OR IGNORE INTO submissions (id, person_id, instrument_id, instrument_version, answers, score, "
        "professional_id, submitted_at, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"));
    if (!insertSubmission) {
        return tl::unexpected(insertSubmission.error());
    }
    auto knownPerson = db.cached(QStringLiteral("SELECT count(*) FROM people WHERE id = ?1"));
    if (!knownPerson) {
        return tl::unexpected(knownPerson.error());
    }
    for (const Submission& submission : snapshot.submissions) {
        if (!submission.professionalId.isNull()) {
            // An old survey about a professional the hub no longer shows (a connection that ended) stays on the hub.
            knownPerson->bind(1, submission.professionalId);
            auto known = knownPerson->step();
            const bool present = known && knownPerson->integer(0) > 0;
            knownPerson->reset();
            RAPPORT_TRY(known);
            if (!present) {
                continue;
            }
        }
        insertSubmission->bind(1, submission.id)
            .bind(2, submission.personId)
            .bind(3, submission.instrumentId)
            .bind(4, submission.instrumentVersion)
            .bind(5, answersToText(submission.answers))
            .bind(6, submission.score)
            .bind(7, submission.professionalId)
            .bind(8, submission.submittedAt)
            .bind(9, submission.createdAt)
            .bind(10, submission.updatedAt);
        auto inserted = insertSubmission->run();
        insertSubmission->reset();
        RAPPORT_TRY(inserted);
        RAPPORT_TRY(markSeen(QStringLiteral("submission"), toStoredId(submission.id)));
        if (submission.personId == me) {
            RAPPORT_TRY(markPushedRow(Submissions, toStoredId(submission.id), submission.updatedAt));
        }
    }

    // The person's own audit log, for a client joining on a new machine (the log is append-only).
    auto insertAudit = db.cached(QStringLiteral(
        "INSERT OR IGNORE INTO sharing_audit (id, client_id, metric, old_value, new_value, changed_by, changed_at, "
        "created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7, ?7)"));
    if (!insertAudit) {
        return tl::unexpected(insertAudit.error());
    }
    for (const SharingChange& change : snapshot.audit) {
        if (change.clientId != me) {
            continue;
        }
        insertAudit->bind(1, change.id)
            .bind(2, change.clientId)
            .bind(3, metricName(change.metric))
            .bind(4, change.from)
            .bind(5, change.to)
            .bind(6, change.changedBy)
            .bind(7, change.at);
        auto inserted = insertAudit->run();
        insertAudit->reset();
        RAPPORT_TRY(inserted);
        RAPPORT_TRY(markPushedRow(Audit, toStoredId(change.id), change.at));
    }

    // Requests: the hub's state, except that a local answer not pushed yet is not undone by a stale "pending".
    auto updateRequest = db.cached(
        QStringLiteral("UPDATE share_requests SET status = ?2, answered_at = ?3, updated_at = ?4 WHERE id = ?1 "
                       "AND NOT (?2 = 'pending' AND status <> 'pending')"));
    auto insertRequest = db.cached(QStringLiteral(
        "INSERT OR IGNORE INTO share_requests (id, professional_id, client_id, metric, status, requested_at, "
        "answered_at, created_at, updated_at) VALUES (?1, ?5, ?6, ?7, ?2, ?8, ?3, ?8, ?4)"));
    if (!updateRequest || !insertRequest) {
        return tl::unexpected(!updateRequest ? updateRequest.error() : insertRequest.error());
    }
    for (const ShareRequest& request : snapshot.requests) {
        const QDateTime version = request.answeredAt.isValid() ? request.answeredAt : request.requestedAt;
        for (Statement* statement : {&*updateRequest, &*insertRequest}) {
            statement->bind(1, request.id)
                .bind(2, shareRequestStatusName(request.status))
                .bind(3, request.answeredAt)
                .bind(4, version);
        }
        insertRequest->bind(5, request.professionalId)
            .bind(6, request.clientId)
            .bind(7, metricName(request.metric))
            .bind(8, request.requestedAt);
        auto exists = db.cached(QStringLiteral("SELECT count(*) FROM share_requests WHERE id = ?1"));
        if (!exists) {
            return tl::unexpected(exists.error());
        }
        exists->bind(1, request.id);
        RAPPORT_TRY(exists->step());
        const bool present = exists->integer(0) > 0;
        exists->reset();
        auto written = present ? updateRequest->run() : insertRequest->run();
        const bool changedHere = db.changes() > 0;
        updateRequest->reset();
        insertRequest->reset();
        RAPPORT_TRY(written);
        RAPPORT_TRY(markSeen(QStringLiteral("request"), toStoredId(request.id)));
        if (changedHere) {
            RAPPORT_TRY(markPushedRow(Requests, toStoredId(request.id), version));
        }
    }

    // What the hub no longer shows goes: other people's submissions (a revoked share), requests, sharing choices,
    // connections, and people (with everything of theirs) — never the person's own rows, nor a professional a
    // client's own alliance surveys still name.
    const QList<QString> removals = {
        QStringLiteral("DELETE FROM submissions WHERE person_id <> ?1 AND id NOT IN "
                       "(SELECT id FROM temp.hub_seen WHERE kind = 'submission')"),
        QStringLiteral("DELETE FROM share_requests WHERE id NOT IN (SELECT id FROM temp.hub_seen WHERE kind = "
                       "'request') AND (professional_id <> ?1 OR id IN (SELECT row_id FROM hub_pushed WHERE "
                       "table_name = 'share_requests'))"),
        QStringLiteral("DELETE FROM sharing_settings WHERE client_id <> ?1 AND client_id NOT IN "
                       "(SELECT id FROM temp.hub_seen WHERE kind = 'sharing')"),
        QStringLiteral("DELETE FROM connections WHERE id NOT IN (SELECT id FROM temp.hub_seen WHERE kind = "
                       "'connection')"),
        QStringLiteral("DELETE FROM people WHERE id <> ?1 AND id NOT IN (SELECT id FROM temp.hub_seen WHERE kind = "
                       "'person') AND NOT EXISTS (SELECT 1 FROM submissions s WHERE s.person_id = ?1 AND "
                       "s.professional_id = people.id)"),
    };
    qsizetype removed = 0;
    for (const QString& sql : removals) {
        auto remove = db.cached(sql);
        if (!remove) {
            return tl::unexpected(remove.error());
        }
        if (sql.contains(QStringLiteral("?1"))) {
            remove->bind(1, me);
        }
        RAPPORT_TRY(remove->run());
        removed += db.changes();
    }
    RAPPORT_TRY(db.exec(QStringLiteral("DELETE FROM temp.hub_seen;")));
    RAPPORT_TRY(transaction->commit());
    StoreAccess::changed(m_store, StoreChange::everything());
    return removed;
}

} // namespace rapport
