#pragma once

#include "common/Error.h"
#include "domain/Person.h"

#include <QList>

#include <optional>

namespace rapport {

class Store;

/** People in the programme: add, find, list, rename, and erase with everything that belongs to them. */
class PersonRepository
{
public:
    explicit PersonRepository(Store& store);

    /** Adds a person; the name must not be blank. A team is recorded for clients only. */
    [[nodiscard]] Result<Person> add(const QString& name, Role role, const QString& team = QString());
    [[nodiscard]] Result<Person> find(const QUuid& id);
    /** Everyone, or only those with `role`, ordered by name. */
    [[nodiscard]] Result<QList<Person>> list(std::optional<Role> role = std::nullopt);
    [[nodiscard]] Result<qint64> count(std::optional<Role> role = std::nullopt);
    [[nodiscard]] Result<Person> rename(const QUuid& id, const QString& name);
    [[nodiscard]] Result<Person> setTeam(const QUuid& id, const QString& team);
    /** Erases the person and everything of theirs: submissions, connections, sharing, audit log, requests. */
    [[nodiscard]] Result<void> erase(const QUuid& id);

private:
    Store& m_store;
};

} // namespace rapport
