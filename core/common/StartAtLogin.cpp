#include "StartAtLogin.h"

#include "ApplicationIdentity.h"
#include "CoreTr.h"
#include "SaveFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

namespace rapport {
namespace {

#if defined(Q_OS_WIN)
const QString RunKey = QStringLiteral("HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run");
const QString RunValue = QStringLiteral("Rapport");
#else
QString entryPath()
{
#if defined(Q_OS_MACOS)
    return QDir::homePath() + QStringLiteral("/Library/LaunchAgents/") + ApplicationIdentity::id()
        + QStringLiteral(".plist");
#else
    // GenericConfigLocation is $XDG_CONFIG_HOME, or ~/.config without it (the XDG base directory rules).
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QStringLiteral("/autostart/")
        + ApplicationIdentity::id() + QStringLiteral(".desktop");
#endif
}

Result<void> writeAtomically(const QString& path, const QByteArray& bytes)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        return fail(ErrorCode::ReadOnly,
                    CoreTr::tr("The folder for %1 cannot be created.").arg(QDir::toNativeSeparators(path)));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return fail(ErrorCode::ReadOnly,
                    CoreTr::tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    file.write(bytes);
    if (!commitSaveFile(file)) {
        const ErrorCode code = file.error() == QFileDevice::ResourceError ? ErrorCode::DiskFull : ErrorCode::Io;
        return fail(code,
                    CoreTr::tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return {};
}
#endif

QString xmlEscaped(QString text)
{
    return text.replace(QLatin1Char('&'), QStringLiteral("&amp;"))
        .replace(QLatin1Char('<'), QStringLiteral("&lt;"))
        .replace(QLatin1Char('>'), QStringLiteral("&gt;"));
}

} // namespace

StartAtLogin::StartAtLogin(QString program)
    : m_program(program.isEmpty() ? QCoreApplication::applicationFilePath() : std::move(program))
{
}

QString StartAtLogin::execQuoted(const QString& argument)
{
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
    bool needsQuotes = argument.isEmpty();
    for (const QChar c : argument) {
        needsQuotes = needsQuotes || reserved.contains(c);
    }
    QString quoted = argument;
    if (needsQuotes) {
        // Inside double quotes, the spec asks for a backslash before ", `, $ and \.
        QString inner;
        for (const QChar c : argument) {
            if (c == QLatin1Char('"') || c == QLatin1Char('`') || c == QLatin1Char('$') || c == QLatin1Char('\\')) {
                inner += QLatin1Char('\\');
            }
            inner += c;
        }
        quoted = QLatin1Char('"') + inner + QLatin1Char('"');
    }
    // Then the value is a string: its backslashes are escaped once more, and % is the field-code character.
    return quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('%'), QStringLiteral("%%"));
}

QByteArray StartAtLogin::desktopEntry(const QString& program)
{
    QString tryExec = program;
    tryExec.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    QString text;
    text += QStringLiteral("[Desktop Entry]\n");
    text += QStringLiteral("Type=Application\n");
    text += QStringLiteral("Name=Rapport\n");
    text += QStringLiteral("Comment=Starts Rapport locked in the tray, for its reminders\n");
    text += QStringLiteral("Icon=") + ApplicationIdentity::id() + QLatin1Char('\n');
    text += QStringLiteral("TryExec=") + tryExec + QLatin1Char('\n');
    text += QStringLiteral("Exec=") + execQuoted(program) + QLatin1Char(' ') + trayArgument() + QLatin1Char('\n');
    text += QStringLiteral("Terminal=false\n");
    text += QStringLiteral("NoDisplay=true\n");
    text += QStringLiteral("X-GNOME-Autostart-enabled=true\n");
    return text.toUtf8();
}

QByteArray StartAtLogin::launchAgent(const QString& program)
{
    QString text;
    text += QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    text += QStringLiteral("<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
                           "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n");
    text += QStringLiteral("<plist version=\"1.0\">\n<dict>\n");
    text += QStringLiteral("  <key>Label</key>\n  <string>") + xmlEscaped(ApplicationIdentity::id())
        + QStringLiteral("</string>\n");
    text += QStringLiteral("  <key>ProgramArguments</key>\n  <array>\n    <string>") + xmlEscaped(program)
        + QStringLiteral("</string>\n    <string>") + trayArgument() + QStringLiteral("</string>\n  </array>\n");
    text += QStringLiteral("  <key>RunAtLoad</key>\n  <true/>\n");
    text += QStringLiteral("  <key>ProcessType</key>\n  <string>Interactive</string>\n");
    text += QStringLiteral("</dict>\n</plist>\n");
    return text.toUtf8();
}

QString StartAtLogin::location() const
{
#if defined(Q_OS_WIN)
    return RunKey + QLatin1Char('\\') + RunValue;
#else
    return entryPath();
#endif
}

bool StartAtLogin::isEnabled() const
{
#if defined(Q_OS_WIN)
    return QSettings(RunKey, QSettings::NativeFormat).contains(RunValue);
#else
    return QFileInfo::exists(entryPath());
#endif
}

Result<void> StartAtLogin::enable() const
{
#if defined(Q_OS_WIN)
    QSettings run(RunKey, QSettings::NativeFormat);
    run.setValue(RunValue,
                 QLatin1Char('"') + QDir::toNativeSeparators(m_program) + QStringLiteral("\" ") + trayArgument());
    run.sync();
    if (run.status() != QSettings::NoError) {
        return fail(ErrorCode::PermissionDenied, CoreTr::tr("The login items in the registry cannot be changed."));
    }
    return {};
#elif defined(Q_OS_MACOS)
    return writeAtomically(entryPath(), launchAgent(m_program));
#else
    return writeAtomically(entryPath(), desktopEntry(m_program));
#endif
}

Result<void> StartAtLogin::disable() const
{
#if defined(Q_OS_WIN)
    QSettings run(RunKey, QSettings::NativeFormat);
    run.remove(RunValue);
    run.sync();
    if (run.status() != QSettings::NoError) {
        return fail(ErrorCode::PermissionDenied, CoreTr::tr("The login items in the registry cannot be changed."));
    }
    return {};
#else
    QFile file(entryPath());
    if (file.exists() && !file.remove()) {
        return fail(
            ErrorCode::Io,
            CoreTr::tr("%1 cannot be removed: %2").arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
    }
    return {};
#endif
}

} // namespace rapport
