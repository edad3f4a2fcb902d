#include "InstrumentFixtures.h"
#include "ResultTesting.h"
#include "instruments/InstrumentIds.h"
#include "instruments/InstrumentRegistry.h"
#include "instruments/Scoring.h"

#include <QTest>

#include <climits>
#include <cmath>

using namespace rapport;
using namespace rapport::test;

using Answers = QList<int>;
using DimensionScores = QMap<QString, double>;

namespace {

InstrumentDefinition builtIn(const QString& id)
{
    auto definition
        = InstrumentRegistry::builtIn().and_then([&](const InstrumentRegistry& registry) { return registry.get(id); });
    return definition ? *definition : InstrumentDefinition {};
}

/** A mean-scored instrument over `items` items on `scaleMin`..`scaleMax`, for rounding cases. */
InstrumentDefinition meanInstrument(int items, int scaleMin, int scaleMax, double multiplier, int decimals)
{
    InstrumentDefinition definition;
    definition.id = QStringLiteral("rounding");
    definition.scale.min = scaleMin;
    definition.scale.max = scaleMax;
    for (int i = 0; i < items; ++i) {
        definition.items.append(InstrumentItem {
            QStringLiteral("i%1").arg(i), LocalizedText::english(QStringLiteral("x")), QString(), false});
    }
    definition.rule = ScoringRule::Mean;
    definition.multiplier = multiplier;
    definition.scoreMin = scaleMin * multiplier;
    definition.scoreMax = scaleMax * multiplier;
    definition.decimals = decimals;
    definition.meaningfulChange = 1;
    return definition;
}

} // namespace

