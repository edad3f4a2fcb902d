#include "SharingChoices.h"

#include "store/SharingRepository.h"
#include "store/Store.h"

namespace rapport {

SharingChoices::SharingChoices(Store& store)
    : m_store(store)
{
}

Result<SharingState> SharingChoices::state(const QUuid& clientId)
{
    return m_store.sharing().state(clientId);
}

Result<std::optional<SharingChange>> SharingChoices::set(const QUuid& clientId, Metric metric, bool on)
{
    return m_store.sharing().set(clientId, metric, on, clientId);
}

Result<QList<SharingChange>> SharingChoices::log(const QUuid& clientId)
{
    return m_store.sharing().log(clientId);
}

} // namespace rapport
