// Fault injection on the store: a full disk during a submission, a read-only folder, the database file deleted or
// replaced while open, and a process killed at random points while it changes the passphrase. Each must end in a
// clear error (or a clean recovery), nothing committed lost, and a store that still opens and passes its
// integrity check.

#include "ResultTesting.h"
#include "StoreTestFixture.h"
#include "TestSupport.h"
#include "store/Database.h"
#include "store/PersonRepository.h"
#include "store/StoreKeyFile.h"
#include "store/StoreTesting.h"
#include "store/SubmissionRepository.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace rapport;
using rapport::test::fastOptions;
using rapport::test::passphrase;

namespace {

Submission wellbeing(const QUuid& client, int value)
{
    Submission submission;
    submission.personId = client;
    submission.instrumentId = QStringLiteral("wellbeing-index");
    submission.answers = {value % 6, 3, 3, 3, 3};
    submission.score = 4.0 * (12 + value % 6);
    return submission;
}

QSet<QString> submissionIds(Store& store, const QUuid& client)
{
    QSet<QString> ids;
    auto submissions = store.submissions().forPerson(client);
    if (submissions) {
        for (const Submission& submission : std::as_const(*submissions)) {
            ids.insert(submission.id.toString(QUuid::WithoutBraces));
        }
    }
    return ids;
}

} // namespace

class TestStoreFaults : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString storePath() const { return m_dir.filePath(QStringLiteral("rapport.db")); }

    QUuid createStoreWithClient()
    {
        auto store = Store::create(storePath(), passphrase("pw"), fastOptions());
        if (!store) {
            return {};
        }
        auto client = (*store)->people().add(QStringLiteral("Ivo"), Role::Client);
        return client ? client->id : QUuid();
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        for (const QString& name : QDir(m_dir.path()).entryList(QDir::Files)) {
            QFile::remove(m_dir.filePath(name));
        }
    }

    void cleanup() { QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner); }

    void diskFullDuringASubmissionLosesNothing()
    {
        const QUuid client = createStoreWithClient();
        QVERIFY(!client.isNull());
        QSet<QString> committed;
        {
            auto store = Store::open(storePath(), passphrase("pw"), fastOptions());
            QVERIFY_RESULT(store);
            for (int i = 0; i < 5; ++i) {
                auto added = (*store)->submissions().add(wellbeing(client, i));
                QVERIFY_RESULT(added);
                committed.insert(added->id.toString(QUuid::WithoutBraces));
            }
            // The disk is "full" from now on: the database may not grow by a single page.
            auto pages = StoreTesting::database(**store).queryInteger(QStringLiteral("PRAGMA page_count;"));
            QVERIFY_RESULT(pages);
            QVERIFY_RESULT(
                StoreTesting::database(**store).exec(QStringLiteral("PRAGMA max_page_count = %1;").arg(*pages)));
            Error failure;
            for (int i = 0; i < 2000; ++i) {
                auto added = (*store)->submissions().add(wellbeing(client, i));
                if (!added) {
                    failure = added.error();
                    break;
                }
                committed.insert(added->id.toString(QUuid::WithoutBraces)); // fitted into free space in a page
            }
            QCOMPARE(failure.code, ErrorCode::DiskFull);
            QVERIFY(failure.message.contains(QStringLiteral("disk space")));
            QCOMPARE(submissionIds(**store, client), committed); // the failed one is not half there
        }
        auto reopened = Store::open(storePath(), passphrase("pw"), fastOptions());
        QVERIFY_RESULT(reopened);
        QVERIFY_RESULT((*reopened)->checkIntegrity());
        QCOMPARE(submissionIds(**reopened, client), committed);
        QVERIFY_RESULT((*reopened)->submissions().add(wellbeing(client, 1))); // space is back: writes work again
    }

    void readOnlyFolderIsAClearError()
    {
        QVERIFY(!createStoreWithClient().isNull());
#ifdef Q_OS_UNIX
        QVERIFY(::chmod(QFile::encodeName(m_dir.path()).constData(), 0555) == 0);
        if (::geteuid() != 0) {
            auto opened = Store::open(storePath(), passphrase("pw"), fastOptions());
            QVERIFY_ERROR(opened, ErrorCode::ReadOnly);
            QVERIFY(opened.error().message.contains(storePath()));
            QVERIFY_ERROR(Store::create(m_dir.filePath(QStringLiteral("other.db")), passphrase("pw"), fastOptions()),
                          ErrorCode::ReadOnly);
        } else {
            // Root ignores permission bits, so the same attempt runs in a child that first becomes `nobody`.
            QProcess probe;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QStringLiteral("RAPPORT_PASSPHRASE"), QStringLiteral("pw"));
            probe.setProcessEnvironment(environment);
            probe.start(QStringLiteral(STORE_WRITER_HELPER),
                        {storePath(), QStringLiteral("-"), QStringLiteral("probe-readonly")});
            QVERIFY(probe.waitForFinished(120000));
            if (probe.exitCode() == 77) {
                QSKIP("Running as root without the right to become nobody: permission bits cannot be tested here.");
            }
            QCOMPARE(probe.exitCode(), 0);
            const QList<QByteArray> lines = probe.readAllStandardOutput().trimmed().split('\n');
            QCOMPARE(lines.size(), 2);
            QCOMPARE(QString::fromLatin1(lines.at(0)), errorCodeName(ErrorCode::ReadOnly));
            QCOMPARE(QString::fromLatin1(lines.at(1)), errorCodeName(ErrorCode::ReadOnly));
            QVERIFY(probe.readAllStandardError().contains(QFile::encodeName(storePath())));
        }
        QVERIFY(::chmod(QFile::encodeName(m_dir.path()).constData(), 0700) == 0);
        auto store = Store::open(storePath(), passphrase("pw"), fastOptions()); // nothing was damaged
        QVERIFY_RESULT(store);
        QVERIFY_RESULT((*store)->checkIntegrity());
