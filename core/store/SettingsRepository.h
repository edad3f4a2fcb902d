#pragma once

#include "common/Error.h"

#include <QString>

namespace rapport {

class Store;

/** Small named settings kept inside the encrypted store (organisation interval, k, schedules...). */
class SettingsRepository
{
public:
    explicit SettingsRepository(Store& store);

    /** The value, or `fallback` when the setting was never written. */
    [[nodiscard]] Result<QString> value(const QString& key, const QString& fallback = QString());
    [[nodiscard]] Result<void> setValue(const QString& key, const QString& value);

private:
    Store& m_store;
};

} // namespace rapport
