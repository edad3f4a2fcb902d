#pragma once

#include "common/Error.h"

#include <QList>
#include <QTime>

#include <chrono>

namespace rapport {

class Store;

/**
 * The person-independent preferences of a Rapport store, kept in the encrypted store's settings: how long Rapport
 * waits before locking itself, and how often it reminds clients to do a Wellbeing check-in.
 */
struct Preferences
{
    static constexpr std::chrono::minutes DefaultAutoLock {10};
    static constexpr int DefaultCheckInReminderDays = 14;
    static constexpr int MinCheckInReminderDays = 1;
    static constexpr int MaxCheckInReminderDays = 90;

    /** Lock after this long without input; zero means never. */
    std::chrono::minutes autoLock = DefaultAutoLock;
    /** A Wellbeing check-in older than this many days is due again. */
    int checkInReminderDays = DefaultCheckInReminderDays;
    /** No desktop notification from `quietFrom` to `quietUntil` (local time, whole hours; equal: no quiet hours). */
    QTime quietFrom = QTime(21, 0);
    QTime quietUntil = QTime(8, 0);

    /** The auto-lock choices offered: off, 5, 10, 15, 30 and 60 minutes. */
    [[nodiscard]] static QList<std::chrono::minutes> autoLockChoices();

    /** The stored preferences; defaults for what was never set or is no longer valid. */
    [[nodiscard]] static Result<Preferences> load(Store& store);
    /** Stores every value in one transaction (Store::changed then tells open screens to pick them up). */
    [[nodiscard]] Result<void> save(Store& store) const;

    friend bool operator==(const Preferences&, const Preferences&) = default;
};

} // namespace rapport
