#include "../store/StoreTestFixture.h"
#include "ResultTesting.h"
#include "TestSupport.h"
#include "backup/Backup.h"
#include "backup/BackupReader.h"
#include "demo/DemoGenerator.h"
#include "instruments/InstrumentRegistry.h"
#include "store/Database.h"
#include "store/PersonRepository.h"
#include "store/StoreKeyFile.h"
#include "store/StoreSnapshot.h"
#include "store/StoreTesting.h"
#include "store/SubmissionRepository.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QtEndian>

#include <atomic>
#include <thread>

using namespace rapport;
using rapport::test::fastOptions;
using rapport::test::passphrase;

namespace {

/** Every row of every table, as text, in a stable order: to compare two stores row by row. */
QStringList dumpRows(Store& store)
{
    QStringList rows;
    for (const QString& table : {QStringLiteral("people"),
                                 QStringLiteral("connections"),
                                 QStringLiteral("submissions"),
                                 QStringLiteral("sharing_settings"),
                                 QStringLiteral("sharing_audit"),
                                 QStringLiteral("share_requests"),
                                 QStringLiteral("settings")}) {
        auto statement
            = StoreTesting::database(store).prepare(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(table));
        if (!statement) {
            return {QStringLiteral("error")};
        }
        for (;;) {
            auto stepped = statement->step();
            if (!stepped || *stepped == StepResult::Done) {
                break;
            }
            QStringList fields;
            for (int column = 0; column < 10; ++column) {
                fields.append(statement->text(column));
            }
            rows.append(table + QLatin1Char(':') + fields.join(QLatin1Char('|')));
        }
    }
    return rows;
}

} // namespace

