#include "Connection.h"

namespace rapport {

QString connectionStateName(Connection::State state)
{
    switch (state) {
    case Connection::State::Pending:
        return QStringLiteral("pending");
    case Connection::State::Accepted:
        return QStringLiteral("accepted");
    case Connection::State::Declined:
        return QStringLiteral("declined");
    }
    return {};
}

std::optional<Connection::State> connectionStateFromName(const QString& name)
{
    for (auto state : {Connection::State::Pending, Connection::State::Accepted, Connection::State::Declined}) {
        if (connectionStateName(state) == name) {
            return state;
        }
    }
    return std::nullopt;
}

} // namespace rapport
