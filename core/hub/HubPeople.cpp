#include "HubPeople.h"

#include "common/CoreTr.h"
#include "hub/HubConnection.h"

#include <QSqlQuery>

namespace rapport::hub {
namespace {

QString idText(const QUuid& id)
{
    return id.toString(QUuid::WithoutBraces);
}

QDateTime timeOf(const QVariant& value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

/** The columns connectionEntry() reads, with the FROM clause that names them. */
const QString ConnectionColumns
    = QStringLiteral("c.id, c.client_id, cp.name, c.professional_id, pp.name, c.state, c.created_at, c.decided_at "
                     "FROM rapport.connections c JOIN rapport.people cp ON cp.id = c.client_id "
                     "JOIN rapport.people pp ON pp.id = c.professional_id");

HubConnectionEntry connectionEntry(const QSqlQuery& row)
{
    HubConnectionEntry entry;
    entry.id = QUuid::fromString(row.value(0).toString());
    entry.clientId = QUuid::fromString(row.value(1).toString());
    entry.clientName = row.value(2).toString();
    entry.professionalId = QUuid::fromString(row.value(3).toString());
    entry.professionalName = row.value(4).toString();
    entry.state = connectionStateFromName(row.value(5).toString()).value_or(Connection::State::Pending);
    entry.createdAt = timeOf(row.value(6));
    entry.decidedAt = timeOf(row.value(7));
    return entry;
}

/** A hub error with a sentence in front that says what was being done. */
Error explained(Error error, const QString& what)
{
    if (error.code == ErrorCode::PermissionDenied) {
        error.message
            = CoreTr::tr("%1: only the hub owner or an admin login may do this (%2)").arg(what, error.message);
    } else {
        error.message = what + QStringLiteral(": ") + error.message;
    }
    return error;
}

} // namespace

HubPeople::HubPeople(HubConnection& connection)
    : m_connection(connection)
{
}

Result<HubPersonAdded>
HubPeople::add(Role role, const QString& name, const QString& login, const QString& team, const QString& password)
{
    const QString what = CoreTr::tr("Cannot add %1 to the hub").arg(login);
    if (password.size() < 8) {
        return fail(ErrorCode::InvalidArgument,
                    CoreTr::tr("%1: the new login needs a password of at least 8 characters in "
                               "RAPPORT_HUB_NEW_PASSWORD.")
                        .arg(what));
    }
    auto query = m_connection.exec(QStringLiteral("SELECT rapport.add_person(?, ?, ?, ?, ?)"),
                                   {roleName(role),
                                    name,
                                    login,
                                    team.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(team),
                                    password});
    if (!query) {
        return tl::unexpected(explained(query.error(), what));
    }
    if (!query->next()) {
        return fail(ErrorCode::Internal, what);
    }
    return HubPersonAdded {QUuid::fromString(query->value(0).toString()), login};
}

Result<QString> HubPeople::remove(const QUuid& personId)
{
    const QString what = CoreTr::tr("Cannot remove %1 from the hub").arg(idText(personId));
    auto query = m_connection.exec(QStringLiteral("SELECT rapport.remove_person(?::uuid)"), {idText(personId)});
    if (!query) {
        return tl::unexpected(explained(query.error(), what));
    }
    if (!query->next()) {
        return fail(ErrorCode::Internal, what);
    }
    return query->value(0).toString();
}

Result<void> HubPeople::update(const QUuid& personId, const QString& name, const QString& team)
{
    const QString what = CoreTr::tr("Cannot change %1 on the hub").arg(idText(personId));
    if (name.trimmed().isEmpty()) {
        return fail(ErrorCode::InvalidArgument, CoreTr::tr("%1: the name is empty.").arg(what));
    }
    auto updated
        = m_connection.exec(QStringLiteral("UPDATE rapport.people SET name = ?, team = NULLIF(?, ''), "
                                           "updated_at = (extract(epoch FROM clock_timestamp()) * 1000)::bigint "
                                           "WHERE id = ?::uuid RETURNING id"),
                            {name.trimmed(), team.trimmed(), idText(personId)});
    if (!updated) {
        return tl::unexpected(explained(updated.error(), what));
    }
    if (!updated->next()) {
        return fail(ErrorCode::NotFound, CoreTr::tr("%1: nobody on the hub has this id.").arg(what));
    }
    return {};
}

Result<HubPerson> HubPeople::person(const QUuid& personId)
{
    auto query = m_connection.exec(
        QStringLiteral("SELECT id::text, role, name, COALESCE(team, '') FROM rapport.people WHERE id = ?::uuid"),
        {idText(personId)});
    if (!query) {
        return tl::unexpected(query.error());
    }
    if (!query->next()) {
        return fail(ErrorCode::NotFound, CoreTr::tr("Nobody on the hub has the id %1.").arg(idText(personId)));
    }
    HubPerson found;
    found.id = QUuid::fromString(query->value(0).toString());
    found.role = roleFromName(query->value(1).toString()).value_or(Role::Client);
    found.name = query->value(2).toString();
    found.team = query->value(3).toString();
    return found;
}

Result<HubPerson> HubPeople::current()
{
    auto query = m_connection.exec(QStringLiteral("SELECT id::text, role, name, COALESCE(team, '') FROM rapport.people "
                                                  "WHERE id = rapport.current_person_id()"));
    if (!query) {
        return tl::unexpected(query.error());
    }
    if (!query->next()) {
        return fail(ErrorCode::NotFound,
                    CoreTr::tr("The hub login %1 is not a person on the hub.").arg(m_connection.login()));
    }
    const auto role = roleFromName(query->value(1).toString());
    if (!role) {
        return fail(ErrorCode::Internal, CoreTr::tr("Unknown role on the hub."));
    }
    return HubPerson {
        QUuid::fromString(query->value(0).toString()), *role, query->value(2).toString(), query->value(3).toString()};
}

Result<Role> HubPeople::roleOf(const QUuid& id)
{
    auto query = m_connection.exec(QStringLiteral("SELECT role FROM rapport.people WHERE id = ?::uuid"), {idText(id)});
    if (!query) {
        return tl::unexpected(query.error());
    }
    if (!query->next()) {
        return fail(ErrorCode::NotFound, CoreTr::tr("There is no person %1 on the hub.").arg(idText(id)));
    }
    const auto role = roleFromName(query->value(0).toString());
    if (!role) {
        return fail(ErrorCode::Internal, CoreTr::tr("Unknown role on the hub."));
    }
    return *role;
}

Result<HubConnectionAdded> HubPeople::connect(const QUuid& clientId, const QUuid& professionalId)
{
    const QString what = CoreTr::tr("Cannot connect %1 with %2").arg(idText(clientId), idText(professionalId));
    for (const auto& [id, expected] :
         {std::pair {clientId, Role::Client}, std::pair {professionalId, Role::Professional}}) {
        auto role = roleOf(id);
        if (!role) {
            return tl::unexpected(explained(role.error(), what));
        }
        if (*role != expected) {
            return fail(ErrorCode::InvalidArgument,
                        CoreTr::tr("%1: %2 is not a %3.").arg(what, idText(id), roleDisplayName(expected)));
        }
    }
    const QString newId = idText(QUuid::createUuid());
    auto inserted = m_connection.exec(
        QStringLiteral("INSERT INTO rapport.connections (id, client_id, professional_id, created_at, updated_at) "
                       "VALUES (?::uuid, ?::uuid, ?::uuid, "
                       "(extract(epoch FROM clock_timestamp()) * 1000)::bigint, "
                       "(extract(epoch FROM clock_timestamp()) * 1000)::bigint) "
                       "ON CONFLICT (client_id, professional_id) DO NOTHING RETURNING id"),
        {newId, idText(clientId), idText(professionalId)});
    if (!inserted) {
        return tl::unexpected(explained(inserted.error(), what));
    }
    if (inserted->next()) {
        return HubConnectionAdded {QUuid::fromString(inserted->value(0).toString()), true};
    }
    auto existing = m_connection.exec(
        QStringLiteral("SELECT id FROM rapport.connections WHERE client_id = ?::uuid AND professional_id = ?::uuid"),
        {idText(clientId), idText(professionalId)});
    if (!existing) {
        return tl::unexpected(explained(existing.error(), what));
    }
    if (!existing->next()) {
        return fail(ErrorCode::Internal, what);
    }
    return HubConnectionAdded {QUuid::fromString(existing->value(0).toString()), false};
}

Result<QList<HubConnectionEntry>> HubPeople::connections()
{
    // Row-level security would give a client or a professional their own few rows; this listing is the
    // administrator's, so anyone else is told so instead of getting a partial list.
    const QString what = CoreTr::tr("The connections could not be read");
    if (auto me = current(); me && me->role != Role::Admin) {
        return tl::unexpected(explained(Error {ErrorCode::PermissionDenied, CoreTr::tr("not an admin login")}, what));
    } else if (!me && me.error().code != ErrorCode::NotFound) {
        return tl::unexpected(explained(me.error(), what));
    }
    auto rows = m_connection.exec(QStringLiteral("SELECT ") + ConnectionColumns
                                  + QStringLiteral(" ORDER BY cp.name, pp.name, c.id"));
    if (!rows) {
        return tl::unexpected(explained(rows.error(), what));
    }
    QList<HubConnectionEntry> entries;
    while (rows->next()) {
        entries.append(connectionEntry(*rows));
    }
    return entries;
}

Result<HubConnectionEntry> HubPeople::disconnect(const QUuid& connectionId)
{
    const QString what = CoreTr::tr("Cannot remove the connection %1").arg(idText(connectionId));
    // Read first (for the names to report), then delete: row-level security lets only the owner or an admin do it.
    auto rows
        = m_connection.exec(QStringLiteral("SELECT ") + ConnectionColumns + QStringLiteral(" WHERE c.id = ?::uuid"),
                            {idText(connectionId)});
    if (!rows) {
        return tl::unexpected(explained(rows.error(), what));
    }
    if (!rows->next()) {
        return fail(ErrorCode::NotFound, CoreTr::tr("%1: the hub has no such connection.").arg(what));
    }
    const HubConnectionEntry entry = connectionEntry(*rows);
    auto deleted = m_connection.exec(QStringLiteral("DELETE FROM rapport.connections WHERE id = ?::uuid RETURNING id"),
                                     {idText(connectionId)});
    if (!deleted) {
        return tl::unexpected(explained(deleted.error(), what));
    }
    if (!deleted->next()) {
        // The policies hid the row from DELETE although SELECT showed it: not an admin.
        return tl::unexpected(explained(Error {ErrorCode::PermissionDenied, CoreTr::tr("not an admin login")}, what));
    }
    return entry;
}

} // namespace rapport::hub
