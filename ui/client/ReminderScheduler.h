#pragma once

#include "services/ReminderPlanner.h"

#include <QObject>
#include <QTimer>
#include <QUuid>

#include <optional>

namespace rapport {
class Store;
}

namespace rapport::ui {

class DesktopNotifier;

/**
 * While a client's dashboard is open (the window may be hidden or minimised), shows the next reminder the planner
 * allows as a desktop notification at its time, and remembers that it did (the same "at most once a day" the
 * dashboard's banner keeps). *Later* puts the next one off for a few hours. With a due file (setDueFile), every plan
 * also writes when the next check-in is due and the quiet hours outside the store (ReminderDueFile), so a locked
 * Rapport in the tray (TrayController) can remind too; a reminder shown there counts here as the day's one.
 */
class ReminderScheduler : public QObject
{
    Q_OBJECT

public:
    ReminderScheduler(Store& store, const QUuid& clientId, DesktopNotifier& notifier, QObject* parent = nullptr);

    /** The hours without notifications (Preferences). */
    void setQuietHours(const QTime& from, const QTime& until);
    /** Where to keep the due time for a locked Rapport (ReminderDueFile); empty (the default): nowhere. */
    void setDueFile(const QString& path);
    /** Plans anew from what the dashboard knows (called after every reload). */
    void plan(const QDateTime& lastCheckIn, int pendingRequests, int checkInIntervalDays);
    /** The reminder waiting for its time, if any (tests, screenshots). */
    [[nodiscard]] std::optional<ReminderPlanner::Reminder> planned() const { return m_planned; }
    /** Shows the planned reminder now if its time has come; true when one was shown (the timer's slot; tests). */
    bool fireIfDue();

private:
    void snooze();
    [[nodiscard]] ReminderPlanner::State state() const;
    /** Writes the next check-in's due time (or removes the file when none is due). */
    void writeDueFile(const QDateTime& remindedAt = QDateTime());

    Store& m_store;
    QUuid m_clientId;
    DesktopNotifier& m_notifier;
    QTimer m_timer;
    ReminderPlanner::Rules m_rules;
    QDateTime m_lastCheckIn;
    int m_pendingRequests = 0;
    QDateTime m_snoozedUntil;
    QString m_dueFile;
    std::optional<ReminderPlanner::Reminder> m_planned;
};

} // namespace rapport::ui
