// rapport-cli commands that work on the encrypted store: init, passphrase, person, connect, submit, sharing,
// request, view, check.

#include "CliCommands.h"
#include "CliContext.h"
#include "CliParsing.h"
#include "CliStoreAccess.h"
#include "CommonOptions.h"
#include "HrCommands.h"
#include "ViewJson.h"
#include "common/CoreTr.h"
#include "instruments/InstrumentIds.h"
#include "instruments/InstrumentRegistry.h"
#include "instruments/Scoring.h"
#include "services/AdminOperations.h"
#include "services/ClientRequests.h"
#include "services/PersonDirectory.h"
#include "services/PersonErasure.h"
#include "services/ProfessionalRequests.h"
#include "services/QuestionnaireService.h"
#include "services/SharingChoices.h"
#include "sharing/Overviews.h"
#include "store/ConnectionRepository.h"
#include "store/PersonRepository.h"
#include "store/ShareRequestRepository.h"
#include "store/SharingRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rapport::cli {
namespace {

Result<InstrumentRegistry> loadRegistry(const CliContext& context)
{
    return InstrumentRegistry::load(context.instrumentsDirectory);
}

QString onOff(bool on)
{
    return on ? CoreTr::tr("Sharing") : CoreTr::tr("Not Sharing");
}

} // namespace

int runInitCommand(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CoreTr::tr("Create a new, empty encrypted store (at --store or the default place)."));
    addPassphraseOption(parser);
    const QCommandLineOption fastKdf(QStringLiteral("fast-kdf"),
                                     CoreTr::tr("Use the cheapest key derivation: only for throwaway test stores."));
    parser.addOption(fastKdf);
    parser.addOption(jsonOption());
    if (auto stop = context.parse(parser, QStringLiteral("init"), arguments)) {
        return *stop;
    }
    auto passphrase = readPassphrase(context, parser);
    if (!passphrase) {
        return context.reportError(passphrase.error());
    }
    StoreOptions options;
    if (parser.isSet(fastKdf)) {
        options.kdf = KdfParameters::minimal();
    }
    auto store = Store::create(storePath(context), *passphrase, options);
    if (!store) {
        return context.reportError(store.error());
    }
    if (parser.isSet(jsonOption())) {
        context.printJson(QJsonDocument(QJsonObject {{QStringLiteral("store"), (*store)->path()},
                                                     {QStringLiteral("schemaVersion"), (*store)->schemaVersion()},
                                                     {QStringLiteral("cipherVersion"), (*store)->cipherVersion()}}));
    } else {
        context.out() << CoreTr::tr("Created an encrypted store at %1.").arg((*store)->path()) << '\n';
    }
    return ExitOk;
}

