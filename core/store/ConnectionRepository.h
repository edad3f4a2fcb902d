#pragma once

#include "common/Error.h"
#include "domain/Connection.h"

#include <QList>

#include <optional>

namespace rapport {

class Store;

/** Which professionals each client works with, and the client's answers to connections made for them. */
class ConnectionRepository
{
public:
    explicit ConnectionRepository(Store& store);

    /**
     * Connects a client with a professional (checks both roles); connecting twice gives AlreadyExists. `state` is
     * Accepted only when the client makes the connection themselves; anyone else makes it Pending.
     */
    [[nodiscard]] Result<Connection>
    connect(const QUuid& clientId, const QUuid& professionalId, Connection::State state);
    /** Ends a connection. The client's alliance submissions for that professional stay with the client. */
    [[nodiscard]] Result<void> disconnect(const QUuid& clientId, const QUuid& professionalId);
    /**
     * The client's answer to a connection: sets its state and appends the decision to the client's log, in one
     * transaction. Answering as it already stands changes nothing and returns nothing.
     */
    [[nodiscard]] Result<std::optional<ConnectionDecision>>
    decide(const QUuid& connectionId, const QUuid& clientId, bool accept);
    /** Every connection of the client, whatever its state (the client answers the pending ones). */
    [[nodiscard]] Result<QList<Connection>> forClient(const QUuid& clientId);
    /** The professional's accepted connections only: of a pending or declined one they see nothing. */
    [[nodiscard]] Result<QList<Connection>> forProfessional(const QUuid& professionalId);
    /** The connection between the two in any state, or nothing when there is none. */
    [[nodiscard]] Result<std::optional<Connection>> find(const QUuid& clientId, const QUuid& professionalId);
    /** The connection with that id, or NotFound. */
    [[nodiscard]] Result<Connection> byId(const QUuid& connectionId);
    /** The client's answers to connections, oldest first. */
    [[nodiscard]] Result<QList<ConnectionDecision>> decisions(const QUuid& clientId);

private:
    [[nodiscard]] Result<QList<Connection>> select(const QString& where, const QUuid& id);
    Store& m_store;
};

} // namespace rapport
