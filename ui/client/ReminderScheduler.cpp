#include "ReminderScheduler.h"

#include "common/DesktopNotifier.h"
#include "services/ClientReminders.h"
#include "services/ReminderDueFile.h"
#include "store/Store.h"

#include <algorithm>

namespace rapport::ui {
namespace {

// Re-planned at least this often, so a suspended laptop or a changed clock does not leave a stale timer behind.
constexpr qint64 LongestWaitMs = 15 * 60 * 1000;

} // namespace

ReminderScheduler::ReminderScheduler(Store& store, const QUuid& clientId, DesktopNotifier& notifier, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_clientId(clientId)
    , m_notifier(notifier)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (fireIfDue()) {
            return;
        }
        if (m_planned && m_planned->at <= m_store.clock().now()) {
            m_timer.start(static_cast<int>(LongestWaitMs)); // the service did not answer: try again later
            return;
        }
        plan(m_lastCheckIn, m_pendingRequests, m_rules.checkInIntervalDays);
    });
    connect(&m_notifier, &DesktopNotifier::laterRequested, this, &ReminderScheduler::snooze);
}

void ReminderScheduler::setQuietHours(const QTime& from, const QTime& until)
{
    m_rules.quietFrom = from;
    m_rules.quietUntil = until;
}

ReminderPlanner::State ReminderScheduler::state() const
{
    ReminderPlanner::State state;
    state.lastCheckIn = m_lastCheckIn;
    state.pendingRequests = m_pendingRequests;
    state.snoozedUntil = m_snoozedUntil;
    if (auto reminded = ClientReminders(m_store, m_clientId).checkInRemindedAt()) {
        state.lastReminded = *reminded;
    }
    // A reminder a locked Rapport showed today is today's one.
    if (!m_dueFile.isEmpty()) {
        const QDateTime lockedReminded = ReminderDueFile(m_dueFile).read().remindedAt;
        if (lockedReminded.isValid() && (!state.lastReminded.isValid() || lockedReminded > state.lastReminded)) {
            state.lastReminded = lockedReminded;
        }
    }
    return state;
}

void ReminderScheduler::setDueFile(const QString& path)
{
    m_dueFile = path;
    writeDueFile();
}

void ReminderScheduler::writeDueFile(const QDateTime& remindedAt)
{
    if (m_dueFile.isEmpty()) {
        return;
    }
    const ReminderDueFile file(m_dueFile);
    ReminderPlanner::State known;
    known.lastCheckIn = m_lastCheckIn;
    const QDateTime due = ReminderPlanner::checkInDueAt(m_rules, known);
    if (!due.isValid()) {
        (void)file.remove(); // nothing due: nothing to remind of while locked
        return;
    }
    ReminderDueFile::Content content = file.read();
    content.checkInDueAt = due;
    content.quietFrom = m_rules.quietFrom;
    content.quietUntil = m_rules.quietUntil;
    if (remindedAt.isValid()) {
        content.remindedAt = remindedAt;
    }
    if (content != file.read()) {
        // Best effort: without it a locked Rapport only reminds later than it could; the open dashboard is unaffected.
        (void)file.write(content);
    }
}

void ReminderScheduler::plan(const QDateTime& lastCheckIn, int pendingRequests, int checkInIntervalDays)
{
    m_lastCheckIn = lastCheckIn;
    m_pendingRequests = pendingRequests;
    m_rules.checkInIntervalDays = checkInIntervalDays;
    m_timer.stop();
    writeDueFile();
    const QDateTime now = m_store.clock().now();
    m_planned = ReminderPlanner::next(m_rules, state(), now);
    // Asked of the session bus only when there is something to remind of; without a service the dashboard's
    // banners are all there is.
    if (m_planned && !m_notifier.available()) {
        m_planned.reset();
    }
    if (m_planned) {
        m_timer.start(static_cast<int>(std::clamp<qint64>(now.msecsTo(m_planned->at), 0, LongestWaitMs)));
    }
}

bool ReminderScheduler::fireIfDue()
{
    if (!m_planned || m_store.clock().now() < m_planned->at) {
        return false;
    }
    const ReminderPlanner::Reminder reminder = *m_planned;
    if (!m_notifier.show(reminder)) {
        return false;
    }
    m_planned.reset();
    m_snoozedUntil = QDateTime();
    // Writing the setting reloads the dashboard, which plans the next one (not before tomorrow).
    writeDueFile(m_store.clock().now());
    (void)ClientReminders(m_store, m_clientId).setCheckInRemindedAt(m_store.clock().now());
    return true;
}

void ReminderScheduler::snooze()
{
    m_snoozedUntil = ReminderPlanner::snoozeUntil(m_store.clock().now());
    plan(m_lastCheckIn, m_pendingRequests, m_rules.checkInIntervalDays);
}

} // namespace rapport::ui
