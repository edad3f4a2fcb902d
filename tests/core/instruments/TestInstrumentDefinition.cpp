#include "InstrumentFixtures.h"
#include "ResultTesting.h"
#include "instruments/InstrumentDefinition.h"
#include "instruments/InstrumentIds.h"
#include "instruments/InstrumentRegistry.h"
#include "instruments/LocalizedText.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace rapport;
using namespace rapport::test;

using TextMap = QMap<QString, QString>;

class TestInstrumentDefinition : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void localizedText_data()
    {
        QTest::addColumn<TextMap>("texts");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        const TextMap three {{QStringLiteral("en"), QStringLiteral("Hello")},
                             {QStringLiteral("de"), QStringLiteral("Hallo")},
                             {QStringLiteral("is"), QStringLiteral("Halló")}};
        QTest::newRow("exact") << three << "de"
                               << "Hallo";
        QTest::newRow("icelandic") << three << "is"
                                   << "Halló";
        QTest::newRow("english") << three << "en"
                                 << "Hello";
        QTest::newRow("default is english") << three << ""
                                            << "Hello";
        QTest::newRow("territory falls back to language") << three << "de_DE"
                                                          << "Hallo";
        QTest::newRow("dash territory") << three << "de-AT"
                                        << "Hallo";
        QTest::newRow("missing language falls back to english") << three << "fr"
                                                                << "Hello";
        QTest::newRow("missing territory language falls back to english") << three << "fr_CA"
                                                                          << "Hello";
        const TextMap withTerritory {{QStringLiteral("en"), QStringLiteral("Colour")},
                                     {QStringLiteral("en_US"), QStringLiteral("Color")}};
        QTest::newRow("territory wins when present") << withTerritory << "en_US"
                                                     << "Color";
        QTest::newRow("dash finds underscore territory") << withTerritory << "en-US"
                                                         << "Color";
        QTest::newRow("other territory gets the language") << withTerritory << "en_GB"
                                                           << "Colour";
        const TextMap noEnglish {{QStringLiteral("is"), QStringLiteral("Halló")},
                                 {QStringLiteral("de"), QStringLiteral("Hallo")}};
        QTest::newRow("no english: first language") << noEnglish << "fr"
                                                    << "Hallo";
        QTest::newRow("no english, default") << noEnglish << ""
                                             << "Hallo";
        const TextMap emptyEnglish {{QStringLiteral("en"), QString()}, {QStringLiteral("is"), QStringLiteral("Já")}};
        QTest::newRow("empty text is skipped") << emptyEnglish << "en"
                                               << "Já";
        QTest::newRow("nothing at all") << TextMap() << "de"
                                        << "";
    }

    void localizedText()
    {
        QFETCH(TextMap, texts);
        QFETCH(QString, language);
        QFETCH(QString, expected);
        const LocalizedText text {texts};
        QCOMPARE(text.text(language), expected);
        QCOMPARE(text.isEmpty(), expected.isEmpty());
    }

    void englishShorthand()
    {
        const LocalizedText text = LocalizedText::english(QStringLiteral("Only"));
        QCOMPARE(text.languages(), QStringList {QStringLiteral("en")});
        QCOMPARE(text.text(QStringLiteral("is")), QStringLiteral("Only"));
        QVERIFY(LocalizedText().isEmpty());
        QVERIFY(LocalizedText::english(QString()).isEmpty());
    }

    void wellbeingBrackets_data()
    {
        QTest::addColumn<double>("score");
        QTest::addColumn<QString>("bracket");
        QTest::newRow("0") << 0.0 << "poor";
        QTest::newRow("12") << 12.0 << "poor";
        QTest::newRow("28") << 28.0 << "poor";
        QTest::newRow("28.5") << 28.5 << "poor";
        QTest::newRow("28.99") << 28.99 << "poor";
        QTest::newRow("29") << 29.0 << "moderate";
        QTest::newRow("40") << 40.0 << "moderate";
        QTest::newRow("50") << 50.0 << "moderate";
        QTest::newRow("50.5") << 50.5 << "moderate";
        QTest::newRow("51") << 51.0 << "good";
        QTest::newRow("76") << 76.0 << "good";
        QTest::newRow("100") << 100.0 << "good";
        QTest::newRow("below the range") << -1.0 << "";
        QTest::newRow("not a number") << std::numeric_limits<double>::quiet_NaN() << "";
    }

    void wellbeingBrackets()
    {
        QFETCH(double, score);
        QFETCH(QString, bracket);
        const auto registry = InstrumentRegistry::builtIn();
        QVERIFY_RESULT(registry);
        const InstrumentDefinition* wellbeing = registry->find(InstrumentIds::Wellbeing);
        QVERIFY(wellbeing != nullptr);
        const std::optional<Bracket> found = wellbeing->bracketFor(score);
        QCOMPARE(found.has_value(), !bracket.isEmpty());
        if (found) {
            QCOMPARE(found->id, bracket);
            QVERIFY(!found->label.isEmpty());
        }
    }

    void noBracketsMeansNone()
    {
        const auto registry = InstrumentRegistry::builtIn();
        QVERIFY_RESULT(registry);
        const InstrumentDefinition* alliance = registry->find(InstrumentIds::Alliance);
        QVERIFY(alliance != nullptr);
        QVERIFY(!alliance->bracketFor(1.0).has_value());
        QVERIFY(!alliance->bracketFor(7.0).has_value());
    }

    void dimensionLookup()
    {
        const auto definition = loadDefinition(fixtureDefinition());
        QVERIFY_RESULT(definition);
        const Dimension* beta = definition->dimension(QStringLiteral("beta"));
        QVERIFY(beta != nullptr);
        QCOMPARE(beta->label.text(), QStringLiteral("Beta"));
        QVERIFY(definition->dimension(QStringLiteral("gamma")) == nullptr);
        QVERIFY(definition->dimension(QString()) == nullptr);
    }

    void scaleLabels()
    {
        const auto definition = loadDefinition(fixtureDefinition());
        QVERIFY_RESULT(definition);
        QCOMPARE(definition->scale.labelFor(0).text(), QStringLiteral("Never"));
        QVERIFY(definition->scale.labelFor(1).isEmpty());
        QVERIFY(definition->scale.labelFor(99).isEmpty());
        QVERIFY(definition->scale.contains(0));
        QVERIFY(definition->scale.contains(4));
        QVERIFY(!definition->scale.contains(-1));
        QVERIFY(!definition->scale.contains(5));
    }

    void scoreStep_data()
    {
        QTest::addColumn<int>("decimals");
        QTest::addColumn<double>("step");
        QTest::newRow("0") << 0 << 1.0;
        QTest::newRow("1") << 1 << 0.1;
        QTest::newRow("2") << 2 << 0.01;
        QTest::newRow("3") << 3 << 0.001;
    }

    void scoreStep()
    {
        QFETCH(int, decimals);
        QFETCH(double, step);
        InstrumentDefinition definition;
        definition.decimals = decimals;
        QCOMPARE(definition.scoreStep(), step);
    }

    void ruleNames()
    {
        QCOMPARE(scoringRuleName(ScoringRule::Sum), QStringLiteral("sum"));
        QCOMPARE(scoringRuleName(ScoringRule::Mean), QStringLiteral("mean"));
    }
};

QTEST_GUILESS_MAIN(TestInstrumentDefinition)
#include "TestInstrumentDefinition.moc"
