#include "HrReportCommand.h"

#include "HrReportDocument.h"
#include "analytics/HrAnalytics.h"
#include "cli/CliApplication.h"
#include "cli/CliContext.h"
#include "cli/CliStoreAccess.h"
#include "common/UiText.h"
#include "instruments/InstrumentRegistry.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>

namespace rapport::ui {

namespace {

const QString PdfOption = QStringLiteral("pdf");

int runReportCommand(cli::CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        UiTr::tr("Writes the HR (organisation) report: aggregated, anonymised figures with charts and a guide."));
    parser.addPositionalArgument(QStringLiteral("hr"), UiTr::tr("The report to write (only 'hr' exists)."));
    parser.addOption(
        QCommandLineOption(PdfOption, UiTr::tr("Write the report as a PDF to FILE."), QStringLiteral("FILE")));
    cli::addPassphraseOption(parser);
    if (const auto stop = context.parse(parser, QStringLiteral("report"), arguments)) {
        return *stop;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional != QStringList {QStringLiteral("hr")}) {
        return context.reportUsage(UiTr::tr("report takes one word, 'hr' (report hr --pdf FILE)."));
    }
    if (!parser.isSet(PdfOption) || parser.value(PdfOption).isEmpty()) {
        return context.reportUsage(UiTr::tr("report hr needs --pdf FILE."));
    }
    if (!qobject_cast<QApplication*>(QCoreApplication::instance())) {
        return context.reportError(
            Error {ErrorCode::Internal, UiTr::tr("report hr needs a GUI application to draw its charts.")});
    }
    auto store = cli::openStore(context, parser);
    if (!store) {
        return context.reportError(store.error());
    }
    auto registry = InstrumentRegistry::load(context.instrumentsDirectory);
    if (!registry) {
        return context.reportError(registry.error());
    }
    auto report = HrAnalytics::load(**store, *registry);
    if (!report) {
        return context.reportError(report.error());
    }
    const QString path = parser.value(PdfOption);
    const HrReportDocument document(*report, *registry);
    if (auto written = document.writePdf(path); !written) {
        return context.reportError(written.error());
    }
    context.out() << UiTr::tr("Wrote the HR report to %1").arg(QDir::toNativeSeparators(path)) << '\n';
    context.out().flush();
    return cli::ExitOk;
}

} // namespace

void registerHrReportCommand()
{
    static bool registered = false;
    if (registered) {
        return;
    }
    registered = true;
    cli::registerCommand(QStringLiteral("report"),
                         UiTr::tr("Printable reports (report hr --pdf FILE: the anonymised HR figures with charts)"),
                         runReportCommand);
}

bool isReportCommandLine(const QStringList& arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& word = arguments.at(i);
        if (word == QStringLiteral("--store") || word == QStringLiteral("--instruments")) {
            ++i; // skip the value
            continue;
        }
        if (word.startsWith(QStringLiteral("--store=")) || word.startsWith(QStringLiteral("--instruments="))) {
            continue;
        }
        return word == QStringLiteral("report");
    }
    return false;
}

} // namespace rapport::ui
