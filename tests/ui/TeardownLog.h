#pragma once

#include "backup/BackupScheduler.h"
#include "common/Session.h"
#include "common/SyncController.h"
#include "store/Store.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QWidget>

namespace rapport::test {

/**
 * Writes down in which order the parts of a ui::Session go: each name when that object is destroyed ("sync",
 * "backups", "screen", "store"), then "closed" when the session says so. A part that is missing when the log
 * starts is written as "no <name>", so a comparison with the expected order fails.
 */
class TeardownLog
{
public:
    /** The order Session::close() promises. */
    static QStringList expectedOrder()
    {
        return {QStringLiteral("sync"),
                QStringLiteral("backups"),
                QStringLiteral("screen"),
                QStringLiteral("store"),
                QStringLiteral("closed")};
    }

    explicit TeardownLog(ui::Session& session)
    {
        watch(session.sync(), QStringLiteral("sync"));
        watch(session.backups(), QStringLiteral("backups"));
        watch(session.screen(), QStringLiteral("screen"));
        watch(session.isOpen() ? &session.store() : nullptr, QStringLiteral("store"));
        QObject::connect(&session, &ui::Session::closed, &m_context, [this] { events << QStringLiteral("closed"); });
    }

    QStringList events;

private:
    void watch(QObject* part, const QString& name)
    {
        if (!part) {
            events << QStringLiteral("no ") + name;
            return;
        }
        QObject::connect(part, &QObject::destroyed, &m_context, [this, name] { events << name; });
    }

    QObject m_context; ///< the connections end with the log, even if the session outlives it
};

} // namespace rapport::test
