#include "ResultTesting.h"
#include "common/Clock.h"
#include "common/Error.h"

#include <QTest>
#include <QTimeZone>

using namespace rapport;

class TestError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void failCarriesCodeAndMessage()
    {
        const Result<int> result = fail(ErrorCode::OutOfRange, QStringLiteral("too big"));
        QVERIFY(!result.has_value());
        QCOMPARE(result.error().code, ErrorCode::OutOfRange);
        QCOMPARE(result.error().message, QStringLiteral("too big"));
        QCOMPARE(result.error().codeName(), QStringLiteral("out-of-range"));
        QVERIFY_ERROR(result, ErrorCode::OutOfRange);
    }

    void valueTravels()
    {
        const Result<QString> result = QStringLiteral("ok");
        QVERIFY_RESULT(result);
        QCOMPARE(*result, QStringLiteral("ok"));
    }

    void injectedClockIsUtc()
    {
        const QDateTime fixed(QDate(2026, 1, 5), QTime(9, 30), QTimeZone(3600));
        const Clock clock([fixed] { return fixed; });
        QCOMPARE(clock.now().timeSpec(), Qt::UTC);
        QCOMPARE(clock.now(), fixed);
    }
};

QTEST_GUILESS_MAIN(TestError)
#include "TestError.moc"
