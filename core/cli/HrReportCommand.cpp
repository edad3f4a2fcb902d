#include "HrReportCommand.h"

#include "CliContext.h"
#include "CliStoreAccess.h"
#include "analytics/HrAnalytics.h"
#include "analytics/HrReportJson.h"
#include "common/Language.h"
#include "instruments/InstrumentRegistry.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace rapport::cli {

namespace {

/** The texts of this command keep the context they had in ui/ (UiTr), so their translations still apply. */
struct ReportTr
{
    Q_DECLARE_TR_FUNCTIONS(RapportUi)
};

const QString PdfOption = QStringLiteral("pdf");

/** The `rapport` program beside this one (on macOS, in the same Rapport.app, named "Rapport"). */
Result<QString> findRapport()
{
    const QString directory = QCoreApplication::applicationDirPath();
    for (const QString& name : {QStringLiteral("rapport"), QStringLiteral("Rapport")}) {
        const QString found = QStandardPaths::findExecutable(name, {directory});
        if (!found.isEmpty()) {
            return found;
        }
    }
    return fail(ErrorCode::NotFound,
                ReportTr::tr("report hr needs a GUI application to draw its charts.") + QLatin1Char(' ')
                    + ReportTr::tr("File not found") + QStringLiteral(": ")
                    + QDir::toNativeSeparators(QDir(directory).filePath(QStringLiteral("rapport"))));
}

/**
 * Has `rapport` draw `report` into `pdfPath`. The report goes over as JSON in a private temporary folder (removed
 * when done); it holds only the aggregated, anonymised figures `view hr --json` prints anyway.
 */
Result<void> drawPdf(const CliContext& context, const QString& rapport, const HrReport& report, const QString& pdfPath)
{
    const QTemporaryDir folder;
    if (!folder.isValid()) {
        return fail(ErrorCode::Io, ReportTr::tr("Could not create a temporary folder."));
    }
    const QString jsonPath = folder.filePath(QStringLiteral("hr-report.json"));
    QFile json(jsonPath);
    if (!json.open(QIODevice::WriteOnly)
        || json.write(QJsonDocument(hrReportToJson(report)).toJson(QJsonDocument::Compact)) < 0 || !json.flush()) {
        return fail(ErrorCode::Io, ReportTr::tr("Could not write %1").arg(QDir::toNativeSeparators(jsonPath)));
    }
    json.close();

    QStringList arguments {QStringLiteral("--render-hr-report"),
                           jsonPath,
                           QStringLiteral("--out"),
                           pdfPath,
                           QStringLiteral("--language"),
                           Language::current()};
    if (!context.instrumentsDirectory.isEmpty()) {
        arguments << QStringLiteral("--instruments") << context.instrumentsDirectory;
    }
    QProcess process;
    // The drawing needs no secret: keep the store's passphrase out of the child's environment.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("RAPPORT_PASSPHRASE"));
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(rapport, arguments);
    const bool finished = process.waitForFinished(-1);
    if (!finished || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        QString why = QString::fromUtf8(process.readAllStandardError()).trimmed();
        if (why.isEmpty()) {
            why = process.errorString();
        }
        return fail(ErrorCode::Io,
                    ReportTr::tr("Could not write %1").arg(QDir::toNativeSeparators(pdfPath)) + QStringLiteral(": ")
                        + why);
    }
    return {};
}

} // namespace

int runReportCommand(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        ReportTr::tr("Writes the HR (organisation) report: aggregated, anonymised figures with charts and a guide."));
    parser.addPositionalArgument(QStringLiteral("hr"), ReportTr::tr("The report to write (only 'hr' exists)."));
    parser.addOption(
        QCommandLineOption(PdfOption, ReportTr::tr("Write the report as a PDF to FILE."), QStringLiteral("FILE")));
    addPassphraseOption(parser);
    if (const auto stop = context.parse(parser, QStringLiteral("report"), arguments)) {
        return *stop;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional != QStringList {QStringLiteral("hr")}) {
        return context.reportUsage(ReportTr::tr("report takes one word, 'hr' (report hr --pdf FILE)."));
    }
    if (!parser.isSet(PdfOption) || parser.value(PdfOption).isEmpty()) {
        return context.reportUsage(ReportTr::tr("report hr needs --pdf FILE."));
    }
    // Before the store is opened and the figures computed: without `rapport` they would be for nothing.
    const auto rapport = findRapport();
    if (!rapport) {
        return context.reportError(rapport.error());
    }
    auto registry = InstrumentRegistry::load(context.instrumentsDirectory);
    if (!registry) {
        return context.reportError(registry.error());
    }
    Result<HrReport> report = [&]() -> Result<HrReport> {
        auto store = openStore(context, parser);
        if (!store) {
            return tl::unexpected(store.error());
        }
        return HrAnalytics::load(**store, *registry);
    }(); // the store is closed again before the drawing starts
    if (!report) {
        return context.reportError(report.error());
    }
    const QString path = parser.value(PdfOption);
    if (auto drawn = drawPdf(context, *rapport, *report, QFileInfo(path).absoluteFilePath()); !drawn) {
        return context.reportError(drawn.error());
    }
    context.out() << ReportTr::tr("Wrote the HR report to %1").arg(QDir::toNativeSeparators(path)) << '\n';
    context.out().flush();
    return ExitOk;
}

} // namespace rapport::cli
