#pragma once

#include "common/Error.h"
#include "domain/Connection.h"

#include <QList>

#include <optional>

namespace rapport {

class Store;

/** Which professionals each client works with. */
class ConnectionRepository
{
public:
    explicit ConnectionRepository(Store& store);

    /** Connects a client with a professional (checks both roles); connecting twice gives AlreadyExists. */
    [[nodiscard]] Result<Connection> connect(const QUuid& clientId, const QUuid& professionalId);
    /** Ends a connection. The client's alliance submissions for that professional stay with the client. */
    [[nodiscard]] Result<void> disconnect(const QUuid& clientId, const QUuid& professionalId);
    [[nodiscard]] Result<QList<Connection>> forClient(const QUuid& clientId);
    [[nodiscard]] Result<QList<Connection>> forProfessional(const QUuid& professionalId);
    /** The connection between the two, or nothing when they are not connected. */
    [[nodiscard]] Result<std::optional<Connection>> find(const QUuid& clientId, const QUuid& professionalId);

private:
    [[nodiscard]] Result<QList<Connection>> select(const QString& where, const QUuid& id);
    Store& m_store;
};

} // namespace rapport
