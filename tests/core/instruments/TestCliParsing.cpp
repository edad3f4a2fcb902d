#include "ResultTesting.h"
#include "cli/CliParsing.h"

#include <QRandomGenerator>
#include <QTest>

using namespace rapport;
using namespace rapport::cli;

using Answers = QList<int>;
Q_DECLARE_METATYPE(rapport::ErrorCode)

class TestCliParsing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answerLists_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Answers>("answers");
        QTest::newRow("example") << "3,4,5,2,1" << Answers {3, 4, 5, 2, 1};
        QTest::newRow("single") << "5" << Answers {5};
        QTest::newRow("spaces") << " 3 , 4,5 ,\t2" << Answers {3, 4, 5, 2};
        QTest::newRow("negative") << "-1,2" << Answers {-1, 2};
        QTest::newRow("plus sign") << "+3,0" << Answers {3, 0};
        QTest::newRow("leading zeros") << "007,00" << Answers {7, 0};
        QTest::newRow("int max") << "2147483647" << Answers {2147483647};
        QTest::newRow("int min") << "-2147483648" << Answers {-2147483647 - 1};
    }

    void answerLists()
    {
        QFETCH(QString, text);
        QFETCH(Answers, answers);
        const auto parsed = parseAnswerList(text);
        QVERIFY_RESULT(parsed);
        QCOMPARE(*parsed, answers);
    }

    void badAnswerLists_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << "" << ErrorCode::InvalidArgument << "No answers";
        QTest::newRow("blank") << "   " << ErrorCode::InvalidArgument << "No answers";
        QTest::newRow("empty item") << "3,,4" << ErrorCode::InvalidArgument << "Answer 2 is empty";
        QTest::newRow("trailing comma") << "3,4," << ErrorCode::InvalidArgument << "Answer 3 is empty";
        QTest::newRow("leading comma") << ",3" << ErrorCode::InvalidArgument << "Answer 1 is empty";
        QTest::newRow("only a comma") << "," << ErrorCode::InvalidArgument << "Answer 1 is empty";
        QTest::newRow("blank item") << "3, ,4" << ErrorCode::InvalidArgument << "Answer 2 is empty";
        QTest::newRow("semicolons") << "3;4" << ErrorCode::InvalidArgument << "Answer 1 ('3;4')";
        QTest::newRow("space separated") << "3 4" << ErrorCode::InvalidArgument << "not a whole number";
        QTest::newRow("word") << "3,four" << ErrorCode::InvalidArgument << "Answer 2 ('four')";
        QTest::newRow("decimal") << "3.5" << ErrorCode::InvalidArgument << "not a whole number";
        QTest::newRow("exponent") << "1e3" << ErrorCode::InvalidArgument << "not a whole number";
        QTest::newRow("hex") << "0x10" << ErrorCode::InvalidArgument << "not a whole number";
        QTest::newRow("sign only") << "-" << ErrorCode::InvalidArgument << "not a whole number";
        QTest::newRow("double sign") << "--3" << ErrorCode::InvalidArgument << "not a whole number";
        QTest::newRow("fullwidth digit") << QStringLiteral("\uFF13") << ErrorCode::InvalidArgument
                                         << "not a whole number";
        QTest::newRow("arabic-indic digit")
            << QStringLiteral("\u0663") << ErrorCode::InvalidArgument << "not a whole number";
        QTest::newRow("too large") << "2147483648" << ErrorCode::OutOfRange << "too large";
        QTest::newRow("too small") << "1,-2147483649" << ErrorCode::OutOfRange << "Answer 2";
        QTest::newRow("huge") << "99999999999999999999999999" << ErrorCode::OutOfRange << "too large";
        QTest::newRow("too many") << QStringLiteral("1,").repeated(MaxAnswers) + QStringLiteral("1")
                                  << ErrorCode::OutOfRange << "Too many";
    }

    void badAnswerLists()
    {
        QFETCH(QString, text);
        QFETCH(ErrorCode, code);
        QFETCH(QString, mentions);
        const auto parsed = parseAnswerList(text);
        QVERIFY_ERROR(parsed, code);
        QVERIFY2(parsed.error().message.contains(mentions), qPrintable(parsed.error().message));
        QVERIFY(!parsed.error().message.contains(QLatin1Char('\n')));
    }

    void longListAtTheLimit()
    {
        const auto parsed = parseAnswerList(QStringLiteral("1,").repeated(MaxAnswers - 1) + QStringLiteral("1"));
        QVERIFY_RESULT(parsed);
        QCOMPARE(parsed->size(), MaxAnswers);
    }

    void timePoints_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        const auto utc = [](int y, int mo, int d, int h, int mi, int s = 0, int ms = 0) {
            return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
        };
        QTest::newRow("date is noon UTC") << "2026-01-05" << utc(2026, 1, 5, 12, 0);
        QTest::newRow("leap day") << "2024-02-29" << utc(2024, 2, 29, 12, 0);
        QTest::newRow("zulu") << "2026-01-05T09:30:00Z" << utc(2026, 1, 5, 9, 30);
        QTest::newRow("no seconds") << "2026-01-05T09:30Z" << utc(2026, 1, 5, 9, 30);
        QTest::newRow("no offset is UTC") << "2026-01-05T09:30" << utc(2026, 1, 5, 9, 30);
        QTest::newRow("plus one hour") << "2026-01-05T09:30+01:00" << utc(2026, 1, 5, 8, 30);
        QTest::newRow("compact offset") << "2026-01-05T09:30+0100" << utc(2026, 1, 5, 8, 30);
        QTest::newRow("hour-only offset") << "2026-01-05T09:30-05" << utc(2026, 1, 5, 14, 30);
        QTest::newRow("minus five with millis") << "2026-01-05T09:30:15.250-05:00" << utc(2026, 1, 5, 14, 30, 15, 250);
        QTest::newRow("one fraction digit") << "2026-01-05T09:30:15.5Z" << utc(2026, 1, 5, 9, 30, 15, 500);
        QTest::newRow("nanoseconds truncated") << "2026-01-05T09:30:15,123456789Z" << utc(2026, 1, 5, 9, 30, 15, 123);
        QTest::newRow("offset crosses midnight") << "2026-01-05T23:30-01:00" << utc(2026, 1, 6, 0, 30);
        QTest::newRow("offset crosses new year") << "2026-01-01T00:30+05:45" << utc(2025, 12, 31, 18, 45);
        QTest::newRow("largest offset") << "2026-01-05T12:00+14:00" << utc(2026, 1, 4, 22, 0);
        QTest::newRow("midnight") << "2026-01-05T00:00:00Z" << utc(2026, 1, 5, 0, 0);
        QTest::newRow("last second") << "2026-01-05T23:59:59Z" << utc(2026, 1, 5, 23, 59, 59);
    }

    void timePoints()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        const auto parsed = parseTimePoint(text);
        QVERIFY_RESULT(parsed);
        QCOMPARE(*parsed, expected);
        QCOMPARE(parsed->timeSpec(), Qt::UTC);
    }

    void badTimePoints_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << "";
        QTest::newRow("word") << "today";
        QTest::newRow("february 30") << "2026-02-30";
        QTest::newRow("not a leap year") << "2025-02-29";
        QTest::newRow("month 13") << "2026-13-01";
        QTest::newRow("month 0") << "2026-00-10";
        QTest::newRow("day 0") << "2026-01-00";
        QTest::newRow("day 32") << "2026-01-32";
        QTest::newRow("year 0") << "0000-01-01";
        QTest::newRow("two-digit year") << "26-01-05";
        QTest::newRow("single-digit parts") << "2026-1-5";
        QTest::newRow("slashes") << "2026/01/05";
        QTest::newRow("day first") << "05.01.2026";
        QTest::newRow("leading space") << " 2026-01-05";
        QTest::newRow("trailing text") << "2026-01-05x";
        QTest::newRow("date with zone") << "2026-01-05Z";
        QTest::newRow("space instead of T") << "2026-01-05 12:00";
        QTest::newRow("lower-case t") << "2026-01-05t12:00";
        QTest::newRow("T without time") << "2026-01-05T";
        QTest::newRow("hour only") << "2026-01-05T12";
        QTest::newRow("hour 24") << "2026-01-05T24:00";
        QTest::newRow("minute 60") << "2026-01-05T12:60";
        QTest::newRow("leap second") << "2026-01-05T12:00:60";
        QTest::newRow("empty fraction") << "2026-01-05T12:00:00.Z";
        QTest::newRow("ten fraction digits") << "2026-01-05T12:00:00.1234567890Z";
        QTest::newRow("offset too large") << "2026-01-05T12:00+15:00";
        QTest::newRow("offset minute 60") << "2026-01-05T12:00+01:60";
        QTest::newRow("offset three digits") << "2026-01-05T12:00+010";
        QTest::newRow("two zones") << "2026-01-05T12:00Z+01:00";
        QTest::newRow("fullwidth digits") << QStringLiteral("\uFF12\uFF10\uFF12\uFF16-01-05");
        QTest::newRow("nul inside") << QStringLiteral("2026-01-05") + QChar(0) + QStringLiteral("T12:00");
        QTest::newRow("very long") << QStringLiteral("2026-01-05T12:00:00.") + QString(1000, QLatin1Char('1'));
        QTest::newRow("five-digit year") << "12026-01-05";
        QTest::newRow("negative year") << "-2026-01-05";
    }

    void badTimePoints()
    {
        QFETCH(QString, text);
        const auto parsed = parseTimePoint(text);
        QVERIFY_ERROR(parsed, ErrorCode::InvalidArgument);
        QVERIFY(!parsed.error().message.contains(QLatin1Char('\n')));
        QVERIFY(parsed.error().message.size() < 200);
    }

    void trendPoints_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("at");
        QTest::addColumn<double>("score");
        const QDateTime noon(QDate(2026, 1, 5), QTime(12, 0), Qt::UTC);
        QTest::newRow("date") << "2026-01-05=40" << noon << 40.0;
        QTest::newRow("spaces") << " 2026-01-05 = 56 " << noon << 56.0;
        QTest::newRow("decimal") << "2026-01-05=5.4" << noon << 5.4;
        QTest::newRow("leading point") << "2026-01-05=.5" << noon << 0.5;
        QTest::newRow("trailing point") << "2026-01-05=5." << noon << 5.0;
        QTest::newRow("negative") << "2026-01-05=-3" << noon << -3.0;
        QTest::newRow("time") << "2026-01-05T09:00+01:00=76" << QDateTime(QDate(2026, 1, 5), QTime(8, 0), Qt::UTC)
                              << 76.0;
    }

    void trendPoints()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, at);
        QFETCH(double, score);
        const auto parsed = parseTrendPoint(text);
        QVERIFY_RESULT(parsed);
        QCOMPARE(parsed->at, at);
        QCOMPARE(parsed->score, score);
    }

    void badTrendPoints_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no equals sign") << "2026-01-05"
                                        << "DATE=SCORE";
        QTest::newRow("empty") << ""
                               << "DATE=SCORE";
        QTest::newRow("no date") << "=40"
                                 << "not a date";
        QTest::newRow("no score") << "2026-01-05="
                                  << "not a score";
        QTest::newRow("word score") << "2026-01-05=abc"
                                    << "not a score";
        QTest::newRow("nan") << "2026-01-05=nan"
                             << "not a score";
        QTest::newRow("inf") << "2026-01-05=inf"
                             << "not a score";
        QTest::newRow("exponent") << "2026-01-05=1e3"
                                  << "not a score";
        QTest::newRow("comma decimal") << "2026-01-05=5,4"
                                       << "not a score";
        QTest::newRow("two equals") << "2026-01-05=40=50"
                                    << "not a score";
        QTest::newRow("invalid date") << "2026-02-30=40"
                                      << "not a valid date";
        QTest::newRow("swapped") << "40=2026-01-05"
                                 << "not a date";
        QTest::newRow("huge score text") << QStringLiteral("2026-01-05=") + QString(10000, QLatin1Char('9'))
                                         << "not a score";
    }

    void badTrendPoints()
    {
        QFETCH(QString, text);
        QFETCH(QString, mentions);
        const auto parsed = parseTrendPoint(text);
        QVERIFY_ERROR(parsed, ErrorCode::InvalidArgument);
        QVERIFY2(parsed.error().message.contains(mentions), qPrintable(parsed.error().message));
        QVERIFY(parsed.error().message.size() < 300);
    }

    void languageCodes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("de") << "de"
                            << "de";
        QTest::newRow("is") << "is"
                            << "is";
        QTest::newRow("three letters") << "fil"
                                       << "fil";
        QTest::newRow("territory") << "de_CH"
                                   << "de_CH";
        QTest::newRow("dash territory") << "de-CH"
                                        << "de_CH";
        QTest::newRow("upper case") << "DE"
                                    << "";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("word") << "german"
                              << "";
        QTest::newRow("path") << "../de"
                              << "";
    }

    void languageCodes()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const auto parsed = parseLanguageCode(text);
        if (expected.isEmpty()) {
            QVERIFY_ERROR(parsed, ErrorCode::InvalidArgument);
        } else {
            QVERIFY_RESULT(parsed);
            QCOMPARE(*parsed, expected);
        }
    }

    /** A poor man's fuzzer: random strings over the characters these parsers care about must never crash. */
    void randomInputNeverCrashes()
    {
        const QList<QChar> alphabet {QLatin1Char('0'), QLatin1Char('1'), QLatin1Char('2'), QLatin1Char('9'),
                                     QLatin1Char('-'), QLatin1Char('+'), QLatin1Char(':'), QLatin1Char('T'),
                                     QLatin1Char('Z'), QLatin1Char('.'), QLatin1Char(','), QLatin1Char('='),
                                     QLatin1Char(' '), QLatin1Char('e'), QChar(0),         QChar(0xD800),
                                     QChar(0xDC00),    QChar(0xFF11),    QChar(0x0663),    QChar(0xFFFF)};
        QRandomGenerator random(20260105);
        for (int round = 0; round < 20000; ++round) {
            const int length = static_cast<int>(random.bounded(40));
            QString text;
            for (int i = 0; i < length; ++i) {
                text.append(alphabet.at(static_cast<qsizetype>(random.bounded(static_cast<quint32>(alphabet.size())))));
            }
            const auto messageOf
                = [](const auto& result) { return result ? QStringLiteral("ok") : result.error().message; };
            QVERIFY(!messageOf(parseAnswerList(text)).isEmpty());
            QVERIFY(!messageOf(parseTimePoint(text)).isEmpty());
            QVERIFY(!messageOf(parseTrendPoint(text)).isEmpty());
            QVERIFY(!messageOf(parseLanguageCode(text)).isEmpty());
        }
    }

    void hugeInputIsFast()
    {
        const QString digits(1 << 20, QLatin1Char('7'));
        QVERIFY_ERROR(parseAnswerList(digits), ErrorCode::OutOfRange);
        QVERIFY_ERROR(parseTimePoint(digits), ErrorCode::InvalidArgument);
        QVERIFY_ERROR(parseTrendPoint(digits + QLatin1Char('=') + digits), ErrorCode::InvalidArgument);
        const QString commas(1 << 20, QLatin1Char(','));
        QVERIFY_ERROR(parseAnswerList(commas), ErrorCode::OutOfRange);
    }
};

QTEST_GUILESS_MAIN(TestCliParsing)
#include "TestCliParsing.moc"
