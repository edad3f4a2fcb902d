// rapport-cli hr intervention add|list|remove, through cli::run as a script would call it.

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

class TestInterventionCommands : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store;
    QProcessEnvironment m_environment;
    QString m_hr;
    QString m_client;

    CliRun cli(QStringList arguments)
    {
        arguments.prepend(m_store);
        arguments.prepend(QStringLiteral("--store"));
        arguments.prepend(QStringLiteral("rapport-cli"));
        CliRun result;
        QTextStream out(&result.out);
        QTextStream err(&result.err);
        result.exitCode = cli::run(arguments, cli::standardCommands(), out, err, m_environment);
        return result;
    }

    QString addPerson(const QString& role, const QString& name, const QString& team = QString())
    {
        QStringList arguments {QStringLiteral("person"),
                               QStringLiteral("add"),
                               QStringLiteral("--role"),
                               role,
                               QStringLiteral("--name"),
                               name,
                               QStringLiteral("--json")};
        if (!team.isEmpty()) {
            arguments << QStringLiteral("--team") << team;
        }
        return cli(arguments).json().object().value(QStringLiteral("id")).toString();
    }

    QJsonArray listed()
    {
        const CliRun list = cli(
            {QStringLiteral("hr"), QStringLiteral("intervention"), QStringLiteral("list"), QStringLiteral("--json")});
        return list.json().array();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = m_dir.filePath(QStringLiteral("cli.db"));
        m_environment.insert(QStringLiteral("RAPPORT_PASSPHRASE"), QStringLiteral("cli secret"));
        QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("--fast-kdf")}).exitCode, 0);
        m_hr = addPerson(QStringLiteral("hr"), QStringLiteral("Hana"));
        m_client = addPerson(QStringLiteral("client"), QStringLiteral("Cleo"), QStringLiteral("Ops"));
        QVERIFY(!m_hr.isEmpty() && !m_client.isEmpty());
    }

    void addListRemove()
    {
        QCOMPARE(listed().size(), 0);
        const CliRun empty = cli({QStringLiteral("hr"), QStringLiteral("intervention"), QStringLiteral("list")});
        QCOMPARE(empty.exitCode, 0);
        QVERIFY2(empty.out.contains(QStringLiteral("No interventions")), qPrintable(empty.out));

        const CliRun added = cli({QStringLiteral("hr"),
                                  QStringLiteral("intervention"),
                                  QStringLiteral("add"),
                                  QStringLiteral("--person"),
                                  m_hr,
                                  QStringLiteral("--title"),
                                  QStringLiteral("Fortnightly check-ins"),
                                  QStringLiteral("--kind"),
                                  QStringLiteral("manager-check-ins"),
                                  QStringLiteral("--start"),
                                  QStringLiteral("2026-03-02"),
                                  QStringLiteral("--end"),
                                  QStringLiteral("2026-04-30"),
                                  QStringLiteral("--team"),
                                  QStringLiteral("Ops"),
                                  QStringLiteral("--json")});
        QCOMPARE(added.exitCode, 0);
        const QJsonObject object = added.json().object();
        QCOMPARE(object.value(QStringLiteral("kind")).toString(), QStringLiteral("manager-check-ins"));
        QCOMPARE(object.value(QStringLiteral("start")).toString(), QStringLiteral("2026-03-02"));
        QCOMPARE(object.value(QStringLiteral("end")).toString(), QStringLiteral("2026-04-30"));
        QCOMPARE(object.value(QStringLiteral("scope")).toString(), QStringLiteral("teams"));
        QCOMPARE(object.value(QStringLiteral("teams")).toArray().first().toString(), QStringLiteral("Ops"));
        const QString id = object.value(QStringLiteral("id")).toString();

        const CliRun organisation = cli({QStringLiteral("hr"),
                                         QStringLiteral("intervention"),
                                         QStringLiteral("add"),
                                         QStringLiteral("--person"),
                                         m_hr,
                                         QStringLiteral("--title"),
                                         QStringLiteral("New counselling provider"),
                                         QStringLiteral("--kind"),
                                         QStringLiteral("provider-change"),
                                         QStringLiteral("--start"),
                                         QStringLiteral("2026-01-15")});
        QCOMPARE(organisation.exitCode, 0);
        QVERIFY2(organisation.out.contains(QStringLiteral("the whole organisation")), qPrintable(organisation.out));

        const QJsonArray both = listed();
        QCOMPARE(both.size(), 2);
        QCOMPARE(both.at(0).toObject().value(QStringLiteral("title")).toString(),
                 QStringLiteral("New counselling provider"));
        QVERIFY(both.at(0).toObject().value(QStringLiteral("end")).isNull());
        QCOMPARE(both.at(0).toObject().value(QStringLiteral("scope")).toString(), QStringLiteral("organisation"));
        const CliRun text = cli({QStringLiteral("hr"), QStringLiteral("intervention"), QStringLiteral("list")});
        QVERIFY2(text.out.contains(QStringLiteral("Fortnightly check-ins")) && text.out.contains(id),
                 qPrintable(text.out));

        // A client may not remove it; HR may, once.
        QVERIFY(cli({QStringLiteral("hr"),
                     QStringLiteral("intervention"),
                     QStringLiteral("remove"),
                     QStringLiteral("--person"),
                     m_client,
                     id})
                    .exitCode
                != 0);
        QCOMPARE(cli({QStringLiteral("hr"),
                      QStringLiteral("intervention"),
                      QStringLiteral("remove"),
                      QStringLiteral("--person"),
                      m_hr,
                      id})
                     .exitCode,
                 0);
        QCOMPARE(listed().size(), 1);
        const CliRun again = cli({QStringLiteral("hr"),
                                  QStringLiteral("intervention"),
                                  QStringLiteral("remove"),
                                  QStringLiteral("--person"),
                                  m_hr,
                                  id});
        QCOMPARE(again.exitCode, int(cli::ExitFailure));
        QVERIFY2(again.err.contains(QStringLiteral("no intervention")), qPrintable(again.err));
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QStringList base {
            QStringLiteral("--title"), QStringLiteral("x"), QStringLiteral("--kind"), QStringLiteral("other")};
        QTest::newRow("no start") << base << int(cli::ExitUsage) << QStringLiteral("usage: hr intervention add");
        QTest::newRow("bad date") << (base + QStringList {QStringLiteral("--start"), QStringLiteral("2026-02-30")})
                                  << int(cli::ExitUsage) << QStringLiteral("not a valid start date");
        QTest::newRow("unknown kind") << QStringList {QStringLiteral("--title"),
                                                      QStringLiteral("x"),
                                                      QStringLiteral("--kind"),
                                                      QStringLiteral("yoga"),
                                                      QStringLiteral("--start"),
                                                      QStringLiteral("2026-03-01")}
                                      << int(cli::ExitUsage) << QStringLiteral("unknown kind 'yoga'");
        QTest::newRow("end before start") << (base
                                              + QStringList {QStringLiteral("--start"),
                                                             QStringLiteral("2026-03-02"),
                                                             QStringLiteral("--end"),
                                                             QStringLiteral("2026-03-01")})
                                          << int(cli::ExitUsage) << QStringLiteral("is before the start date");
        QTest::newRow("unknown team") << (base
                                          + QStringList {QStringLiteral("--start"),
                                                         QStringLiteral("2026-03-02"),
                                                         QStringLiteral("--team"),
                                                         QStringLiteral("Sales")})
                                      << int(cli::ExitFailure) << QStringLiteral("There is no team 'Sales'");
        QTest::newRow("empty title") << QStringList {QStringLiteral("--title"),
                                                     QStringLiteral(" "),
                                                     QStringLiteral("--kind"),
                                                     QStringLiteral("other"),
                                                     QStringLiteral("--start"),
                                                     QStringLiteral("2026-03-02")}
                                     << int(cli::ExitUsage) << QStringLiteral("needs a title");
    }

    void refusals()
    {
        QFETCH(QStringList, options);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QStringList arguments {QStringLiteral("hr"),
                               QStringLiteral("intervention"),
                               QStringLiteral("add"),
                               QStringLiteral("--person"),
                               m_hr};
        const CliRun run = cli(arguments + options);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    void needsAPerson()
    {
        const CliRun run = cli({QStringLiteral("hr"),
                                QStringLiteral("intervention"),
                                QStringLiteral("add"),
                                QStringLiteral("--title"),
                                QStringLiteral("x"),
                                QStringLiteral("--kind"),
                                QStringLiteral("other"),
                                QStringLiteral("--start"),
                                QStringLiteral("2026-03-02")});
        QCOMPARE(run.exitCode, int(cli::ExitUsage));
        QVERIFY2(run.err.contains(QStringLiteral("needs --person")), qPrintable(run.err));
        QCOMPARE(cli({QStringLiteral("hr"), QStringLiteral("nothing")}).exitCode, int(cli::ExitUsage));
    }
};

QTEST_GUILESS_MAIN(TestInterventionCommands)
#include "TestInterventionCommands.moc"
