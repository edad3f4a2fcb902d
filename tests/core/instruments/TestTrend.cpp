#include "instruments/Trend.h"

#include <QTest>
#include <QTimeZone>

#include <cmath>
#include <limits>

using namespace rapport;

using Points = QList<TrendPoint>;
Q_DECLARE_METATYPE(rapport::TrendPoint)
Q_DECLARE_METATYPE(rapport::TrendDirection)

namespace {

/** A point `day` days after 2026-01-05, at `hour`:00 UTC. */
TrendPoint at(double day, double score, int hour = 12)
{
    const QDateTime start(QDate(2026, 1, 5), QTime(hour, 0), Qt::UTC);
    return TrendPoint {start.addMSecs(static_cast<qint64>(std::llround(day * 24 * 3600 * 1000))), score};
}

/** 40, 48, 44, 56, 52 weekly: the least-squares slope is 224/490 per day, 12.8 over 28 days. */
Points noisyRise()
{
    return {at(0, 40), at(7, 48), at(14, 44), at(21, 56), at(28, 52)};
}

} // namespace

class TestTrend : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void directions_data()
    {
        QTest::addColumn<Points>("points");
        QTest::addColumn<double>("meaningfulChange");
        QTest::addColumn<TrendDirection>("direction");
        QTest::addColumn<double>("change");

        constexpr double none = std::numeric_limits<double>::quiet_NaN();
        QTest::newRow("no points") << Points {} << 10.0 << TrendDirection::Insufficient << none;
        QTest::newRow("one point") << Points {at(0, 40)} << 10.0 << TrendDirection::Insufficient << none;
        QTest::newRow("two points rising")
            << Points {at(0, 40), at(28, 56)} << 10.0 << TrendDirection::Improving << 16.0;
        QTest::newRow("two points falling")
            << Points {at(0, 56), at(28, 40)} << 10.0 << TrendDirection::Declining << -16.0;
        QTest::newRow("two points a little up")
            << Points {at(0, 40), at(28, 48)} << 10.0 << TrendDirection::Stable << 8.0;
        QTest::newRow("exactly +meaningful")
            << Points {at(0, 40), at(14, 50)} << 10.0 << TrendDirection::Improving << 10.0;
        QTest::newRow("exactly -meaningful")
            << Points {at(0, 50), at(14, 40)} << 10.0 << TrendDirection::Declining << -10.0;
        QTest::newRow("just below +meaningful")
            << Points {at(0, 40), at(14, 49.9)} << 10.0 << TrendDirection::Stable << 9.9;
        QTest::newRow("just above -meaningful")
            << Points {at(0, 49.9), at(14, 40)} << 10.0 << TrendDirection::Stable << -9.9;
        QTest::newRow("exactly -meaningful over a fit")
            << Points {at(0, 50), at(10, 45), at(20, 40)} << 10.0 << TrendDirection::Declining << -10.0;
        QTest::newRow("exactly +meaningful, one decimal")
            << Points {at(0, 4.2), at(3, 4.7), at(6, 5.2)} << 1.0 << TrendDirection::Improving << 1.0;
        QTest::newRow("steady rise") << Points {at(0, 40), at(7, 50), at(14, 60)} << 10.0 << TrendDirection::Improving
                                     << 20.0;
        QTest::newRow("steady fall") << Points {at(0, 60), at(7, 50), at(14, 40)} << 10.0 << TrendDirection::Declining
                                     << -20.0;
        QTest::newRow("flat") << Points {at(0, 50), at(7, 50), at(14, 50), at(21, 50)} << 10.0 << TrendDirection::Stable
                              << 0.0;
        QTest::newRow("noisy rise") << noisyRise() << 10.0 << TrendDirection::Improving << 12.8;
        QTest::newRow("noisy but flat") << Points {at(0, 50), at(7, 58), at(14, 42), at(21, 55), at(28, 45)} << 10.0
                                        << TrendDirection::Stable << -5.2;
        QTest::newRow("last point alone does not decide")
            << Points {at(0, 50), at(7, 50), at(14, 50), at(21, 60)} << 10.0 << TrendDirection::Stable << 9.0;
        QTest::newRow("uneven spacing") << Points {at(0, 40), at(1, 40), at(30, 70)} << 10.0
                                        << TrendDirection::Improving << 30.48220436280139;
        QTest::newRow("same day, different hours")
            << Points {at(0, 40, 9), at(0, 60, 17)} << 10.0 << TrendDirection::Improving << 20.0;
        QTest::newRow("same day twice, then later") << Points {at(0, 40, 9), at(0, 40, 17), at(14, 56)} << 10.0
                                                    << TrendDirection::Improving << 16.18412262966163;
        QTest::newRow("identical timestamps")
            << Points {at(0, 40), at(0, 60), at(0, 80)} << 10.0 << TrendDirection::Stable << 0.0;
        QTest::newRow("two identical timestamps")
            << Points {at(3, 90), at(3, 10)} << 10.0 << TrendDirection::Stable << 0.0;
        QTest::newRow("unsorted") << Points {at(14, 60), at(0, 40), at(7, 50)} << 10.0 << TrendDirection::Improving
                                  << 20.0;
        QTest::newRow("unsorted noisy") << Points {at(21, 56), at(0, 40), at(28, 52), at(14, 44), at(7, 48)} << 10.0
                                        << TrendDirection::Improving << 12.8;
        QTest::newRow("invalid time ignored")
            << Points {TrendPoint {QDateTime(), 99}, at(0, 40)} << 10.0 << TrendDirection::Insufficient << none;
        QTest::newRow("non-finite score ignored")
            << Points {at(0, 40), at(7, std::numeric_limits<double>::infinity()), at(14, 60)} << 10.0
            << TrendDirection::Improving << 20.0;
        QTest::newRow("years apart") << Points {at(0, 40), at(3650, 41)} << 10.0 << TrendDirection::Stable << 1.0;
        QTest::newRow("no meaningful change given: any rise")
            << Points {at(0, 40), at(7, 40.5)} << 0.0 << TrendDirection::Improving << 0.5;
        QTest::newRow("no meaningful change given: flat")
            << Points {at(0, 40), at(7, 40)} << -1.0 << TrendDirection::Stable << 0.0;
    }

    void directions()
    {
        QFETCH(Points, points);
        QFETCH(double, meaningfulChange);
        QFETCH(TrendDirection, direction);
        QFETCH(double, change);
        const Trend trend = computeTrend(points, meaningfulChange);
        QCOMPARE(trend.direction, direction);
        if (std::isnan(change)) {
            QVERIFY(!trend.change.has_value());
        } else {
            QVERIFY(trend.change.has_value());
            QVERIFY2(std::abs(*trend.change - change) < 1e-9,
                     qPrintable(QStringLiteral("change %1, expected %2").arg(*trend.change, 0, 'g', 17).arg(change)));
            QVERIFY(!std::signbit(*trend.change) || change < 0);
        }
    }

    void orderDoesNotMatter()
    {
        Points points = noisyRise();
        const Trend sorted = computeTrend(points, 10);
        std::reverse(points.begin(), points.end());
        const Trend reversed = computeTrend(points, 10);
        QCOMPARE(reversed.direction, sorted.direction);
        QVERIFY(std::abs(*reversed.change - *sorted.change) < 1e-12);
    }

    void timeZonesAreInstants()
    {
        // 09:00 at +01:00 is 08:00 UTC: the same instant as the UTC point, so the fit sees one instant.
        const QDateTime utc(QDate(2026, 1, 5), QTime(8, 0), Qt::UTC);
        const QDateTime berlin(QDate(2026, 1, 5), QTime(9, 0), QTimeZone(3600));
        const Trend trend = computeTrend({TrendPoint {utc, 40}, TrendPoint {berlin, 80}}, 10);
        QCOMPARE(trend.direction, TrendDirection::Stable);
        QCOMPARE(*trend.change, 0.0);
    }

    void manyPointsStayAccurate()
    {
        // A perfect line over 10 years of daily points: the centred fit must recover it exactly enough.
        Points points;
        for (int day = 0; day < 3650; ++day) {
            points.append(at(day, 20 + day * 0.01));
        }
        const Trend trend = computeTrend(points, 10);
        QCOMPARE(trend.direction, TrendDirection::Improving);
        QVERIFY(std::abs(*trend.change - 36.49) < 1e-6);
    }

    void directionNames()
    {
        QCOMPARE(trendDirectionName(TrendDirection::Insufficient), QStringLiteral("insufficient"));
        QCOMPARE(trendDirectionName(TrendDirection::Improving), QStringLiteral("improving"));
        QCOMPARE(trendDirectionName(TrendDirection::Stable), QStringLiteral("stable"));
        QCOMPARE(trendDirectionName(TrendDirection::Declining), QStringLiteral("declining"));
    }
};

QTEST_GUILESS_MAIN(TestTrend)
#include "TestTrend.moc"
