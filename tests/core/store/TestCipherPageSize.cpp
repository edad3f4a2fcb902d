// SQLCipher page sizes: new stores use 4 KiB pages; stores made with SQLCipher 3's 1 KiB pages (key files that
// record no page size) keep opening, and move to 4 KiB when re-keyed or restored from a backup.
#include "ResultTesting.h"
#include "StoreTestFixture.h"
#include "TestSupport.h"
#include "backup/Backup.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "store/PersonRepository.h"
#include "store/StoreKeyFile.h"
#include "store/StoreSnapshot.h"
#include "store/StoreTesting.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace rapport;
using rapport::test::fastOptions;
using rapport::test::fileHash;
using rapport::test::passphrase;

namespace {

qint64 pageSizeOf(Store& store)
{
    auto size = StoreTesting::database(store).queryInteger(QStringLiteral("PRAGMA page_size;"));
    return size ? *size : -1;
}

QJsonObject keyFileJson(const QString& storePath)
{
    return QJsonDocument::fromJson(rapport::test::readAll(StoreKeyFile::pathFor(storePath))).object();
}

} // namespace

class TestCipherPageSize : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString storePath() const { return path(QStringLiteral("rapport.db")); }

    /**
     * Exactly what Rapport wrote before 4 KiB pages: the database keyed with 1 KiB pages and migrated, beside a
     * format-1 key file whose slot names no page size. Adds one person through the store and returns its id.
     */
    QUuid makeLegacyStore(const QString& storeFile, const char* passphraseText)
    {
        const KdfParameters kdf = KdfParameters::minimal().withFreshSalt();
        auto key = deriveKey(passphrase(passphraseText), kdf);
        if (!key) {
            return {};
        }
        {
            auto database = Database::open(storeFile, Database::OpenMode::ReadWriteCreate);
            if (!database || !(*database)->key(*key, CipherPageSize::Legacy) || !Migrations::migrate(**database)) {
                return {};
            }
        }
        const QJsonObject keyFile {
            {QStringLiteral("format"), QStringLiteral("rapport-store-key")},
            {QStringLiteral("formatVersion"), 1},
            {QStringLiteral("cipher"),
             QJsonObject {{QStringLiteral("engine"), QStringLiteral("sqlcipher")},
                          {QStringLiteral("compatibility"), 3},
                          {QStringLiteral("pageSize"), 1024},
                          {QStringLiteral("key"), QStringLiteral("raw")}}},
            {QStringLiteral("current"),
             QJsonObject {{QStringLiteral("kdf"), kdf.toJson()},
                          {QStringLiteral("keyCheck"),
                           QString::fromLatin1(keyCheckValue(*key, StoreKeyFile::keyCheckLabel()).toBase64())}}},
        };
        if (!writeFileAtomically(StoreKeyFile::pathFor(storeFile), QJsonDocument(keyFile).toJson())) {
            return {};
        }
        auto store = Store::open(storeFile, passphrase(passphraseText), fastOptions());
        if (!store) {
            return {};
        }
        auto person = (*store)->people().add(QStringLiteral("Written at 1 KiB"), Role::Client, QStringLiteral("Ops"));
        return person ? person->id : QUuid();
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        for (const QString& name : QDir(m_dir.path()).entryList(QDir::Files)) {
            QFile::remove(m_dir.filePath(name));
        }
    }

    void newStoreUsesFourKibPagesAndRecordsThem()
    {
        {
            auto store = Store::create(storePath(), passphrase("pw"), fastOptions());
            QVERIFY_RESULT(store);
            QCOMPARE((*store)->cipherPageSize(), CipherPageSize::Default);
            QCOMPARE(pageSizeOf(**store), qint64(4096));
            QVERIFY(StoreTesting::shellPreamble(**store).contains("cipher_page_size = 4096;"));
        }
        const QJsonObject json = keyFileJson(storePath());
        QCOMPARE(json.value(QStringLiteral("formatVersion")).toInt(), 2);
        QCOMPARE(json.value(QStringLiteral("current")).toObject().value(QStringLiteral("cipherPageSize")).toInt(),
                 4096);
        QCOMPARE(QFileInfo(storePath()).size() % 4096, qint64(0));
        auto reopened = Store::open(storePath(), passphrase("pw"), fastOptions());
        QVERIFY_RESULT(reopened);
        QCOMPARE(pageSizeOf(**reopened), qint64(4096));
    }

    void legacyStoreOpensReadsAndWrites()
    {
        const QUuid id = makeLegacyStore(storePath(), "old pw");
        QVERIFY(!id.isNull());
        {
            auto store = Store::open(storePath(), passphrase("old pw"), fastOptions());
            QVERIFY_RESULT(store);
            QCOMPARE((*store)->cipherPageSize(), CipherPageSize::Legacy);
            QCOMPARE(pageSizeOf(**store), qint64(1024));
            QVERIFY(StoreTesting::shellPreamble(**store).contains("cipher_page_size = 1024;"));
            auto person = (*store)->people().find(id);
            QVERIFY_RESULT(person);
            QCOMPARE(person->name, QStringLiteral("Written at 1 KiB"));
            QVERIFY_RESULT((*store)->people().add(QStringLiteral("Second"), Role::Client));
            QVERIFY_RESULT((*store)->checkIntegrity());
        }
        // Opening does not rewrite the old key file (an older Rapport can still open the store).
        QCOMPARE(keyFileJson(storePath()).value(QStringLiteral("formatVersion")).toInt(), 1);
        auto key = (*StoreKeyFile::load(StoreKeyFile::pathFor(storePath()))).current;
        auto derived = deriveKey(passphrase("old pw"), key.kdf);
        QVERIFY_RESULT(derived);
        auto withKey = StoreTesting::openWithKey(storePath(), *derived, fastOptions());
        QVERIFY_RESULT(withKey);
        QCOMPARE(pageSizeOf(**withKey), qint64(1024));
        auto people = (*withKey)->people().list();
        QVERIFY_RESULT(people);
        QCOMPARE(people->size(), 2);
    }

    void passphraseChangeMovesALegacyStoreToFourKib()
    {
        const QUuid id = makeLegacyStore(storePath(), "old pw");
        QVERIFY(!id.isNull());
        {
            auto store = Store::open(storePath(), passphrase("old pw"), fastOptions());
            QVERIFY_RESULT(store);
            QVERIFY_RESULT((*store)->changePassphrase(passphrase("new pw"), KdfParameters::minimal()));
            QCOMPARE((*store)->cipherPageSize(), CipherPageSize::Default);
            QCOMPARE(pageSizeOf(**store), qint64(4096));
            QVERIFY_RESULT((*store)->people().find(id));
        }
        QCOMPARE(keyFileJson(storePath())
                     .value(QStringLiteral("current"))
                     .toObject()
                     .value(QStringLiteral("cipherPageSize"))
                     .toInt(),
                 4096);
        QVERIFY_ERROR(Store::open(storePath(), passphrase("old pw"), fastOptions()), ErrorCode::WrongPassphrase);
        auto store = Store::open(storePath(), passphrase("new pw"), fastOptions());
        QVERIFY_RESULT(store);
        QCOMPARE(pageSizeOf(**store), qint64(4096));
        QVERIFY_RESULT((*store)->checkIntegrity());
        auto person = (*store)->people().find(id);
        QVERIFY_RESULT(person);
        QCOMPARE(person->team, QStringLiteral("Ops"));
    }

    void backupOfALegacyStoreRestoresWithFourKibPages()
    {
        const QUuid id = makeLegacyStore(storePath(), "old pw");
        QVERIFY(!id.isNull());
        const QString backupFile = path(QStringLiteral("legacy.rapport-backup"));
        {
            auto store = Store::open(storePath(), passphrase("old pw"), fastOptions());
            QVERIFY_RESULT(store);
            QVERIFY_RESULT(Backup::exportTo(**store, backupFile, passphrase("backup pw"), KdfParameters::minimal()));
        }
        QVERIFY_RESULT(Backup::verify(backupFile, passphrase("backup pw")));
        const QString restoredPath = path(QStringLiteral("restored.db"));
        QVERIFY_RESULT(Backup::restoreTo(
            backupFile, passphrase("backup pw"), restoredPath, passphrase("restored pw"), KdfParameters::minimal()));
        auto restored = Store::open(restoredPath, passphrase("restored pw"), fastOptions());
        QVERIFY_RESULT(restored);
        QCOMPARE((*restored)->cipherPageSize(), CipherPageSize::Default);
        QCOMPARE(pageSizeOf(**restored), qint64(4096));
        QVERIFY_RESULT((*restored)->people().find(id));
    }

    void snapshotWithLegacyPagesStillInspectsAndRestores()
    {
        // Backups of format 1 carry 1 KiB snapshots; their manifest names no page size (see TestBackupReader).
        const QUuid id = makeLegacyStore(storePath(), "pw");
        QVERIFY(!id.isNull());
        const QString snapshotPath = path(QStringLiteral("legacy.snapshot"));
        const SecureBytes snapshotKey = SecureBytes::random(32);
        {
            auto store = Store::open(storePath(), passphrase("pw"), fastOptions());
            QVERIFY_RESULT(store);
            Database& database = StoreTesting::database(**store);
            QVERIFY_RESULT(database.attachEncrypted(
                snapshotPath, QStringLiteral("snapshot"), snapshotKey, CipherPageSize::Legacy));
            QVERIFY_RESULT(database.exec(QStringLiteral("SELECT sqlcipher_export('snapshot'); "
                                                        "PRAGMA snapshot.user_version = %1; DETACH DATABASE snapshot;")
                                             .arg(Migrations::latestSchemaVersion())));
        }
        QCOMPARE(QFileInfo(snapshotPath).size() % 1024, qint64(0));
        QVERIFY_ERROR(StoreSnapshot::inspect(snapshotPath, {snapshotKey, CipherPageSize::Default}),
                      ErrorCode::CorruptFile);
        auto info = StoreSnapshot::inspect(snapshotPath, {snapshotKey, CipherPageSize::Legacy});
        QVERIFY_RESULT(info);
        QCOMPARE(info->rowCounts.value(QStringLiteral("people")), 1);

        const QString restoredPath = path(QStringLiteral("restored.db"));
        QVERIFY_RESULT(StoreSnapshot::restore(snapshotPath,
                                              {snapshotKey, CipherPageSize::Legacy},
                                              restoredPath,
                                              passphrase("restored"),
                                              KdfParameters::minimal()));
        auto restored = Store::open(restoredPath, passphrase("restored"), fastOptions());
        QVERIFY_RESULT(restored);
        QCOMPARE(pageSizeOf(**restored), qint64(4096));
        QVERIFY_RESULT((*restored)->people().find(id));
    }

    void wrongPageSizeIsRefusedWithoutTouchingTheStore()
    {
        {
            auto store = Store::create(storePath(), passphrase("pw"), fastOptions());
            QVERIFY_RESULT(store);
            QVERIFY_RESULT((*store)->people().add(QStringLiteral("Kept"), Role::Client));
        }
        const QString keyFilePath = StoreKeyFile::pathFor(storePath());
        const QByteArray original = rapport::test::readAll(keyFilePath);
        auto keyFile = StoreKeyFile::load(keyFilePath);
        QVERIFY_RESULT(keyFile);
        keyFile->current.pageSize = CipherPageSize::Legacy; // a key file that names the wrong page size
        QVERIFY_RESULT(keyFile->save(keyFilePath));
        const QByteArray before = fileHash(storePath());

        QVERIFY_ERROR(Store::open(storePath(), passphrase("pw"), fastOptions()), ErrorCode::CorruptFile);
        QCOMPARE(fileHash(storePath()), before);

        QVERIFY_RESULT(writeFileAtomically(keyFilePath, original));
        auto store = Store::open(storePath(), passphrase("pw"), fastOptions());
        QVERIFY_RESULT(store);
        auto people = (*store)->people().list();
        QVERIFY_RESULT(people);
        QCOMPARE(people->size(), 1);
    }

    void keyFileWithAnImpossiblePageSizeIsDamaged_data()
    {
        QTest::addColumn<QJsonValue>("pageSize");
        QTest::newRow("not a power of two") << QJsonValue(3000);
        QTest::newRow("too small") << QJsonValue(256);
        QTest::newRow("too large") << QJsonValue(131072);
        QTest::newRow("negative") << QJsonValue(-4096);
        QTest::newRow("fraction") << QJsonValue(4096.5);
        QTest::newRow("text") << QJsonValue(QStringLiteral("4096"));
    }

    void keyFileWithAnImpossiblePageSizeIsDamaged()
    {
        QFETCH(QJsonValue, pageSize);
        {
            QVERIFY_RESULT(Store::create(storePath(), passphrase("pw"), fastOptions()));
        }
        QJsonObject json = keyFileJson(storePath());
        QJsonObject current = json.value(QStringLiteral("current")).toObject();
        current.insert(QStringLiteral("cipherPageSize"), pageSize);
        json.insert(QStringLiteral("current"), current);
        QVERIFY_ERROR(StoreKeyFile::parse(QJsonDocument(json).toJson(), storePath()), ErrorCode::CorruptFile);
    }

    void databaseRefusesAnImpossiblePageSize()
    {
        auto database = Database::open(storePath(), Database::OpenMode::ReadWriteCreate);
        QVERIFY_RESULT(database);
        QVERIFY_ERROR((*database)->key(SecureBytes::random(32), 3000), ErrorCode::InvalidArgument);
        QVERIFY_RESULT((*database)->key(SecureBytes::random(32), 8192));
        QVERIFY_RESULT((*database)->exec(QStringLiteral("CREATE TABLE t (x);")));
        auto size = (*database)->queryInteger(QStringLiteral("PRAGMA page_size;"));
        QVERIFY_RESULT(size);
        QCOMPARE(*size, qint64(8192));
    }
};

QTEST_GUILESS_MAIN(TestCipherPageSize)
#include "TestCipherPageSize.moc"
