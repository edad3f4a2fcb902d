#pragma once

#include "store/Store.h"

namespace rapport {

/**
 * The store's internals for the code that is the store: its repositories (core/store) and the backup code
 * (core/backup), which copies the encrypted file with the key. Nothing else includes this header (checked by the
 * store_keeps_its_internals test); services, screens and commands go through the repositories and
 * Store::transaction / Store::bulkLoad.
 */
class StoreAccess
{
public:
    [[nodiscard]] static Database& database(Store& store) { return store.database(); }
    [[nodiscard]] static const SecureBytes& key(const Store& store) { return store.key(); }
    /** After a repository's committed write: what it changed (reported now, or when the open transaction commits). */
    static void changed(Store& store, const StoreChange& change) { store.recordChange(change); }
};

} // namespace rapport
