// rapport-cli hr intervention add|list|remove: what the organisation did, recorded by HR or an administrator so the
// HR figures before and after it can be compared (docs/hr-dashboard.md, "Interventions"). The same Interventions
// service serves the HR dashboard.

#include "CliCommands.h"
#include "CliContext.h"
#include "CliParsing.h"
#include "CliStoreAccess.h"
#include "CommonOptions.h"
#include "ViewJson.h"
#include "common/CoreTr.h"
#include "services/Interventions.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rapport::cli {
namespace {

QJsonObject interventionJson(const Intervention& intervention)
{
    QJsonObject object {
        {QStringLiteral("id"), intervention.id.toString(QUuid::WithoutBraces)},
        {QStringLiteral("title"), intervention.title},
        {QStringLiteral("kind"), interventionKindName(intervention.kind)},
        {QStringLiteral("start"), intervention.start.toString(Qt::ISODate)},
        {QStringLiteral("end"), intervention.end ? QJsonValue(intervention.end->toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("scope"),
         intervention.isOrganisationWide() ? QStringLiteral("organisation") : QStringLiteral("teams")},
        {QStringLiteral("teams"), QJsonArray::fromStringList(intervention.teams)},
        {QStringLiteral("createdAt"), isoTime(intervention.createdAt)}};
    return object;
}

/** "2026-03-02" → that date; anything else fails naming `what`. */
Result<QDate> parseDay(const QString& text, const QString& what)
{
    const QDate date = QDate::fromString(text.trimmed(), QStringLiteral("yyyy-MM-dd"));
    if (!date.isValid()) {
        return fail(ErrorCode::InvalidArgument,
                    CoreTr::tr("'%1' is not a valid %2 (expected YYYY-MM-DD).").arg(text, what));
    }
    return date;
}

QString describe(const Intervention& intervention)
{
    const QString dates = intervention.end ? QStringLiteral("%1 – %2").arg(intervention.start.toString(Qt::ISODate),
                                                                           intervention.end->toString(Qt::ISODate))
                                           : CoreTr::tr("from %1").arg(intervention.start.toString(Qt::ISODate));
    const QString scope = intervention.isOrganisationWide()
        ? CoreTr::tr("the whole organisation")
        : CoreTr::tr("teams: %1").arg(intervention.teams.join(QStringLiteral(", ")));
    return QStringLiteral("%1  %2  %3  (%4; %5; %6)")
        .arg(intervention.id.toString(QUuid::WithoutBraces),
             intervention.start.toString(Qt::ISODate),
             intervention.title,
             interventionKindDisplayName(intervention.kind),
             dates,
             scope);
}

QString kindNames()
{
    QStringList names;
    for (Intervention::Kind kind : interventionKinds()) {
        names.append(interventionKindName(kind));
    }
    return names.join(QStringLiteral(", "));
}

int runIntervention(CliContext& context, const QStringList& arguments)
{
    int exitCode = ExitUsage;
    auto action = context.subcommand(
        arguments, {QStringLiteral("add"), QStringLiteral("list"), QStringLiteral("remove")}, exitCode);
    if (!action) {
        return exitCode;
    }
    const bool adding = *action == QStringLiteral("add");
    const bool listing = *action == QStringLiteral("list");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        adding        ? CoreTr::tr("Record an intervention: what the organisation did, when, and for whom.")
            : listing ? CoreTr::tr("List the interventions HR recorded.")
                      : CoreTr::tr("Remove an intervention recorded by mistake."));
    addPassphraseOption(parser);
    parser.addOption(jsonOption());
    const QCommandLineOption personOption(
        QStringLiteral("person"), CoreTr::tr("The HR person or administrator recording it."), QStringLiteral("ID"));
    const QCommandLineOption titleOption(QStringLiteral("title"), CoreTr::tr("What was done."), QStringLiteral("TEXT"));
    const QCommandLineOption kindOption(
        QStringLiteral("kind"), CoreTr::tr("One of: %1.").arg(kindNames()), QStringLiteral("KIND"));
    const QCommandLineOption startOption(
        QStringLiteral("start"), CoreTr::tr("The first day (YYYY-MM-DD)."), QStringLiteral("DATE"));
    const QCommandLineOption endOption(
        QStringLiteral("end"), CoreTr::tr("The last day, if it has one (YYYY-MM-DD)."), QStringLiteral("DATE"));
    const QCommandLineOption teamOption(
        QStringLiteral("team"),
        CoreTr::tr("A team it was for (repeat for several; none: the whole organisation)."),
        QStringLiteral("NAME"));
    if (!listing) {
        parser.addOption(personOption);
    }
    if (adding) {
        parser.addOptions({titleOption, kindOption, startOption, endOption, teamOption});
    }
    if (*action == QStringLiteral("remove")) {
        parser.addPositionalArgument(QStringLiteral("ID"),
                                     CoreTr::tr("The intervention's id (see hr intervention list)."));
    }
    if (auto stop = context.parse(parser, QStringLiteral("hr intervention ") + *action, arguments.mid(1))) {
        return *stop;
    }
    const QStringList positional = parser.positionalArguments();
    const bool json = parser.isSet(jsonOption());
    if (listing) {
        if (!positional.isEmpty()) {
            return context.reportUsage(CoreTr::tr("usage: hr intervention list [--json]"));
        }
        auto store = openStore(context, parser);
        if (!store) {
            return context.reportError(store.error());
        }
        auto listed = Interventions(**store).list();
        if (!listed) {
            return context.reportError(listed.error());
        }
        if (json) {
            QJsonArray entries;
            for (const Intervention& intervention : std::as_const(*listed)) {
                entries.append(interventionJson(intervention));
            }
            context.printJson(QJsonDocument(entries));
            return ExitOk;
        }
        if (listed->isEmpty()) {
            context.out() << CoreTr::tr("No interventions are recorded.") << '\n';
        }
        for (const Intervention& intervention : std::as_const(*listed)) {
            context.out() << describe(intervention) << '\n';
        }
        return ExitOk;
    }
    if (!parser.isSet(personOption)) {
        return context.reportUsage(
            CoreTr::tr("hr intervention %1 needs --person (an HR person or an administrator).").arg(*action));
    }
    auto actor = parseId(parser.value(personOption), CoreTr::tr("person"));
    if (!actor) {
        return context.reportError(actor.error());
    }
    if (!adding) {
        if (positional.size() != 1) {
            return context.reportUsage(CoreTr::tr("usage: hr intervention remove --person ID ID"));
        }
        auto id = parseId(positional.first(), CoreTr::tr("intervention"));
        if (!id) {
            return context.reportError(id.error());
        }
        auto store = openStore(context, parser);
        if (!store) {
            return context.reportError(store.error());
        }
        if (auto removed = Interventions(**store).remove(*actor, *id); !removed) {
            return context.reportError(removed.error());
        }
        if (json) {
            context.printJson(
                QJsonDocument(QJsonObject {{QStringLiteral("removed"), id->toString(QUuid::WithoutBraces)}}));
        } else {
            context.out() << CoreTr::tr("Removed the intervention.") << '\n';
        }
        return ExitOk;
    }
    if (!positional.isEmpty() || !parser.isSet(titleOption) || !parser.isSet(kindOption)
        || !parser.isSet(startOption)) {
        return context.reportUsage(CoreTr::tr("usage: hr intervention add --person ID --title TEXT --kind KIND --start "
                                              "DATE [--end DATE] [--team NAME]..."));
    }
    InterventionDraft draft;
    draft.title = parser.value(titleOption);
    const auto kind = interventionKindFromName(parser.value(kindOption).trimmed());
    if (!kind) {
        return context.reportUsage(
            CoreTr::tr("unknown kind '%1'; expected one of: %2").arg(parser.value(kindOption), kindNames()));
    }
    draft.kind = *kind;
    auto start = parseDay(parser.value(startOption), CoreTr::tr("start date"));
    if (!start) {
        return context.reportError(start.error());
    }
    draft.start = *start;
    if (parser.isSet(endOption)) {
        auto end = parseDay(parser.value(endOption), CoreTr::tr("end date"));
        if (!end) {
            return context.reportError(end.error());
        }
        draft.end = *end;
    }
    draft.teams = parser.values(teamOption);
    auto store = openStore(context, parser);
    if (!store) {
        return context.reportError(store.error());
    }
    auto added = Interventions(**store).add(*actor, draft);
    if (!added) {
        return context.reportError(added.error());
    }
    if (json) {
        context.printJson(QJsonDocument(interventionJson(*added)));
    } else {
        context.out() << CoreTr::tr("Recorded: %1").arg(describe(*added)) << '\n';
    }
    return ExitOk;
}

} // namespace

int runHrCommand(CliContext& context, const QStringList& arguments)
{
    int exitCode = ExitUsage;
    auto which = context.subcommand(arguments, {QStringLiteral("intervention")}, exitCode);
    if (!which) {
        return exitCode;
    }
    return runIntervention(context, arguments.mid(1));
}

} // namespace rapport::cli
