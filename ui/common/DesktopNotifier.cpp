#include "DesktopNotifier.h"

#ifdef RAPPORT_HAVE_DBUS
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#endif

#include <QGuiApplication>
#include <QSystemTrayIcon>
#include <QVariantMap>

#include <utility>

namespace rapport::ui {
namespace {

const QString Service = QStringLiteral("org.freedesktop.Notifications");
const QString Path = QStringLiteral("/org/freedesktop/Notifications");
const QString Interface = QStringLiteral("org.freedesktop.Notifications");
const QString CheckInAction = QStringLiteral("check-in");
const QString LaterAction = QStringLiteral("later");
const QString OpenAction = QStringLiteral("default"); // the spec's name for clicking the notification itself

QPointer<QSystemTrayIcon>& theFallbackTray()
{
    static QPointer<QSystemTrayIcon> tray;
    return tray;
}

} // namespace

void DesktopNotifier::setFallbackTray(QSystemTrayIcon* tray)
{
    theFallbackTray() = tray;
}

QSystemTrayIcon* DesktopNotifier::fallbackTray() const
{
    QSystemTrayIcon* tray = theFallbackTray().data();
    return m_enabled && tray && tray->isVisible() && QSystemTrayIcon::supportsMessages() ? tray : nullptr;
}

DesktopNotifier::DesktopNotifier(QObject* parent)
    : QObject(parent)
{
    m_enabled = QGuiApplication::platformName() != QStringLiteral("offscreen")
        || qEnvironmentVariable("RAPPORT_TEST_NOTIFICATIONS") == QStringLiteral("1");
    if (!m_enabled) {
        return;
    }
    if (QSystemTrayIcon* tray = theFallbackTray().data()) {
        connect(tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (std::exchange(m_shownInTray, false)) {
                Q_EMIT openRequested();
            }
        });
    }
#ifdef RAPPORT_HAVE_DBUS
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (bus.isConnected()) {
        bus.connect(
            Service, Path, Interface, QStringLiteral("ActionInvoked"), this, SLOT(onActionInvoked(uint, QString)));
    }
#endif
}

DesktopNotifier::~DesktopNotifier() = default;

bool DesktopNotifier::available() const
{
    return serviceAvailable() || fallbackTray() != nullptr;
}

bool DesktopNotifier::serviceAvailable() const
{
#ifdef RAPPORT_HAVE_DBUS
    if (!m_enabled) {
        return false;
    }
    QDBusConnection bus = QDBusConnection::sessionBus();
    return bus.isConnected() && bus.interface() && bus.interface()->isServiceRegistered(Service).value();
#else
    return false;
#endif
}

bool DesktopNotifier::show(const ReminderPlanner::Reminder& reminder)
{
    if (!serviceAvailable()) {
        QSystemTrayIcon* tray = fallbackTray();
        if (!tray) {
            return false;
        }
        // A balloon has no buttons: clicking it opens Rapport; the tray's menu has "Check in now".
        tray->showMessage(reminder.title, reminder.body, QSystemTrayIcon::Information);
        m_shownInTray = true;
        return true;
    }
#ifdef RAPPORT_HAVE_DBUS
    QStringList actions;
    if (reminder.kind == ReminderPlanner::Kind::CheckInDue) {
        actions << CheckInAction << tr("Check in now") << LaterAction << tr("Later");
    }
    actions << OpenAction << tr("Open Rapport");
    QVariantMap hints;
    hints.insert(QStringLiteral("desktop-entry"), QStringLiteral("rapport"));
    hints.insert(QStringLiteral("category"), QStringLiteral("im.received"));
    QDBusMessage call = QDBusMessage::createMethodCall(Service, Path, Interface, QStringLiteral("Notify"));
    call << QStringLiteral("Rapport") << m_lastId << QStringLiteral("rapport") << reminder.title << reminder.body
         << actions << hints << int(-1);
    // Asynchronous: the GUI never waits for the desktop; the id arrives with the reply, before any action on it can.
    auto* watcher = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(call, 5000), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher* finished) {
        const QDBusPendingReply<uint> reply = *finished;
        if (!reply.isError()) {
            m_lastId = reply.value();
        }
        finished->deleteLater();
    });
    return QDBusConnection::sessionBus().isConnected();
#else
    return false;
#endif
}

void DesktopNotifier::onActionInvoked(uint id, const QString& action)
{
    if (id != m_lastId || m_lastId == 0) {
        return; // another application's notification
    }
    if (action == CheckInAction) {
        Q_EMIT checkInRequested();
    } else if (action == LaterAction) {
        Q_EMIT laterRequested();
    } else if (action == OpenAction) {
        Q_EMIT openRequested();
    }
}

} // namespace rapport::ui
