#include "SyncStatus.h"

#include "UiText.h"
#include "common/DateText.h"

#include <QLocale>

namespace rapport::ui {
namespace {

/** "14:32" today, "3 Mar 14:32" before: a short local time for the status bar. */
QString shortTime(const QDateTime& at)
{
    return DateText::recent(at);
}

} // namespace

QString SyncStatus::text() const
{
    switch (state) {
    case State::LocalOnly:
        return QString();
    case State::NeverSynced:
        return lastSynced.isValid() ? UiTr::tr("Last synced %1").arg(shortTime(lastSynced))
                                    : UiTr::tr("Not synced yet");
    case State::Syncing:
        return UiTr::tr("Syncing…");
    case State::Synced:
        return UiTr::tr("Synced %1").arg(shortTime(lastSynced));
    case State::Offline:
        return lastSynced.isValid() ? UiTr::tr("Offline — last synced %1").arg(shortTime(lastSynced))
                                    : UiTr::tr("Offline — not synced yet");
    case State::PasswordNeeded:
        return UiTr::tr("Sync needs the hub password");
    case State::Failed:
        return UiTr::tr("Sync failed");
    }
    return QString();
}

QString SyncStatus::toolTip() const
{
    QString tip;
    switch (state) {
    case State::LocalOnly:
        return QString();
    case State::Offline:
        tip = queued > 0 ? UiTr::tr("The hub cannot be reached. Nothing is lost: %n change(s) wait on this computer "
                                    "and go at the next sync.",
                                    nullptr,
                                    static_cast<int>(queued))
                         : UiTr::tr("The hub cannot be reached. Nothing is lost: changes wait on this computer and go "
                                    "at the next sync.");
        break;
    case State::PasswordNeeded:
        // Where it goes then (the keychain, or memory only) the prompt says.
        tip = UiTr::tr("Choose Sync now (F5) to enter the hub password.");
        break;
    default:
        tip = UiTr::tr("Rapport syncs with your organisation's hub after unlocking, after each change and every few "
                       "minutes. Sync now: F5.");
        break;
    }
    if (!detail.isEmpty()) {
        tip += QLatin1Char('\n') + detail;
    }
    return tip;
}

} // namespace rapport::ui
