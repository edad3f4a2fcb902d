#pragma once

#include "common/Error.h"

#include <QString>
#include <QStringList>

namespace rapport {

/**
 * Whether Rapport starts when the person logs in, in the operating system's own way, per user and off until asked:
 *  - Linux and other XDG desktops: `$XDG_CONFIG_HOME/autostart/<id>.desktop` (`~/.config` without the variable),
 *    written atomically, with `TryExec` so the entry does nothing once Rapport is uninstalled;
 *  - macOS: a LaunchAgent, `~/Library/LaunchAgents/<id>.plist` with RunAtLoad;
 *  - Windows: the value `Rapport` under `HKCU\Software\Microsoft\Windows\CurrentVersion\Run`.
 * The program starts with `--tray`: minimised to the tray, locked, only reminding. The entry itself is the setting
 * (there is nothing in the store to get out of step with it), so isEnabled() reads it back.
 */
class StartAtLogin
{
public:
    /** For `program` (the running executable when empty). */
    explicit StartAtLogin(QString program = QString());

    /** The option the entry starts Rapport with. */
    static QString trayArgument() { return QStringLiteral("--tray"); }

    [[nodiscard]] bool isEnabled() const;
    /** Writes (or rewrites, for a moved program) the entry. */
    [[nodiscard]] Result<void> enable() const;
    /** Removes the entry; fine when there is none. */
    [[nodiscard]] Result<void> disable() const;
    /** Where the entry is: a file's path, or the registry value on Windows (for messages and the guide). */
    [[nodiscard]] QString location() const;

    /** The XDG autostart entry's text for `program` (Linux; public for the tests). */
    [[nodiscard]] static QByteArray desktopEntry(const QString& program);
    /** The LaunchAgent's property list for `program` (macOS; public for the tests). */
    [[nodiscard]] static QByteArray launchAgent(const QString& program);
    /** `argument` quoted for a desktop entry's Exec key (the spec's quoting, then its string escapes). */
    [[nodiscard]] static QString execQuoted(const QString& argument);

private:
    QString m_program;
};

} // namespace rapport
