#include "Preferences.h"

#include "common/CoreTr.h"
#include "store/SettingsRepository.h"
#include "store/Store.h"

namespace rapport {

namespace {

const QString AutoLockKey = QStringLiteral("ui.autoLockMinutes");
const QString CheckInReminderKey = QStringLiteral("ui.checkInReminderDays");

} // namespace

QList<std::chrono::minutes> Preferences::autoLockChoices()
{
    using std::chrono::minutes;
    return {minutes(0), minutes(5), minutes(10), minutes(15), minutes(30), minutes(60)};
}

Result<Preferences> Preferences::load(Store& store)
{
    Preferences preferences;
    auto autoLock = store.settings().value(AutoLockKey);
    if (!autoLock) {
        return tl::unexpected(autoLock.error());
    }
    auto reminder = store.settings().value(CheckInReminderKey);
    if (!reminder) {
        return tl::unexpected(reminder.error());
    }
    bool ok = false;
    const int minutes = autoLock->toInt(&ok);
    if (ok && autoLockChoices().contains(std::chrono::minutes(minutes))) {
        preferences.autoLock = std::chrono::minutes(minutes);
    }
    const int days = reminder->toInt(&ok);
    if (ok && days >= MinCheckInReminderDays && days <= MaxCheckInReminderDays) {
        preferences.checkInReminderDays = days;
    }
    return preferences;
}

Result<void> Preferences::save(Store& store) const
{
    if (!autoLockChoices().contains(autoLock)) {
        return fail(ErrorCode::OutOfRange, CoreTr::tr("Rapport can lock itself after 5, 10, 15, 30 or 60 minutes, "
                                                    "or not at all."));
    }
    if (checkInReminderDays < MinCheckInReminderDays || checkInReminderDays > MaxCheckInReminderDays) {
        return fail(ErrorCode::OutOfRange, CoreTr::tr("The check-in reminder must be between %1 and %2 days.")
                                               .arg(MinCheckInReminderDays)
                                               .arg(MaxCheckInReminderDays));
    }
    return store.transaction([&]() -> Result<void> {
        RAPPORT_TRY(store.settings().setValue(AutoLockKey, QString::number(autoLock.count())));
        return store.settings().setValue(CheckInReminderKey, QString::number(checkInReminderDays));
    });
}

} // namespace rapport