class TestBackup : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_storePath;
    QString m_backupPath;
    QStringList m_originalRows;

    QString path(const QString& name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_storePath = path(QStringLiteral("org.db"));
        m_backupPath = path(QStringLiteral("org.rapport-backup"));
        auto store = Store::create(m_storePath, passphrase("store pw"), fastOptions());
        QVERIFY_RESULT(store);
        auto registry = InstrumentRegistry::builtIn();
        QVERIFY_RESULT(registry);
        DemoOptions options;
        options.employees = 30;
        options.professionals = 4;
        options.months = 6;
        options.seed = 11;
        options.until = QDateTime(QDate(2026, 6, 1), QTime(12, 0), QTimeZone::utc());
        QVERIFY_RESULT(DemoGenerator(options).fill(**store, *registry));
        QVERIFY_RESULT((*store)->people().add(QStringLiteral("Zebulon Quixotic-Wainwright"), Role::Client));
        m_originalRows = dumpRows(**store);
        QVERIFY(m_originalRows.size() > 200);
        qint64 lastDone = 0;
        auto manifest = Backup::exportTo(
            **store, m_backupPath, passphrase("backup pw"), KdfParameters::minimal(), [&](qint64 done, qint64 total) {
                lastDone = done;
                return done <= total;
            });
        QVERIFY_RESULT(manifest);
        QVERIFY(lastDone > 0);
        QCOMPARE(manifest->schemaVersion, (*store)->schemaVersion());
        QCOMPARE(manifest->appVersion, QStringLiteral(RAPPORT_VERSION));
        QVERIFY(manifest->rowCounts.value(QStringLiteral("submissions")) > 100);
        QVERIFY(!QFile::exists(m_backupPath + QStringLiteral(".snapshot-tmp")));
    }

    void backupHoldsNoPlaintext()
    {
        const QByteArray bytes = rapport::test::readAll(m_backupPath);
        QVERIFY(bytes.startsWith("RAPPORT-BACKUP"));
        for (const QByteArray& needle : {QByteArrayLiteral("Zebulon"),
                                         QByteArrayLiteral("wellbeing-index"),
                                         QByteArrayLiteral("SQLite format"),
                                         QByteArrayLiteral("CREATE TABLE"),
                                         QByteArrayLiteral("rowCounts"),
                                         QByteArrayLiteral("snapshotKey")}) {
            QVERIFY2(!bytes.contains(needle), needle.constData());
        }
    }

    void verifiesAndRestoresRowByRow()
    {
        auto verified = Backup::verify(m_backupPath, passphrase("backup pw"));
        QVERIFY_RESULT(verified);
        const QString restoredPath = path(QStringLiteral("restored/org.db"));
        auto restored = Backup::restoreTo(
            m_backupPath, passphrase("backup pw"), restoredPath, passphrase("new store pw"), KdfParameters::minimal());
        QVERIFY_RESULT(restored);
        QCOMPARE(restored->rowCounts, verified->rowCounts);
        auto store = Store::open(restoredPath, passphrase("new store pw"), fastOptions());
        QVERIFY_RESULT(store);
        QCOMPARE(dumpRows(**store), m_originalRows);
        store->reset();
        QVERIFY_ERROR(Store::open(restoredPath, passphrase("store pw"), fastOptions()), ErrorCode::WrongPassphrase);
        // Never silently over an existing store.
        QVERIFY_ERROR(
            Backup::restoreTo(
                m_backupPath, passphrase("backup pw"), restoredPath, passphrase("x"), KdfParameters::minimal()),
            ErrorCode::AlreadyExists);
    }

    void wrongPassphrase()
    {
        QVERIFY_ERROR(Backup::verify(m_backupPath, passphrase("guess")), ErrorCode::WrongPassphrase);
    }

    void foreignAndNewerFiles()
    {
        const QString foreign = path(QStringLiteral("foreign.bin"));
        QVERIFY_RESULT(writeFileAtomically(foreign, QByteArrayLiteral("PK\x03\x04 this is a zip file, not a backup")));
        QVERIFY_ERROR(Backup::verify(foreign, passphrase("backup pw")), ErrorCode::ForeignFile);
        QVERIFY_ERROR(Backup::verify(path(QStringLiteral("missing")), passphrase("backup pw")), ErrorCode::NotFound);

        QByteArray bytes = rapport::test::readAll(m_backupPath);
        const QByteArray from = "\"formatVersion\":" + QByteArray::number(BackupReader::FormatVersion);
        const qsizetype at = bytes.indexOf(from);
        QVERIFY(at > 0);
        bytes.replace(at, from.size(), QByteArrayLiteral("\"formatVersion\":9"));
        const QString newer = path(QStringLiteral("newer.bak"));
        QVERIFY_RESULT(writeFileAtomically(newer, bytes));
        QVERIFY_ERROR(Backup::verify(newer, passphrase("backup pw")), ErrorCode::NewerSchema);
    }

    void detectsEveryAlteration_data()
    {
        QTest::addColumn<double>("where"); // fraction of the file
        for (double where : {0.001, 0.05, 0.2, 0.5, 0.8, 0.999}) {
            QTest::newRow(qPrintable(QString::number(where))) << where;
        }
    }

    void detectsEveryAlteration()
    {
        QFETCH(double, where);
        QByteArray bytes = rapport::test::readAll(m_backupPath);
        const qsizetype offset
            = std::max<qsizetype>(16, static_cast<qsizetype>(where * static_cast<double>(bytes.size())));
        bytes[offset] = static_cast<char>(bytes.at(offset) ^ 0x01);
        const QString altered = path(QStringLiteral("altered.bak"));
        QVERIFY_RESULT(writeFileAtomically(altered, bytes));
        auto result = Backup::verify(altered, passphrase("backup pw"));
        QVERIFY(!result.has_value());
        // A flipped byte in the header's key check can only show up as a wrong passphrase; anywhere else it is damage.
        QVERIFY2(result.error().code == ErrorCode::CorruptFile || result.error().code == ErrorCode::WrongPassphrase,
                 qPrintable(result.error().message));
        QVERIFY(!QFile::exists(altered + QStringLiteral(".snapshot-tmp")));
    }

    void detectsTruncationAndTrailingBytes()
    {
        const QByteArray bytes = rapport::test::readAll(m_backupPath);
        const QString cut = path(QStringLiteral("cut.bak"));
        // Cut mid-chunk, and exactly at a chunk boundary (the last chunk removed whole).
        QVERIFY_RESULT(writeFileAtomically(cut, bytes.left(bytes.size() / 2)));
        QVERIFY_ERROR(Backup::verify(cut, passphrase("backup pw")), ErrorCode::CorruptFile);
        // Walk the chunk lengths to find the start of the last chunk.
        qsizetype position = 16;
        const quint32 headerLength = qFromBigEndian<quint32>(bytes.constData() + position);
        position += 4 + headerLength + 24;
        qsizetype lastChunk = position;
        while (position < bytes.size()) {
            lastChunk = position;
            position += 4 + qFromBigEndian<quint32>(bytes.constData() + position);
        }
        QCOMPARE(position, bytes.size());
        QVERIFY_RESULT(writeFileAtomically(cut, bytes.left(lastChunk)));
        QVERIFY_ERROR(Backup::verify(cut, passphrase("backup pw")), ErrorCode::CorruptFile);
        QVERIFY_RESULT(writeFileAtomically(cut, bytes + QByteArrayLiteral("extra")));
        QVERIFY_ERROR(Backup::verify(cut, passphrase("backup pw")), ErrorCode::CorruptFile);
    }

    void cancelledExportLeavesNoFile()
    {
        auto store = Store::open(m_storePath, passphrase("store pw"), fastOptions());
        QVERIFY_RESULT(store);
        const QString file = path(QStringLiteral("cancelled.bak"));
        QVERIFY_ERROR(
            Backup::exportTo(
                **store, file, passphrase("b"), KdfParameters::minimal(), [](qint64, qint64) { return false; }),
            ErrorCode::Cancelled);
        QVERIFY(!QFile::exists(file));
        QVERIFY(!QFile::exists(file + QStringLiteral(".snapshot-tmp")));
    }

    void failedRestoreLeavesTheCurrentStoreIntact()
    {
        const QString current = path(QStringLiteral("current/org.db"));
        {
            auto store = Store::create(current, passphrase("current pw"), fastOptions());
            QVERIFY_RESULT(store);
            QVERIFY_RESULT((*store)->people().add(QStringLiteral("Still here"), Role::Client));
        }
        QByteArray bytes = rapport::test::readAll(m_backupPath);
        bytes[bytes.size() - 10] = static_cast<char>(bytes.at(bytes.size() - 10) ^ 0x40);
        const QString broken = path(QStringLiteral("broken.bak"));
        QVERIFY_RESULT(writeFileAtomically(broken, bytes));
        QVERIFY_ERROR(Backup::restoreReplacing(
                          broken, passphrase("backup pw"), current, passphrase("new"), KdfParameters::minimal()),
                      ErrorCode::CorruptFile);
        auto store = Store::open(current, passphrase("current pw"), fastOptions());
        QVERIFY_RESULT(store);
        auto people = (*store)->people().list();
        QVERIFY_RESULT(people);
        QCOMPARE(people->size(), 1);
        QVERIFY_RESULT((*store)->checkIntegrity());
        store->reset();

        // A good backup replaces it, and no dated copy is left behind once the restore is verified.
        QVERIFY_RESULT(Backup::restoreReplacing(
            m_backupPath, passphrase("backup pw"), current, passphrase("new"), KdfParameters::minimal()));
        auto replaced = Store::open(current, passphrase("new"), fastOptions());
        QVERIFY_RESULT(replaced);
        QCOMPARE(dumpRows(**replaced), m_originalRows);
        const QStringList leftovers
            = QDir(path(QStringLiteral("current"))).entryList({QStringLiteral("*before-restore*")});
        QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(QLatin1Char(','))));
    }

    void backupWhileAnotherThreadWritesIsConsistent()
    {
        auto opened = Store::open(m_storePath, passphrase("store pw"), fastOptions());
        QVERIFY_RESULT(opened);
        Store& store = **opened;
        auto client = store.people().add(QStringLiteral("Busy writer"), Role::Client);
        QVERIFY_RESULT(client);
        // The writer uses the store's own connection; the backup opens its own. Every write is one submission, so
        // a consistent snapshot holds a whole number of them and passes its integrity check.
        std::atomic<bool> stop = false;
        std::atomic<int> written = 0;
        std::thread writer([&] {
            while (!stop) {
                Submission submission;
                submission.personId = client->id;
                submission.instrumentId = QStringLiteral("wellbeing-index");
                submission.answers = {3, 3, 3, 3, 3};
                submission.score = 60;
                if (store.submissions().add(submission)) {
                    ++written;
                }
            }
        });
        QTRY_VERIFY(written > 5);
        const QString file = path(QStringLiteral("concurrent.bak"));
        auto manifest = Backup::exportTo(store, file, passphrase("b"), KdfParameters::minimal());
        stop = true;
        writer.join();
        QVERIFY_RESULT(manifest);
        QVERIFY(written > 5);
        auto verified = Backup::verify(file, passphrase("b"));
        QVERIFY_RESULT(verified);
        QCOMPARE(verified->rowCounts, manifest->rowCounts);
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "TestBackup.moc"
