#include "ResultTesting.h"
#include "StoreTestFixture.h"
#include "crypto/KeyDerivation.h"
#include "crypto/SecureBytes.h"

#include <QJsonObject>
#include <QTest>

using namespace rapport;

class TestStoreCrypto : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secureBytesCopyAndWipe()
    {
        QByteArray plain("hunter2");
        SecureBytes secret = SecureBytes::takeFrom(plain);
        QVERIFY(plain.isEmpty());
        QCOMPARE(secret.size(), std::size_t(7));
        QCOMPARE(QByteArray(reinterpret_cast<const char*>(secret.data()), 7), QByteArray("hunter2"));
        SecureBytes copy = secret.clone();
        QVERIFY(copy.equals(secret));
        SecureBytes moved = std::move(secret);
        QVERIFY(secret.isEmpty()); // NOLINT(bugprone-use-after-move): moved-from is empty by contract
        QVERIFY(moved.equals(copy));
        moved.wipe();
        QVERIFY(moved.isEmpty());
        QVERIFY(moved.data() == nullptr);
    }

    void derivationIsDeterministicPerSalt()
    {
        const KdfParameters parameters = KdfParameters::minimal();
        auto a = deriveKey(test::passphrase("pass"), parameters);
        auto b = deriveKey(test::passphrase("pass"), parameters);
        auto c = deriveKey(test::passphrase("pasS"), parameters);
        auto d = deriveKey(test::passphrase("pass"), KdfParameters::minimal());
        QVERIFY_RESULT(a);
        QVERIFY_RESULT(b);
        QVERIFY_RESULT(c);
        QVERIFY_RESULT(d);
        QCOMPARE(a->size(), DerivedKeySize);
        QVERIFY(a->equals(*b));
        QVERIFY(!a->equals(*c));
        QVERIFY(!a->equals(*d)); // a new salt gives a new key
        QCOMPARE(keyCheckValue(*a, "label"), keyCheckValue(*b, "label"));
        QVERIFY(keyCheckValue(*a, "label") != keyCheckValue(*c, "label"));
    }

    void defaultCostIsArgon2idWithRealMemory()
    {
        const KdfParameters defaults = KdfParameters::defaults();
        QCOMPARE(defaults.algorithm, QStringLiteral("argon2id13"));
        QVERIFY(defaults.memLimitBytes >= quint64(64) * 1024 * 1024);
        QVERIFY(defaults.opsLimit >= 2);
        QCOMPARE(defaults.salt.size(), 16);
        QVERIFY_RESULT(deriveKey(test::passphrase("at the default cost"), defaults));
    }

    void parametersRoundTripThroughJson()
    {
        const KdfParameters original = KdfParameters::defaults();
        auto parsed = KdfParameters::fromJson(original.toJson());
        QVERIFY_RESULT(parsed);
        QCOMPARE(*parsed, original);
    }

    void rejectsDoctoredParameters_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("unknown algorithm") << QStringLiteral("algorithm") << QJsonValue(QStringLiteral("pbkdf2"));
        QTest::newRow("zero passes") << QStringLiteral("opsLimit") << QJsonValue(0);
        QTest::newRow("absurd passes") << QStringLiteral("opsLimit") << QJsonValue(1e9);
        QTest::newRow("absurd memory") << QStringLiteral("memLimit") << QJsonValue(1e15);
        QTest::newRow("short salt") << QStringLiteral("salt") << QJsonValue(QStringLiteral("AAAA"));
        QTest::newRow("not base64") << QStringLiteral("salt") << QJsonValue(QStringLiteral("!!!!"));
    }

    void rejectsDoctoredParameters()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QJsonObject json = KdfParameters::minimal().toJson();
        json.insert(field, value);
        QVERIFY_ERROR(KdfParameters::fromJson(json), ErrorCode::CorruptFile);
    }
};

QTEST_GUILESS_MAIN(TestStoreCrypto)
#include "TestStoreCrypto.moc"
