// Bulk loads: the store's transactions join the open one instead of nesting as savepoints, and a failure inside
// still loses the whole load rather than half of it.
#include "ResultTesting.h"
#include "StoreTestFixture.h"
#include "store/Database.h"
#include "store/PersonRepository.h"
#include "store/StoreTesting.h"

#include <QTemporaryDir>
#include <QTest>

using namespace rapport;
using rapport::test::fastOptions;
using rapport::test::passphrase;

class TestBulkLoad : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

    qint64 people()
    {
        auto count = m_store->people().count();
        return count ? *count : -1;
    }
    qint64 cacheSize()
    {
        auto size = StoreTesting::database(*m_store).queryInteger(QStringLiteral("PRAGMA cache_size;"));
        return size ? *size : 0;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_store.reset();
        removeDatabaseFiles(m_dir.filePath(QStringLiteral("bulk.db")));
        QFile::remove(m_dir.filePath(QStringLiteral("bulk.db.key.json")));
        auto store = Store::create(m_dir.filePath(QStringLiteral("bulk.db")), passphrase("pw"), fastOptions());
        QVERIFY_RESULT(store);
        m_store = std::move(*store);
    }

    void needsAnOpenTransactionOfItsOwn()
    {
        QVERIFY_ERROR(BulkLoad::begin(StoreTesting::database(*m_store)), ErrorCode::Internal);
        auto transaction = Transaction::begin(StoreTesting::database(*m_store));
        QVERIFY_RESULT(transaction);
        auto load = BulkLoad::begin(StoreTesting::database(*m_store));
        QVERIFY_RESULT(load);
        QVERIFY_ERROR(BulkLoad::begin(StoreTesting::database(*m_store)), ErrorCode::Internal);
    }

    void writesInsideCommitOnceWithTheOpenTransaction()
    {
        const qint64 normalCache = cacheSize();
        QCOMPARE(normalCache, -qint64(PageCache::NormalMiB) * 1024);
        {
            auto transaction = Transaction::begin(StoreTesting::database(*m_store));
            QVERIFY_RESULT(transaction);
            auto load = BulkLoad::begin(StoreTesting::database(*m_store));
            QVERIFY_RESULT(load);
            QCOMPARE(cacheSize(), -qint64(PageCache::BulkLoadMiB) * 1024);
            for (int i = 0; i < 5; ++i) {
                QVERIFY_RESULT(m_store->people().add(QStringLiteral("Person %1").arg(i), Role::Client));
            }
            // No savepoint was opened: there is none to release.
            QVERIFY(!StoreTesting::database(*m_store).exec(QStringLiteral("RELEASE rapport_nested;")));
            QVERIFY_RESULT(transaction->commit());
        }
        QCOMPARE(people(), 5);
        QCOMPARE(cacheSize(), normalCache);
    }

    void aFailedWriteInsideLosesTheWholeLoad()
    {
        QVERIFY_RESULT(m_store->people().add(QStringLiteral("Before"), Role::Client));
        {
            auto transaction = Transaction::begin(StoreTesting::database(*m_store));
            QVERIFY_RESULT(transaction);
            auto load = BulkLoad::begin(StoreTesting::database(*m_store));
            QVERIFY_RESULT(load);
            QVERIFY_RESULT(m_store->people().add(QStringLiteral("Loaded"), Role::Client));
            {
                // A store write that fails half-way: its own transaction ends without committing.
                auto inner = Transaction::begin(StoreTesting::database(*m_store));
                QVERIFY_RESULT(inner);
                QVERIFY_RESULT(StoreTesting::database(*m_store).exec(QStringLiteral(
                    "INSERT INTO settings (key, value, created_at, updated_at) VALUES ('half', 'written', 0, 0);")));
            }
            QVERIFY_ERROR(transaction->commit(), ErrorCode::Internal);
        }
        QCOMPARE(people(), 1); // only the person from before the load
        auto half = StoreTesting::database(*m_store).queryInteger(
            QStringLiteral("SELECT count(*) FROM settings WHERE key = 'half'"));
        QVERIFY_RESULT(half);
        QCOMPARE(*half, 0);
        // The next transaction is not affected.
        QVERIFY_RESULT(m_store->people().add(QStringLiteral("After"), Role::Client));
        QCOMPARE(people(), 2);
    }

    void withoutABulkLoadNestedTransactionsAreSavepoints()
    {
        auto transaction = Transaction::begin(StoreTesting::database(*m_store));
        QVERIFY_RESULT(transaction);
        QVERIFY_RESULT(m_store->people().add(QStringLiteral("Kept"), Role::Client));
        {
            auto inner = Transaction::begin(StoreTesting::database(*m_store));
            QVERIFY_RESULT(inner);
            QVERIFY_RESULT(StoreTesting::database(*m_store).exec(QStringLiteral(
                "INSERT INTO settings (key, value, created_at, updated_at) VALUES ('undone', 'yes', 0, 0);")));
        } // rolled back to its savepoint alone
        QVERIFY_RESULT(transaction->commit());
        QCOMPARE(people(), 1);
        auto undone = StoreTesting::database(*m_store).queryInteger(
            QStringLiteral("SELECT count(*) FROM settings WHERE key = 'undone'"));
        QVERIFY_RESULT(undone);
        QCOMPARE(*undone, 0);
    }

    void cleanupTestCase() { m_store.reset(); }
};

QTEST_GUILESS_MAIN(TestBulkLoad)
#include "TestBulkLoad.moc"
