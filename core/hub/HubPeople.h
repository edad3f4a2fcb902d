#pragma once

#include "common/Error.h"
#include "domain/Connection.h"
#include "domain/Role.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

namespace rapport::hub {

class HubConnection;

/** A person added to the hub, with the login role created for them. */
struct HubPersonAdded
{
    QUuid id;
    QString login;
};

/** The person behind the login of a connection. */
struct HubPerson
{
    QUuid id;
    Role role = Role::Client;
    QString name;
    QString team;
};

/** A connection between a client and a professional on the hub. */
struct HubConnectionAdded
{
    QUuid id;
    bool created = false; ///< false: they were connected already
};

/** One connection as an administrator sees it: who with whom, and whether the client has answered. */
struct HubConnectionEntry
{
    QUuid id;
    QUuid clientId;
    QString clientName;
    QUuid professionalId;
    QString professionalName;
    Connection::State state = Connection::State::Pending;
    QDateTime createdAt; ///< when the admin made it
    QDateTime decidedAt; ///< when the client accepted or declined it; invalid while pending
};

/**
 * People and connections on the hub, for the database owner or an admin login. The hub's policies decide; an
 * other login gets PermissionDenied.
 */
class HubPeople
{
public:
    explicit HubPeople(HubConnection& connection);

    /**
     * Adds a person and their login role (in the group of `role`) with `password` (at least 8 characters).
     * AlreadyExists when the login exists, InvalidArgument for a bad login, name or password.
     */
    [[nodiscard]] Result<HubPersonAdded>
    add(Role role, const QString& name, const QString& login, const QString& team, const QString& password);

    /**
     * Offboarding: removes the person with everything of theirs on the hub (deleted, not anonymised) and drops their
     * login; returns the login. NotFound for an unknown id, InvalidArgument for one's own login.
     */
    [[nodiscard]] Result<QString> remove(const QUuid& personId);

    /**
     * Renames a person and sets their team (empty: none), as an admin or the owner; syncs carry it to every store.
     * NotFound for an unknown id, InvalidArgument for an empty name.
     */
    [[nodiscard]] Result<void> update(const QUuid& personId, const QString& name, const QString& team);

    /** One person as the hub has them (an admin's or the owner's view); NotFound for an unknown id. */
    [[nodiscard]] Result<HubPerson> person(const QUuid& personId);

    /** The person whose login this connection uses; NotFound for a login that is no person (such as the owner). */
    [[nodiscard]] Result<HubPerson> current();

    /** Connects a client with a professional; connecting them again is no error (created is then false). */
    [[nodiscard]] Result<HubConnectionAdded> connect(const QUuid& clientId, const QUuid& professionalId);

    /** Every connection with its state, by client then professional name (an admin's or the owner's view). */
    [[nodiscard]] Result<QList<HubConnectionEntry>> connections();

    /**
     * Removes a connection (an admin's or the owner's): the professional reads nothing more of the client from the
     * next query on, and the next syncs remove it from both stores; the client's logged answers stay. Returns the
     * connection as it was. NotFound for an unknown id.
     */
    [[nodiscard]] Result<HubConnectionEntry> disconnect(const QUuid& connectionId);

private:
    [[nodiscard]] Result<Role> roleOf(const QUuid& id);

    HubConnection& m_connection;
};

} // namespace rapport::hub
