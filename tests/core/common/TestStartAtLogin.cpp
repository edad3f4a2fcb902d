// Start at login: the XDG autostart entry under $XDG_CONFIG_HOME (a temporary folder here), written and removed,
// its Exec quoted as the desktop entry spec asks; the macOS LaunchAgent's text.

#include "ResultTesting.h"
#include "common/ApplicationIdentity.h"
#include "common/StartAtLogin.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace rapport;

class TestStartAtLogin : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
    }

    void execIsQuotedAsTheSpecAsks()
    {
        QCOMPARE(StartAtLogin::execQuoted(QStringLiteral("/usr/bin/rapport")), QStringLiteral("/usr/bin/rapport"));
        QCOMPARE(StartAtLogin::execQuoted(QStringLiteral("/opt/My Apps/rapport")),
                 QStringLiteral("\"/opt/My Apps/rapport\""));
        // A $ is escaped inside the quotes, and that backslash once more as the value is a string.
        QCOMPARE(StartAtLogin::execQuoted(QStringLiteral("/opt/a$b/rapport")),
                 QStringLiteral("\"/opt/a\\\\$b/rapport\""));
        QCOMPARE(StartAtLogin::execQuoted(QStringLiteral("/opt/100%/rapport")), QStringLiteral("/opt/100%%/rapport"));
    }

#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    void theAutostartEntryIsWrittenAndRemoved()
    {
        const QString program = QStringLiteral("/opt/Rapport App/bin/rapport");
        StartAtLogin login(program);
        const QString expected
            = m_config.path() + QStringLiteral("/autostart/") + ApplicationIdentity::id() + QStringLiteral(".desktop");
        QCOMPARE(login.location(), expected);
        QVERIFY(!login.isEnabled()); // off by default
        QVERIFY_RESULT(login.enable());
        QVERIFY(login.isEnabled());

        QSettings entry(expected, QSettings::IniFormat);
        entry.beginGroup(QStringLiteral("Desktop Entry"));
        QCOMPARE(entry.value(QStringLiteral("Type")).toString(), QStringLiteral("Application"));
        QCOMPARE(entry.value(QStringLiteral("Name")).toString(), QStringLiteral("Rapport"));
        QCOMPARE(entry.value(QStringLiteral("TryExec")).toString(), program);
        QFile file(expected);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY2(text.contains("\nExec=\"/opt/Rapport App/bin/rapport\" --tray\n"), text.constData());
        QVERIFY(text.startsWith("[Desktop Entry]\n"));
        file.close();

        // Enabling again rewrites it for the program as it is now (moved, upgraded).
        StartAtLogin moved(QStringLiteral("/usr/bin/rapport"));
        QVERIFY_RESULT(moved.enable());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("\nExec=/usr/bin/rapport --tray\n"));
        file.close();

        QVERIFY_RESULT(login.disable());
        QVERIFY(!login.isEnabled());
        QVERIFY(!QFile::exists(expected));
        QVERIFY_RESULT(login.disable()); // nothing there: fine
    }

    void aBlockedFolderIsAnError()
    {
        QDir(m_config.path()).rmdir(QStringLiteral("autostart")); // left empty by the test before
        QFile blocker(m_config.path() + QStringLiteral("/autostart"));
        QVERIFY(blocker.open(QIODevice::WriteOnly)); // a file where the folder should be
        blocker.close();
        QVERIFY_ERROR(StartAtLogin(QStringLiteral("/usr/bin/rapport")).enable(), ErrorCode::ReadOnly);
        QVERIFY(!StartAtLogin().isEnabled());
        QVERIFY(blocker.remove());
    }
#endif

    void theLaunchAgentRunsAtLoadInTheTray()
    {
        const QString plist = QString::fromUtf8(StartAtLogin::launchAgent(QStringLiteral("/Applications/R&D/Rapport")));
        QVERIFY(plist.contains(QStringLiteral("<string>/Applications/R&amp;D/Rapport</string>")));
        QVERIFY(plist.contains(QStringLiteral("<string>--tray</string>")));
        QVERIFY(plist.contains(QStringLiteral("<key>RunAtLoad</key>\n  <true/>")));
        QVERIFY(plist.contains(ApplicationIdentity::id()));
    }
};

QTEST_GUILESS_MAIN(TestStartAtLogin)
#include "TestStartAtLogin.moc"
