#include "ResultTesting.h"
#include "keychain/KeychainVault.h"
#include "secrets/SecretNames.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace rapport;

namespace {

QByteArray bytesOf(const SecureBytes& secret)
{
    return {reinterpret_cast<const char*>(secret.data()), static_cast<qsizetype>(secret.size())};
}

SecureBytes secretOf(const char* text)
{
    return SecureBytes::fromUtf8(QString::fromUtf8(text));
}

} // namespace

/**
 * KeychainVault against a real Secret Service: a private D-Bus session bus and a GNOME Keyring daemon unlocked
 * with a throwaway password, both with HOME and XDG_RUNTIME_DIR in a temporary folder, so the person's own keychain
 * is never touched. The keyring daemon leaves when its bus does.
 */
class TestKeychainVault : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void missingEntryIsNothing();
    void writesAndReadsBack();
    void overwrites();
    void removes();
    void removingMissingEntryIsFine();
    void entriesAreSeparate();
    void hubPasswordNames();

private:
    QTemporaryDir m_home;
    std::unique_ptr<QProcess> m_bus;
    std::unique_ptr<KeychainVault> m_vault;
};

void TestKeychainVault::initTestCase()
{
    if (QSysInfo::kernelType() != QStringLiteral("linux")) {
        QSKIP("the private Secret Service (dbus-daemon, gnome-keyring-daemon) is a Linux setup");
    }
    const QString busDaemon = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
    const QString keyringDaemon = QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon"));
    if (busDaemon.isEmpty() || keyringDaemon.isEmpty()) {
        QSKIP("needs dbus-daemon and gnome-keyring-daemon (Debian: dbus-daemon, gnome-keyring; "
              "scripts/install-deps installs them) to run a private Secret Service");
    }
    QVERIFY(m_home.isValid());
    const QString runtime = m_home.filePath(QStringLiteral("run"));
    QVERIFY(QDir().mkpath(runtime));
    QVERIFY(QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    // Set before anything in this process touches D-Bus: libsecret and QtDBus read them once.
    qputenv("HOME", m_home.path().toUtf8());
    qputenv("XDG_RUNTIME_DIR", runtime.toUtf8());
    qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
    qunsetenv("DISPLAY"); // no autolaunching onto someone's desktop session

    m_bus = std::make_unique<QProcess>();
    m_bus->setProcessChannelMode(QProcess::SeparateChannels);
    m_bus->start(busDaemon,
                 {QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--print-address=1")});
    QVERIFY2(m_bus->waitForStarted(), qPrintable(m_bus->errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(m_bus->canReadLine() || m_bus->state() != QProcess::Running, 10000);
    const QByteArray address = m_bus->readLine().trimmed();
    QVERIFY2(!address.isEmpty(), m_bus->readAllStandardError().constData());
    qputenv("DBUS_SESSION_BUS_ADDRESS", address);

    QProcess keyring;
    keyring.start(keyringDaemon,
                  {QStringLiteral("--unlock"), QStringLiteral("--components=secrets"), QStringLiteral("--daemonize")});
    QVERIFY2(keyring.waitForStarted(), qPrintable(keyring.errorString()));
    keyring.write("throwaway-keyring-password");
    keyring.closeWriteChannel();
    QVERIFY(keyring.waitForFinished(30000));
    QCOMPARE(keyring.exitCode(), 0);

    m_vault = std::make_unique<KeychainVault>(std::chrono::seconds(30));
    QVERIFY2(m_vault->isAvailable(), "the private Secret Service does not answer");
}

void TestKeychainVault::cleanupTestCase()
{
    m_vault.reset();
    if (m_bus) {
        m_bus->terminate();
        if (!m_bus->waitForFinished(5000)) {
            m_bus->kill();
            m_bus->waitForFinished(5000);
        }
    }
}

void TestKeychainVault::missingEntryIsNothing()
{
    auto read = m_vault->read(QStringLiteral("test:never-written"));
    QVERIFY_RESULT(read);
    QVERIFY(!read->has_value());
}

void TestKeychainVault::writesAndReadsBack()
{
    const QString name = QStringLiteral("test:writes");
    QVERIFY_RESULT(m_vault->write(name, secretOf("correct horse ✓")));
    auto read = m_vault->read(name);
    QVERIFY_RESULT(read);
    QVERIFY(read->has_value());
    QCOMPARE(bytesOf(**read), QStringLiteral("correct horse ✓").toUtf8());
}

void TestKeychainVault::overwrites()
{
    const QString name = QStringLiteral("test:overwrites");
    QVERIFY_RESULT(m_vault->write(name, secretOf("first")));
    QVERIFY_RESULT(m_vault->write(name, secretOf("second")));
    auto read = m_vault->read(name);
    QVERIFY_RESULT(read);
    QVERIFY(read->has_value());
    QCOMPARE(bytesOf(**read), QByteArray("second"));
}

void TestKeychainVault::removes()
{
    const QString name = QStringLiteral("test:removes");
    QVERIFY_RESULT(m_vault->write(name, secretOf("gone soon")));
    QVERIFY_RESULT(m_vault->remove(name));
    auto read = m_vault->read(name);
    QVERIFY_RESULT(read);
    QVERIFY(!read->has_value());
}

void TestKeychainVault::removingMissingEntryIsFine()
{
    QVERIFY_RESULT(m_vault->remove(QStringLiteral("test:never-there")));
}

void TestKeychainVault::entriesAreSeparate()
{
    QVERIFY_RESULT(m_vault->write(QStringLiteral("test:a"), secretOf("alpha")));
    QVERIFY_RESULT(m_vault->write(QStringLiteral("test:b"), secretOf("beta")));
    QVERIFY_RESULT(m_vault->remove(QStringLiteral("test:a")));
    auto b = m_vault->read(QStringLiteral("test:b"));
    QVERIFY_RESULT(b);
    QVERIFY(b->has_value());
    QCOMPARE(bytesOf(**b), QByteArray("beta"));
}

void TestKeychainVault::hubPasswordNames()
{
    QCOMPARE(SecretNames::hubPassword(
                 QStringLiteral("postgresql://c_ab12@Hub.Example.org:6543/rapport?sslmode=verify-full")),
             QStringLiteral("hub-password:c_ab12@hub.example.org:6543"));
    QCOMPARE(SecretNames::hubPassword(QStringLiteral("postgresql://c_ab12@hub.example.org/other")),
             QStringLiteral("hub-password:c_ab12@hub.example.org:5432"));
    QVERIFY(SecretNames::hubPassword(QStringLiteral("postgresql://hub.example.org/rapport")).isEmpty());
    QCOMPARE(SecretNames::backupPassphrase(QStringLiteral("1234")), QStringLiteral("backup-passphrase:1234"));
}

QTEST_GUILESS_MAIN(TestKeychainVault)
#include "TestKeychainVault.moc"