int runPassphraseCommand(CliContext& context, const QStringList& arguments)
{
    int exitCode = ExitUsage;
    auto action = context.subcommand(arguments, {QStringLiteral("change")}, exitCode);
    if (!action) {
        return exitCode;
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(CoreTr::tr("Change the store passphrase (the store is re-encrypted atomically)."));
    addPassphraseOption(parser);
    parser.addOption(QCommandLineOption(
        QStringLiteral("new-passphrase-file"),
        CoreTr::tr("Read the new passphrase from the first line of FILE (default: $RAPPORT_NEW_PASSPHRASE)."),
        QStringLiteral("FILE")));
    if (auto stop = context.parse(parser, QStringLiteral("passphrase change"), arguments.mid(1))) {
        return *stop;
    }
    auto newPassphrase = readPassphrase(
        context, parser, QStringLiteral("new-passphrase-file"), QStringLiteral("RAPPORT_NEW_PASSPHRASE"));
    if (!newPassphrase) {
        return context.reportError(newPassphrase.error());
    }
    auto store = openStore(context, parser);
    if (!store) {
        return context.reportError(store.error());
    }
    // Keep the store's current cost unless the default is stronger.
    KdfParameters kdf = KdfParameters::defaults();
    if ((*store)->kdfParameters().memLimitBytes < kdf.memLimitBytes
        && (*store)->kdfParameters().opsLimit < kdf.opsLimit) {
        kdf.opsLimit = std::max(kdf.opsLimit, (*store)->kdfParameters().opsLimit);
    } else {
        kdf.opsLimit = (*store)->kdfParameters().opsLimit;
        kdf.memLimitBytes = (*store)->kdfParameters().memLimitBytes;
    }
    if (auto changed = (*store)->changePassphrase(*newPassphrase, kdf); !changed) {
        return context.reportError(changed.error());
    }
    context.out() << CoreTr::tr("The passphrase was changed.") << '\n';
    return ExitOk;
}

int runPersonCommand(CliContext& context, const QStringList& arguments)
{
    int exitCode = ExitUsage;
    auto action = context.subcommand(
        arguments,
        {QStringLiteral("add"), QStringLiteral("list"), QStringLiteral("rename"), QStringLiteral("remove")},
        exitCode);
    if (!action) {
        return exitCode;
    }
    QCommandLineParser parser;
    addPassphraseOption(parser);
    parser.addOption(jsonOption());
    const QCommandLineOption roleOption(
        QStringLiteral("role"), CoreTr::tr("client, professional, hr or admin."), QStringLiteral("ROLE"));
    const QCommandLineOption nameOption(
        QStringLiteral("name"), CoreTr::tr("The person's name."), QStringLiteral("NAME"));
    const QCommandLineOption teamOption(
        QStringLiteral("team"), CoreTr::tr("A client's team or department."), QStringLiteral("TEAM"));
    parser.addOption(roleOption);
    parser.addOption(nameOption);
    parser.addOption(teamOption);
    if (*action == QStringLiteral("rename") || *action == QStringLiteral("remove")) {
        parser.addPositionalArgument(QStringLiteral("ID"), CoreTr::tr("The person's id."));
    }
    if (auto stop = context.parse(parser, QStringLiteral("person ") + *action, arguments.mid(1))) {
        return *stop;
    }
    std::optional<Role> role;
    if (parser.isSet(roleOption)) {
        role = roleFromName(parser.value(roleOption));
        if (!role) {
            return context.reportUsage(CoreTr::tr("--role must be client, professional, hr or admin."));
        }
    }
    if (*action == QStringLiteral("add") && (!role || !parser.isSet(nameOption))) {
        return context.reportUsage(CoreTr::tr("person add needs --role and --name."));
    }
    if ((*action == QStringLiteral("rename") || *action == QStringLiteral("remove"))
        && parser.positionalArguments().size() != 1) {
        return context.reportUsage(CoreTr::tr("person %1 needs one person id.").arg(*action));
    }
    if (*action == QStringLiteral("rename") && !parser.isSet(nameOption)) {
        return context.reportUsage(CoreTr::tr("person rename needs --name."));
    }
    auto store = openStore(context, parser);
    if (!store) {
        return context.reportError(store.error());
    }
    const bool json = parser.isSet(jsonOption());

    if (*action == QStringLiteral("add") || *action == QStringLiteral("rename")) {
        Result<Person> person = fail(ErrorCode::Internal, QString());
        if (*action == QStringLiteral("add")) {
            person = AdminOperations(**store).addPerson(parser.value(nameOption), *role, parser.value(teamOption));
        } else {
            auto id = parseId(parser.positionalArguments().first(), CoreTr::tr("person"));
            if (!id) {
                return context.reportError(id.error());
            }
            person = (*store)->people().rename(*id, parser.value(nameOption));
        }
        if (!person) {
            return context.reportError(person.error());
        }
        if (json) {
            context.printJson(
                QJsonDocument(QJsonObject {{QStringLiteral("id"), person->id.toString(QUuid::WithoutBraces)},
                                           {QStringLiteral("name"), person->name},
                                           {QStringLiteral("role"), roleName(person->role)}}));
        } else {
            context.out() << person->id.toString(QUuid::WithoutBraces) << '\n';
        }
        return ExitOk;
    }
    if (*action == QStringLiteral("remove")) {
        auto id = parseId(parser.positionalArguments().first(), CoreTr::tr("person"));
        if (!id) {
            return context.reportError(id.error());
        }
        // Through the service, so what the GUI remembered about reminding them goes too.
        if (auto erased = PersonErasure(**store).erase(*id); !erased) {
            return context.reportError(erased.error());
        }
        context.out() << CoreTr::tr("Removed the person and all of their data.") << '\n';
        return ExitOk;
    }
    auto people = PersonDirectory(**store).list(role);
    if (!people) {
        return context.reportError(people.error());
    }
    if (json) {
        QJsonArray list;
        for (const Person& person : std::as_const(*people)) {
            QJsonObject entry {{QStringLiteral("id"), person.id.toString(QUuid::WithoutBraces)},
                               {QStringLiteral("name"), person.name},
                               {QStringLiteral("role"), roleName(person.role)}};
            if (!person.team.isEmpty()) {
                entry.insert(QStringLiteral("team"), person.team);
            }
            list.append(entry);
        }
        context.printJson(QJsonDocument(list));
    } else {
        for (const Person& person : std::as_const(*people)) {
            context.out() << person.id.toString(QUuid::WithoutBraces) << "  " << roleName(person.role).leftJustified(14)
                          << person.name
                          << (person.team.isEmpty() ? QString()
                                                    : QStringLiteral("  (") + person.team + QLatin1Char(')'))
                          << '\n';
        }
    }
    return ExitOk;
}

int runConnectCommand(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CoreTr::tr("Connect a client with a professional."));
    addPassphraseOption(parser);
    parser.addOption(jsonOption());
    parser.addPositionalArgument(QStringLiteral("CLIENT_ID"), CoreTr::tr("The client."));
    parser.addPositionalArgument(QStringLiteral("PROFESSIONAL_ID"), CoreTr::tr("The professional."));
    if (auto stop = context.parse(parser, QStringLiteral("connect"), arguments)) {
        return *stop;
    }
    if (parser.positionalArguments().size() != 2) {
        return context.reportUsage(CoreTr::tr("connect needs a client id and a professional id."));
    }
    auto client = parseId(parser.positionalArguments().at(0), CoreTr::tr("client"));
    auto professional = parseId(parser.positionalArguments().at(1), CoreTr::tr("professional"));
    if (!client || !professional) {
        return context.reportError(!client ? client.error() : professional.error());
    }
    auto store = openStore(context, parser);
    if (!store) {
        return context.reportError(store.error());
    }
    auto connection = AdminOperations(**store).connect(*client, *professional);
    if (!connection) {
        return context.reportError(connection.error());
    }
    if (parser.isSet(jsonOption())) {
        context.printJson(
            QJsonDocument(QJsonObject {{QStringLiteral("id"), connection->id.toString(QUuid::WithoutBraces)},
                                       {QStringLiteral("state"), connectionStateName(connection->state)}}));
    } else {
        context.out() << CoreTr::tr("Connected. The connection waits for the client to accept it; until then the "
                                    "professional sees nothing of them.")
                      << '\n';
    }
    return ExitOk;
}

