// Secrets: the buffers Rapport owns are wiped, passphrases never reach the output or the log, and a process that
// has disabled core dumps stays that way.

#include "ResultTesting.h"
#include "cli/CliApplication.h"
#include "crypto/CoreDumps.h"
#include "crypto/SecretStrings.h"

#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <cstring>

using namespace rapport;

namespace {

QStringList g_logged;

void recordMessage(QtMsgType, const QMessageLogContext&, const QString& message)
{
    g_logged.append(message);
}

bool allZero(const QChar* characters, qsizetype count)
{
    for (qsizetype i = 0; i < count; ++i) {
        if (characters[i].unicode() != 0) {
            return false;
        }
    }
    return true;
}

} // namespace

class TestSecrets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wipeStringZeroesTheBufferInPlace()
    {
        QString text = QStringLiteral("correct horse battery staple");
        text.detach(); // our own heap copy, as from a line edit that has been cleared
        const QChar* buffer = text.constData();
        const qsizetype size = text.size();
        QVERIFY(wipeString(text));
        QCOMPARE(text.constData(), buffer); // the same memory, not a fresh copy
        QCOMPARE(text.size(), size);
        QVERIFY(allZero(buffer, size));
    }

    void wipeStringLeavesASharedBufferToItsOtherOwner()
    {
        QString text = QStringLiteral("shared secret");
        text.detach();
        const QString otherOwner = text; // e.g. the line edit still holding it
        QVERIFY(!wipeString(text));
        QCOMPARE(otherOwner, QStringLiteral("shared secret"));
    }

    void takeSecretStringMovesTheSecretAndEmptiesTheString()
    {
        QString text = QStringLiteral("pässphrase");
        text.detach();
        SecureBytes secret = takeSecretString(text);
        QVERIFY(text.isEmpty());
        const QByteArray expected = QStringLiteral("pässphrase").toUtf8();
        QCOMPARE(secret.size(), std::size_t(expected.size()));
        QVERIFY(std::memcmp(secret.data(), expected.constData(), secret.size()) == 0);
    }

    void secureBytesWipeReleases()
    {
        SecureBytes secret = SecureBytes::random(32);
        QCOMPARE(secret.size(), std::size_t(32));
        secret.wipe();
        QVERIFY(secret.isEmpty());
        QCOMPARE(secret.data(), static_cast<unsigned char*>(nullptr));
    }

    void passphrasesNeverReachOutputOrLog()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString secret = QStringLiteral("Zebra-Quartz-4417-never-print-me");
        const QString store = dir.filePath(QStringLiteral("s.db"));
        QString out;
        QString err;
        g_logged.clear();
        const QtMessageHandler previous = qInstallMessageHandler(recordMessage);
        auto cli = [&](const QStringList& arguments, const QString& passphrase) {
            QProcessEnvironment environment;
            environment.insert(QStringLiteral("RAPPORT_PASSPHRASE"), passphrase);
            environment.insert(QStringLiteral("RAPPORT_NEW_PASSPHRASE"), secret + QStringLiteral("-new"));
            environment.insert(QStringLiteral("RAPPORT_BACKUP_PASSPHRASE"), secret + QStringLiteral("-backup"));
            QTextStream outStream(&out);
            QTextStream errStream(&err);
            return cli::run(QStringList {QStringLiteral("rapport-cli"), QStringLiteral("--store"), store} + arguments,
                            cli::standardCommands(),
                            outStream,
                            errStream,
                            environment);
        };
        QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("--fast-kdf")}, secret), 0);
        QVERIFY(cli({QStringLiteral("person"), QStringLiteral("list")}, secret + QStringLiteral("-wrong")) != 0);
        QCOMPARE(cli({QStringLiteral("person"), QStringLiteral("list"), QStringLiteral("--json")}, secret), 0);
        qInstallMessageHandler(previous);
        QVERIFY2(!out.isEmpty() || !err.isEmpty(), "the commands must have said something");
        QVERIFY2(!out.contains(QStringLiteral("Zebra-Quartz")), qPrintable(out));
        QVERIFY2(!err.contains(QStringLiteral("Zebra-Quartz")), qPrintable(err));
        for (const QString& message : std::as_const(g_logged)) {
            QVERIFY2(!message.contains(QStringLiteral("Zebra-Quartz")), qPrintable(message));
        }
    }

    void coreDumpsCanBeDisabled()
    {
#if defined(Q_OS_UNIX)
        QVERIFY(disableCoreDumps());
        QVERIFY(coreDumpsDisabled());
        QVERIFY(disableCoreDumps()); // idempotent
        QVERIFY(coreDumpsDisabled());
#else
        QVERIFY(!disableCoreDumps());
        QSKIP("Windows has no per-process core dump switch; see docs/security.md.");
#endif
    }
};

QTEST_GUILESS_MAIN(TestSecrets)
#include "TestSecrets.moc"
