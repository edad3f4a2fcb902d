// The store entry points rapport-bench needs: opening with a raw key, the plain-SQLite twin used to measure what
// encryption costs, statement recording and the sqlcipher shell preamble.
#include "ResultTesting.h"
#include "StoreTestFixture.h"
#include "store/Database.h"
#include "store/PersonRepository.h"
#include "store/StoreTesting.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sodium.h>

using namespace rapport;
using rapport::test::fastOptions;
using rapport::test::passphrase;

class TestStoreKeyAccess : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString storePath() const { return m_dir.filePath(QStringLiteral("rapport.db")); }

    /** A store with one person; returns its raw key. */
    SecureBytes makeStore(QUuid* personId, StoreOptions options = fastOptions())
    {
        auto store = Store::create(storePath(), passphrase("correct horse"), options);
        if (!store) {
            return {};
        }
        auto person = (*store)->people().add(QStringLiteral("Ada"), Role::Client, QStringLiteral("Finance"));
        if (person && personId != nullptr) {
            *personId = person->id;
        }
        return StoreTesting::key(**store).clone();
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        for (const QString& name : QDir(m_dir.path()).entryList(QDir::Files)) {
            QFile::remove(m_dir.filePath(name));
        }
    }

    void opensWithItsRawKey()
    {
        QUuid id;
        const SecureBytes key = makeStore(&id);
        QCOMPARE(key.size(), DerivedKeySize);
        auto store = StoreTesting::openWithKey(storePath(), key, fastOptions());
        QVERIFY_RESULT(store);
        auto person = (*store)->people().find(id);
        QVERIFY_RESULT(person);
        QCOMPARE(person->name, QStringLiteral("Ada"));
        // The lock applies as with a passphrase.
        auto second = StoreTesting::openWithKey(storePath(), key, fastOptions());
        QVERIFY(!second);
        QCOMPARE(second.error().code, ErrorCode::Busy);
    }

    void refusesAnotherKey()
    {
        QUuid id;
        (void)makeStore(&id);
        const SecureBytes other = SecureBytes::random(DerivedKeySize);
        auto store = StoreTesting::openWithKey(storePath(), other, fastOptions());
        QVERIFY(!store);
        QCOMPARE(store.error().code, ErrorCode::WrongPassphrase);
        auto empty = StoreTesting::openWithKey(storePath(), SecureBytes(), fastOptions());
        QVERIFY(!empty);
        QCOMPARE(empty.error().code, ErrorCode::WrongPassphrase);
    }

    void plainTwinIsPlainSQLiteAndNeverOpensAsAStore()
    {
        StoreOptions plain = fastOptions();
        plain.encrypted = false;
        QUuid id;
        const SecureBytes key = makeStore(&id, plain);
        QFile file(storePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(15), QByteArray("SQLite format 3"));
        file.close();

        // The ordinary ways in refuse it: it is not an encrypted store.
        auto byPassphrase = Store::open(storePath(), passphrase("correct horse"), fastOptions());
        QVERIFY(!byPassphrase);
        QCOMPARE(byPassphrase.error().code, ErrorCode::CorruptFile);
        auto byKey = StoreTesting::openWithKey(storePath(), key, fastOptions());
        QVERIFY(!byKey);
        QCOMPARE(byKey.error().code, ErrorCode::CorruptFile);

        auto store = StoreTesting::openWithKey(storePath(), key, plain);
        QVERIFY_RESULT(store);
        auto person = (*store)->people().find(id);
        QVERIFY_RESULT(person);
        QCOMPARE(person->team, QStringLiteral("Finance"));
    }

    void encryptedStoreDoesNotOpenAsPlain()
    {
        QUuid id;
        const SecureBytes key = makeStore(&id);
        StoreOptions plain = fastOptions();
        plain.encrypted = false;
        auto store = StoreTesting::openWithKey(storePath(), key, plain);
        QVERIFY(!store);
        QCOMPARE(store.error().code, ErrorCode::CorruptFile);
    }

    void recordsStatementsWithTheirParameters()
    {
        QUuid id;
        const SecureBytes key = makeStore(&id);
        auto store = StoreTesting::openWithKey(storePath(), key, fastOptions());
        QVERIFY_RESULT(store);
        StoreTesting::database(**store).recordStatements(true);
        QVERIFY_RESULT((*store)->people().find(id));
        const QStringList recorded = StoreTesting::database(**store).recordedStatements();
        QVERIFY(!recorded.isEmpty());
        QVERIFY(recorded.constFirst().contains(id.toString(QUuid::WithoutBraces)));
        QVERIFY(!recorded.constFirst().contains(QLatin1Char('?')));
        StoreTesting::database(**store).recordStatements(false);
        QVERIFY(StoreTesting::database(**store).recordedStatements().isEmpty());
        QVERIFY_RESULT((*store)->people().find(id));
        QVERIFY(StoreTesting::database(**store).recordedStatements().isEmpty());
    }

    void shellPreambleOpensTheFileInTheSqlcipherShell()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("sqlcipher")).isEmpty()) {
            QSKIP("the sqlcipher shell is not installed");
        }
        QUuid id;
        const SecureBytes key = makeStore(&id);
        QByteArray script;
        {
            auto store = StoreTesting::openWithKey(storePath(), key, fastOptions());
            QVERIFY_RESULT(store);
            script = StoreTesting::shellPreamble(**store);
        }
        script += "SELECT 'people=' || count(*) FROM people;\n";
        QProcess shell;
        shell.setProcessChannelMode(QProcess::MergedChannels);
        shell.start(QStringLiteral("sqlcipher"), {QStringLiteral("-batch"), storePath()});
        QVERIFY(shell.waitForStarted());
        shell.write(script);
        sodium_memzero(script.data(), static_cast<std::size_t>(script.size()));
        shell.closeWriteChannel();
        QVERIFY(shell.waitForFinished());
        const QByteArray output = shell.readAll();
        QVERIFY2(output.contains("people=1"), output.constData());
        QVERIFY2(!output.contains("Error"), output.constData());
    }
};

QTEST_GUILESS_MAIN(TestStoreKeyAccess)
#include "TestStoreKeyAccess.moc"