int runSubmitCommand(CliContext& context, const QStringList& arguments)
{
    int exitCode = ExitUsage;
    auto which = context.subcommand(arguments, {QStringLiteral("wellbeing"), QStringLiteral("alliance")}, exitCode);
    if (!which) {
        return exitCode;
    }
    QCommandLineParser parser;
    addPassphraseOption(parser);
    parser.addOption(jsonOption());
    const QCommandLineOption personOption(
        QStringLiteral("person"), CoreTr::tr("The client answering."), QStringLiteral("ID"));
    const QCommandLineOption professionalOption(QStringLiteral("professional"),
                                                CoreTr::tr("The professional of the session (alliance)."),
                                                QStringLiteral("ID"));
    const QCommandLineOption answersOption(
        QStringLiteral("answers"), CoreTr::tr("The answers, comma-separated."), QStringLiteral("LIST"));
    const QCommandLineOption atOption(
        QStringLiteral("at"), CoreTr::tr("When it was answered (YYYY-MM-DD or ISO 8601)."), QStringLiteral("TIME"));
    for (const auto& option : {personOption, professionalOption, answersOption, atOption}) {
        parser.addOption(option);
    }
    if (auto stop = context.parse(parser, QStringLiteral("submit ") + *which, arguments.mid(1))) {
        return *stop;
    }
    const bool alliance = *which == QStringLiteral("alliance");
    if (!parser.isSet(personOption) || !parser.isSet(answersOption)
        || (alliance && !parser.isSet(professionalOption))) {
        return context.reportUsage(alliance
                                       ? CoreTr::tr("submit alliance needs --person, --professional and --answers.")
                                       : CoreTr::tr("submit wellbeing needs --person and --answers."));
    }
    auto person = parseId(parser.value(personOption), CoreTr::tr("person"));
    if (!person) {
        return context.reportError(person.error());
    }
    QUuid professional;
    if (alliance) {
        auto parsed = parseId(parser.value(professionalOption), CoreTr::tr("professional"));
        if (!parsed) {
            return context.reportError(parsed.error());
        }
        professional = *parsed;
    }
    auto answers = parseAnswerList(parser.value(answersOption));
    if (!answers) {
        return context.reportError(answers.error());
    }
    QDateTime at;
    if (parser.isSet(atOption)) {
        auto parsed = parseTimePoint(parser.value(atOption));
        if (!parsed) {
            return context.reportError(parsed.error());
        }
        at = *parsed;
    }
    auto registry = loadRegistry(context);
    if (!registry) {
        return context.reportError(registry.error());
    }
    auto store = openStore(context, parser);
    if (!store) {
        return context.reportError(store.error());
    }
    QuestionnaireService questionnaires(**store, *registry);
    const QString instrument = alliance ? InstrumentIds::Alliance : InstrumentIds::Wellbeing;
    auto submission = questionnaires.submit(*person, instrument, *answers, professional, at);
    if (!submission) {
        return context.reportError(submission.error());
    }
    const InstrumentDefinition* definition = registry->find(instrument);
    if (parser.isSet(jsonOption())) {
        QJsonObject json {{QStringLiteral("id"), submission->id.toString(QUuid::WithoutBraces)},
                          {QStringLiteral("instrument"), instrument},
                          {QStringLiteral("score"), submission->score},
                          {QStringLiteral("at"), isoTime(submission->submittedAt)}};
        if (auto bracket = definition->bracketFor(submission->score)) {
            json.insert(QStringLiteral("bracket"), bracket->id);
        }
        context.printJson(QJsonDocument(json));
    } else {
        context.out() << CoreTr::tr("Saved. Score: %1").arg(formatScore(submission->score, definition->decimals))
                      << '\n';
    }
    return ExitOk;
}

