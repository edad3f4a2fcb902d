#pragma once

#include "common/Error.h"

#include <QDateTime>
#include <QString>
#include <QTime>

namespace rapport {

/**
 * The one thing Rapport knows about reminders while it is locked: when the next Wellbeing check-in is due, and the
 * quiet hours, written outside the encrypted store so that a Rapport started at login (locked, in the tray) can remind
 * without asking for the passphrase. It holds no name, no score, no id, not which store: only a due time, the quiet
 * hours and when a locked Rapport last reminded or was told "Later" (docs/security.md, "Reminders while locked").
 * A waiting share request is never written here: it is known only after unlocking.
 */
class ReminderDueFile
{
public:
    struct Content
    {
        QDateTime checkInDueAt; ///< UTC; invalid: nothing due (no check-in yet)
        QTime quietFrom = QTime(21, 0);
        QTime quietUntil = QTime(8, 0);
        QDateTime remindedAt; ///< the last reminder shown while locked; invalid when never
        QDateTime snoozedUntil; ///< "Later" chosen while locked; invalid when not

        friend bool operator==(const Content&, const Content&) = default;
    };

    explicit ReminderDueFile(QString path);

    /** `reminder-due.json` in Rapport's configuration folder (QStandardPaths::AppConfigLocation). */
    [[nodiscard]] static QString defaultPath();
    [[nodiscard]] const QString& path() const { return m_path; }

    /** What was written; an empty Content (nothing due) when the file is missing or damaged. */
    [[nodiscard]] Content read() const;
    /** Writes `content` atomically (QSaveFile); Io, DiskFull or ReadOnly when it cannot. */
    [[nodiscard]] Result<void> write(const Content& content) const;
    /** Removes the file (nothing due any more); fine when it is not there. */
    [[nodiscard]] Result<void> remove() const;

private:
    QString m_path;
};

} // namespace rapport
