#include "../store/StoreTestFixture.h"
#include "FakeSecretVault.h"
#include "ResultTesting.h"
#include "backup/Backup.h"
#include "backup/BackupSchedule.h"
#include "backup/BackupScheduler.h"
#include "store/PersonRepository.h"
#include "store/SettingsRepository.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace rapport;

class TestBackupSchedule : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QDateTime m_now = QDateTime(QDate(2026, 5, 4), QTime(9, 0), QTimeZone::utc());

private Q_SLOTS:
    void dueAfterTheInterval()
    {
        BackupSchedule schedule;
        QVERIFY(!schedule.isDue(m_now));
        schedule.enabled = true;
        schedule.folder = m_dir.path();
        QVERIFY(schedule.isDue(m_now));
        schedule.lastRunAt = m_now;
        schedule.frequency = BackupSchedule::Frequency::Daily;
        QVERIFY(!schedule.isDue(m_now.addSecs(23 * 3600)));
        QVERIFY(schedule.isDue(m_now.addDays(1)));
        schedule.frequency = BackupSchedule::Frequency::Weekly;
        QVERIFY(!schedule.isDue(m_now.addDays(6)));
        QVERIFY(schedule.isDue(m_now.addDays(7)));
    }

    void runsKeepsExactlyNAndRecordsTheOutcome()
    {
        auto store
            = Store::create(m_dir.filePath(QStringLiteral("s.db")), test::passphrase("pw"), test::fastOptions(&m_now));
        QVERIFY_RESULT(store);
        QVERIFY_RESULT((*store)->people().add(QStringLiteral("Someone"), Role::Client));
        const QString folder = m_dir.filePath(QStringLiteral("backups"));

        BackupSchedule schedule;
        schedule.enabled = true;
        schedule.folder = folder;
        schedule.frequency = BackupSchedule::Frequency::Daily;
        schedule.keep = 3;
        QVERIFY_ERROR(schedule.save(**store), ErrorCode::SecretRequired); // no passphrase yet
        BackupSchedule noFolder = schedule;
        noFolder.folder.clear();
        QVERIFY_ERROR(noFolder.save(**store, QStringLiteral("backup secret")), ErrorCode::Incomplete);
        QVERIFY_RESULT(schedule.save(**store, QStringLiteral("backup secret")));

        BackupScheduler scheduler(**store);
        QSignalSpy spy(&scheduler, &BackupScheduler::backupFinished);
        QTRY_COMPARE(spy.count(), 1); // due at once: never run before
        QVERIFY(spy.first().at(0).toBool());

        for (int day = 1; day <= 5; ++day) {
            m_now = m_now.addDays(1);
            scheduler.check();
        }
        QCOMPARE(spy.count(), 6);
        const QStringList files = QDir(folder).entryList({QStringLiteral("*.rapport-backup")}, QDir::Files, QDir::Name);
        QCOMPARE(files.size(), 3);
        QCOMPARE(files.last(), BackupSchedule::fileNameFor(m_now));
        scheduler.check(); // not due again the same day
        QCOMPARE(spy.count(), 6);

        auto loaded = BackupSchedule::load(**store);
        QVERIFY_RESULT(loaded);
        QVERIFY(loaded->lastSucceeded);
        QCOMPARE(loaded->lastRunAt, m_now);
        QVERIFY(loaded->lastResult.endsWith(files.last()));
        QVERIFY_RESULT(Backup::verify(QDir(folder).filePath(files.last()), test::passphrase("backup secret")));
    }

    void passphraseGoesToTheKeychain()
    {
        auto store = Store::create(
            m_dir.filePath(QStringLiteral("keychain.db")), test::passphrase("pw"), test::fastOptions(&m_now));
        QVERIFY_RESULT(store);
        test::FakeSecretVault vault;
        BackupSchedule schedule;
        schedule.enabled = true;
        schedule.folder = m_dir.filePath(QStringLiteral("keychain-backups"));
        QVERIFY_RESULT(schedule.save(**store, QStringLiteral("kept in the keychain"), &vault));

        QCOMPARE(vault.names().size(), 1);
        const QString name = vault.names().first();
        QVERIFY(name.startsWith(QStringLiteral("backup-passphrase:")));
        QCOMPARE(vault.entry(name), QStringLiteral("kept in the keychain"));
        QCOMPARE(*(*store)->settings().value(QStringLiteral("backup.schedule.passphrase")), QString());
        auto loaded = BackupSchedule::load(**store);
        QVERIFY_RESULT(loaded);
        QVERIFY(loaded->passphraseInKeychain);
        // Saving again without a passphrase keeps it: it is in the keychain.
        QVERIFY_RESULT(schedule.save(**store, QString(), &vault));

        auto file = BackupSchedule::runNow(**store, &vault);
        QVERIFY_RESULT(file);
        QVERIFY_RESULT(Backup::verify(*file, test::passphrase("kept in the keychain")));

        // Without the keychain now, the run says so instead of backing up with nothing.
        m_now = m_now.addSecs(1);
        QVERIFY_ERROR(BackupSchedule::runNow(**store, nullptr), ErrorCode::KeychainUnavailable);
        vault.setAvailable(false);
        QVERIFY_ERROR(BackupSchedule::runNow(**store, &vault), ErrorCode::KeychainUnavailable);
        vault.setAvailable(true);
        QVERIFY_RESULT(vault.remove(name));
        QVERIFY_ERROR(BackupSchedule::runNow(**store, &vault), ErrorCode::NotConfigured);
    }

    void withoutKeychainStaysInTheStore()
    {
        auto store = Store::create(
            m_dir.filePath(QStringLiteral("nokeychain.db")), test::passphrase("pw"), test::fastOptions(&m_now));
        QVERIFY_RESULT(store);
        test::FakeSecretVault vault;
        vault.setAvailable(false);
        BackupSchedule schedule;
        schedule.enabled = true;
        schedule.folder = m_dir.filePath(QStringLiteral("nokeychain-backups"));
        QVERIFY_RESULT(schedule.save(**store, QStringLiteral("kept in the store"), &vault));
        QCOMPARE(*(*store)->settings().value(QStringLiteral("backup.schedule.passphrase")),
                 QStringLiteral("kept in the store"));
        auto loaded = BackupSchedule::load(**store);
        QVERIFY_RESULT(loaded);
        QVERIFY(!loaded->passphraseInKeychain);
        auto file = BackupSchedule::runNow(**store, &vault);
        QVERIFY_RESULT(file);
        QVERIFY_RESULT(Backup::verify(*file, test::passphrase("kept in the store")));
        QVERIFY(vault.names().isEmpty());
    }

    void oldInStorePassphraseMovesToTheKeychain()
    {
        auto store = Store::create(
            m_dir.filePath(QStringLiteral("migrates.db")), test::passphrase("pw"), test::fastOptions(&m_now));
        QVERIFY_RESULT(store);
        BackupSchedule schedule;
        schedule.enabled = true;
        schedule.folder = m_dir.filePath(QStringLiteral("migrates-backups"));
        // As a Rapport before the keychain left it: the passphrase inside the store.
        QVERIFY_RESULT(schedule.save(**store, QStringLiteral("from before")));
        QCOMPARE(*(*store)->settings().value(QStringLiteral("backup.schedule.passphrase")),
                 QStringLiteral("from before"));

        test::FakeSecretVault vault;
        auto file = BackupSchedule::runNow(**store, &vault);
        QVERIFY_RESULT(file);
        QVERIFY_RESULT(Backup::verify(*file, test::passphrase("from before")));
        QCOMPARE(vault.names().size(), 1);
        QCOMPARE(vault.entry(vault.names().first()), QStringLiteral("from before"));
        QCOMPARE(*(*store)->settings().value(QStringLiteral("backup.schedule.passphrase")), QString());
        auto loaded = BackupSchedule::load(**store);
        QVERIFY_RESULT(loaded);
        QVERIFY(loaded->passphraseInKeychain);

        // The next run reads it from the keychain.
        m_now = m_now.addSecs(1);
        auto again = BackupSchedule::runNow(**store, &vault);
        QVERIFY_RESULT(again);
        QVERIFY_RESULT(Backup::verify(*again, test::passphrase("from before")));
        QVERIFY(vault.calls().contains(QStringLiteral("read ") + vault.names().first()));
    }

    void pruneIgnoresOtherFiles()
    {
        QTemporaryDir folder;
        for (const QString& name : {QStringLiteral("rapport-backup-20260101-000000.rapport-backup"),
                                    QStringLiteral("rapport-backup-20260102-000000.rapport-backup"),
                                    QStringLiteral("notes.txt")}) {
            QFile file(folder.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        auto removed = BackupSchedule::prune(folder.path(), 1);
        QVERIFY_RESULT(removed);
        QCOMPARE(*removed, QStringList {QStringLiteral("rapport-backup-20260101-000000.rapport-backup")});
        QVERIFY(QFile::exists(folder.filePath(QStringLiteral("notes.txt"))));
    }
};

QTEST_GUILESS_MAIN(TestBackupSchedule)
#include "TestBackupSchedule.moc"