int runSharingCommand(CliContext& context, const QStringList& arguments)
{
    int exitCode = ExitUsage;
    auto action = context.subcommand(
        arguments, {QStringLiteral("set"), QStringLiteral("show"), QStringLiteral("log")}, exitCode);
    if (!action) {
        return exitCode;
    }
    QCommandLineParser parser;
    addPassphraseOption(parser);
    parser.addOption(jsonOption());
    const QCommandLineOption personOption(QStringLiteral("person"), CoreTr::tr("The client."), QStringLiteral("ID"));
    const QCommandLineOption metricOption(
        QStringLiteral("metric"), CoreTr::tr("alliance or wellbeing."), QStringLiteral("METRIC"));
    parser.addOption(personOption);
    parser.addOption(metricOption);
    if (*action == QStringLiteral("set")) {
        parser.addPositionalArgument(QStringLiteral("on|off"), CoreTr::tr("Share or stop sharing."));
    }
    if (auto stop = context.parse(parser, QStringLiteral("sharing ") + *action, arguments.mid(1))) {
        return *stop;
    }
    if (!parser.isSet(personOption)) {
        return context.reportUsage(CoreTr::tr("sharing %1 needs --person.").arg(*action));
    }
    auto person = parseId(parser.value(personOption), CoreTr::tr("person"));
    if (!person) {
        return context.reportError(person.error());
    }
    std::optional<Metric> metric;
    bool on = false;
    if (*action == QStringLiteral("set")) {
        metric = metricFromName(parser.value(metricOption));
        const QStringList positional = parser.positionalArguments();
        if (!metric || positional.size() != 1
            || (positional.first() != QStringLiteral("on") && positional.first() != QStringLiteral("off"))) {
            return context.reportUsage(CoreTr::tr("usage: sharing set --person ID --metric alliance|wellbeing on|off"));
        }
        on = positional.first() == QStringLiteral("on");
    }
    auto store = openStore(context, parser);
    if (!store) {
        return context.reportError(store.error());
    }
    const bool json = parser.isSet(jsonOption());
    if (*action == QStringLiteral("set")) {
        auto change = SharingChoices(**store).set(*person, *metric, on);
        if (!change) {
            return context.reportError(change.error());
        }
        if (json) {
            context.printJson(QJsonDocument(QJsonObject {{QStringLiteral("metric"), metricName(*metric)},
                                                         {QStringLiteral("sharing"), on},
                                                         {QStringLiteral("changed"), change->has_value()}}));
        } else {
            context.out() << (metric == Metric::Alliance ? CoreTr::tr("Professional Alliance")
                                                         : CoreTr::tr("Wellbeing"))
                          << ": " << onOff(on) << '\n';
        }
        return ExitOk;
    }
    if (*action == QStringLiteral("show")) {
        auto state = SharingChoices(**store).state(*person);
        if (!state) {
            return context.reportError(state.error());
        }
        if (json) {
            context.printJson(QJsonDocument(QJsonObject {{QStringLiteral("alliance"), state->alliance},
                                                         {QStringLiteral("wellbeing"), state->wellbeing}}));
        } else {
            context.out() << CoreTr::tr("Professional Alliance") << ": " << onOff(state->alliance) << '\n'
                          << CoreTr::tr("Wellbeing") << ": " << onOff(state->wellbeing) << '\n';
        }
        return ExitOk;
    }
    auto log = SharingChoices(**store).log(*person);
    if (!log) {
        return context.reportError(log.error());
    }
    if (json) {
        QJsonArray entries;
        for (const SharingChange& change : std::as_const(*log)) {
            entries.append(QJsonObject {{QStringLiteral("at"), isoTime(change.at)},
                                        {QStringLiteral("metric"), metricName(change.metric)},
                                        {QStringLiteral("from"), change.from},
                                        {QStringLiteral("to"), change.to},
                                        {QStringLiteral("by"), change.changedBy.toString(QUuid::WithoutBraces)}});
        }
        context.printJson(QJsonDocument(entries));
    } else {
        for (const SharingChange& change : std::as_const(*log)) {
            context.out() << isoTime(change.at) << "  " << metricName(change.metric).leftJustified(10)
                          << onOff(change.from) << " -> " << onOff(change.to) << '\n';
        }
    }
    return ExitOk;
}