class TestScoring : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wellbeing_data()
    {
        QTest::addColumn<Answers>("answers");
        QTest::addColumn<double>("score");
        QTest::addColumn<QString>("bracket");
        QTest::newRow("all at no time") << Answers {0, 0, 0, 0, 0} << 0.0 << "poor";
        QTest::newRow("raw 7 is 28") << Answers {1, 1, 1, 2, 2} << 28.0 << "poor";
        QTest::newRow("raw 8 is 32") << Answers {2, 2, 2, 1, 1} << 32.0 << "moderate";
        QTest::newRow("raw 12 is 48") << Answers {3, 3, 2, 2, 2} << 48.0 << "moderate";
        QTest::newRow("raw 13 is 52") << Answers {3, 3, 3, 2, 2} << 52.0 << "good";
        QTest::newRow("example 3,4,5,2,1") << Answers {3, 4, 5, 2, 1} << 60.0 << "good";
        QTest::newRow("raw 19 is 76") << Answers {4, 4, 4, 4, 3} << 76.0 << "good";
        QTest::newRow("all of the time") << Answers {5, 5, 5, 5, 5} << 100.0 << "good";
    }

    void wellbeing()
    {
        QFETCH(Answers, answers);
        QFETCH(double, score);
        QFETCH(QString, bracket);
        const InstrumentDefinition definition = builtIn(InstrumentIds::Wellbeing);
        const auto result = scoreAnswers(definition, answers);
        QVERIFY_RESULT(result);
        QCOMPARE(result->instrumentId, InstrumentIds::Wellbeing);
        QCOMPARE(result->instrumentVersion, definition.version);
        QCOMPARE(result->value, score);
        QVERIFY(result->bracket.has_value());
        QCOMPARE(result->bracket->id, bracket);
        QVERIFY(result->dimensions.isEmpty());
    }

    void alliance_data()
    {
        QTest::addColumn<Answers>("answers");
        QTest::addColumn<double>("score");
        QTest::addColumn<DimensionScores>("dimensions");
        const auto dims = [](double bond, double partnership, double confidence) {
            return DimensionScores {{QStringLiteral("bond"), bond},
                                    {QStringLiteral("partnership"), partnership},
                                    {QStringLiteral("confidence"), confidence}};
        };
        QTest::newRow("lowest") << Answers {1, 1, 1, 1, 1} << 1.0 << dims(1, 1, 1);
        QTest::newRow("highest") << Answers {7, 7, 7, 7, 7} << 7.0 << dims(7, 7, 7);
        QTest::newRow("falling") << Answers {7, 6, 5, 4, 3} << 5.0 << dims(6.5, 4.5, 3);
        QTest::newRow("mixed") << Answers {4, 5, 4, 5, 4} << 4.4 << dims(4.5, 4.5, 4);
        QTest::newRow("one decimal") << Answers {1, 2, 2, 2, 2} << 1.8 << dims(1.5, 2, 2);
        QTest::newRow("another") << Answers {6, 7, 5, 6, 7} << 6.2 << dims(6.5, 5.5, 7);
    }

    void alliance()
    {
        QFETCH(Answers, answers);
        QFETCH(double, score);
        QFETCH(DimensionScores, dimensions);
        const auto result = scoreAnswers(builtIn(InstrumentIds::Alliance), answers);
        QVERIFY_RESULT(result);
        QCOMPARE(result->value, score);
        QVERIFY(!result->bracket.has_value());
        QCOMPARE(result->dimensions, dimensions);
    }

    void reverseScoring_data()
    {
        QTest::addColumn<Answers>("answers");
        QTest::addColumn<double>("score");
        QTest::addColumn<QString>("bracket");
        QTest::addColumn<DimensionScores>("dimensions");
        // Item two is reverse-scored on 0–4: an answer v counts as 4 − v. Sum × 5; sub-scores prorated to 0–60.
        QTest::newRow("all lowest") << Answers {0, 0, 0} << 20.0 << "low"
                                    << DimensionScores {{QStringLiteral("alpha"), 30}, {QStringLiteral("beta"), 0}};
        QTest::newRow("all highest") << Answers {4, 4, 4} << 40.0 << "mid"
                                     << DimensionScores {{QStringLiteral("alpha"), 30}, {QStringLiteral("beta"), 60}};
        QTest::newRow("reverse item low")
            << Answers {4, 0, 4} << 60.0 << "high"
            << DimensionScores {{QStringLiteral("alpha"), 60}, {QStringLiteral("beta"), 60}};
        QTest::newRow("reverse item high")
            << Answers {0, 4, 0} << 0.0 << "low"
            << DimensionScores {{QStringLiteral("alpha"), 0}, {QStringLiteral("beta"), 0}};
        QTest::newRow("middle stays middle")
            << Answers {2, 2, 2} << 30.0 << "mid"
            << DimensionScores {{QStringLiteral("alpha"), 30}, {QStringLiteral("beta"), 30}};
        QTest::newRow("rounded sub-score")
            << Answers {1, 2, 3} << 30.0 << "mid"
            << DimensionScores {{QStringLiteral("alpha"), 23}, {QStringLiteral("beta"), 45}};
    }

    void reverseScoring()
    {
        QFETCH(Answers, answers);
        QFETCH(double, score);
        QFETCH(QString, bracket);
        QFETCH(DimensionScores, dimensions);
        const auto definition = loadDefinition(fixtureDefinition());
        QVERIFY_RESULT(definition);
        const auto result = scoreAnswers(*definition, answers);
        QVERIFY_RESULT(result);
        QCOMPARE(result->value, score);
        QCOMPARE(result->bracket->id, bracket);
        QCOMPARE(result->dimensions, dimensions);
        QCOMPARE(result->instrumentVersion, 2);
    }

    void meanDimensionsWithReverseItem()
    {
        // A mean-scored alliance-style instrument whose second item is reverse-scored on 1–7.
        const auto definition = loadDefinition(withPatch(fixtureDefinition(), R"({
            "scale.min": 1, "scale.max": 7, "scale.labels[0].value": 1, "scale.labels[1].value": 7,
            "scoring.rule": "mean", "scoring.multiplier": 1, "scoring.min": 1, "scoring.max": 7,
            "scoring.decimals": 1, "scoring.meaningfulChange": 1, "brackets": "<remove>"})"));
        QVERIFY_RESULT(definition);
        const auto result = scoreAnswers(*definition, {7, 2, 5});
        QVERIFY_RESULT(result);
        // values 7, 8 − 2 = 6, 5
        QCOMPARE(result->value, 6.0);
        QCOMPARE(result->dimensions.value(QStringLiteral("alpha")), 6.5);
        QCOMPARE(result->dimensions.value(QStringLiteral("beta")), 5.0);
    }

    void rounding_data()
    {
        QTest::addColumn<int>("items");
        QTest::addColumn<int>("scaleMin");
        QTest::addColumn<int>("scaleMax");
        QTest::addColumn<double>("multiplier");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<Answers>("answers");
        QTest::addColumn<double>("score");
        QTest::newRow("quarter rounds up at 1 decimal") << 4 << 0 << 3 << 1.0 << 1 << Answers {0, 0, 0, 1} << 0.3;
        QTest::newRow("three quarters rounds up") << 4 << 0 << 3 << 1.0 << 1 << Answers {1, 1, 1, 0} << 0.8;
        QTest::newRow("half rounds up at 0 decimals") << 4 << 0 << 3 << 1.0 << 0 << Answers {1, 1, 2, 2} << 2.0;
        QTest::newRow("half of one rounds up") << 2 << 0 << 3 << 1.0 << 0 << Answers {0, 1} << 1.0;
        QTest::newRow("negative half rounds away from zero") << 2 << -2 << 2 << 1.0 << 0 << Answers {-1, 0} << -1.0;
        QTest::newRow("negative quarter") << 4 << -2 << 2 << 1.0 << 1 << Answers {-1, 0, 0, 0} << -0.3;
        QTest::newRow("tiny negative is zero") << 4 << -2 << 2 << 1.0 << 0 << Answers {-1, 0, 0, 0} << 0.0;
        QTest::newRow("not rounded before the multiplier") << 3 << 0 << 3 << 10.0 << 0 << Answers {1, 0, 0} << 3.0;
        QTest::newRow("thirds at 2 decimals") << 3 << 0 << 3 << 1.0 << 2 << Answers {1, 0, 0} << 0.33;
        QTest::newRow("two thirds at 3 decimals") << 3 << 0 << 3 << 1.0 << 3 << Answers {1, 1, 0} << 0.667;
        QTest::newRow("eighth at 2 decimals") << 8 << 0 << 1 << 1.0 << 2 << Answers {1, 0, 0, 0, 0, 0, 0, 0} << 0.13;
    }

    void rounding()
    {
        QFETCH(int, items);
        QFETCH(int, scaleMin);
        QFETCH(int, scaleMax);
        QFETCH(double, multiplier);
        QFETCH(int, decimals);
        QFETCH(Answers, answers);
        QFETCH(double, score);
        const auto result = scoreAnswers(meanInstrument(items, scaleMin, scaleMax, multiplier, decimals), answers);
        QVERIFY_RESULT(result);
        QCOMPARE(result->value, score);
        QVERIFY(!std::signbit(result->value) || score < 0);
    }

    void sumIsRoundedOnlyAtTheEnd()
    {
        // 2.5 per point: one point is 2.5, reported as 3 with 0 decimals.
        const auto definition = loadDefinition(withPatch(fixtureDefinition(), R"({"scoring.multiplier": 2.5,
            "scoring.max": 30, "scoring.meaningfulChange": 3, "brackets": "<remove>"})"));
        QVERIFY_RESULT(definition);
        const auto result = scoreAnswers(*definition, {1, 4, 0});
        QVERIFY_RESULT(result);
        QCOMPARE(result->value, 3.0);
    }

    void roundScore_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<double>("expected");
        QTest::newRow("2.5") << 2.5 << 0 << 3.0;
        QTest::newRow("-2.5") << -2.5 << 0 << -3.0;
        QTest::newRow("2.49") << 2.49 << 0 << 2.0;
        QTest::newRow("binary 2.675") << 2.675 << 2 << 2.68;
        QTest::newRow("binary 1.005") << 1.005 << 2 << 1.01;
        QTest::newRow("binary 0.15") << 0.15 << 1 << 0.2;
        QTest::newRow("binary -0.15") << -0.15 << 1 << -0.2;
        QTest::newRow("76") << 76.0 << 0 << 76.0;
        QTest::newRow("5.44") << 5.44 << 1 << 5.4;
        QTest::newRow("5.45") << 5.45 << 1 << 5.5;
    }

    void roundScore()
    {
        QFETCH(double, value);
        QFETCH(int, decimals);
        QFETCH(double, expected);
        QCOMPARE(rapport::roundScore(value, decimals), expected);
    }

    void formatting()
    {
        QCOMPARE(formatScore(76, 0), QStringLiteral("76"));
        QCOMPARE(formatScore(5, 1), QStringLiteral("5.0"));
        QCOMPARE(formatScore(5.45, 1), QStringLiteral("5.5"));
        QCOMPARE(formatScore(-0.04, 1), QStringLiteral("0.0"));
    }

    void wrongCount_data()
    {
        QTest::addColumn<QString>("instrument");
        QTest::addColumn<Answers>("answers");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("none") << InstrumentIds::Wellbeing << Answers {} << "item 1";
        QTest::newRow("one") << InstrumentIds::Wellbeing << Answers {3} << "item 2";
        QTest::newRow("four of five") << InstrumentIds::Wellbeing << Answers {3, 4, 5, 2} << "item 5";
        QTest::newRow("six of five") << InstrumentIds::Wellbeing << Answers {3, 4, 5, 2, 1, 0} << "item 6";
        QTest::newRow("many") << InstrumentIds::Alliance << Answers(50, 4) << "item 6";
        QTest::newRow("alliance short") << InstrumentIds::Alliance << Answers {4, 4} << "item 3";
    }

    void wrongCount()
    {
        QFETCH(QString, instrument);
        QFETCH(Answers, answers);
        QFETCH(QString, mentions);
        const auto result = scoreAnswers(builtIn(instrument), answers);
        QVERIFY_ERROR(result, ErrorCode::Incomplete);
        QVERIFY2(result.error().message.contains(mentions), qPrintable(result.error().message));
    }

    void outOfRange_data()
    {
        QTest::addColumn<QString>("instrument");
        QTest::addColumn<Answers>("answers");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("above the scale") << InstrumentIds::Wellbeing << Answers {3, 4, 6, 2, 1} << "item 3";
        QTest::newRow("negative") << InstrumentIds::Wellbeing << Answers {-1, 4, 5, 2, 1} << "item 1";
        QTest::newRow("last item") << InstrumentIds::Wellbeing << Answers {3, 4, 5, 2, 100} << "item 5";
        QTest::newRow("int min") << InstrumentIds::Wellbeing << Answers {3, INT_MIN, 5, 2, 1} << "item 2";
        QTest::newRow("int max") << InstrumentIds::Wellbeing << Answers {3, 4, 5, INT_MAX, 1} << "item 4";
        QTest::newRow("alliance zero") << InstrumentIds::Alliance << Answers {4, 0, 4, 4, 4} << "item 2";
        QTest::newRow("alliance eight") << InstrumentIds::Alliance << Answers {4, 4, 4, 4, 8} << "item 5";
        QTest::newRow("first bad one wins") << InstrumentIds::Alliance << Answers {4, 9, 0, 4, 4} << "item 2";
    }

    void outOfRange()
    {
        QFETCH(QString, instrument);
        QFETCH(Answers, answers);
        QFETCH(QString, mentions);
        const auto result = scoreAnswers(builtIn(instrument), answers);
        QVERIFY_ERROR(result, ErrorCode::OutOfRange);
        QVERIFY2(result.error().message.contains(mentions), qPrintable(result.error().message));
    }

    void emptyDefinitionIsAnError()
    {
        QVERIFY_ERROR(scoreAnswers(InstrumentDefinition {}, {}), ErrorCode::InvalidDefinition);
    }
};

QTEST_GUILESS_MAIN(TestScoring)
#include "TestScoring.moc"
