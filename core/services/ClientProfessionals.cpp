#include "ClientProfessionals.h"

#include "common/CoreTr.h"
#include "store/ConnectionRepository.h"
#include "store/PersonRepository.h"
#include "store/Store.h"

namespace rapport {

ClientProfessionals::ClientProfessionals(Store& store)
    : m_store(store)
{
}

Result<Person> ClientProfessionals::add(const QUuid& clientId, const QString& name)
{
    // One transaction: a professional nobody is connected with is never left behind.
    Person added;
    auto done = m_store.transaction([&]() -> Result<void> {
        auto person = m_store.people().add(name, Role::Professional);
        if (!person) {
            return tl::unexpected(person.error());
        }
        added = *person;
        RAPPORT_TRY(m_store.connections().connect(clientId, person->id, Connection::State::Accepted));
        return {};
    });
    if (!done) {
        return tl::unexpected(done.error());
    }
    return added;
}

Result<Person> ClientProfessionals::rename(const QUuid& clientId, const QUuid& professionalId, const QString& name)
{
    auto connection = m_store.connections().find(clientId, professionalId);
    if (!connection) {
        return tl::unexpected(connection.error());
    }
    if (!*connection) {
        return fail(ErrorCode::NotFound, CoreTr::tr("This professional is not one of yours."));
    }
    return m_store.people().rename(professionalId, name);
}

Result<void> ClientProfessionals::remove(const QUuid& clientId, const QUuid& professionalId)
{
    return m_store.connections().disconnect(clientId, professionalId);
}

} // namespace rapport
