#include "Icons.h"

namespace rapport::ui::Icons {

QIcon action(const QString& themeName, const QString& bundled)
{
    return QIcon::fromTheme(themeName, QIcon(QStringLiteral(":/icons/actions/%1.svg").arg(bundled)));
}

QIcon application()
{
    QIcon icon(QStringLiteral(":/icons/app/rapport.svg"));
    for (int size : {16, 32, 48, 64, 128, 256}) {
        icon.addFile(QStringLiteral(":/icons/app/hicolor/%1x%1/apps/rapport.png").arg(size), QSize(size, size));
    }
    return icon;
}

QIcon lock()
{
    return action(QStringLiteral("system-lock-screen"), QStringLiteral("lock"));
}
QIcon unlock()
{
    return action(QStringLiteral("object-unlocked"), QStringLiteral("unlock"));
}
QIcon settings()
{
    return action(QStringLiteral("preferences-system"), QStringLiteral("settings"));
}
QIcon quit()
{
    return action(QStringLiteral("application-exit"), QStringLiteral("quit"));
}
QIcon about()
{
    return action(QStringLiteral("help-about"), QStringLiteral("about"));
}
QIcon help()
{
    return action(QStringLiteral("help-contents"), QStringLiteral("help"));
}
QIcon questionnaire()
{
    return action(QStringLiteral("document-edit"), QStringLiteral("questionnaire"));
}
QIcon session()
{
    return action(QStringLiteral("x-office-contact"), QStringLiteral("session"));
}
QIcon sharing()
{
    return action(QStringLiteral("emblem-shared"), QStringLiteral("sharing"));
}
QIcon exportData()
{
    return action(QStringLiteral("document-export"), QStringLiteral("export"));
}
QIcon deleteData()
{
    return action(QStringLiteral("edit-delete"), QStringLiteral("delete"));
}
QIcon people()
{
    return action(QStringLiteral("system-users"), QStringLiteral("people"));
}
QIcon backup()
{
    return action(QStringLiteral("document-save"), QStringLiteral("backup"));
}
QIcon verify()
{
    return action(QStringLiteral("security-high"), QStringLiteral("verify"));
}
QIcon restore()
{
    return action(QStringLiteral("document-revert"), QStringLiteral("restore"));
}
QIcon sync()
{
    return action(QStringLiteral("view-refresh"), QStringLiteral("sync"));
}

} // namespace rapport::ui::Icons
