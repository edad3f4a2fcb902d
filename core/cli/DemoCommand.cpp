// rapport-cli demo: fills a store with a realistic, reproducible organisation.

#include "CliCommands.h"
#include "CliContext.h"
#include "CliParsing.h"
#include "CliStoreAccess.h"
#include "common/CoreTr.h"
#include "demo/DemoGenerator.h"
#include "instruments/InstrumentRegistry.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace rapport::cli {

int runDemoCommand(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CoreTr::tr("Fill the store with a realistic, reproducible demo organisation (the same seed gives the same "
                   "organisation)."));
    addPassphraseOption(parser);
    const QCommandLineOption json(QStringLiteral("json"), CoreTr::tr("Print machine-readable JSON."));
    const QCommandLineOption employees(
        QStringLiteral("employees"), CoreTr::tr("Employees (clients)."), QStringLiteral("N"), QStringLiteral("40"));
    const QCommandLineOption professionals(
        QStringLiteral("professionals"), CoreTr::tr("Professionals."), QStringLiteral("P"), QStringLiteral("6"));
    const QCommandLineOption months(
        QStringLiteral("months"), CoreTr::tr("Months of history."), QStringLiteral("M"), QStringLiteral("12"));
    const QCommandLineOption seed(
        QStringLiteral("seed"), CoreTr::tr("Random seed."), QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption until(QStringLiteral("until"),
                                   CoreTr::tr("End of the history (YYYY-MM-DD or ISO 8601; default: now)."),
                                   QStringLiteral("TIME"));
    for (const auto& option : {json, employees, professionals, months, seed, until}) {
        parser.addOption(option);
    }
    if (auto stop = context.parse(parser, QStringLiteral("demo"), arguments)) {
        return *stop;
    }
    DemoOptions options;
    bool ok[4] = {};
    options.employees = parser.value(employees).toInt(&ok[0]);
    options.professionals = parser.value(professionals).toInt(&ok[1]);
    options.months = parser.value(months).toInt(&ok[2]);
    options.seed = parser.value(seed).toUInt(&ok[3]);
    if (!ok[0] || !ok[1] || !ok[2] || !ok[3]) {
        return context.reportUsage(CoreTr::tr("--employees, --professionals, --months and --seed take whole numbers."));
    }
    if (parser.isSet(until)) {
        auto time = parseTimePoint(parser.value(until));
        if (!time) {
            return context.reportError(time.error());
        }
        options.until = *time;
    }
    if (auto valid = DemoGenerator::validate(options); !valid) {
        return context.reportError(valid.error());
    }
    auto registry = InstrumentRegistry::load(context.instrumentsDirectory);
    if (!registry) {
        return context.reportError(registry.error());
    }
    auto store = openStore(context, parser);
    if (!store) {
        return context.reportError(store.error());
    }
    auto summary = DemoGenerator(options).fill(**store, *registry);
    if (!summary) {
        return context.reportError(summary.error());
    }
    const QJsonObject result {
        {QStringLiteral("employees"), summary->employees},
        {QStringLiteral("professionals"), summary->professionals},
        {QStringLiteral("connections"), summary->connections},
        {QStringLiteral("wellbeingSubmissions"), summary->wellbeingSubmissions},
        {QStringLiteral("allianceSubmissions"), summary->allianceSubmissions},
        {QStringLiteral("sharingChanges"), summary->sharingChanges},
        {QStringLiteral("pendingRequests"), summary->pendingRequests},
        {QStringLiteral("showcaseClient"), summary->showcaseClient.toString(QUuid::WithoutBraces)},
    };
    if (parser.isSet(json)) {
        context.printJson(QJsonDocument(result));
    } else {
        context.out() << CoreTr::tr("Added %1 employees, %2 professionals, %3 wellbeing and %4 alliance submissions.")
                             .arg(summary->employees)
                             .arg(summary->professionals)
                             .arg(summary->wellbeingSubmissions)
                             .arg(summary->allianceSubmissions)
                      << '\n'
                      << CoreTr::tr("A client with a rich history: %1")
                             .arg(result.value(QStringLiteral("showcaseClient")).toString())
                      << '\n';
    }
    return ExitOk;
}

} // namespace rapport::cli