int runRequestCommand(CliContext& context, const QStringList& arguments)
{
    int exitCode = ExitUsage;
    auto action = context.subcommand(
        arguments, {QStringLiteral("add"), QStringLiteral("answer"), QStringLiteral("list")}, exitCode);
    if (!action) {
        return exitCode;
    }
    QCommandLineParser parser;
    addPassphraseOption(parser);
    parser.addOption(jsonOption());
    const QCommandLineOption professionalOption(
        QStringLiteral("professional"), CoreTr::tr("The professional asking."), QStringLiteral("ID"));
    const QCommandLineOption clientOption(
        QStringLiteral("client"), CoreTr::tr("The client asked."), QStringLiteral("ID"));
    const QCommandLineOption metricOption(QStringLiteral("metric"),
                                          CoreTr::tr("alliance (default) or wellbeing."),
                                          QStringLiteral("METRIC"),
                                          QStringLiteral("alliance"));
    const QCommandLineOption personOption(
        QStringLiteral("person"), CoreTr::tr("Whose requests to list."), QStringLiteral("ID"));
    for (const auto& option : {professionalOption, clientOption, metricOption, personOption}) {
        parser.addOption(option);
    }
    if (*action == QStringLiteral("answer")) {
        parser.addPositionalArgument(QStringLiteral("REQUEST_ID"), CoreTr::tr("The request."));
        parser.addPositionalArgument(QStringLiteral("accept|decline"), CoreTr::tr("The client's answer."));
    }
    if (auto stop = context.parse(parser, QStringLiteral("request ") + *action, arguments.mid(1))) {
        return *stop;
    }
    const bool json = parser.isSet(jsonOption());
    if (*action == QStringLiteral("add")) {
        if (!parser.isSet(professionalOption) || !parser.isSet(clientOption)) {
            return context.reportUsage(CoreTr::tr("request add needs --professional and --client."));
        }
        auto professional = parseId(parser.value(professionalOption), CoreTr::tr("professional"));
        auto client = parseId(parser.value(clientOption), CoreTr::tr("client"));
        const auto metric = metricFromName(parser.value(metricOption));
        if (!professional || !client) {
            return context.reportError(!professional ? professional.error() : client.error());
        }
        if (!metric) {
            return context.reportUsage(CoreTr::tr("--metric must be alliance or wellbeing."));
        }
        auto store = openStore(context, parser);
        if (!store) {
            return context.reportError(store.error());
        }
        auto request = ProfessionalRequests(**store).ask(*professional, *client, *metric);
        if (!request) {
            return context.reportError(request.error());
        }
        if (json) {
            context.printJson(QJsonDocument(shareRequestToJson(*request)));
        } else {
            context.out() << request->id.toString(QUuid::WithoutBraces) << '\n';
        }
        return ExitOk;
    }
    if (*action == QStringLiteral("answer")) {
        const QStringList positional = parser.positionalArguments();
        if (positional.size() != 2
            || (positional.at(1) != QStringLiteral("accept") && positional.at(1) != QStringLiteral("decline"))) {
            return context.reportUsage(CoreTr::tr("usage: request answer REQUEST_ID accept|decline"));
        }
        auto id = parseId(positional.first(), CoreTr::tr("request"));
        if (!id) {
            return context.reportError(id.error());
        }
        auto store = openStore(context, parser);
        if (!store) {
            return context.reportError(store.error());
        }
        auto request = (*store)->shareRequests().find(*id);
        if (!request) {
            return context.reportError(request.error());
        }
        // The CLI answers on the client's behalf: the request names the only person who may answer it.
        auto answered
            = ClientRequests(**store).answer(request->clientId, *id, positional.at(1) == QStringLiteral("accept"));
        if (!answered) {
            return context.reportError(answered.error());
        }
        if (json) {
            context.printJson(QJsonDocument(shareRequestToJson(*answered)));
        } else {
            context.out() << shareRequestStatusName(answered->status) << '\n';
        }
        return ExitOk;
    }
    if (!parser.isSet(personOption)) {
        return context.reportUsage(CoreTr::tr("request list needs --person."));
    }
    auto person = parseId(parser.value(personOption), CoreTr::tr("person"));
    if (!person) {
        return context.reportError(person.error());
    }
    auto store = openStore(context, parser);
    if (!store) {
        return context.reportError(store.error());
    }
    auto who = (*store)->people().find(*person);
    if (!who) {
        return context.reportError(who.error());
    }
    auto requests = who->role == Role::Professional ? (*store)->shareRequests().forProfessional(*person)
                                                    : (*store)->shareRequests().forClient(*person);
    if (!requests) {
        return context.reportError(requests.error());
    }
    QJsonArray list;
    for (const ShareRequest& request : std::as_const(*requests)) {
        if (json) {
            list.append(shareRequestToJson(request));
        } else {
            context.out() << request.id.toString(QUuid::WithoutBraces) << "  "
                          << metricName(request.metric).leftJustified(10) << shareRequestStatusName(request.status)
                          << '\n';
        }
    }
    if (json) {
        context.printJson(QJsonDocument(list));
    }
    return ExitOk;
}

