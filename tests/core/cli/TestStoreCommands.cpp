#include "ResultTesting.h"
#include "cli/CliApplication.h"
#include "cli/CliContext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace rapport;

namespace {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
    [[nodiscard]] QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
};

} // namespace

class TestStoreCommands : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store;
    QProcessEnvironment m_environment;

    CliRun cli(QStringList arguments, const QProcessEnvironment* environment = nullptr)
    {
        arguments.prepend(m_store);
        arguments.prepend(QStringLiteral("--store"));
        arguments.prepend(QStringLiteral("rapport-cli"));
        CliRun result;
        QTextStream out(&result.out);
        QTextStream err(&result.err);
        result.exitCode
            = cli::run(arguments, cli::standardCommands(), out, err, environment ? *environment : m_environment);
        return result;
    }

    QString idOf(const CliRun& run) { return run.json().object().value(QStringLiteral("id")).toString(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = m_dir.filePath(QStringLiteral("cli.db"));
        m_environment.insert(QStringLiteral("RAPPORT_PASSPHRASE"), QStringLiteral("cli secret"));
        const CliRun init = cli({QStringLiteral("init"), QStringLiteral("--fast-kdf")});
        QCOMPARE(init.exitCode, 0);
    }

    void professionalSeesOnlyWhatIsShared()
    {
        const CliRun client = cli({QStringLiteral("person"),
                                   QStringLiteral("add"),
                                   QStringLiteral("--role"),
                                   QStringLiteral("client"),
                                   QStringLiteral("--name"),
                                   QStringLiteral("Noor"),
                                   QStringLiteral("--team"),
                                   QStringLiteral("Legal"),
                                   QStringLiteral("--json")});
        QCOMPARE(client.exitCode, 0);
        QCOMPARE(client.json().object().value(QStringLiteral("role")).toString(), QStringLiteral("client"));
        const QString clientId = idOf(client);
        const QString proId = idOf(cli({QStringLiteral("person"),
                                        QStringLiteral("add"),
                                        QStringLiteral("--role"),
                                        QStringLiteral("professional"),
                                        QStringLiteral("--name"),
                                        QStringLiteral("Dr Oz"),
                                        QStringLiteral("--json")}));
        QVERIFY(!clientId.isEmpty() && !proId.isEmpty());
        const CliRun connected = cli({QStringLiteral("connect"), clientId, proId, QStringLiteral("--json")});
        QCOMPARE(connected.exitCode, 0);
        QCOMPARE(connected.json().object().value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
        // Pending: the professional's view does not list the client, and the client cannot rate them yet.
        const CliRun waiting
            = cli({QStringLiteral("view"), QStringLiteral("professional"), proId, QStringLiteral("--json")});
        QCOMPARE(waiting.json().object().value(QStringLiteral("clients")).toArray().size(), 0);
        QVERIFY(!waiting.out.contains(QStringLiteral("Noor")));
        QVERIFY(cli({QStringLiteral("submit"),
                     QStringLiteral("alliance"),
                     QStringLiteral("--person"),
                     clientId,
                     QStringLiteral("--professional"),
                     proId,
                     QStringLiteral("--answers"),
                     QStringLiteral("6,6,5,7,6")})
                    .exitCode
                != 0);
        const CliRun listed
            = cli({QStringLiteral("connections"), QStringLiteral("list"), QStringLiteral("--person"), clientId});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY2(listed.out.contains(QStringLiteral("Dr Oz")) && listed.out.contains(QStringLiteral("waiting")),
                 qPrintable(listed.out));
        // Usage errors say what is missing; only the client answers.
        QCOMPARE(cli({QStringLiteral("connections"), QStringLiteral("accept"), QStringLiteral("--person"), clientId})
                     .exitCode,
                 int(rapport::cli::ExitUsage));
        QCOMPARE(cli({QStringLiteral("connections"), QStringLiteral("accept"), proId}).exitCode,
                 int(rapport::cli::ExitUsage));
        QVERIFY(
            cli({QStringLiteral("connections"), QStringLiteral("accept"), QStringLiteral("--person"), proId, clientId})
                .exitCode
            != 0);
        // The client accepts, naming the professional.
        const CliRun accepted = cli({QStringLiteral("connections"),
                                     QStringLiteral("accept"),
                                     QStringLiteral("--person"),
                                     clientId,
                                     proId,
                                     QStringLiteral("--json")});
        QVERIFY2(accepted.exitCode == 0, qPrintable(accepted.err));
        QCOMPARE(accepted.json().object().value(QStringLiteral("state")).toString(), QStringLiteral("accepted"));

        const CliRun wellbeing = cli({QStringLiteral("submit"),
                                      QStringLiteral("wellbeing"),
                                      QStringLiteral("--person"),
                                      clientId,
                                      QStringLiteral("--answers"),
                                      QStringLiteral("3,4,5,2,1"),
                                      QStringLiteral("--at"),
                                      QStringLiteral("2026-01-05"),
                                      QStringLiteral("--json")});
        QCOMPARE(wellbeing.exitCode, 0);
        QCOMPARE(wellbeing.json().object().value(QStringLiteral("score")).toDouble(), 60.0);
        QCOMPARE(cli({QStringLiteral("submit"),
                      QStringLiteral("alliance"),
                      QStringLiteral("--person"),
                      clientId,
                      QStringLiteral("--professional"),
                      proId,
                      QStringLiteral("--answers"),
                      QStringLiteral("6,6,5,7,6"),
                      QStringLiteral("--at"),
                      QStringLiteral("2026-01-06")})
                     .exitCode,
                 0);

        auto clientsOf = [&] {
            const CliRun view
                = cli({QStringLiteral("view"), QStringLiteral("professional"), proId, QStringLiteral("--json")});
            return view.json().object().value(QStringLiteral("clients")).toArray();
        };
        QJsonObject seen = clientsOf().first().toObject();
        QCOMPARE(seen.value(QStringLiteral("name")).toString(), QStringLiteral("Noor"));
        QVERIFY(!seen.contains(QStringLiteral("alliance")));
        QVERIFY(!seen.contains(QStringLiteral("wellbeing")));
        QVERIFY(!QJsonDocument(seen).toJson().contains("Legal"));

        QCOMPARE(cli({QStringLiteral("sharing"),
                      QStringLiteral("set"),
                      QStringLiteral("--person"),
                      clientId,
                      QStringLiteral("--metric"),
                      QStringLiteral("alliance"),
                      QStringLiteral("on")})
                     .exitCode,
                 0);
        seen = clientsOf().first().toObject();
        QCOMPARE(seen.value(QStringLiteral("alliance")).toObject().value(QStringLiteral("latest")).toDouble(), 6.0);
        QVERIFY(!seen.contains(QStringLiteral("wellbeing")));

        // A request, which cannot be sent twice, then accepted by the client.
        const CliRun request = cli({QStringLiteral("request"),
                                    QStringLiteral("add"),
                                    QStringLiteral("--professional"),
                                    proId,
                                    QStringLiteral("--client"),
                                    clientId,
                                    QStringLiteral("--metric"),
                                    QStringLiteral("wellbeing"),
                                    QStringLiteral("--json")});
        QCOMPARE(request.exitCode, 0);
        const CliRun twice = cli({QStringLiteral("request"),
                                  QStringLiteral("add"),
                                  QStringLiteral("--professional"),
                                  proId,
                                  QStringLiteral("--client"),
                                  clientId,
                                  QStringLiteral("--metric"),
                                  QStringLiteral("wellbeing")});
        QVERIFY(twice.exitCode != 0);
        QVERIFY(twice.err.contains(QStringLiteral("already")));
        QCOMPARE(cli({QStringLiteral("request"), QStringLiteral("answer"), idOf(request), QStringLiteral("accept")})
                     .exitCode,
                 0);
        seen = clientsOf().first().toObject();
        QCOMPARE(seen.value(QStringLiteral("wellbeing")).toObject().value(QStringLiteral("latest")).toDouble(), 60.0);
        QCOMPARE(seen.value(QStringLiteral("wellbeing")).toObject().value(QStringLiteral("bracket")).toString(),
                 QStringLiteral("good"));

        const CliRun log = cli({QStringLiteral("sharing"),
                                QStringLiteral("log"),
                                QStringLiteral("--person"),
                                clientId,
                                QStringLiteral("--json")});
        QCOMPARE(log.exitCode, 0);
        const QJsonArray entries = log.json().array();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).toObject().value(QStringLiteral("metric")).toString(), QStringLiteral("alliance"));
        QCOMPARE(entries.at(0).toObject().value(QStringLiteral("from")).toBool(), false);
        QCOMPARE(entries.at(0).toObject().value(QStringLiteral("to")).toBool(), true);
        QCOMPARE(entries.at(1).toObject().value(QStringLiteral("metric")).toString(), QStringLiteral("wellbeing"));
        QCOMPARE(entries.at(0).toObject().value(QStringLiteral("by")).toString(), clientId);

        const CliRun view = cli({QStringLiteral("view"), QStringLiteral("client"), clientId, QStringLiteral("--json")});
        const QJsonObject overview = view.json().object();
        QCOMPARE(overview.value(QStringLiteral("person")).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Noor"));
        QCOMPARE(overview.value(QStringLiteral("alliance")).toArray().size(), 1);
        QCOMPARE(overview.value(QStringLiteral("sharing")).toObject().value(QStringLiteral("wellbeing")).toBool(),
                 true);
        QVERIFY(overview.value(QStringLiteral("requests")).toArray().isEmpty());

        // Turning sharing off hides it again at once.
        QCOMPARE(cli({QStringLiteral("sharing"),
                      QStringLiteral("set"),
                      QStringLiteral("--person"),
                      clientId,
                      QStringLiteral("--metric"),
                      QStringLiteral("wellbeing"),
                      QStringLiteral("off")})
                     .exitCode,
                 0);
        QVERIFY(!clientsOf().first().toObject().contains(QStringLiteral("wellbeing")));
    }

    void notAvailableYetIsNull()
    {
        const QString id = idOf(cli({QStringLiteral("person"),
                                     QStringLiteral("add"),
                                     QStringLiteral("--role"),
                                     QStringLiteral("client"),
                                     QStringLiteral("--name"),
                                     QStringLiteral("New"),
                                     QStringLiteral("--json")}));
        const QJsonObject view
            = cli({QStringLiteral("view"), QStringLiteral("client"), id, QStringLiteral("--json")}).json().object();
        QVERIFY(view.value(QStringLiteral("wellbeing")).toObject().value(QStringLiteral("latest")).isNull());
        QVERIFY(view.value(QStringLiteral("wellbeing")).toObject().value(QStringLiteral("bracket")).isNull());
        QCOMPARE(view.value(QStringLiteral("wellbeing")).toObject().value(QStringLiteral("trend")).toString(),
                 QStringLiteral("insufficient"));
    }

    void errorsAreOneLineWithDistinctExitCodes()
    {
        QProcessEnvironment wrong;
        wrong.insert(QStringLiteral("RAPPORT_PASSPHRASE"), QStringLiteral("nope"));
        const CliRun badPassphrase = cli({QStringLiteral("person"), QStringLiteral("list")}, &wrong);
        QCOMPARE(badPassphrase.exitCode, 3);
        QCOMPARE(badPassphrase.err.count(QLatin1Char('\n')), 1);

        const QProcessEnvironment none;
        const CliRun noPassphrase = cli({QStringLiteral("person"), QStringLiteral("list")}, &none);
        QCOMPARE(noPassphrase.exitCode, 2);
        QVERIFY(noPassphrase.err.contains(QStringLiteral("RAPPORT_PASSPHRASE")));

        QCOMPARE(cli({QStringLiteral("person"),
                      QStringLiteral("add"),
                      QStringLiteral("--role"),
                      QStringLiteral("boss"),
                      QStringLiteral("--name"),
                      QStringLiteral("X")})
                     .exitCode,
                 2);
        QCOMPARE(cli({QStringLiteral("submit"),
                      QStringLiteral("wellbeing"),
                      QStringLiteral("--person"),
                      QStringLiteral("not-an-id"),
                      QStringLiteral("--answers"),
                      QStringLiteral("1,2,3,4,5")})
                     .exitCode,
                 2);
        QCOMPARE(cli({QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("init")}).exitCode, 1); // exists already
        QCOMPARE(cli({QStringLiteral("person"), QStringLiteral("--help")}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("check"), QStringLiteral("--json")})
                     .json()
                     .object()
                     .value(QStringLiteral("ok"))
                     .toBool(),
                 true);
    }

    void changesPassphrase()
    {
        QProcessEnvironment environment = m_environment;
        environment.insert(QStringLiteral("RAPPORT_NEW_PASSPHRASE"), QStringLiteral("next secret"));
        QCOMPARE(cli({QStringLiteral("passphrase"), QStringLiteral("change")}, &environment).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("person"), QStringLiteral("list")}).exitCode, 3);
        m_environment.insert(QStringLiteral("RAPPORT_PASSPHRASE"), QStringLiteral("next secret"));
        const CliRun list = cli({QStringLiteral("person"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        QVERIFY(list.json().array().size() >= 3);
    }
};

QTEST_GUILESS_MAIN(TestStoreCommands)
#include "TestStoreCommands.moc"
