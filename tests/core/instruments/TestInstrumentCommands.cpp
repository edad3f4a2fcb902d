#include "InstrumentFixtures.h"
#include "cli/CliApplication.h"
#include "cli/CliContext.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace rapport;
using namespace rapport::test;

namespace {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;

    [[nodiscard]] QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

CliRun runCli(const QStringList& arguments)
{
    CliRun run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    run.exitCode = cli::run(QStringList {QStringLiteral("rapport-cli")} + arguments,
                            cli::standardCommands(),
                            out,
                            err,
                            QProcessEnvironment());
    out.flush();
    err.flush();
    return run;
}

void writeFile(const QString& path, const QByteArray& contents)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(contents);
}

} // namespace

class TestInstrumentCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scoreWellbeingJson()
    {
        const CliRun run = runCli({QStringLiteral("score"),
                                   QStringLiteral("wellbeing-index"),
                                   QStringLiteral("--answers"),
                                   QStringLiteral("3,4,5,2,1"),
                                   QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        QCOMPARE(run.out.count(QLatin1Char('\n')), 1);
        const QJsonObject json = run.json();
        QCOMPARE(json.value(QStringLiteral("instrument")).toString(), QStringLiteral("wellbeing-index"));
        QVERIFY(json.value(QStringLiteral("score")).isDouble());
        QCOMPARE(json.value(QStringLiteral("score")).toDouble(), 60.0);
        QVERIFY(run.out.contains(QStringLiteral("\"score\":60")));
        QCOMPARE(json.value(QStringLiteral("bracket")).toString(), QStringLiteral("good"));
        QVERIFY(!json.contains(QStringLiteral("dimensions")));
    }

    void scoreAllianceJson()
    {
        const CliRun run = runCli({QStringLiteral("score"),
                                   QStringLiteral("professional-alliance"),
                                   QStringLiteral("--answers=7,6,5,4,3"),
                                   QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = run.json();
        QCOMPARE(json.value(QStringLiteral("score")).toDouble(), 5.0);
        QVERIFY(!json.contains(QStringLiteral("bracket")));
        const QJsonObject dimensions = json.value(QStringLiteral("dimensions")).toObject();
        QCOMPARE(dimensions.size(), 3);
        QCOMPARE(dimensions.value(QStringLiteral("bond")).toDouble(), 6.5);
        QCOMPARE(dimensions.value(QStringLiteral("partnership")).toDouble(), 4.5);
        QCOMPARE(dimensions.value(QStringLiteral("confidence")).toDouble(), 3.0);
    }

    void scoreHuman_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QStringList>("expectedLines");
        QTest::newRow("wellbeing") << QStringList {QStringLiteral("wellbeing-index"),
                                                   QStringLiteral("--answers"),
                                                   QStringLiteral("4,4,4,4,3")}
                                   << QStringList {QStringLiteral("Wellbeing Index: 76 (Good)")};
        QTest::newRow("wellbeing in German") << QStringList {QStringLiteral("wellbeing-index"),
                                                             QStringLiteral("--answers"),
                                                             QStringLiteral("1,1,1,1,1"),
                                                             QStringLiteral("--language"),
                                                             QStringLiteral("de")}
                                             << QStringList {QStringLiteral("Wohlbefindens-Index: 20 (Niedrig)")};
        QTest::newRow("alliance in Icelandic") << QStringList {QStringLiteral("professional-alliance"),
                                                               QStringLiteral("--answers"),
                                                               QStringLiteral("7,6,5,4,3"),
                                                               QStringLiteral("--language"),
                                                               QStringLiteral("is")}
                                               << QStringList {QStringLiteral("Samstarf við fagaðila: 5.0"),
                                                               QStringLiteral("  Tengsl: 6.5"),
                                                               QStringLiteral("  Samvinna: 4.5"),
                                                               QStringLiteral("  Traust: 3.0")};
    }

    void scoreHuman()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QStringList, expectedLines);
        const CliRun run = runCli(QStringList {QStringLiteral("score")} + arguments);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts), expectedLines);
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("mentions");
        const QString score = QStringLiteral("score");
        const QString trend = QStringLiteral("trend");
        const QString wellbeing = QStringLiteral("wellbeing-index");
        const QString answers = QStringLiteral("--answers");
        const QString point = QStringLiteral("--point");

        QTest::newRow("score without id") << QStringList {score} << 2 << "exactly one instrument id";
        QTest::newRow("score with two ids") << QStringList {score, wellbeing, wellbeing, answers, QStringLiteral("1")}
                                            << 2 << "exactly one instrument id";
        QTest::newRow("score without answers") << QStringList {score, wellbeing} << 2 << "--answers";
        QTest::newRow("answers without value") << QStringList {score, wellbeing, answers} << 2 << "answers";
        QTest::newRow("too few answers") << QStringList {score, wellbeing, answers, QStringLiteral("3,4")} << 2
                                         << "item 3";
        QTest::newRow("too many answers")
            << QStringList {score, wellbeing, answers, QStringLiteral("3,4,5,2,1,0")} << 2 << "item 6";
        QTest::newRow("answer above the scale")
            << QStringList {score, wellbeing, answers, QStringLiteral("3,4,5,2,9")} << 2 << "item 5";
        QTest::newRow("negative answer") << QStringList {score, wellbeing, answers, QStringLiteral("-1,4,5,2,1")} << 2
                                         << "item 1";
        QTest::newRow("answer not a number")
            << QStringList {score, wellbeing, answers, QStringLiteral("3,x,5,2,1")} << 2 << "Answer 2";
        QTest::newRow("empty answer") << QStringList {score, wellbeing, answers, QStringLiteral("3,,5,2,1")} << 2
                                      << "Answer 2 is empty";
        QTest::newRow("unknown instrument")
            << QStringList {score, QStringLiteral("who-5"), answers, QStringLiteral("1")} << 1
            << "no instrument 'who-5'";
        QTest::newRow("unknown option")
            << QStringList {score, wellbeing, answers, QStringLiteral("1,1,1,1,1"), QStringLiteral("--bogus")} << 2
            << "bogus";
        QTest::newRow("bad language") << QStringList {score,
                                                      wellbeing,
                                                      answers,
                                                      QStringLiteral("1,1,1,1,1"),
                                                      QStringLiteral("--language"),
                                                      QStringLiteral("German")}
                                      << 2 << "language code";

        QTest::newRow("instruments without action") << QStringList {QStringLiteral("instruments")} << 2 << "list";
        QTest::newRow("instruments unknown action")
            << QStringList {QStringLiteral("instruments"), QStringLiteral("frobnicate")} << 2 << "frobnicate";
        QTest::newRow("show without id") << QStringList {QStringLiteral("instruments"), QStringLiteral("show")} << 2
                                         << "exactly one";
        QTest::newRow("show unknown id") << QStringList {QStringLiteral("instruments"),
                                                         QStringLiteral("show"),
                                                         QStringLiteral("nope")}
                                         << 1 << "nope";
        QTest::newRow("list with extra words")
            << QStringList {QStringLiteral("instruments"), QStringLiteral("list"), QStringLiteral("all")} << 2
            << "no arguments";

        QTest::newRow("trend without id") << QStringList {trend} << 2 << "exactly one instrument id";
        QTest::newRow("trend score above range") << QStringList {trend,
                                                                 wellbeing,
                                                                 point,
                                                                 QStringLiteral("2026-01-05=40"),
                                                                 point,
                                                                 QStringLiteral("2026-02-02=101")}
                                                 << 2 << "outside the range";
        QTest::newRow("trend score below range")
            << QStringList {trend, QStringLiteral("professional-alliance"), point, QStringLiteral("2026-01-05=0.5")}
            << 2 << "outside the range";
        QTest::newRow("trend impossible date")
            << QStringList {trend, wellbeing, point, QStringLiteral("2026-02-30=40")} << 2 << "not a valid date";
        QTest::newRow("trend point without score")
            << QStringList {trend, wellbeing, point, QStringLiteral("2026-01-05")} << 2 << "DATE=SCORE";
        QTest::newRow("trend point bad score")
            << QStringList {trend, wellbeing, point, QStringLiteral("2026-01-05=high")} << 2 << "not a score";
        QTest::newRow("trend unknown instrument")
            << QStringList {trend, QStringLiteral("nope"), point, QStringLiteral("2026-01-05=4")} << 1 << "nope";
    }

    void errors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, mentions);
        const CliRun run = runCli(arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
        const QString firstLine = run.err.section(QLatin1Char('\n'), 0, 0);
        QVERIFY2(firstLine.startsWith(QStringLiteral("rapport-cli: ")), qPrintable(run.err));
        QVERIFY2(firstLine.contains(mentions), qPrintable(run.err));
    }

    void valueErrorsAreOneLine()
    {
        const CliRun run = runCli({QStringLiteral("score"),
                                   QStringLiteral("wellbeing-index"),
                                   QStringLiteral("--answers"),
                                   QStringLiteral("3,4,5,2,9"),
                                   QStringLiteral("--json")});
        QCOMPARE(run.exitCode, static_cast<int>(cli::ExitUsage));
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
        QVERIFY(run.out.isEmpty());
    }

    void help_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("instruments") << "instruments"
                                     << "list|show";
        QTest::newRow("score") << "score"
                               << "--answers";
        QTest::newRow("trend") << "trend"
                               << "--point";
    }

    void help()
    {
        QFETCH(QString, command);
        QFETCH(QString, mentions);
        for (const QString& flag : {QStringLiteral("--help"), QStringLiteral("-h")}) {
            const CliRun run = runCli({command, flag});
            QCOMPARE(run.exitCode, 0);
            QVERIFY(run.err.isEmpty());
            QVERIFY2(run.out.contains(mentions), qPrintable(run.out));
            QVERIFY(run.out.contains(QStringLiteral("--json")));
            QVERIFY(run.out.contains(QStringLiteral("rapport-cli ") + command));
        }
    }

    void listInstruments()
    {
        const CliRun human = runCli({QStringLiteral("instruments"), QStringLiteral("list")});
        QCOMPARE(human.exitCode, 0);
        QVERIFY(human.out.contains(QStringLiteral("wellbeing-index")));
        QVERIFY(human.out.contains(QStringLiteral("Wellbeing Index")));
        QVERIFY(human.out.contains(QStringLiteral("professional-alliance")));

        const CliRun json = runCli({QStringLiteral("instruments"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray instruments = json.json().value(QStringLiteral("instruments")).toArray();
        QCOMPARE(instruments.size(), 2);
        QStringList ids;
        for (const QJsonValue& instrument : instruments) {
            ids.append(instrument.toObject().value(QStringLiteral("id")).toString());
            QVERIFY(!instrument.toObject().value(QStringLiteral("title")).toString().isEmpty());
        }
        ids.sort();
        QCOMPARE(ids, (QStringList {QStringLiteral("professional-alliance"), QStringLiteral("wellbeing-index")}));
    }

    void showJson()
    {
        const CliRun run = runCli({QStringLiteral("instruments"),
                                   QStringLiteral("show"),
                                   QStringLiteral("wellbeing-index"),
                                   QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = run.json();
        QCOMPARE(json.value(QStringLiteral("id")).toString(), QStringLiteral("wellbeing-index"));
        QCOMPARE(json.value(QStringLiteral("title")).toString(), QStringLiteral("Wellbeing Index"));
        QVERIFY(!json.value(QStringLiteral("instructions")).toString().isEmpty());
        QVERIFY(!json.value(QStringLiteral("timeFrame")).toString().isEmpty());
        QVERIFY(json.value(QStringLiteral("methodology")).toString().contains(QStringLiteral("WHO-5")));
        const QJsonObject scale = json.value(QStringLiteral("scale")).toObject();
        QCOMPARE(scale.value(QStringLiteral("min")).toInt(), 0);
        QCOMPARE(scale.value(QStringLiteral("max")).toInt(), 5);
        QCOMPARE(scale.value(QStringLiteral("labels")).toArray().size(), 6);
        QCOMPARE(json.value(QStringLiteral("items")).toArray().size(), 5);
        const QJsonObject scoring = json.value(QStringLiteral("scoring")).toObject();
        QCOMPARE(scoring.value(QStringLiteral("rule")).toString(), QStringLiteral("sum"));
        QCOMPARE(scoring.value(QStringLiteral("multiplier")).toDouble(), 4.0);
        QCOMPARE(scoring.value(QStringLiteral("max")).toDouble(), 100.0);
        QCOMPARE(scoring.value(QStringLiteral("meaningfulChange")).toDouble(), 10.0);
        const QJsonArray brackets = json.value(QStringLiteral("brackets")).toArray();
        QCOMPARE(brackets.size(), 3);
        QCOMPARE(brackets.at(0).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("poor"));
        QCOMPARE(brackets.at(0).toObject().value(QStringLiteral("max")).toDouble(), 28.0);
        QCOMPARE(brackets.at(2).toObject().value(QStringLiteral("label")).toString(), QStringLiteral("Good"));
    }

    void showJsonTranslated()
    {
        const CliRun run = runCli({QStringLiteral("instruments"),
                                   QStringLiteral("show"),
                                   QStringLiteral("professional-alliance"),
                                   QStringLiteral("--json"),
                                   QStringLiteral("--language"),
                                   QStringLiteral("de")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = run.json();
        QCOMPARE(json.value(QStringLiteral("language")).toString(), QStringLiteral("de"));
        QCOMPARE(json.value(QStringLiteral("title")).toString(), QStringLiteral("Professionelle Arbeitsbeziehung"));
        const QJsonArray dimensions = json.value(QStringLiteral("dimensions")).toArray();
        QCOMPARE(dimensions.size(), 3);
        QCOMPARE(dimensions.at(0).toObject().value(QStringLiteral("label")).toString(), QStringLiteral("Bindung"));
        const QJsonObject firstItem = json.value(QStringLiteral("items")).toArray().at(0).toObject();
        QCOMPARE(firstItem.value(QStringLiteral("number")).toInt(), 1);
        QCOMPARE(firstItem.value(QStringLiteral("dimension")).toString(), QStringLiteral("bond"));
        QVERIFY(firstItem.value(QStringLiteral("text")).toString().contains(QStringLiteral("Fachperson")));
        QCOMPARE(json.value(QStringLiteral("brackets")).toArray().size(), 0);
    }

    void showHuman()
    {
        const CliRun run
            = runCli({QStringLiteral("instruments"), QStringLiteral("show"), QStringLiteral("wellbeing-index")});
        QCOMPARE(run.exitCode, 0);
        for (const QString& expected : {QStringLiteral("Wellbeing Index (wellbeing-index, version 1)"),
                                        QStringLiteral("Instructions:"),
                                        QStringLiteral("Time frame: Over the last two weeks"),
                                        QStringLiteral("All of the time"),
                                        QStringLiteral("1. I have felt upbeat"),
                                        QStringLiteral("sum of the answers × 4, from 0 to 100"),
                                        QStringLiteral("Poor"),
                                        QStringLiteral("29–50"),
                                        QStringLiteral("Meaningful change: 10"),
                                        QStringLiteral("Methodology:"),
                                        QStringLiteral("WHO-5")}) {
            QVERIFY2(run.out.contains(expected), qPrintable(expected));
        }
        const CliRun alliance = runCli({QStringLiteral("instruments"),
                                        QStringLiteral("show"),
                                        QStringLiteral("professional-alliance"),
                                        QStringLiteral("--language"),
                                        QStringLiteral("is")});
        QCOMPARE(alliance.exitCode, 0);
        QVERIFY(alliance.out.contains(QStringLiteral("Samstarf við fagaðila")));
        QVERIFY(alliance.out.contains(QStringLiteral("[Tengsl]")));
        QVERIFY(alliance.out.contains(QStringLiteral("Brackets: none")));
    }

    void trendJson_data()
    {
        QTest::addColumn<QString>("instrument");
        QTest::addColumn<QStringList>("points");
        QTest::addColumn<QString>("trend");
        QTest::addColumn<QJsonValue>("change");
        const QString wellbeing = QStringLiteral("wellbeing-index");
        QTest::newRow("no points") << wellbeing << QStringList {} << "insufficient" << QJsonValue(QJsonValue::Null);
        QTest::newRow("one point") << wellbeing << QStringList {QStringLiteral("2026-01-05=40")} << "insufficient"
                                   << QJsonValue(QJsonValue::Null);
        QTest::newRow("improving") << wellbeing
                                   << QStringList {QStringLiteral("2026-01-05=40"), QStringLiteral("2026-02-02=56")}
                                   << "improving" << QJsonValue(16);
        QTest::newRow("declining") << wellbeing
                                   << QStringList {QStringLiteral("2026-02-02=56"),
                                                   QStringLiteral("2026-01-05=76"),
                                                   QStringLiteral("2026-03-02=44")}
                                   << "declining" << QJsonValue(-32);
        QTest::newRow("stable") << wellbeing
                                << QStringList {QStringLiteral("2026-01-05=40"),
                                                QStringLiteral("2026-01-19=48"),
                                                QStringLiteral("2026-02-02=44")}
                                << "stable" << QJsonValue(4);
        QTest::newRow("exactly meaningful")
            << wellbeing << QStringList {QStringLiteral("2026-01-05=40"), QStringLiteral("2026-01-19=50")}
            << "improving" << QJsonValue(10);
        QTest::newRow("same instant") << wellbeing
                                      << QStringList {QStringLiteral("2026-01-05T10:00+01:00=40"),
                                                      QStringLiteral("2026-01-05T09:00Z=80")}
                                      << "stable" << QJsonValue(0);
        QTest::newRow("alliance rounded change") << QStringLiteral("professional-alliance")
                                                 << QStringList {QStringLiteral("2026-01-05=4.0"),
                                                                 QStringLiteral("2026-01-12=4.5"),
                                                                 QStringLiteral("2026-01-26=5.1")}
                                                 << "improving" << QJsonValue(1.07);
    }

    void trendJson()
    {
        QFETCH(QString, instrument);
        QFETCH(QStringList, points);
        QFETCH(QString, trend);
        QFETCH(QJsonValue, change);
        QStringList arguments {QStringLiteral("trend"), instrument, QStringLiteral("--json")};
        for (const QString& point : points) {
            arguments << QStringLiteral("--point") << point;
        }
        const CliRun run = runCli(arguments);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        const QJsonObject json = run.json();
        QCOMPARE(json.value(QStringLiteral("trend")).toString(), trend);
        QVERIFY(json.contains(QStringLiteral("change")));
        QCOMPARE(json.value(QStringLiteral("change")), change);
        QCOMPARE(json.value(QStringLiteral("points")).toInt(), points.size());
    }

    void trendHuman()
    {
        const CliRun run = runCli({QStringLiteral("trend"),
                                   QStringLiteral("wellbeing-index"),
                                   QStringLiteral("--point"),
                                   QStringLiteral("2026-01-05=40"),
                                   QStringLiteral("--point"),
                                   QStringLiteral("2026-02-02=56")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out,
                 QStringLiteral("Wellbeing Index: improving (fitted change +16.0 over 2 points; a change of 10 is "
                                "meaningful)\n"));
        const CliRun single = runCli({QStringLiteral("trend"),
                                      QStringLiteral("wellbeing-index"),
                                      QStringLiteral("--point"),
                                      QStringLiteral("2026-01-05=40")});
        QCOMPARE(single.exitCode, 0);
        QVERIFY(single.out.contains(QStringLiteral("not enough data")));
    }

    void organisationInstruments()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        writeFile(dir.filePath(QStringLiteral("licensed.json")), toJson(fixtureDefinition()));
        const QStringList folder {QStringLiteral("--instruments"), dir.path()};

        const CliRun score = runCli(folder
                                    + QStringList {QStringLiteral("score"),
                                                   QStringLiteral("fixture"),
                                                   QStringLiteral("--answers"),
                                                   QStringLiteral("4,0,4"),
                                                   QStringLiteral("--json")});
        QCOMPARE(score.exitCode, 0);
        QCOMPARE(score.json().value(QStringLiteral("score")).toDouble(), 60.0);
        QCOMPARE(score.json().value(QStringLiteral("bracket")).toString(), QStringLiteral("high"));
        QCOMPARE(score.json().value(QStringLiteral("version")).toInt(), 2);

        // The organisation's folder replaces the built-in instruments.
        const CliRun builtIn = runCli(folder
                                      + QStringList {QStringLiteral("score"),
                                                     QStringLiteral("wellbeing-index"),
                                                     QStringLiteral("--answers"),
                                                     QStringLiteral("1,1,1,1,1")});
        QCOMPARE(builtIn.exitCode, 1);
        QVERIFY(builtIn.err.contains(QStringLiteral("wellbeing-index")));

        const CliRun list = runCli(QStringList {
            QStringLiteral("instruments"), QStringLiteral("list"), QStringLiteral("--instruments=") + dir.path()});
        QCOMPARE(list.exitCode, 0);
        QVERIFY(list.out.contains(QStringLiteral("fixture")));
        QVERIFY(!list.out.contains(QStringLiteral("wellbeing-index")));
    }

    void brokenOrganisationFolder()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("broken.json")),
                  toJson(withField(fixtureDefinition(), QStringLiteral("items[0].text"), QJsonValue(7))));
        const CliRun list = runCli({QStringLiteral("--instruments"),
                                    dir.path(),
                                    QStringLiteral("instruments"),
                                    QStringLiteral("list"),
                                    QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 1);
        QVERIFY(list.out.isEmpty());
        QVERIFY(list.err.startsWith(QStringLiteral("rapport-cli: broken.json: items[0].text: ")));

        const CliRun run = runCli({QStringLiteral("--instruments"),
                                   dir.path(),
                                   QStringLiteral("score"),
                                   QStringLiteral("fixture"),
                                   QStringLiteral("--answers"),
                                   QStringLiteral("1,1,1")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QCOMPARE(run.err,
                 QStringLiteral("rapport-cli: broken.json: items[0].text: must be a text or an object of "
                                "texts by language\n"));

        const CliRun missing = runCli({QStringLiteral("--instruments"),
                                       dir.filePath(QStringLiteral("nowhere")),
                                       QStringLiteral("instruments"),
                                       QStringLiteral("list")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(QStringLiteral("does not exist")));
    }
};

QTEST_GUILESS_MAIN(TestInstrumentCommands)
#include "TestInstrumentCommands.moc"
