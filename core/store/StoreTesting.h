#pragma once

#include "store/Store.h"

#include <memory>

namespace rapport {

/**
 * Hooks into the store for rapport-bench and the tests only (nothing in the application includes this header;
 * checked by the store_keeps_its_internals test): opening with the raw key, the sqlcipher shell's preamble, and the
 * SQL connection for assertions on the schema and for fault injection.
 */
class StoreTesting
{
public:
    /**
     * Opens an existing store with its raw 32-byte database key instead of a passphrase, skipping key derivation
     * (benchmarks time everything after it). The key must match the key file's check value (WrongPassphrase
     * otherwise), so it opens nothing the passphrase would not.
     */
    [[nodiscard]] static Result<std::unique_ptr<Store>>
    openWithKey(const QString& path, const SecureBytes& key, StoreOptions options = {})
    {
        return Store::openWithKey(path, key, std::move(options));
    }
    /**
     * The statements that make the `sqlcipher` shell read this store's file as Rapport does (raw key, pinned cipher
     * settings, cache and temporary-storage pragmas), then read its first page: the engine's own floor for the HR
     * aggregates. It holds the key: wipe it after use, never write it to disk.
     */
    [[nodiscard]] static QByteArray shellPreamble(const Store& store) { return store.shellPreamble(); }
    [[nodiscard]] static Database& database(Store& store) { return store.database(); }
    [[nodiscard]] static const SecureBytes& key(const Store& store) { return store.key(); }
};

} // namespace rapport
