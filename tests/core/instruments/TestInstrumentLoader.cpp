#include "InstrumentFixtures.h"
#include "ResultTesting.h"
#include "instruments/InstrumentLoader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace rapport;
using namespace rapport::test;

class TestInstrumentLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixtureLoads()
    {
        const auto definition = loadDefinition(fixtureDefinition());
        QVERIFY_RESULT(definition);
        QCOMPARE(definition->id, QStringLiteral("fixture"));
        QCOMPARE(definition->version, 2);
        QCOMPARE(definition->title.text(), QStringLiteral("Fixture"));
        QCOMPARE(definition->title.text(QStringLiteral("de")), QStringLiteral("Vorlage"));
        QCOMPARE(definition->instructions.text(QStringLiteral("de")), QStringLiteral("Answer each item."));
        QCOMPARE(definition->timeFrame.text(), QStringLiteral("Today"));
        QCOMPARE(definition->methodology.text(), QStringLiteral("Only for tests."));
        QCOMPARE(definition->scale.min, 0);
        QCOMPARE(definition->scale.max, 4);
        QCOMPARE(definition->scale.labels.size(), 2);
        QCOMPARE(definition->scale.labelFor(4).text(), QStringLiteral("Always"));
        QVERIFY(definition->scale.labelFor(2).isEmpty());
        QCOMPARE(definition->dimensions.size(), 2);
        QCOMPARE(definition->dimensions.at(1).description.text(), QStringLiteral("The second one"));
        QCOMPARE(definition->items.size(), 3);
        QCOMPARE(definition->items.at(0).dimension, QStringLiteral("alpha"));
        QVERIFY(!definition->items.at(0).reverse);
        QVERIFY(definition->items.at(1).reverse);
        QCOMPARE(definition->rule, ScoringRule::Sum);
        QCOMPARE(definition->multiplier, 5.0);
        QCOMPARE(definition->scoreMin, 0.0);
        QCOMPARE(definition->scoreMax, 60.0);
        QCOMPARE(definition->decimals, 0);
        QCOMPARE(definition->meaningfulChange, 6.0);
        QCOMPARE(definition->brackets.size(), 3);
        QCOMPARE(definition->brackets.at(1).id, QStringLiteral("mid"));
        QCOMPARE(definition->brackets.at(1).min, 21.0);
        QCOMPARE(definition->brackets.at(1).max, 40.0);
    }

    void validVariants_data()
    {
        QTest::addColumn<QString>("patch");
        QTest::newRow("no brackets") << R"({"brackets": "<remove>"})";
        QTest::newRow("empty brackets") << R"({"brackets": []})";
        QTest::newRow("no time frame") << R"({"timeFrame": "<remove>"})";
        QTest::newRow("no dimensions") << R"({"dimensions": "<remove>", "items[0].dimension": "<remove>",
                                             "items[1].dimension": "<remove>", "items[2].dimension": "<remove>"})";
        QTest::newRow("items without a dimension beside ones with") << R"({"items[3]": {"id": "four", "text": "Four"},
            "scoring.max": 80, "brackets[2].max": 80})";
        QTest::newRow("default multiplier") << R"({"scoring.multiplier": "<remove>", "scoring.max": 12,
                                                  "brackets": "<remove>"})";
        QTest::newRow("default decimals") << R"({"scoring.decimals": "<remove>"})";
        QTest::newRow("mean rule") << R"({"scoring.rule": "mean", "scoring.max": 20, "scoring.meaningfulChange": 2,
                                         "brackets": "<remove>"})";
        QTest::newRow("negative scale") << R"({"scale.min": -2, "scale.max": 2, "scale.labels[0].value": -2,
            "scale.labels[1].value": 2, "scoring.min": -30, "scoring.max": 30, "brackets": "<remove>"})";
        QTest::newRow("every point labelled") << R"({"scale.labels": [{"value": 0, "label": "a"},
            {"value": 1, "label": "b"}, {"value": 2, "label": "c"}, {"value": 3, "label": "d"},
            {"value": 4, "label": "e"}]})";
        QTest::newRow("bracket gaps of one step at 1 decimal") << R"({"scoring.decimals": 1, "brackets": [
            {"id": "low", "label": "Low", "min": 0, "max": 20.4}, {"id": "mid", "label": "Mid", "min": 20.5, "max": 40},
            {"id": "high", "label": "High", "min": 40.1, "max": 60}]})";
        QTest::newRow("bracket gap smaller than a step") << R"({"brackets[0].max": 20.5})";
        QTest::newRow("one bracket for everything") << R"({"brackets": [{"id": "all", "label": "All",
            "min": 0, "max": 60}]})";
        QTest::newRow("comment fields") << R"({"_comment": "ignored", "items[0]._note": "ignored too"})";
        QTest::newRow("language with territory") << R"({"title": {"en": "T", "de-CH": "T CH", "pt_BR": "T BR"}})";
        QTest::newRow("version above 1") << R"({"version": 12})";
        QTest::newRow("highest decimals") << R"({"scoring.decimals": 3, "brackets": [
            {"id": "low", "label": "Low", "min": 0, "max": 20}, {"id": "high", "label": "High", "min": 20.001,
            "max": 60}]})";
        QTest::newRow("fractional multiplier") << R"({"scoring.multiplier": 2.5, "scoring.max": 30,
            "scoring.meaningfulChange": 3, "brackets": "<remove>"})";
    }

    void validVariants()
    {
        QFETCH(QString, patch);
        QVERIFY_RESULT(loadDefinition(withPatch(fixtureDefinition(), patch)));
    }

    void plainStringIsEnglish()
    {
        const auto definition = loadDefinition(withPatch(fixtureDefinition(), R"({"title": "Just English"})"));
        QVERIFY_RESULT(definition);
        QCOMPARE(definition->title.languages(), QStringList {QStringLiteral("en")});
        QCOMPARE(definition->title.text(QStringLiteral("is")), QStringLiteral("Just English"));
    }

    void territoryIsNormalised()
    {
        const auto definition
            = loadDefinition(withPatch(fixtureDefinition(), R"({"title": {"en": "T", "de-CH": "T CH"}})"));
        QVERIFY_RESULT(definition);
        QCOMPARE(definition->title.text(QStringLiteral("de_CH")), QStringLiteral("T CH"));
        QCOMPARE(definition->title.text(QStringLiteral("de-CH")), QStringLiteral("T CH"));
        QCOMPARE(definition->title.text(QStringLiteral("de")), QStringLiteral("T"));
    }

    void invalidDefinitions_data()
    {
        QTest::addColumn<QString>("patch");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("reason");

        // Identity and texts
        QTest::newRow("id missing") << R"({"id": "<remove>"})"
                                    << "id"
                                    << "required";
        QTest::newRow("id not a string") << R"({"id": 5})"
                                         << "id"
                                         << "string";
        QTest::newRow("id empty") << R"({"id": ""})"
                                  << "id"
                                  << "empty";
        QTest::newRow("id with spaces") << R"({"id": "Has Space"})"
                                        << "id"
                                        << "not a valid id";
        QTest::newRow("version missing") << R"({"version": "<remove>"})"
                                         << "version"
                                         << "required";
        QTest::newRow("version zero") << R"({"version": 0})"
                                      << "version"
                                      << "at least 1";
        QTest::newRow("version negative") << R"({"version": -3})"
                                          << "version"
                                          << "at least 1";
        QTest::newRow("version fractional") << R"({"version": 1.5})"
                                            << "version"
                                            << "whole number";
        QTest::newRow("version a string") << R"({"version": "1"})"
                                          << "version"
                                          << "whole number";
        QTest::newRow("title missing") << R"({"title": "<remove>"})"
                                       << "title"
                                       << "required";
        QTest::newRow("title blank") << R"({"title": "   "})"
                                     << "title"
                                     << "empty";
        QTest::newRow("title a number") << R"({"title": 42})"
                                        << "title"
                                        << "text";
        QTest::newRow("title no languages") << R"({"title": {}})"
                                            << "title"
                                            << "at least one language";
        QTest::newRow("title bad language code") << R"({"title": {"english": "x"}})"
                                                 << "title.english"
                                                 << "language code";
        QTest::newRow("title translation not a string") << R"({"title": {"en": 1}})"
                                                        << "title.en"
                                                        << "string";
        QTest::newRow("title empty translation") << R"({"title": {"en": "x", "de": ""}})"
                                                 << "title.de"
                                                 << "empty";
        QTest::newRow("title language twice") << R"({"title": {"de_CH": "a", "de-CH": "b"}})"
                                              << "title.de_CH"
                                              << "twice";
        QTest::newRow("instructions missing") << R"({"instructions": "<remove>"})"
                                              << "instructions"
                                              << "required";
        QTest::newRow("methodology missing") << R"({"methodology": "<remove>"})"
                                             << "methodology"
                                             << "required";
        QTest::newRow("time frame wrong type") << R"({"timeFrame": []})"
                                               << "timeFrame"
                                               << "text";
        QTest::newRow("unknown top-level field") << R"({"dimension": []})"
                                                 << "dimension"
                                                 << "unknown field";
        QTest::newRow("unknown item field") << R"({"items[0].dimesion": "alpha"})"
                                            << "items[0].dimesion"
                                            << "unknown field";

        // Scale
        QTest::newRow("scale missing") << R"({"scale": "<remove>"})"
                                       << "scale"
                                       << "required";
        QTest::newRow("scale not an object") << R"({"scale": [0, 4]})"
                                             << "scale"
                                             << "object";
        QTest::newRow("scale min missing") << R"({"scale.min": "<remove>"})"
                                           << "scale.min"
                                           << "required";
        QTest::newRow("scale min fractional") << R"({"scale.min": 0.5})"
                                              << "scale.min"
                                              << "whole number";
        QTest::newRow("scale max a string") << R"({"scale.max": "4"})"
                                            << "scale.max"
                                            << "whole number";
        QTest::newRow("scale min equals max") << R"({"scale.max": 0})"
                                              << "scale.max"
                                              << "greater than";
        QTest::newRow("scale min above max") << R"({"scale.min": 5})"
                                             << "scale.max"
                                             << "greater than";
        QTest::newRow("scale too large") << R"({"scale.max": 5000})"
                                         << "scale.max"
                                         << "between";
        QTest::newRow("scale too many points") << R"({"scale.max": 200})"
                                               << "scale.max"
                                               << "at most 101";
        QTest::newRow("labels missing") << R"({"scale.labels": "<remove>"})"
                                        << "scale.labels"
                                        << "required";
        QTest::newRow("labels not an array") << R"({"scale.labels": {"0": "Never"}})"
                                             << "scale.labels"
                                             << "array";
        QTest::newRow("label not an object") << R"({"scale.labels[0]": "Never"})"
                                             << "scale.labels[0]"
                                             << "object";
        QTest::newRow("label value missing") << R"({"scale.labels[0].value": "<remove>"})"
                                             << "scale.labels[0].value"
                                             << "required";
        QTest::newRow("label value outside the scale") << R"({"scale.labels[1].value": 9})"
                                                       << "scale.labels[1].value"
                                                       << "outside the scale";
        QTest::newRow("label value below the scale") << R"({"scale.labels[0].value": -1})"
                                                     << "scale.labels[0].value"
                                                     << "outside the scale";
        QTest::newRow("label value twice") << R"({"scale.labels[1].value": 0})"
                                           << "scale.labels[1].value"
                                           << "labelled twice";
        QTest::newRow("label text missing") << R"({"scale.labels[0].label": "<remove>"})"
                                            << "scale.labels[0].label"
                                            << "required";
        QTest::newRow("lowest point unlabelled") << R"({"scale.labels[0].value": 1})"
                                                 << "scale.labels"
                                                 << "lowest point";
        QTest::newRow("highest point unlabelled") << R"({"scale.labels[1].value": 3})"
                                                  << "scale.labels"
                                                  << "highest point";
        QTest::newRow("no labels at all") << R"({"scale.labels": []})"
                                          << "scale.labels"
                                          << "lowest point";

        // Dimensions
        QTest::newRow("dimensions not an array") << R"({"dimensions": {}})"
                                                 << "dimensions"
                                                 << "array";
        QTest::newRow("dimension not an object") << R"({"dimensions[0]": "alpha"})"
                                                 << "dimensions[0]"
                                                 << "object";
        QTest::newRow("dimension id missing") << R"({"dimensions[0].id": "<remove>"})"
                                              << "dimensions[0].id"
                                              << "required";
        QTest::newRow("dimension id twice") << R"({"dimensions[1].id": "alpha"})"
                                            << "dimensions[1].id"
                                            << "declared twice";
        QTest::newRow("dimension label missing") << R"({"dimensions[0].label": "<remove>"})"
                                                 << "dimensions[0].label"
                                                 << "required";
        QTest::newRow("dimension description wrong type") << R"({"dimensions[1].description": 7})"
                                                          << "dimensions[1].description"
                                                          << "text";
        QTest::newRow("dimension without items") << R"({"items[2].dimension": "alpha"})"
                                                 << "dimensions[1]"
                                                 << "has no items";
        QTest::newRow("declared dimension never used") << R"({"dimensions[2]": {"id": "gamma", "label": "G"}})"
                                                       << "dimensions[2]"
                                                       << "has no items";

        // Items
        QTest::newRow("items missing") << R"({"items": "<remove>"})"
                                       << "items"
                                       << "required";
        QTest::newRow("items not an array") << R"({"items": {}})"
                                            << "items"
                                            << "array";
        QTest::newRow("items empty") << R"({"items": []})"
                                     << "items"
                                     << "at least one item";
        QTest::newRow("item not an object") << R"({"items[0]": "One"})"
                                            << "items[0]"
                                            << "object";
        QTest::newRow("item id missing") << R"({"items[1].id": "<remove>"})"
                                         << "items[1].id"
                                         << "required";
        QTest::newRow("item id twice") << R"({"items[1].id": "one"})"
                                       << "items[1].id"
                                       << "listed twice";
        QTest::newRow("item text missing") << R"({"items[0].text": "<remove>"})"
                                           << "items[0].text"
                                           << "required";
        QTest::newRow("item text empty") << R"({"items[0].text": ""})"
                                         << "items[0].text"
                                         << "empty";
        QTest::newRow("item unknown dimension") << R"({"items[2].dimension": "trust"})"
                                                << "items[2].dimension"
                                                << "unknown dimension 'trust'";
        QTest::newRow("item dimension not a string") << R"({"items[0].dimension": 1})"
                                                     << "items[0].dimension"
                                                     << "string";
        QTest::newRow("item dimension empty") << R"({"items[0].dimension": ""})"
                                              << "items[0].dimension"
                                              << "empty";
        QTest::newRow("item reverse not a boolean") << R"({"items[1].reverse": "yes"})"
                                                    << "items[1].reverse"
                                                    << "true or false";

        // Scoring
        QTest::newRow("scoring missing") << R"({"scoring": "<remove>"})"
                                         << "scoring"
                                         << "required";
        QTest::newRow("scoring not an object") << R"({"scoring": "sum"})"
                                               << "scoring"
                                               << "object";
        QTest::newRow("rule missing") << R"({"scoring.rule": "<remove>"})"
                                      << "scoring.rule"
                                      << "required";
        QTest::newRow("rule unknown") << R"({"scoring.rule": "avg"})"
                                      << "scoring.rule"
                                      << "\"sum\" or \"mean\"";
        QTest::newRow("rule not a string") << R"({"scoring.rule": 1})"
                                           << "scoring.rule"
                                           << "\"sum\" or \"mean\"";
        QTest::newRow("multiplier zero") << R"({"scoring.multiplier": 0})"
                                         << "scoring.multiplier"
                                         << "greater than 0";
        QTest::newRow("multiplier negative") << R"({"scoring.multiplier": -5})"
                                             << "scoring.multiplier"
                                             << "greater than 0";
        QTest::newRow("multiplier a string") << R"({"scoring.multiplier": "5"})"
                                             << "scoring.multiplier"
                                             << "number";
        QTest::newRow("score min missing") << R"({"scoring.min": "<remove>"})"
                                           << "scoring.min"
                                           << "required";
        QTest::newRow("score max missing") << R"({"scoring.max": "<remove>"})"
                                           << "scoring.max"
                                           << "required";
        QTest::newRow("score max not above min") << R"({"scoring.max": 0})"
                                                 << "scoring.max"
                                                 << "greater than";
        QTest::newRow("sum does not reach min") << R"({"scoring.min": 5})"
                                                << "scoring.min"
                                                << "is 0, not 5";
        QTest::newRow("sum does not reach max") << R"({"scoring.max": 80})"
                                                << "scoring.max"
                                                << "is 60, not 80";
        QTest::newRow("mean rule with a sum's range") << R"({"scoring.rule": "mean"})"
                                                      << "scoring.max"
                                                      << "is 20, not 60";
        QTest::newRow("decimals negative") << R"({"scoring.decimals": -1})"
                                           << "scoring.decimals"
                                           << "between 0 and 3";
        QTest::newRow("decimals too many") << R"({"scoring.decimals": 4})"
                                           << "scoring.decimals"
                                           << "between 0 and 3";
        QTest::newRow("decimals fractional") << R"({"scoring.decimals": 1.5})"
                                             << "scoring.decimals"
                                             << "whole number";
        QTest::newRow("meaningful change missing") << R"({"scoring.meaningfulChange": "<remove>"})"
                                                   << "scoring.meaningfulChange"
                                                   << "required";
        QTest::newRow("meaningful change zero") << R"({"scoring.meaningfulChange": 0})"
                                                << "scoring.meaningfulChange"
                                                << "greater than 0";
        QTest::newRow("meaningful change negative") << R"({"scoring.meaningfulChange": -10})"
                                                    << "scoring.meaningfulChange"
                                                    << "greater than 0";
        QTest::newRow("meaningful change beyond the range") << R"({"scoring.meaningfulChange": 61})"
                                                            << "scoring.meaningfulChange"
                                                            << "score range";
        QTest::newRow("unknown scoring field") << R"({"scoring.offset": 3})"
                                               << "scoring.offset"
                                               << "unknown field";

        // Brackets
        QTest::newRow("brackets not an array") << R"({"brackets": {}})"
                                               << "brackets"
                                               << "array";
        QTest::newRow("bracket not an object") << R"({"brackets[0]": "low"})"
                                               << "brackets[0]"
                                               << "object";
        QTest::newRow("bracket id missing") << R"({"brackets[0].id": "<remove>"})"
                                            << "brackets[0].id"
                                            << "required";
        QTest::newRow("bracket id twice") << R"({"brackets[1].id": "low"})"
                                          << "brackets[1].id"
                                          << "listed twice";
        QTest::newRow("bracket label missing") << R"({"brackets[0].label": "<remove>"})"
                                               << "brackets[0].label"
                                               << "required";
        QTest::newRow("bracket min missing") << R"({"brackets[0].min": "<remove>"})"
                                             << "brackets[0].min"
                                             << "required";
        QTest::newRow("bracket max a string") << R"({"brackets[0].max": "20"})"
                                              << "brackets[0].max"
                                              << "number";
        QTest::newRow("bracket max below its min") << R"({"brackets[1].max": 10})"
                                                   << "brackets[1].max"
                                                   << "below the bracket's min";
        QTest::newRow("first bracket above the lowest score") << R"({"brackets[0].min": 1})"
                                                              << "brackets[0].min"
                                                              << "lowest score";
        QTest::newRow("first bracket below the lowest score") << R"({"brackets[0].min": -1})"
                                                              << "brackets[0].min"
                                                              << "lowest score";
        QTest::newRow("brackets overlap") << R"({"brackets[1].min": 20})"
                                          << "brackets[1].min"
                                          << "overlap";
        QTest::newRow("brackets overlap inside") << R"({"brackets[2].min": 30})"
                                                 << "brackets[2].min"
                                                 << "overlap";
        QTest::newRow("brackets unsorted") << R"({"brackets[1]": {"id": "high", "label": "High", "min": 41,
            "max": 60}, "brackets[2]": {"id": "mid", "label": "Mid", "min": 21, "max": 40}})"
                                           << "brackets[1].min"
                                           << "gap";
        QTest::newRow("brackets unsorted without a gap") << R"({"brackets[2]": {"id": "high", "label": "High",
            "min": 10, "max": 60}})"
                                                         << "brackets[2].min"
                                                         << "sorted";
        QTest::newRow("whole-number brackets at 1 decimal") << R"({"scoring.decimals": 1})"
                                                            << "brackets[1].min"
                                                            << "must start by 20.1";
        QTest::newRow("gap between brackets") << R"({"brackets[1].min": 22})"
                                              << "brackets[1].min"
                                              << "leaves a gap";
        QTest::newRow("gap wider than a step at 1 decimal") << R"({"scoring.decimals": 1, "brackets[0].max": 20.4,
            "brackets[1].min": 20.6})"
                                                            << "brackets[1].min"
                                                            << "by 20.5";
        QTest::newRow("last bracket short of the highest score") << R"({"brackets[2].max": 59})"
                                                                 << "brackets[2].max"
                                                                 << "highest score";
        QTest::newRow("bracket beyond the highest score") << R"({"brackets[1].max": 70})"
                                                          << "brackets[1].max"
                                                          << "above the highest score";
        QTest::newRow("last bracket beyond the highest score") << R"({"brackets[2].max": 61})"
                                                               << "brackets[2].max"
                                                               << "above the highest score";
    }

    void invalidDefinitions()
    {
        QFETCH(QString, patch);
        QFETCH(QString, field);
        QFETCH(QString, reason);
        const auto definition = loadDefinition(withPatch(fixtureDefinition(), patch), QStringLiteral("org.json"));
        QVERIFY_ERROR(definition, ErrorCode::InvalidDefinition);
        const QString message = definition.error().message;
        const QString prefix = QStringLiteral("org.json: ") + field + QStringLiteral(": ");
        QVERIFY2(message.startsWith(prefix),
                 qPrintable(QStringLiteral("'%1' should start with '%2'").arg(message, prefix)));
        QVERIFY2(message.contains(reason), qPrintable(QStringLiteral("'%1' should mention '%2'").arg(message, reason)));
        QVERIFY(!message.contains(QLatin1Char('\n')));
    }

    void exampleMessage()
    {
        const auto definition = loadDefinition(withPatch(fixtureDefinition(), R"({"items[2].dimension": "trust"})"),
                                               QStringLiteral("wellbeing.json"));
        QVERIFY_ERROR(definition, ErrorCode::InvalidDefinition);
        QCOMPARE(definition.error().message,
                 QStringLiteral("wellbeing.json: items[2].dimension: unknown dimension 'trust'"));
    }

    void notJson_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expectedStart");
        QTest::newRow("empty") << QByteArray() << "broken.json: not valid JSON";
        QTest::newRow("truncated") << QByteArray(R"({"id": "x", )") << "broken.json: not valid JSON";
        QTest::newRow("garbage") << QByteArray("\xff\xfe\x00garbage", 10) << "broken.json: not valid JSON";
        QTest::newRow("array") << QByteArray("[1, 2]") << "broken.json: the top level must be a JSON object";
        QTest::newRow("empty object") << QByteArray("{}") << "broken.json: id: is required";
    }

    void notJson()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expectedStart);
        const auto definition = InstrumentLoader::fromJson(json, QStringLiteral("broken.json"));
        QVERIFY_ERROR(definition, ErrorCode::InvalidDefinition);
        QVERIFY2(definition.error().message.startsWith(expectedStart), qPrintable(definition.error().message));
    }

    void fromFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("mine.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(toJson(withPatch(fixtureDefinition(), R"({"items[0].text": 3})")));
        file.close();
        const auto broken = InstrumentLoader::fromFile(path);
        QVERIFY_ERROR(broken, ErrorCode::InvalidDefinition);
        // Errors name the file, not the whole path.
        QVERIFY2(broken.error().message.startsWith(QStringLiteral("mine.json: items[0].text: ")),
                 qPrintable(broken.error().message));

        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(toJson(fixtureDefinition()));
        file.close();
        QVERIFY_RESULT(InstrumentLoader::fromFile(path));

        QVERIFY_ERROR(InstrumentLoader::fromFile(dir.filePath(QStringLiteral("missing.json"))), ErrorCode::NotFound);
    }

    void tooLargeFileIsRejected()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("huge.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(InstrumentLoader::MaxFileSize + 1, ' '));
        file.close();
        const auto definition = InstrumentLoader::fromFile(path);
        QVERIFY_ERROR(definition, ErrorCode::InvalidDefinition);
        QVERIFY(definition.error().message.startsWith(QStringLiteral("huge.json: ")));
    }

    void deeplyNestedJsonDoesNotCrash()
    {
        const QByteArray json = QByteArray(100000, '[') + QByteArray(100000, ']');
        QVERIFY_ERROR(InstrumentLoader::fromJson(json, QStringLiteral("deep.json")), ErrorCode::InvalidDefinition);
    }
};

QTEST_GUILESS_MAIN(TestInstrumentLoader)
#include "TestInstrumentLoader.moc"
