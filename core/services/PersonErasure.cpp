#include "PersonErasure.h"

#include "ClientReminders.h"
#include "store/Database.h"
#include "store/PersonRepository.h"
#include "store/Store.h"

namespace rapport {

PersonErasure::PersonErasure(Store& store)
    : m_store(store)
{
}

Result<void> PersonErasure::erase(const QUuid& personId)
{
    auto transaction = Transaction::begin(m_store.database());
    if (!transaction) {
        return tl::unexpected(transaction.error());
    }
    RAPPORT_TRY(ClientReminders::forget(m_store, personId));
    RAPPORT_TRY(m_store.people().erase(personId));
    return transaction->commit();
}

} // namespace rapport
