#pragma once

#include "common/Error.h"
#include "domain/HubBinding.h"
#include "domain/Person.h"

#include <optional>

namespace rapport {

class Store;

/** Which hub person this store belongs to, and when it last synced. A store joins at most one person. */
class HubBindingRepository
{
public:
    explicit HubBindingRepository(Store& store);

    /** The binding, or nothing for a local-only store. */
    [[nodiscard]] Result<std::optional<HubBinding>> binding();
    /**
     * Binds the store to `binding.personId` and records `self` (as the hub knows them) as a person of this store,
     * with sharing off for a client until the hub says otherwise. Joining the same person again updates the URL;
     * a store bound to someone else refuses (AlreadyExists), as does a store holding that id with another role.
     */
    [[nodiscard]] Result<HubBinding> bind(const HubBinding& binding, const Person& self);
    /** Records a successful sync at `at`. */
    [[nodiscard]] Result<void> recordSync(const QDateTime& at);

private:
    Store& m_store;
};

} // namespace rapport
