#include "ConnectionRepository.h"

#include "Database.h"
#include "PersonRepository.h"
#include "Store.h"
#include "common/CoreTr.h"

namespace rapport {

ConnectionRepository::ConnectionRepository(Store& store)
    : m_store(store)
{
}

Result<Connection> ConnectionRepository::connect(const QUuid& clientId, const QUuid& professionalId)
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
    Connection connection{QUuid::createUuid(), clientId, professionalId, m_store.clock().now(), {}};
    connection.updatedAt = connection.createdAt;
    auto insert = m_store.database().cached(QStringLiteral(
        "INSERT INTO connections (id, client_id, professional_id, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5)"));
    if (!insert) {
        return tl::unexpected(insert.error());
    }
    insert->bind(1, connection.id)
        .bind(2, clientId)
        .bind(3, professionalId)
        .bind(4, connection.createdAt)
        .bind(5, connection.updatedAt);
    if (auto ran = insert->run(); !ran) {
        if (ran.error().code == ErrorCode::AlreadyExists) {
            return fail(ErrorCode::AlreadyExists, CoreTr::tr("These two are already connected."));
        }
        return tl::unexpected(ran.error());
    }
    m_store.notifyChanged();
    return connection;
}

Result<void> ConnectionRepository::disconnect(const QUuid& clientId, const QUuid& professionalId)
{
    auto remove = m_store.database().cached(
        QStringLiteral("DELETE FROM connections WHERE client_id = ?1 AND professional_id = ?2"));
    if (!remove) {
        return tl::unexpected(remove.error());
    }
    remove->bind(1, clientId).bind(2, professionalId);
    RAPPORT_TRY(remove->run());
    if (m_store.database().changes() == 0) {
        return fail(ErrorCode::NotFound, CoreTr::tr("These two are not connected."));
    }
    m_store.notifyChanged();
    return {};
}

Result<QList<Connection>> ConnectionRepository::forClient(const QUuid& clientId)
{
    return select(QStringLiteral("client_id"), clientId);
}

Result<QList<Connection>> ConnectionRepository::forProfessional(const QUuid& professionalId)
{
    return select(QStringLiteral("professional_id"), professionalId);
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

Result<QList<Connection>> ConnectionRepository::select(const QString& column, const QUuid& id)
{
    auto select = m_store.database().cached(
        QStringLiteral("SELECT id, client_id, professional_id, created_at, updated_at FROM connections WHERE %1 = ?1 "
                       "ORDER BY created_at, id")
            .arg(column));
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
        connections.append({select->uuid(0), select->uuid(1), select->uuid(2), select->time(3), select->time(4)});
    }
}

} // namespace rapport
