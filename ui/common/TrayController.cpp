#include "TrayController.h"

#include "DesktopNotifier.h"
#include "Icons.h"
#include "services/ReminderDueFile.h"

#include <QAction>
#include <QMenu>
#include <QSystemTrayIcon>

#include <algorithm>

namespace rapport::ui {
namespace {

// Planned again at least this often, so a suspended laptop or a changed clock does not leave a stale timer behind.
constexpr qint64 LongestWaitMs = 15 * 60 * 1000;

} // namespace

TrayController::TrayController(QString dueFile, Clock clock, QObject* parent)
    : QObject(parent)
    , m_dueFile(std::move(dueFile))
    , m_clock(std::move(clock))
    , m_menu(std::make_unique<QMenu>())
{
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    m_openAction = m_menu->addAction(QString());
    m_openAction->setObjectName(QStringLiteral("trayOpenAction"));
    m_checkInAction = m_menu->addAction(QString());
    m_checkInAction->setObjectName(QStringLiteral("trayCheckInAction"));
    m_menu->addSeparator();
    m_quitAction = m_menu->addAction(QString());
    m_quitAction->setObjectName(QStringLiteral("trayQuitAction"));
    connect(m_openAction, &QAction::triggered, this, &TrayController::openRequested);
    connect(m_checkInAction, &QAction::triggered, this, &TrayController::checkInRequested);
    connect(m_quitAction, &QAction::triggered, this, &TrayController::quitRequested);

    m_icon = new QSystemTrayIcon(Icons::application(), this);
    m_icon->setObjectName(QStringLiteral("trayIcon"));
    m_icon->setContextMenu(m_menu.get());
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick) {
            Q_EMIT openRequested();
        }
    });
    // Before the notifier, which connects to the icon's message clicks.
    DesktopNotifier::setFallbackTray(m_icon);
    m_notifier = new DesktopNotifier(this);
    connect(m_notifier, &DesktopNotifier::openRequested, this, &TrayController::openRequested);
    connect(m_notifier, &DesktopNotifier::checkInRequested, this, &TrayController::checkInRequested);
    connect(m_notifier, &DesktopNotifier::laterRequested, this, &TrayController::snooze);
    retranslate();

    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (!fireIfDue()) {
            plan();
        }
    });
}

TrayController::~TrayController()
{
    DesktopNotifier::setFallbackTray(nullptr);
}

bool TrayController::trayAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void TrayController::retranslate()
{
    m_openAction->setText(tr("Open Rapport"));
    m_checkInAction->setText(tr("Check in now"));
    m_quitAction->setText(tr("Quit"));
    m_icon->setToolTip(tr("Rapport"));
}

void TrayController::show()
{
    if (trayAvailable()) {
        m_icon->show();
    }
}

void TrayController::setLocked(bool locked)
{
    m_locked = locked;
    plan();
}

void TrayController::plan()
{
    m_timer.stop();
    m_planned.reset();
    if (!m_locked || m_dueFile.isEmpty()) {
        return;
    }
    const ReminderDueFile::Content known = ReminderDueFile(m_dueFile).read();
    ReminderPlanner::Rules rules;
    rules.quietFrom = known.quietFrom;
    rules.quietUntil = known.quietUntil;
    ReminderPlanner::State state;
    state.checkInDueAt = known.checkInDueAt;
    state.lastReminded = known.remindedAt;
    state.snoozedUntil = known.snoozedUntil;
    const QDateTime now = m_clock.now();
    m_planned = ReminderPlanner::next(rules, state, now);
    if (m_planned && !m_notifier->available()) {
        m_planned.reset();
    }
    if (m_planned) {
        m_timer.start(static_cast<int>(std::clamp<qint64>(now.msecsTo(m_planned->at), 0, LongestWaitMs)));
    }
}

bool TrayController::fireIfDue()
{
    if (!m_locked || !m_planned || m_clock.now() < m_planned->at) {
        return false;
    }
    if (!m_notifier->show(*m_planned)) {
        return false;
    }
    m_planned.reset();
    const ReminderDueFile file(m_dueFile);
    ReminderDueFile::Content content = file.read();
    content.remindedAt = m_clock.now();
    content.snoozedUntil = QDateTime();
    (void)file.write(content); // unwritten, the next plan may remind once more today: a nuisance, nothing lost
    plan();
    return true;
}

void TrayController::snooze()
{
    if (!m_locked) {
        return; // the open dashboard's scheduler has its own "Later"
    }
    const ReminderDueFile file(m_dueFile);
    ReminderDueFile::Content content = file.read();
    content.snoozedUntil = ReminderPlanner::snoozeUntil(m_clock.now());
    (void)file.write(content);
    plan();
}

} // namespace rapport::ui
