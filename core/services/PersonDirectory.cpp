#include "PersonDirectory.h"

#include "store/PersonRepository.h"
#include "store/Store.h"

namespace rapport {

PersonDirectory::PersonDirectory(Store& store)
    : m_store(store)
{
}

Result<QList<Person>> PersonDirectory::list(std::optional<Role> role)
{
    return m_store.people().list(role);
}

Result<Person> PersonDirectory::find(const QUuid& id)
{
    return m_store.people().find(id);
}

Result<qint64> PersonDirectory::count(std::optional<Role> role)
{
    return m_store.people().count(role);
}

} // namespace rapport