#else
        QSKIP("Folder permissions are POSIX permission bits here; Windows ACLs are not tested.");
#endif
    }

    void storeFileDeletedWhileOpenIsAClearError()
    {
        const QUuid client = createStoreWithClient();
        QVERIFY(!client.isNull());
        auto store = Store::open(storePath(), passphrase("pw"), fastOptions());
        QVERIFY_RESULT(store);
        QVERIFY_RESULT((*store)->submissions().add(wellbeing(client, 1)));
#ifdef Q_OS_WIN
        QSKIP("Windows does not let another program delete a database file that is open.");
#endif
        QVERIFY(QFile::remove(storePath()));
        auto added = (*store)->submissions().add(wellbeing(client, 2));
        QVERIFY_ERROR(added, ErrorCode::Io);
        QVERIFY(added.error().message.contains(QStringLiteral("deleted or replaced")));
        QVERIFY_ERROR((*store)->people().add(QStringLiteral("Ann"), Role::Client), ErrorCode::Io);
        store = fail(ErrorCode::Internal, QString()); // closing must not crash or recreate the file
        QVERIFY_ERROR(Store::open(storePath(), passphrase("pw"), fastOptions()), ErrorCode::NotFound);
    }

    void storeFileReplacedWhileOpenIsAClearError()
    {
        const QUuid client = createStoreWithClient();
        QVERIFY(!client.isNull());
        auto store = Store::open(storePath(), passphrase("pw"), fastOptions());
        QVERIFY_RESULT(store);
#ifdef Q_OS_WIN
        QSKIP("Windows does not let another program replace a database file that is open.");
#endif
        // Another store's file (same passphrase even) moved over ours: writes must not go to the old inode.
        const QString other = m_dir.filePath(QStringLiteral("other.db"));
        {
            QVERIFY_RESULT(Store::create(other, passphrase("pw"), fastOptions()));
        }
        QVERIFY(QFile::remove(storePath()));
        QVERIFY(QFile::rename(other, storePath()));
        auto added = (*store)->submissions().add(wellbeing(client, 2));
        QVERIFY_ERROR(added, ErrorCode::Io);
        QVERIFY(added.error().message.contains(storePath()));
        store = fail(ErrorCode::Internal, QString());
        // What is there now is the other store, whole: reopening it works and our write is not in it.
        auto reopened = Store::open(storePath(), passphrase("pw"), fastOptions());
        if (reopened) {
            QVERIFY_RESULT((*reopened)->checkIntegrity());
            QVERIFY(submissionIds(**reopened, client).isEmpty());
        } else {
            QVERIFY(!reopened.error().message.isEmpty()); // its key file is ours: a clear error is fine too
        }
    }

    void killedDuringPassphraseChangesLosesNothing()
    {
        // A child alternates a submission and a passphrase change (between two passphrases) and is killed at
        // pseudo-random points (fixed seed). After each kill exactly one of the two passphrases opens the store,
        // the integrity check passes and every submission the child reported as committed is there.
        const QUuid client = createStoreWithClient();
        QVERIFY(!client.isNull());
        QRandomGenerator random(1123);
        QSet<QString> committed;
        int changes = 0;
        for (int round = 0; round < 12; ++round) {
            QProcess writer;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QStringLiteral("RAPPORT_PASSPHRASE"), QStringLiteral("pw"));
            environment.insert(QStringLiteral("RAPPORT_PASSPHRASE2"), QStringLiteral("second pw"));
            writer.setProcessEnvironment(environment);
            writer.start(QStringLiteral(STORE_WRITER_HELPER),
                         {storePath(), client.toString(QUuid::WithoutBraces), QStringLiteral("rekey")});
            QVERIFY(writer.waitForStarted());
            const int target = 1 + static_cast<int>(random.bounded(6));
            QByteArray output;
            while (output.count('\n') < target && writer.state() == QProcess::Running) {
                writer.waitForReadyRead(30000);
                output += writer.readAllStandardOutput();
            }
            QVERIFY2(output.count('\n') >= target, writer.readAllStandardError().constData());
            QThread::usleep(random.bounded(20000)); // somewhere inside the export, the swap or the key file write
            writer.kill();
            QVERIFY(writer.waitForFinished());
            output += writer.readAllStandardOutput();
            for (const QByteArray& line : output.split('\n')) {
                if (line.startsWith("S ")) {
                    committed.insert(QString::fromLatin1(line.mid(2)));
                } else if (line.startsWith("K ")) {
                    ++changes;
                }
            }
            auto store = Store::open(storePath(), passphrase("pw"), fastOptions());
            if (!store && store.error().code == ErrorCode::WrongPassphrase) {
                store = Store::open(storePath(), passphrase("second pw"), fastOptions());
            }
            QVERIFY_RESULT(store);
            QVERIFY_RESULT((*store)->checkIntegrity());
            const QSet<QString> stored = submissionIds(**store, client);
            for (const QString& id : std::as_const(committed)) {
                QVERIFY2(stored.contains(id), qPrintable(id));
            }
            QVERIFY(!QFile::exists(storePath() + QStringLiteral(".rekey"))); // opening settles an interrupted change
        }
        QVERIFY(changes >= 12);
    }
};

QTEST_GUILESS_MAIN(TestStoreFaults)
#include "TestStoreFaults.moc"
