// rapport-bench: the performance figures of issue #10 as one JSON object (docs/performance.md).
#include "BenchRunner.h"
#include "BenchStats.h"
#include "StartupFloor.h"
#include "StartupProbe.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QJsonDocument>
#include <QTextStream>
#include <QUuid>

int main(int argc, char* argv[])
{
    // Everything is measured offscreen (and the smoke test has no display).
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    // The child of the cold-start benchmark: the real startup path, as fresh as a process can be.
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--probe-floor") == 0) {
            return rapport::bench::StartupFloor::runChild(argc, argv);
        }
        if (qstrcmp(argv[i], "--probe-startup") == 0) {
            QString store;
            QString passphraseFile;
            QUuid person;
            for (int j = 1; j + 1 < argc; ++j) {
                const QByteArray name(argv[j]);
                if (name == "--store") {
                    store = QString::fromLocal8Bit(argv[j + 1]);
                } else if (name == "--passphrase-file") {
                    passphraseFile = QString::fromLocal8Bit(argv[j + 1]);
                } else if (name == "--person") {
                    person = QUuid::fromString(QString::fromLocal8Bit(argv[j + 1]));
                }
            }
            return rapport::bench::StartupProbe::runChild(argc, argv, store, passphraseFile, person);
        }
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("rapport-bench"));
    QApplication::setApplicationVersion(QStringLiteral(RAPPORT_VERSION));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Measures Rapport's performance (unlock, cold start, submit, HR view by size and against the sqlcipher "
        "shell, encryption overhead, GUI memory, backup) and prints the figures. Progress goes to stderr."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the figures as one JSON object."));
    const QCommandLineOption quick(QStringLiteral("quick"),
                                   QStringLiteral("Small sizes and few runs: proves the harness works in seconds."));
    const QCommandLineOption workDir(QStringLiteral("work-dir"),
                                     QStringLiteral("Keep the generated stores in <dir> and reuse them next time "
                                                    "(default: a temporary folder, removed at the end)."),
                                     QStringLiteral("dir"));
    const QCommandLineOption runs(QStringLiteral("runs"),
                                  QStringLiteral("Repetitions of each timed step, the median reported (default 5, "
                                                 "--quick 1)."),
                                  QStringLiteral("n"));
    const QCommandLineOption rapport(QStringLiteral("rapport"),
                                     QStringLiteral("The rapport GUI executable for the memory figure (default: "
                                                    "beside rapport-bench)."),
                                     QStringLiteral("path"));
    const QCommandLineOption sizes(QStringLiteral("sizes"),
                                   QStringLiteral("Organisation sizes for the HR scaling figures, comma-separated "
                                                  "(default 1000,10000,100000; --quick 100,300,1000)."),
                                   QStringLiteral("list"));
    parser.addOptions({json, quick, workDir, runs, rapport, sizes});
    parser.process(app);

    rapport::bench::BenchOptions options;
    options.quick = parser.isSet(quick);
    options.workDir = parser.value(workDir);
    options.rapportExecutable = parser.value(rapport);
    options.runs = options.quick ? 1 : 5;
    if (parser.isSet(runs)) {
        bool ok = false;
        options.runs = parser.value(runs).toInt(&ok);
        if (!ok || options.runs < 1 || options.runs > 100) {
            QTextStream(stderr) << "--runs must be between 1 and 100" << Qt::endl;
            return 2;
        }
    }
    if (parser.isSet(sizes)) {
        for (const QString& size : parser.value(sizes).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool ok = false;
            const int employees = size.trimmed().toInt(&ok);
            if (!ok || employees < 1 || employees > 1'000'000) {
                QTextStream(stderr) << "--sizes takes employee counts between 1 and 1000000" << Qt::endl;
                return 2;
            }
            options.sizes.append(employees);
        }
    }
    auto figures = rapport::bench::BenchRunner(options).run();
    QTextStream out(stdout);
    if (!figures) {
        QTextStream(stderr) << "rapport-bench failed: " << figures.error().message << Qt::endl;
        return 1;
    }
    if (parser.isSet(json)) {
        out << QJsonDocument(*figures).toJson(QJsonDocument::Indented);
    } else {
        for (auto it = figures->constBegin(); it != figures->constEnd(); ++it) {
            const QJsonValue value = it.value();
            out << it.key() << ": "
                << (value.isObject() ? QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact))
                                     : value.toVariant().toString())
                << Qt::endl;
        }
    }
    return 0;
}
