#include "ConnectionRepository.h"

#include "Database.h"
#include "PersonRepository.h"
#include "Store.h"
#include "StoreAccess.h"
#include "common/CoreTr.h"

namespace rapport {

ConnectionRepository::ConnectionRepository(Store& store)
    : m_store(store)
{
}

namespace {

const char* const ConnectionColumns = "id, client_id, professional_id, created_at, updated_at, state, decided_at";

Connection connectionAt(const Statement& row)
{
    Connection connection {row.uuid(0), row.uuid(1), row.uuid(2), row.time(3), row.time(4), {}, {}};
    connection.state = connectionStateFromName(row.text(5)).value_or(Connection::State::Pending);
    connection.decidedAt = row.time(6);
    return connection;
}

} // namespace

Result<Connection>
ConnectionRepository::connect(const QUuid& clientId, const QUuid& professionalId, Connection::State state)
{
    auto client = m_store.people().find(clientId);
    if (!client) {
        return tl::unexpected(client.error());
    }
    auto professional = m_store.people().find(professionalId);
    if (!professional) {
        return tl::unexpected(professional.error());
    }
    if (client->role != Role::Client || professional->role != Role::Professional) {
        return fail(ErrorCode::InvalidArgument, CoreTr::tr("A connection joins a client with a professional."));
    }
    if (state == Connection::State::Declined) {
        return fail(ErrorCode::InvalidArgument, CoreTr::tr("A new connection is pending or accepted."));
    }
    Connection connection {QUuid::createUuid(), clientId, professionalId, m_store.clock().now(), {}, state, {}};
    connection.updatedAt = connection.createdAt;
    auto insert = StoreAccess::database(m_store).cached(
        QStringLiteral("INSERT INTO connections (id, client_id, professional_id, "
                       "created_at, updated_at, state) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"));
    if (!insert) {
        return tl::unexpected(insert.error());
    }
    insert->bind(1, connection.id)
        .bind(2, clientId)
        .bind(3, professionalId)
        .bind(4, connection.createdAt)
        .bind(5, connection.updatedAt)
        .bind(6, connectionStateName(state));
    if (auto ran = insert->run(); !ran) {
        if (ran.error().code == ErrorCode::AlreadyExists) {
            return fail(ErrorCode::AlreadyExists, CoreTr::tr("These two are already connected."));
        }
        return tl::unexpected(ran.error());
    }
    StoreAccess::changed(m_store, StoreChange(StoreChange::Kind::Connections, {clientId, professionalId}));
    return connection;
}

Result<void> ConnectionRepository::disconnect(const QUuid& clientId, const QUuid& professionalId)
{
    auto remove = StoreAccess::database(m_store).cached(
        QStringLiteral("DELETE FROM connections WHERE client_id = ?1 AND professional_id = ?2"));
    if (!remove) {
        return tl::unexpected(remove.error());
    }
    remove->bind(1, clientId).bind(2, professionalId);
    RAPPORT_TRY(remove->run());
    if (StoreAccess::database(m_store).changes() == 0) {
        return fail(ErrorCode::NotFound, CoreTr::tr("These two are not connected."));
    }
    StoreAccess::changed(m_store, StoreChange(StoreChange::Kind::Connections, {clientId, professionalId}));
    return {};
}

Result<std::optional<ConnectionDecision>>
ConnectionRepository::decide(const QUuid& connectionId, const QUuid& clientId, bool accept)
{
    auto transaction = Transaction::begin(StoreAccess::database(m_store));
    if (!transaction) {
        return tl::unexpected(transaction.error());
    }
    auto connection = byId(connectionId);
    if (!connection) {
        return tl::unexpected(connection.error());
    }
    if (connection->clientId != clientId) {
        return fail(ErrorCode::PermissionDenied, CoreTr::tr("Only the client answers a connection made for them."));
    }
    const Connection::State next = accept ? Connection::State::Accepted : Connection::State::Declined;
    if (connection->state == next) {
        return std::optional<ConnectionDecision>();
    }
    ConnectionDecision decision {
        QUuid::createUuid(), connectionId, clientId, connection->professionalId, accept, m_store.clock().now()};
    Database& db = StoreAccess::database(m_store);
    auto update = db.cached(
        QStringLiteral("UPDATE connections SET state = ?2, decided_at = ?3, updated_at = ?3 WHERE id = ?1"));
    if (!update) {
        return tl::unexpected(update.error());
    }
    update->bind(1, connectionId).bind(2, connectionStateName(next)).bind(3, decision.at);
    RAPPORT_TRY(update->run());
    auto log = db.cached(QStringLiteral(
        "INSERT INTO connection_decisions (id, connection_id, client_id, professional_id, decision, decided_at, "
        "created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6, ?6)"));
    if (!log) {
        return tl::unexpected(log.error());
    }
    log->bind(1, decision.id)
        .bind(2, connectionId)
        .bind(3, clientId)
        .bind(4, decision.professionalId)
        .bind(5, connectionStateName(next))
        .bind(6, decision.at);
    RAPPORT_TRY(log->run());
    RAPPORT_TRY(transaction->commit());
    StoreAccess::changed(m_store, StoreChange(StoreChange::Kind::Connections, {clientId, decision.professionalId}));
    return std::optional<ConnectionDecision>(decision);
}

Result<QList<Connection>> ConnectionRepository::forClient(const QUuid& clientId)
{
    return select(QStringLiteral("client_id = ?1"), clientId);
}

Result<QList<Connection>> ConnectionRepository::forProfessional(const QUuid& professionalId)
{
    return select(QStringLiteral("professional_id = ?1 AND state = 'accepted'"), professionalId);
}

Result<Connection> ConnectionRepository::byId(const QUuid& connectionId)
{
    auto found = select(QStringLiteral("id = ?1"), connectionId);
    if (!found) {
        return tl::unexpected(found.error());
    }
    if (found->isEmpty()) {
        return fail(ErrorCode::NotFound, CoreTr::tr("There is no such connection."));
    }
    return found->constFirst();
}

Result<QList<ConnectionDecision>> ConnectionRepository::decisions(const QUuid& clientId)
{
    auto select = StoreAccess::database(m_store).cached(
        QStringLiteral("SELECT id, connection_id, client_id, professional_id, decision, decided_at FROM "
                       "connection_decisions WHERE client_id = ?1 ORDER BY decided_at, rowid"));
    if (!select) {
        return tl::unexpected(select.error());
    }
    select->bind(1, clientId);
    QList<ConnectionDecision> decisions;
    for (;;) {
        auto stepped = select->step();
        if (!stepped) {
            return tl::unexpected(stepped.error());
        }
        if (*stepped == StepResult::Done) {
            return decisions;
        }
        decisions.append({select->uuid(0),
                          select->uuid(1),
                          select->uuid(2),
                          select->uuid(3),
                          select->text(4) == QStringLiteral("accepted"),
                          select->time(5)});
    }
}

Result<std::optional<Connection>> ConnectionRepository::find(const QUuid& clientId, const QUuid& professionalId)
{
    auto connections = forClient(clientId);
    if (!connections) {
        return tl::unexpected(connections.error());
    }
    for (const Connection& connection : std::as_const(*connections)) {
        if (connection.professionalId == professionalId) {
            return connection;
        }
    }
    return std::nullopt;
}

Result<QList<Connection>> ConnectionRepository::select(const QString& where, const QUuid& id)
{
    auto select = StoreAccess::database(m_store).cached(
        QStringLiteral("SELECT %1 FROM connections WHERE %2 ORDER BY created_at, id")
            .arg(QString::fromLatin1(ConnectionColumns), where));
    if (!select) {
        return tl::unexpected(select.error());
    }
    select->bind(1, id);
    QList<Connection> connections;
    for (;;) {
        auto stepped = select->step();
        if (!stepped) {
            return tl::unexpected(stepped.error());
        }
        if (*stepped == StepResult::Done) {
            return connections;
        }
        connections.append(connectionAt(*select));
    }
}

} // namespace rapport
