// rapport-cli connections list|accept|decline: a client answering the connections made for them, as in the
// *My professionals* dialog. `accept --all` is for scripted roll-outs where the organisation has agreed the
// connections with each client beforehand.

#include "CliCommands.h"
#include "CliContext.h"
#include "CliParsing.h"
#include "CliStoreAccess.h"
#include "CommonOptions.h"
#include "ViewJson.h"
#include "common/CoreTr.h"
#include "services/ConnectionDecisions.h"
#include "store/ConnectionRepository.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rapport::cli {
namespace {

QString stateText(Connection::State state)
{
    switch (state) {
    case Connection::State::Pending:
        return CoreTr::tr("waiting for your answer");
    case Connection::State::Accepted:
        return CoreTr::tr("accepted");
    case Connection::State::Declined:
        return CoreTr::tr("declined");
    }
    return {};
}

/** The connection `text` names: its own id, or the id of the professional it joins the client with. */
Result<QUuid> connectionNamed(Store& store, const QUuid& clientId, const QUuid& id)
{
    if (auto byId = store.connections().byId(id); byId) {
        return byId->id;
    } else if (byId.error().code != ErrorCode::NotFound) {
        return tl::unexpected(byId.error());
    }
    auto withProfessional = store.connections().find(clientId, id);
    if (!withProfessional) {
        return tl::unexpected(withProfessional.error());
    }
    if (!*withProfessional) {
        return fail(ErrorCode::NotFound,
                    CoreTr::tr("There is no connection %1 for this client (give the connection's id or the "
                               "professional's).")
                        .arg(id.toString(QUuid::WithoutBraces)));
    }
    return (*withProfessional)->id;
}

int listConnections(CliContext& context, Store& store, const QUuid& clientId, bool json)
{
    auto listed = ConnectionDecisions(store).list(clientId);
    if (!listed) {
        return context.reportError(listed.error());
    }
    if (json) {
        QJsonArray entries;
        for (const ClientConnection& entry : std::as_const(*listed)) {
            QJsonObject object {{QStringLiteral("id"), entry.connection.id.toString(QUuid::WithoutBraces)},
                                {QStringLiteral("professional"), personToJson(entry.professional)},
                                {QStringLiteral("state"), connectionStateName(entry.connection.state)},
                                {QStringLiteral("createdAt"), isoTime(entry.connection.createdAt)}};
            if (entry.connection.decidedAt.isValid()) {
                object.insert(QStringLiteral("decidedAt"), isoTime(entry.connection.decidedAt));
            }
            entries.append(object);
        }
        context.printJson(QJsonDocument(entries));
        return ExitOk;
    }
    if (listed->isEmpty()) {
        context.out() << CoreTr::tr("No professionals are connected with this client.") << '\n';
    }
    for (const ClientConnection& entry : std::as_const(*listed)) {
        context.out() << entry.connection.id.toString(QUuid::WithoutBraces) << "  " << entry.professional.name << "  ("
                      << stateText(entry.connection.state) << ")\n";
    }
    return ExitOk;
}

} // namespace

int runConnectionsCommand(CliContext& context, const QStringList& arguments)
{
    int exitCode = ExitUsage;
    auto action = context.subcommand(
        arguments, {QStringLiteral("list"), QStringLiteral("accept"), QStringLiteral("decline")}, exitCode);
    if (!action) {
        return exitCode;
    }
    const bool listing = *action == QStringLiteral("list");
    const bool accepting = *action == QStringLiteral("accept");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        listing         ? CoreTr::tr("List a client's connections with professionals and whether each is accepted.")
            : accepting ? CoreTr::tr("Accept a connection: the professional then sees what the client shares.")
                        : CoreTr::tr("Decline a connection: the professional sees nothing of the client."));
    addPassphraseOption(parser);
    parser.addOption(jsonOption());
    const QCommandLineOption personOption(
        QStringLiteral("person"), CoreTr::tr("The client answering."), QStringLiteral("ID"));
    const QCommandLineOption allOption(QStringLiteral("all"), CoreTr::tr("Accept every pending connection."));
    parser.addOption(personOption);
    if (accepting) {
        parser.addOption(allOption);
    }
    if (!listing) {
        parser.addPositionalArgument(QStringLiteral("ID"),
                                     CoreTr::tr("The connection, by its id or by the professional's id."));
    }
    if (auto stop = context.parse(parser, QStringLiteral("connections ") + *action, arguments.mid(1))) {
        return *stop;
    }
    if (!parser.isSet(personOption)) {
        return context.reportUsage(CoreTr::tr("connections %1 needs --person.").arg(*action));
    }
    const QStringList positional = parser.positionalArguments();
    const bool all = accepting && parser.isSet(allOption);
    if (listing ? !positional.isEmpty() : (all ? !positional.isEmpty() : positional.size() != 1)) {
        return context.reportUsage(listing         ? CoreTr::tr("usage: connections list --person ID")
                                       : accepting ? CoreTr::tr("usage: connections accept --person ID (ID | --all)")
                                                   : CoreTr::tr("usage: connections decline --person ID ID"));
    }
    auto person = parseId(parser.value(personOption), CoreTr::tr("person"));
    if (!person) {
        return context.reportError(person.error());
    }
    std::optional<QUuid> named;
    if (!listing && !all) {
        auto id = parseId(positional.first(), CoreTr::tr("connection"));
        if (!id) {
            return context.reportError(id.error());
        }
        named = *id;
    }
    auto store = openStore(context, parser);
    if (!store) {
        return context.reportError(store.error());
    }
    const bool json = parser.isSet(jsonOption());
    if (listing) {
        return listConnections(context, **store, *person, json);
    }
    ConnectionDecisions decisions(**store);
    if (all) {
        auto accepted = decisions.acceptAllPending(*person);
        if (!accepted) {
            return context.reportError(accepted.error());
        }
        if (json) {
            context.printJson(QJsonDocument(QJsonObject {{QStringLiteral("accepted"), *accepted}}));
        } else {
            context.out() << CoreTr::tr("Accepted %n connection(s).", nullptr, *accepted) << '\n';
        }
        return ExitOk;
    }
    auto connectionId = connectionNamed(**store, *person, *named);
    if (!connectionId) {
        return context.reportError(connectionId.error());
    }
    if (auto answered = decisions.answer(*person, *connectionId, accepting); !answered) {
        return context.reportError(answered.error());
    }
    if (json) {
        context.printJson(QJsonDocument(QJsonObject {
            {QStringLiteral("id"), connectionId->toString(QUuid::WithoutBraces)},
            {QStringLiteral("state"), accepting ? QStringLiteral("accepted") : QStringLiteral("declined")}}));
    } else {
        context.out() << (accepting ? CoreTr::tr("Accepted: this professional now sees what you share.")
                                    : CoreTr::tr("Declined: this professional sees nothing of you."))
                      << '\n';
    }
    return ExitOk;
}

} // namespace rapport::cli
