#include "PersonRepository.h"

#include "Database.h"
#include "Store.h"
#include "StoreAccess.h"
#include "common/CoreTr.h"

namespace rapport {
namespace {

const QString SelectPerson = QStringLiteral("SELECT id, name, role, team, created_at, updated_at FROM people ");

Person personFrom(const Statement& row)
{
    Person person;
    person.id = row.uuid(0);
    person.name = row.text(1);
    person.role = roleFromName(row.text(2)).value_or(Role::Client);
    person.team = row.text(3);
    person.createdAt = row.time(4);
    person.updatedAt = row.time(5);
    return person;
}

Error noSuchPerson()
{
    return {ErrorCode::NotFound, CoreTr::tr("There is no such person in this store.")};
}

} // namespace

PersonRepository::PersonRepository(Store& store)
    : m_store(store)
{
}

Result<Person> PersonRepository::add(const QString& name, Role role, const QString& team)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        return fail(ErrorCode::InvalidArgument, CoreTr::tr("A person needs a name."));
    }
    if (trimmed.size() > 200) {
        return fail(ErrorCode::InvalidArgument, CoreTr::tr("That name is too long (200 characters at most)."));
    }
    Person person;
    person.id = QUuid::createUuid();
    person.name = trimmed;
    person.role = role;
    person.team = role == Role::Client ? team.trimmed() : QString();
    person.createdAt = m_store.clock().now();
    person.updatedAt = person.createdAt;

    Database& db = StoreAccess::database(m_store);
    auto transaction = Transaction::begin(db);
    if (!transaction) {
        return tl::unexpected(transaction.error());
    }
    auto insert = db.cached(QStringLiteral(
        "INSERT INTO people (id, name, role, team, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"));
    if (!insert) {
        return tl::unexpected(insert.error());
    }
    insert->bind(1, person.id)
        .bind(2, person.name)
        .bind(3, roleName(person.role))
        .bind(4, person.team.isEmpty() ? QString() : person.team)
        .bind(5, person.createdAt)
        .bind(6, person.updatedAt);
    if (auto ran = insert->run(); !ran) {
        return tl::unexpected(ran.error());
    }
    if (role == Role::Client) {
        // Sharing starts off for both metrics, recorded explicitly so the state is never implied.
        auto sharing = db.cached(QStringLiteral("INSERT INTO sharing_settings (client_id, metric, enabled, created_at, "
                                                "updated_at) VALUES (?1, ?2, 0, ?3, ?3)"));
        if (!sharing) {
            return tl::unexpected(sharing.error());
        }
        for (const QString& metric : {QStringLiteral("alliance"), QStringLiteral("wellbeing")}) {
            sharing->bind(1, person.id).bind(2, metric).bind(3, person.createdAt);
            if (auto ran = sharing->run(); !ran) {
                return tl::unexpected(ran.error());
            }
            sharing->reset();
        }
    }
    if (auto committed = transaction->commit(); !committed) {
        return tl::unexpected(committed.error());
    }
    StoreAccess::changed(m_store, StoreChange(StoreChange::Kind::People, {person.id}));
    return person;
}

Result<Person> PersonRepository::find(const QUuid& id)
{
    auto select = StoreAccess::database(m_store).cached(SelectPerson + QStringLiteral("WHERE id = ?1"));
    if (!select) {
        return tl::unexpected(select.error());
    }
    select->bind(1, id);
    auto stepped = select->step();
    if (!stepped) {
        return tl::unexpected(stepped.error());
    }
    if (*stepped != StepResult::Row) {
        return tl::unexpected(noSuchPerson());
    }
    return personFrom(*select);
}

Result<QList<Person>> PersonRepository::list(std::optional<Role> role)
{
    auto select = role
        ? StoreAccess::database(m_store).cached(SelectPerson + QStringLiteral("WHERE role = ?1 ORDER BY name, id"))
        : StoreAccess::database(m_store).cached(SelectPerson + QStringLiteral("ORDER BY name, id"));
    if (!select) {
        return tl::unexpected(select.error());
    }
    if (role) {
        select->bind(1, roleName(*role));
    }
    QList<Person> people;
    for (;;) {
        auto stepped = select->step();
        if (!stepped) {
            return tl::unexpected(stepped.error());
        }
        if (*stepped == StepResult::Done) {
            return people;
        }
        people.append(personFrom(*select));
    }
}

Result<qint64> PersonRepository::count(std::optional<Role> role)
{
    auto select = role
        ? StoreAccess::database(m_store).cached(QStringLiteral("SELECT count(*) FROM people WHERE role = ?1"))
        : StoreAccess::database(m_store).cached(QStringLiteral("SELECT count(*) FROM people"));
    if (!select) {
        return tl::unexpected(select.error());
    }
    if (role) {
        select->bind(1, roleName(*role));
    }
    auto stepped = select->step();
    if (!stepped) {
        return tl::unexpected(stepped.error());
    }
    return select->integer(0);
}

Result<Person> PersonRepository::rename(const QUuid& id, const QString& name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 200) {
        return fail(ErrorCode::InvalidArgument, CoreTr::tr("A name must have between 1 and 200 characters."));
    }
    auto update = StoreAccess::database(m_store).cached(
        QStringLiteral("UPDATE people SET name = ?2, updated_at = ?3 WHERE id = ?1"));
    if (!update) {
        return tl::unexpected(update.error());
    }
    update->bind(1, id).bind(2, trimmed).bind(3, m_store.clock().now());
    if (auto ran = update->run(); !ran) {
        return tl::unexpected(ran.error());
    }
    StoreAccess::changed(m_store, StoreChange(StoreChange::Kind::People, {id}));
    return find(id);
}

Result<Person> PersonRepository::setTeam(const QUuid& id, const QString& team)
{
    auto update = StoreAccess::database(m_store).cached(
        QStringLiteral("UPDATE people SET team = ?2, updated_at = ?3 WHERE id = ?1 AND role = 'client'"));
    if (!update) {
        return tl::unexpected(update.error());
    }
    const QString trimmed = team.trimmed();
    update->bind(1, id).bind(2, trimmed.isEmpty() ? QString() : trimmed).bind(3, m_store.clock().now());
    if (auto ran = update->run(); !ran) {
        return tl::unexpected(ran.error());
    }
    StoreAccess::changed(m_store, StoreChange(StoreChange::Kind::People, {id}));
    return find(id);
}

Result<void> PersonRepository::erase(const QUuid& id)
{
    if (auto existing = find(id); !existing) {
        return tl::unexpected(existing.error());
    }
    Database& db = StoreAccess::database(m_store);
    auto transaction = Transaction::begin(db);
    if (!transaction) {
        return tl::unexpected(transaction.error());
    }
    // Foreign keys cascade to connections, submissions, sharing settings, audit entries and requests.
    auto erase = db.cached(QStringLiteral("DELETE FROM people WHERE id = ?1"));
    if (!erase) {
        return tl::unexpected(erase.error());
    }
    erase->bind(1, id);
    if (auto ran = erase->run(); !ran) {
        return tl::unexpected(ran.error());
    }
    if (auto committed = transaction->commit(); !committed) {
        return committed;
    }
    StoreAccess::changed(m_store,
                         StoreChange(StoreChange::Kind::People | StoreChange::Kind::Connections
                                         | StoreChange::Kind::Submissions | StoreChange::Kind::Sharing
                                         | StoreChange::Kind::ShareRequests,
                                     {id}));
    return {};
}

} // namespace rapport
