// Fault injection on backups: the disk fills up while a backup is written or restored. The "full disk" is the
// process's file size limit (RLIMIT_FSIZE): a write past it fails as on a full disk, for root too, without a
// special filesystem. Expected: a clear error naming the file, no partial backup or temporary file left behind,
// and the store untouched and still able to make a good backup afterwards.

#include "../store/StoreTestFixture.h"
#include "ResultTesting.h"
#include "TestSupport.h"
#include "backup/Backup.h"
#include "store/PersonRepository.h"
#include "store/StoreKeyFile.h"
#include "store/SubmissionRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#endif

using namespace rapport;
using rapport::test::fastOptions;
using rapport::test::passphrase;

namespace {

#ifdef Q_OS_UNIX
/** Limits the size of any file this process writes, for its lifetime; restores the old limit afterwards. */
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        std::signal(SIGXFSZ, SIG_IGN); // a write past the limit then fails with EFBIG instead of killing us
        ::getrlimit(RLIMIT_FSIZE, &m_old);
        rlimit limited = m_old;
        limited.rlim_cur = bytes;
        m_ok = ::setrlimit(RLIMIT_FSIZE, &limited) == 0;
    }
    ~FileSizeLimit() { ::setrlimit(RLIMIT_FSIZE, &m_old); }
    FileSizeLimit(const FileSizeLimit&) = delete;
    FileSizeLimit& operator=(const FileSizeLimit&) = delete;
    [[nodiscard]] bool ok() const { return m_ok; }

private:
    rlimit m_old {};
    bool m_ok = false;
};
#endif

} // namespace

class TestBackupFaults : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    qint64 m_backupSize = 0;

    QString path(const QString& name) const { return m_dir.filePath(name); }
    QStringList files() const { return QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden, QDir::Name); }

private Q_SLOTS:
    void initTestCase()
    {
#ifndef Q_OS_UNIX
        QSKIP("The full disk is simulated with RLIMIT_FSIZE, which only Unix has.");
#endif
        QVERIFY(m_dir.isValid());
        auto store = Store::create(path(QStringLiteral("org.db")), passphrase("store pw"), fastOptions());
        QVERIFY_RESULT(store);
        m_store = std::move(*store);
        for (int person = 0; person < 20; ++person) {
            auto client = m_store->people().add(QStringLiteral("Client %1").arg(person), Role::Client);
            QVERIFY_RESULT(client);
            for (int i = 0; i < 10; ++i) {
                Submission submission;
                submission.personId = client->id;
                submission.instrumentId = QStringLiteral("wellbeing-index");
                submission.answers = {i % 6, 3, 3, 3, 3};
                submission.score = 4.0 * (12 + i % 6);
                QVERIFY_RESULT(m_store->submissions().add(submission));
            }
        }
        // The size of a good backup of this store, to put the limit just below it.
        const QString probe = path(QStringLiteral("probe.rapport-backup"));
        QVERIFY_RESULT(Backup::exportTo(*m_store, probe, passphrase("backup pw"), KdfParameters::minimal()));
        m_backupSize = QFileInfo(probe).size();
        QVERIFY(QFile::remove(probe));
    }

    void atomicWriteThatDoesNotFitKeepsTheOldFile()
    {
        // Regression: Qt 6.4's QSaveFile::commit() ignores a failed flush of its last buffered bytes and renames the
        // truncated file into place. A key file cut short that way would lock the user out of the store.
#ifdef Q_OS_UNIX
        const QString keyFile = path(QStringLiteral("small.key.json"));
        const QByteArray old = QByteArrayLiteral("{\"the\": \"old contents\"}");
        QVERIFY_RESULT(writeFileAtomically(keyFile, old));
        const QStringList before = files();
        Result<void> written;
        {
            FileSizeLimit limit(100);
            QVERIFY(limit.ok());
            written = writeFileAtomically(keyFile, QByteArray(600, 'k'));
        }
        QVERIFY(!written);
        QVERIFY2(written.error().code == ErrorCode::DiskFull || written.error().code == ErrorCode::Io,
                 qPrintable(written.error().codeName()));
        QCOMPARE(rapport::test::readAll(keyFile), old);
        QCOMPARE(files(), before); // no temporary left beside it
        QVERIFY(QFile::remove(keyFile));
#endif
    }

    void diskFullWhileWritingTheBackupLeavesNothing_data()
    {
        QTest::addColumn<qint64>("shortBy");
        QTest::newRow("at the last chunk") << qint64(40); // the snapshot fits, the backup file does not
        QTest::newRow("at the snapshot") << qint64(-1); // not even the temporary snapshot fits
    }

    void diskFullWhileWritingTheBackupLeavesNothing()
    {
#ifdef Q_OS_UNIX
        QFETCH(qint64, shortBy);
        const QStringList before = files();
        const QString target = path(QStringLiteral("full.rapport-backup"));
        Result<BackupManifest> written;
        {
            FileSizeLimit limit(static_cast<rlim_t>(shortBy > 0 ? m_backupSize - shortBy : 8 * 1024));
            QVERIFY(limit.ok());
            written = Backup::exportTo(*m_store, target, passphrase("backup pw"), KdfParameters::minimal());
        }
        QVERIFY(!written);
        QVERIFY2(written.error().code == ErrorCode::DiskFull || written.error().code == ErrorCode::Io,
                 qPrintable(written.error().codeName()));
        QVERIFY2(!written.error().message.isEmpty(), "the error must say what happened");
        QCOMPARE(files(), before); // no partial backup, no snapshot, no QSaveFile temporary
        // The store is untouched and a backup works again once there is room.
        QVERIFY_RESULT(m_store->checkIntegrity());
        QVERIFY_RESULT(Backup::exportTo(*m_store, target, passphrase("backup pw"), KdfParameters::minimal()));
        QVERIFY_RESULT(Backup::verify(target, passphrase("backup pw")));
        QVERIFY(QFile::remove(target));
#endif
    }

    void diskFullWhileRestoringLeavesNothing()
    {
#ifdef Q_OS_UNIX
        const QString backup = path(QStringLiteral("good.rapport-backup"));
        QVERIFY_RESULT(Backup::exportTo(*m_store, backup, passphrase("backup pw"), KdfParameters::minimal()));
        const QStringList before = files();
        const QString target = path(QStringLiteral("restored.db"));
        Result<BackupManifest> restored;
        {
            FileSizeLimit limit(8 * 1024);
            QVERIFY(limit.ok());
            restored = Backup::restoreTo(
                backup, passphrase("backup pw"), target, passphrase("new pw"), KdfParameters::minimal());
        }
        QVERIFY(!restored);
        QVERIFY(!restored.error().message.isEmpty());
        QCOMPARE(files(), before); // no half-restored store, no decrypted snapshot left in plain sight
        QVERIFY_RESULT(
            Backup::restoreTo(backup, passphrase("backup pw"), target, passphrase("new pw"), KdfParameters::minimal()));
        auto reopened = Store::open(target, passphrase("new pw"), fastOptions());
        QVERIFY_RESULT(reopened);
        QVERIFY_RESULT((*reopened)->checkIntegrity());
#endif
    }

    void cleanupTestCase()
    {
        m_store.reset();
    }
};

QTEST_GUILESS_MAIN(TestBackupFaults)
#include "TestBackupFaults.moc"
