#include "Preferences.h"

#include "common/CoreTr.h"
#include "store/SettingsRepository.h"
#include "store/Store.h"

#include <optional>

namespace rapport {

namespace {

const QString AutoLockKey = QStringLiteral("ui.autoLockMinutes");
const QString CheckInReminderKey = QStringLiteral("ui.checkInReminderDays");
const QString QuietFromKey = QStringLiteral("ui.quietHoursFrom");
const QString QuietUntilKey = QStringLiteral("ui.quietHoursUntil");

/** A whole hour "HH:00", or nothing. */
std::optional<QTime> wholeHour(const QString& text)
{
    const QTime time = QTime::fromString(text, QStringLiteral("HH:mm"));
    if (!time.isValid() || time.minute() != 0) {
        return std::nullopt;
    }
    return time;
}

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
    auto quietFrom = store.settings().value(QuietFromKey);
    auto quietUntil = store.settings().value(QuietUntilKey);
    if (!quietFrom || !quietUntil) {
        return tl::unexpected(!quietFrom ? quietFrom.error() : quietUntil.error());
    }
    if (auto from = wholeHour(*quietFrom), until = wholeHour(*quietUntil); from && until) {
        preferences.quietFrom = *from;
        preferences.quietUntil = *until;
    }
    return preferences;
}

Result<void> Preferences::save(Store& store) const
{
    if (!autoLockChoices().contains(autoLock)) {
        return fail(ErrorCode::OutOfRange,
                    CoreTr::tr("Rapport can lock itself after 5, 10, 15, 30 or 60 minutes, "
                               "or not at all."));
    }
    if (checkInReminderDays < MinCheckInReminderDays || checkInReminderDays > MaxCheckInReminderDays) {
        return fail(ErrorCode::OutOfRange,
                    CoreTr::tr("The check-in reminder must be between %1 and %2 days.")
                        .arg(MinCheckInReminderDays)
                        .arg(MaxCheckInReminderDays));
    }
    if (!quietFrom.isValid() || !quietUntil.isValid() || quietFrom.minute() != 0 || quietUntil.minute() != 0) {
        return fail(ErrorCode::OutOfRange, CoreTr::tr("Quiet hours start and end on the hour."));
    }
    return store.transaction([&]() -> Result<void> {
        RAPPORT_TRY(store.settings().setValue(AutoLockKey, QString::number(autoLock.count())));
        RAPPORT_TRY(store.settings().setValue(CheckInReminderKey, QString::number(checkInReminderDays)));
        RAPPORT_TRY(store.settings().setValue(QuietFromKey, quietFrom.toString(QStringLiteral("HH:mm"))));
        return store.settings().setValue(QuietUntilKey, quietUntil.toString(QStringLiteral("HH:mm")));
    });
}

} // namespace rapport
