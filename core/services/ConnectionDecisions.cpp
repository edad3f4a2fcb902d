#include "ConnectionDecisions.h"

#include "common/CoreTr.h"
#include "store/ConnectionRepository.h"
#include "store/PersonRepository.h"
#include "store/Store.h"

#include <algorithm>

namespace rapport {
namespace {

Result<Person> clientOf(Store& store, const QUuid& clientId)
{
    auto client = store.people().find(clientId);
    if (!client) {
        return tl::unexpected(client.error());
    }
    if (client->role != Role::Client) {
        return fail(ErrorCode::InvalidArgument, CoreTr::tr("Only clients answer connections."));
    }
    return *client;
}

} // namespace

ConnectionDecisions::ConnectionDecisions(Store& store)
    : m_store(store)
{
}

Result<QList<ClientConnection>> ConnectionDecisions::list(const QUuid& clientId)
{
    RAPPORT_TRY(clientOf(m_store, clientId));
    auto connections = m_store.connections().forClient(clientId);
    if (!connections) {
        return tl::unexpected(connections.error());
    }
    QList<ClientConnection> listed;
    for (const Connection& connection : std::as_const(*connections)) {
        auto professional = m_store.people().find(connection.professionalId);
        if (!professional) {
            return tl::unexpected(professional.error());
        }
        listed.append({connection, *professional});
    }
    std::stable_sort(listed.begin(), listed.end(), [](const ClientConnection& a, const ClientConnection& b) {
        const bool aPending = a.connection.state == Connection::State::Pending;
        const bool bPending = b.connection.state == Connection::State::Pending;
        if (aPending != bPending) {
            return aPending;
        }
        return a.professional.name.localeAwareCompare(b.professional.name) < 0;
    });
    return listed;
}

Result<void> ConnectionDecisions::answer(const QUuid& clientId, const QUuid& connectionId, bool accept)
{
    RAPPORT_TRY(clientOf(m_store, clientId));
    auto decided = m_store.connections().decide(connectionId, clientId, accept);
    if (!decided) {
        return tl::unexpected(decided.error());
    }
    return {};
}

Result<QList<ConnectionDecision>> ConnectionDecisions::decisions(const QUuid& clientId)
{
    return m_store.connections().decisions(clientId);
}

Result<int> ConnectionDecisions::acceptAllPending(const QUuid& clientId)
{
    RAPPORT_TRY(clientOf(m_store, clientId));
    int accepted = 0;
    auto done = m_store.transaction([&]() -> Result<void> {
        auto connections = m_store.connections().forClient(clientId);
        if (!connections) {
            return tl::unexpected(connections.error());
        }
        for (const Connection& connection : std::as_const(*connections)) {
            if (connection.state != Connection::State::Pending) {
                continue;
            }
            RAPPORT_TRY(m_store.connections().decide(connection.id, clientId, true));
            ++accepted;
        }
        return {};
    });
    if (!done) {
        return tl::unexpected(done.error());
    }
    return accepted;
}

} // namespace rapport
