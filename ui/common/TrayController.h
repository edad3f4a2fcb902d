#pragma once

#include "common/Clock.h"
#include "services/ReminderPlanner.h"

#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace rapport::ui {

class DesktopNotifier;

/**
 * Rapport's icon in the system tray, with its menu (*Open Rapport*, *Check in now*, *Quit*), and the reminders of a
 * locked Rapport: while no store is open (started at login with `--tray`, or locked), the next check-in's due time
 * and the quiet hours are read from the ReminderDueFile outside the store and the reminder is shown at the time the
 * ReminderPlanner allows, through the desktop's notifications (DesktopNotifier, which falls back to this icon's
 * message). Nothing else is known while locked: no name, no score, no waiting request. The icon is also the fallback
 * for DesktopNotifier where no notification service answers.
 */
class TrayController : public QObject
{
    Q_OBJECT

public:
    /** `dueFile`: the ReminderDueFile's path (empty: no reminders while locked). */
    explicit TrayController(QString dueFile, Clock clock = Clock(), QObject* parent = nullptr);
    ~TrayController() override;

    /** Whether the desktop has a tray to put the icon in. */
    [[nodiscard]] static bool trayAvailable();
    /** Puts the icon in the tray (where there is one). */
    void show();
    [[nodiscard]] QMenu* menu() const { return m_menu.get(); }
    [[nodiscard]] QSystemTrayIcon* icon() const { return m_icon; }
    [[nodiscard]] DesktopNotifier* notifier() const { return m_notifier; }

    /** Locked (true): reminders come from the due file; unlocked: the open dashboard reminds, this stays quiet. */
    void setLocked(bool locked);
    [[nodiscard]] bool isLocked() const { return m_locked; }
    /** The reminder planned while locked, if any (tests). */
    [[nodiscard]] std::optional<ReminderPlanner::Reminder> planned() const { return m_planned; }
    /** Plans the next locked reminder from the due file (again). */
    void plan();
    /** Shows the planned reminder if its time has come and records it in the due file; true when shown. */
    bool fireIfDue();

Q_SIGNALS:
    void openRequested();
    void checkInRequested();
    void quitRequested();

private:
    void snooze();
    void retranslate();

    QString m_dueFile;
    Clock m_clock;
    std::unique_ptr<QMenu> m_menu; // a QMenu has no QWidget parent here
    QSystemTrayIcon* m_icon = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_checkInAction = nullptr;
    QAction* m_quitAction = nullptr;
    DesktopNotifier* m_notifier = nullptr;
    QTimer m_timer;
    bool m_locked = true;
    std::optional<ReminderPlanner::Reminder> m_planned;
};

} // namespace rapport::ui
