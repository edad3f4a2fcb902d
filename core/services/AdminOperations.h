#pragma once

#include "common/Error.h"
#include "domain/Connection.h"
#include "domain/Person.h"

namespace rapport {

class Store;

/**
 * What an administrator does to the people of a store: add a person, and connect a client with a professional. A
 * connection the administrator makes is pending: it shares nothing until the client accepts it
 * (ConnectionDecisions). Erasing a person is PersonErasure's.
 */
class AdminOperations
{
public:
    explicit AdminOperations(Store& store);

    [[nodiscard]] Result<Person> addPerson(const QString& name, Role role, const QString& team = QString());
    [[nodiscard]] Result<Connection> connect(const QUuid& clientId, const QUuid& professionalId);

private:
    Store& m_store;
};

} // namespace rapport