int runViewCommand(CliContext& context, const QStringList& arguments)
{
    int exitCode = ExitUsage;
    auto which = context.subcommand(
        arguments, {QStringLiteral("client"), QStringLiteral("professional"), QStringLiteral("hr")}, exitCode);
    if (!which) {
        return exitCode;
    }
    QCommandLineParser parser;
    addPassphraseOption(parser);
    parser.addOption(jsonOption());
    if (*which == QStringLiteral("hr")) {
        // The whole organisation, aggregated and anonymised: no person id is needed (see HrCommands.h).
        addViewHrOptions(parser);
        if (auto stop = context.parse(parser, QStringLiteral("view hr"), arguments.mid(1))) {
            return *stop;
        }
        if (wantsHubHr(parser)) {
            return runViewHubHr(context, parser); // no local store involved
        }
        auto store = openStore(context, parser);
        if (!store) {
            return context.reportError(store.error());
        }
        return runViewHr(context, parser, **store);
    }
    parser.addPositionalArgument(QStringLiteral("ID"), CoreTr::tr("The person whose view to show."));
    if (auto stop = context.parse(parser, QStringLiteral("view ") + *which, arguments.mid(1))) {
        return *stop;
    }
    if (parser.positionalArguments().size() != 1) {
        return context.reportUsage(CoreTr::tr("view %1 needs one id.").arg(*which));
    }
    auto id = parseId(parser.positionalArguments().first(), *which);
    if (!id) {
        return context.reportError(id.error());
    }
    auto registry = loadRegistry(context);
    if (!registry) {
        return context.reportError(registry.error());
    }
    auto store = openStore(context, parser);
    if (!store) {
        return context.reportError(store.error());
    }
    QJsonObject json;
    if (*which == QStringLiteral("client")) {
        auto overview = loadClientOverview(**store, *registry, *id);
        if (!overview) {
            return context.reportError(overview.error());
        }
        json = clientOverviewToJson(*overview);
    } else {
        auto overview = loadProfessionalOverview(**store, *registry, *id);
        if (!overview) {
            return context.reportError(overview.error());
        }
        json = professionalOverviewToJson(*overview);
    }
    // The view is structured data by nature; without --json it is printed indented for reading.
    if (parser.isSet(jsonOption())) {
        context.printJson(QJsonDocument(json));
    } else {
        context.out() << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    }
    return ExitOk;
}

int runCheckCommand(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CoreTr::tr("Check the store's integrity and show its versions."));
    addPassphraseOption(parser);
    parser.addOption(jsonOption());
    if (auto stop = context.parse(parser, QStringLiteral("check"), arguments)) {
        return *stop;
    }
    auto store = openStore(context, parser);
    if (!store) {
        return context.reportError(store.error());
    }
    auto integrity = (*store)->checkIntegrity();
    if (parser.isSet(jsonOption())) {
        context.printJson(QJsonDocument(QJsonObject {{QStringLiteral("ok"), integrity.has_value()},
                                                     {QStringLiteral("schemaVersion"), (*store)->schemaVersion()},
                                                     {QStringLiteral("cipherVersion"), (*store)->cipherVersion()}}));
    } else if (integrity) {
        context.out() << CoreTr::tr("The store is intact (schema %1, SQLCipher %2).")
                             .arg((*store)->schemaVersion())
                             .arg((*store)->cipherVersion())
                      << '\n';
    }
    return integrity ? ExitOk : context.reportError(integrity.error());
}

} // namespace rapport::cli
