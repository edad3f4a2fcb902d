#include "SettingsRepository.h"

#include "Database.h"
#include "Store.h"
#include "StoreAccess.h"

namespace rapport {

SettingsRepository::SettingsRepository(Store& store)
    : m_store(store)
{
}

Result<QString> SettingsRepository::value(const QString& key, const QString& fallback)
{
    auto select = StoreAccess::database(m_store).cached(QStringLiteral("SELECT value FROM settings WHERE key = ?1"));
    if (!select) {
        return tl::unexpected(select.error());
    }
    select->bind(1, key);
    auto stepped = select->step();
    if (!stepped) {
        return tl::unexpected(stepped.error());
    }
    return *stepped == StepResult::Row ? select->text(0) : fallback;
}

Result<void> SettingsRepository::setValue(const QString& key, const QString& value)
{
    auto upsert = StoreAccess::database(m_store).cached(
        QStringLiteral("INSERT OR REPLACE INTO settings (key, value, created_at, updated_at) VALUES (?1, ?2, "
                       "coalesce((SELECT created_at FROM settings WHERE key = ?1), ?3), ?3)"));
    if (!upsert) {
        return tl::unexpected(upsert.error());
    }
    upsert->bind(1, key).bind(2, value).bind(3, m_store.clock().now());
    RAPPORT_TRY(upsert->run());
    StoreAccess::changed(m_store, StoreChange(StoreChange::Kind::Settings, {}));
    return {};
}

} // namespace rapport
