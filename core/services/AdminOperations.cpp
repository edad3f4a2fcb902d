#include "AdminOperations.h"

#include "store/ConnectionRepository.h"
#include "store/PersonRepository.h"
#include "store/Store.h"

namespace rapport {

AdminOperations::AdminOperations(Store& store)
    : m_store(store)
{
}

Result<Person> AdminOperations::addPerson(const QString& name, Role role, const QString& team)
{
    return m_store.people().add(name, role, team);
}

Result<Connection> AdminOperations::connect(const QUuid& clientId, const QUuid& professionalId)
{
    return m_store.connections().connect(clientId, professionalId, Connection::State::Pending);
}

} // namespace rapport
