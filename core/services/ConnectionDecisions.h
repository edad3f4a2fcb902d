#pragma once

#include "common/Error.h"
#include "domain/Connection.h"
#include "domain/Person.h"

#include <QList>

namespace rapport {

class Store;

/** One of a client's connections with the professional it joins them to, for *My professionals* and the CLI. */
struct ClientConnection
{
    Connection connection;
    Person professional;
};

/**
 * A client answering the connections made for them. A pending connection shares nothing until the client accepts
 * it; declining keeps the professional out (and can be undone by accepting later). Every answer is recorded in the
 * client's sharing history. The *My professionals* dialog and `rapport-cli connections` both answer through here.
 */
class ConnectionDecisions
{
public:
    explicit ConnectionDecisions(Store& store);

    /** The client's connections, pending first, then by the professional's name. */
    [[nodiscard]] Result<QList<ClientConnection>> list(const QUuid& clientId);
    /** Accepts or declines one connection of the client's; NotFound for an unknown id, PermissionDenied for another
     *  client's. Answering as it already stands changes nothing. */
    [[nodiscard]] Result<void> answer(const QUuid& clientId, const QUuid& connectionId, bool accept);
    /** The client's answers so far, oldest first (for the sharing history). */
    [[nodiscard]] Result<QList<ConnectionDecision>> decisions(const QUuid& clientId);
    /** Accepts every pending connection of the client's in one transaction; returns how many. */
    [[nodiscard]] Result<int> acceptAllPending(const QUuid& clientId);

private:
    Store& m_store;
};

} // namespace rapport
