#include "PersonErasure.h"

#include "ClientReminders.h"
#include "store/PersonRepository.h"
#include "store/Store.h"

namespace rapport {

PersonErasure::PersonErasure(Store& store)
    : m_store(store)
{
}

Result<void> PersonErasure::erase(const QUuid& personId)
{
    return m_store.transaction([&]() -> Result<void> {
        RAPPORT_TRY(ClientReminders::forget(m_store, personId));
        return m_store.people().erase(personId);
    });
}

} // namespace rapport
