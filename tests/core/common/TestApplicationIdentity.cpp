// Rapport's identity to the operating system: one reverse-DNS id that the installed files are named after, and
// settings and data folders that stay where earlier builds put them.

#include "common/ApplicationIdentity.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace rapport;

class TestApplicationIdentity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void idIsReverseDnsOfTheDomain();
    void installedFilesAreNamedAfterTheId();
    void applyKeepsTheStoreAndSettingsWhereTheyWere();
};

void TestApplicationIdentity::idIsReverseDnsOfTheDomain()
{
    const QString id = ApplicationIdentity::id();
    QCOMPARE(id, QStringLiteral("io.github.rapportapp.Rapport")); // stable: changing it orphans users' settings
    QVERIFY(QRegularExpression(QStringLiteral("^[a-z][a-z0-9]*(\\.[a-z][a-z0-9]*)+\\.[A-Z][A-Za-z0-9]*$"))
                .match(id)
                .hasMatch());
    // The domain, written the other way round, is the id without the application's name.
    QStringList parts = ApplicationIdentity::organizationDomain().split(QLatin1Char('.'));
    std::reverse(parts.begin(), parts.end());
    QCOMPARE(parts.join(QLatin1Char('.')) + QStringLiteral(".Rapport"), id);
}

void TestApplicationIdentity::installedFilesAreNamedAfterTheId()
{
    const QDir linux(QStringLiteral(RAPPORT_SOURCE_DIR "/resources/linux"));
    const QString id = ApplicationIdentity::id();
    QVERIFY2(QFileInfo::exists(linux.filePath(id + QStringLiteral(".desktop"))), qPrintable(linux.path()));
    QFile metainfo(linux.filePath(id + QStringLiteral(".metainfo.xml")));
    QVERIFY(metainfo.open(QIODevice::ReadOnly));
    const QString xml = QString::fromUtf8(metainfo.readAll());
    QVERIFY(xml.contains(QStringLiteral("<id>%1</id>").arg(id)));
    QVERIFY(xml.contains(QStringLiteral("<launchable type=\"desktop-id\">%1.desktop</launchable>").arg(id)));
    QVERIFY(!xml.contains(QStringLiteral("invalid")));
}

void TestApplicationIdentity::applyKeepsTheStoreAndSettingsWhereTheyWere()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    qputenv("XDG_CONFIG_HOME", QDir(home.path()).filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", QDir(home.path()).filePath(QStringLiteral("data")).toLocal8Bit());
    QStandardPaths::setTestModeEnabled(false);

    ApplicationIdentity::apply();
    QCOMPARE(QCoreApplication::applicationName(), QStringLiteral("Rapport"));
    QCOMPARE(QCoreApplication::organizationName(), QStringLiteral("Rapport"));
    QCOMPARE(QCoreApplication::organizationDomain(), ApplicationIdentity::organizationDomain());
#if defined(Q_OS_LINUX)
    // Where 0.1 put the store and the settings, before the id existed.
    QCOMPARE(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
             QDir(home.path()).filePath(QStringLiteral("data/Rapport/Rapport")));
    QCOMPARE(QSettings().fileName(), QDir(home.path()).filePath(QStringLiteral("config/Rapport/Rapport.conf")));
#endif

    // Settings written the earlier way are read back the new way (the same file here; adopted once on macOS).
    {
        QSettings earlier(QStringLiteral("Rapport"), QStringLiteral("Rapport"));
        earlier.setValue(QStringLiteral("ui/language"), QStringLiteral("de"));
    }
    ApplicationIdentity::adoptSettingsFromBeforeTheId();
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("de"));
}

QTEST_GUILESS_MAIN(TestApplicationIdentity)
#include "TestApplicationIdentity.moc"
