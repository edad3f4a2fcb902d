#include "cli/CliApplication.h"
#include "cli/CliContext.h"
#include "cli/CommandTable.h"
#include "common/Language.h"

#include <QFile>
#include <QSet>
#include <QTest>

using namespace rapport;
using namespace rapport::cli;

class TestCommandTable : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Run run(const QStringList& words, const CommandTable& table)
    {
        Run result;
        QTextStream out(&result.out);
        QTextStream err(&result.err);
        result.exitCode = cli::run(QStringList {QStringLiteral("rapport-cli")} + words, table, out, err, {});
        out.flush();
        err.flush();
        return result;
    }

    /** A table of one command, `echo`, that prints the words it was given and exits with 42. */
    static CommandTable echoTable()
    {
        return CommandTable({{QStringLiteral("echo"),
                              "Rapport",
                              "Echo the words",
                              [](CliContext& context, const QStringList& arguments) {
                                  context.out() << arguments.join(QLatin1Char('|')) << '\n';
                                  return 42;
                              }}});
    }

private Q_SLOTS:
    void cleanup() { Language::apply(QStringLiteral("en")); }

    void standardCommandsAreAllThere()
    {
        const CommandTable table = standardCommands();
        QStringList names;
        for (const Command& command : table.commands()) {
            QVERIFY2(command.handler, qPrintable(command.name));
            QVERIFY2(!command.translatedSummary().isEmpty(), qPrintable(command.name));
            names.append(command.name);
        }
        QCOMPARE(QSet<QString>(names.begin(), names.end()).size(), names.size()); // no name twice
        // The hub's, sync's and the report command are there too: nothing is registered from outside any more.
        for (const char* name : {"instruments",
                                 "score",
                                 "trend",
                                 "init",
                                 "passphrase",
                                 "person",
                                 "connect",
                                 "connections",
                                 "submit",
                                 "sharing",
                                 "request",
                                 "view",
                                 "check",
                                 "backup",
                                 "demo",
                                 "report",
                                 "hub",
                                 "sync",
                                 "hr"}) {
            QVERIFY2(table.find(QString::fromLatin1(name)) != nullptr, name);
        }
        QCOMPARE(table.find(QStringLiteral("nothing")), nullptr);
    }

    void runDispatchesToTheTableItIsGiven()
    {
        const Run echoed = run({QStringLiteral("echo"), QStringLiteral("a"), QStringLiteral("b")}, echoTable());
        QCOMPARE(echoed.exitCode, 42);
        QCOMPARE(echoed.out, QStringLiteral("a|b\n"));

        // A command of the standard table is unknown to a table without it.
        const Run unknown = run({QStringLiteral("init")}, echoTable());
        QCOMPARE(unknown.exitCode, int(ExitUsage));
        QVERIFY2(unknown.err.contains(QStringLiteral("unknown command 'init'")), qPrintable(unknown.err));

        const Run help = run({QStringLiteral("--help")}, echoTable());
        QCOMPARE(help.exitCode, int(ExitOk));
        QVERIFY(help.out.contains(QStringLiteral("echo")));
        QVERIFY(help.out.contains(QStringLiteral("Echo the words")));
        QVERIFY(!help.out.contains(QStringLiteral("backup")));
        QVERIFY(help.out.contains(QStringLiteral("--language")));
    }

    void languageOptionComesBeforeTheCommand()
    {
        const Run german
            = run({QStringLiteral("--language"), QStringLiteral("de"), QStringLiteral("--help")}, standardCommands());
        QCOMPARE(german.exitCode, int(ExitOk));
        QVERIFY2(german.out.contains(QStringLiteral("Befehle:")), qPrintable(german.out));
        // The summaries are translated when shown, after --language took effect.
        QVERIFY2(german.out.contains(QStringLiteral("Einen neuen verschlüsselten Datenspeicher anlegen")),
                 qPrintable(german.out));
        QCOMPARE(Language::current(), QStringLiteral("de"));

        const Run icelandic = run(
            {QStringLiteral("--store"), QStringLiteral("x"), QStringLiteral("--language=is"), QStringLiteral("--help")},
            standardCommands());
        QVERIFY2(icelandic.out.contains(QStringLiteral("Skipanir:")), qPrintable(icelandic.out));

        // After the command word, --language is the command's own (instruments show --language de).
        const Run echoed = run({QStringLiteral("--language"),
                                QStringLiteral("en"),
                                QStringLiteral("echo"),
                                QStringLiteral("--language"),
                                QStringLiteral("de")},
                               echoTable());
        QCOMPARE(echoed.out, QStringLiteral("--language|de\n"));
        QCOMPARE(Language::current(), QStringLiteral("en"));
    }

    void unknownLanguageIsAUsageError_data()
    {
        QTest::addColumn<QStringList>("words");
        QTest::newRow("unknown") << QStringList {
            QStringLiteral("--language"), QStringLiteral("fr"), QStringLiteral("echo")};
        QTest::newRow("no value") << QStringList {QStringLiteral("--language")};
        QTest::newRow("empty") << QStringList {QStringLiteral("--language="), QStringLiteral("echo")};
    }

    void unknownLanguageIsAUsageError()
    {
        QFETCH(QStringList, words);
        const Run refused = run(words, echoTable());
        QCOMPARE(refused.exitCode, int(ExitUsage));
        QVERIFY2(refused.err.contains(QStringLiteral("use system, en, de or is")), qPrintable(refused.err));
        QVERIFY(refused.out.isEmpty()); // the command did not run
    }

    void reportWithoutRapportSaysWhereItLooked()
    {
        // A test executable has no `rapport` beside it.
        const Run report
            = run({QStringLiteral("report"), QStringLiteral("hr"), QStringLiteral("--pdf"), QStringLiteral("x.pdf")},
                  standardCommands());
        QCOMPARE(report.exitCode, int(ExitFailure));
        QVERIFY2(report.err.contains(QStringLiteral("needs a GUI application")), qPrintable(report.err));
        QVERIFY2(report.err.contains(QCoreApplication::applicationDirPath()), qPrintable(report.err));
        QVERIFY(!QFile::exists(QStringLiteral("x.pdf")));
    }
};

QTEST_GUILESS_MAIN(TestCommandTable)
#include "TestCommandTable.moc"
