#include "cli/CliApplication.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace rapport;

class TestBackupCommands : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    int cli(const QStringList& words, const QProcessEnvironment& environment, QString* out = nullptr)
    {
        QString output;
        QString errors;
        QTextStream outStream(&output);
        QTextStream errStream(&errors);
        QStringList arguments {QStringLiteral("rapport-cli")};
        arguments += words;
        const int code = cli::run(arguments, cli::standardCommands(), outStream, errStream, environment);
        if (out != nullptr) {
            *out = output;
        }
        return code;
    }

private Q_SLOTS:
    void exportVerifyRestoreWithDistinctExitCodes()
    {
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("RAPPORT_PASSPHRASE"), QStringLiteral("store"));
        environment.insert(QStringLiteral("RAPPORT_BACKUP_PASSPHRASE"), QStringLiteral("backup"));
        const QString store = m_dir.filePath(QStringLiteral("s.db"));
        const QString backup = m_dir.filePath(QStringLiteral("s.rapport-backup"));
        QCOMPARE(
            cli({QStringLiteral("--store"), store, QStringLiteral("init"), QStringLiteral("--fast-kdf")}, environment),
            0);
        QCOMPARE(cli({QStringLiteral("--store"),
                      store,
                      QStringLiteral("demo"),
                      QStringLiteral("--employees"),
                      QStringLiteral("12"),
                      QStringLiteral("--professionals"),
                      QStringLiteral("3"),
                      QStringLiteral("--months"),
                      QStringLiteral("3")},
                     environment),
                 0);
        QString exported;
        QCOMPARE(cli({QStringLiteral("--store"),
                      store,
                      QStringLiteral("backup"),
                      QStringLiteral("export"),
                      backup,
                      QStringLiteral("--json")},
                     environment,
                     &exported),
                 0);
        const QJsonObject manifest = QJsonDocument::fromJson(exported.toUtf8()).object();
        QVERIFY(manifest.value(QStringLiteral("rowCounts")).toObject().value(QStringLiteral("people")).toInt() >= 15);

        QString verified;
        QCOMPARE(cli({QStringLiteral("backup"), QStringLiteral("verify"), backup, QStringLiteral("--json")},
                     environment,
                     &verified),
                 0);
        QCOMPARE(QJsonDocument::fromJson(verified.toUtf8()).object().value(QStringLiteral("rowCounts")),
                 manifest.value(QStringLiteral("rowCounts")));

        QProcessEnvironment wrong = environment;
        wrong.insert(QStringLiteral("RAPPORT_BACKUP_PASSPHRASE"), QStringLiteral("guess"));
        QCOMPARE(cli({QStringLiteral("backup"), QStringLiteral("verify"), backup}, wrong), 3);

        QFile file(backup);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        file.close();
        const QString truncated = m_dir.filePath(QStringLiteral("cut.rapport-backup"));
        QFile cut(truncated);
        QVERIFY(cut.open(QIODevice::WriteOnly));
        cut.write(bytes.left(bytes.size() - 100));
        cut.close();
        QCOMPARE(cli({QStringLiteral("backup"), QStringLiteral("verify"), truncated}, environment), 4);

        QCOMPARE(cli({QStringLiteral("backup"), QStringLiteral("restore"), backup}, environment), 2); // --to missing
        const QString restored = m_dir.filePath(QStringLiteral("restored.db"));
        QCOMPARE(cli({QStringLiteral("backup"), QStringLiteral("restore"), backup, QStringLiteral("--to"), restored},
                     environment),
                 0);
        QCOMPARE(cli({QStringLiteral("backup"), QStringLiteral("restore"), backup, QStringLiteral("--to"), restored},
                     environment),
                 1); // never over an existing store
        QCOMPARE(cli({QStringLiteral("--store"), restored, QStringLiteral("check")}, environment), 0);
    }
};

QTEST_GUILESS_MAIN(TestBackupCommands)
#include "TestBackupCommands.moc"
