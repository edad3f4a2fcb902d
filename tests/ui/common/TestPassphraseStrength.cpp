#include "common/PassphraseStrength.h"

#include <QTest>

using namespace rapport::ui;

class TestPassphraseStrength : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void levels_data();
    void levels();
};

void TestPassphraseStrength::levels_data()
{
    QTest::addColumn<QString>("passphrase");
    QTest::addColumn<bool>("acceptable");
    QTest::addColumn<bool>("strong");
    QTest::newRow("empty") << QString() << false << false;
    QTest::newRow("short") << QStringLiteral("abc12") << false << false;
    QTest::newRow("repeats") << QStringLiteral("aaaaaaaaaaaa") << false << false;
    QTest::newRow("three words") << QStringLiteral("otter kettle violet") << true << true;
    QTest::newRow("mixed") << QStringLiteral("Tr0ub4dor&3x") << true << true;
    QTest::newRow("one word") << QStringLiteral("sunshine") << true << false;
}

void TestPassphraseStrength::levels()
{
    QFETCH(QString, passphrase);
    QFETCH(bool, acceptable);
    QFETCH(bool, strong);
    const PassphraseStrength strength = PassphraseStrength::assess(passphrase);
    QCOMPARE(strength.isAcceptable(), acceptable);
    QCOMPARE(strength.level() >= PassphraseStrength::Level::Strong, strong);
    QVERIFY(!strength.description().isEmpty());
    QVERIFY(strength.percent() >= 0 && strength.percent() <= 100);
}

QTEST_MAIN(TestPassphraseStrength)
#include "TestPassphraseStrength.moc"
