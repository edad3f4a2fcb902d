#pragma once

#include <QDateTime>
#include <QUuid>

#include <optional>

namespace rapport {

/**
 * A client working with a professional. Alliance surveys and share requests belong to a connection.
 *
 * Whoever makes a connection other than the client (an administrator, a hub, a scripted roll-out) makes it
 * pending: it shares nothing, and the professional sees nothing of the client, until the client accepts it.
 */
struct Connection
{
    enum class State
    {
        Pending, ///< made for the client; waiting for their answer
        Accepted, ///< the client works with this professional
        Declined, ///< the client said no; kept so the same pair is not offered again at every sync
    };

    QUuid id;
    QUuid clientId;
    QUuid professionalId;
    QDateTime createdAt;
    QDateTime updatedAt;
    State state = State::Accepted;
    QDateTime decidedAt; ///< when the client accepted or declined; null while pending (and for the client's own)

    [[nodiscard]] bool isAccepted() const { return state == State::Accepted; }

    friend bool operator==(const Connection&, const Connection&) = default;
};

/** A client's answer to a connection, for the sharing history (append-only, like the sharing audit log). */
struct ConnectionDecision
{
    QUuid id;
    QUuid connectionId;
    QUuid clientId;
    QUuid professionalId;
    bool accepted = false;
    QDateTime at;

    friend bool operator==(const ConnectionDecision&, const ConnectionDecision&) = default;
};

/** "pending", "accepted", "declined": the names in the store, on the hub and in the CLI's JSON. */
[[nodiscard]] QString connectionStateName(Connection::State state);
[[nodiscard]] std::optional<Connection::State> connectionStateFromName(const QString& name);

} // namespace rapport
