#pragma once

#include "services/ReminderPlanner.h"

#include <QObject>
#include <QPointer>

class QSystemTrayIcon;

namespace rapport::ui {

/**
 * Shows Rapport's reminders through the desktop's own notification service. On Linux that is the freedesktop
 * notification spec over the session D-Bus (org.freedesktop.Notifications), with the actions the service offers:
 * *Check in now* and *Later* for a due check-in, *Open Rapport* for a waiting request. Where no such service runs
 * (no session bus, another platform), it falls back to the tray icon's balloon message (QSystemTrayIcon::showMessage,
 * clicking it opens Rapport) when TrayController put an icon in the tray; with neither, available() is false and
 * show() does nothing: the dashboard's own banners remain. The text is the planner's, which names nothing but
 * Rapport and the kind of reminder.
 */
class DesktopNotifier : public QObject
{
    Q_OBJECT

public:
    explicit DesktopNotifier(QObject* parent = nullptr);
    ~DesktopNotifier() override;

    /** The id the service gave Rapport's last notification; 0 before its answer arrives. */
    [[nodiscard]] uint lastNotificationId() const { return m_lastId; }
    /**
     * Whether a notification service answers on the session bus. Never offscreen (tests, screenshots, benchmarks
     * have no desktop to remind), unless RAPPORT_TEST_NOTIFICATIONS=1 asks for it (the notifier's own test).
     */
    [[nodiscard]] bool available() const;
    /**
     * The application's tray icon, for the fallback where no notification service answers (TrayController sets it;
     * null: none). One per application, as there is one icon in the tray.
     */
    static void setFallbackTray(QSystemTrayIcon* tray);
    /** Whether the freedesktop service answers (not just the tray's fallback). */
    [[nodiscard]] bool serviceAvailable() const;
    /** Sends `reminder` to the service now (replacing Rapport's previous notification); false when there is none. */
    bool show(const ReminderPlanner::Reminder& reminder);

Q_SIGNALS:
    void checkInRequested();
    void laterRequested();
    void openRequested();

private Q_SLOTS:
    void onActionInvoked(uint id, const QString& action);

private:
    [[nodiscard]] QSystemTrayIcon* fallbackTray() const;

    uint m_lastId = 0;
    bool m_enabled = false;
    bool m_shownInTray = false; ///< the tray's message is this notifier's (its click opens Rapport)
};

} // namespace rapport::ui
