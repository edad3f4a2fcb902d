#pragma once

#include "common/Error.h"
#include "domain/Person.h"

#include <QList>

#include <optional>

namespace rapport {

class Store;

/**
 * Who is in the store, for the screens that choose or list people (the person picker at start, the admin panel).
 * Read-only: adding and removing people are the admin's operations (AdminOperations, PersonErasure).
 */
class PersonDirectory
{
public:
    explicit PersonDirectory(Store& store);

    /** Everyone, or everyone with `role`, by name. */
    [[nodiscard]] Result<QList<Person>> list(std::optional<Role> role = std::nullopt);
    /** The person with `id`, or NotFound. */
    [[nodiscard]] Result<Person> find(const QUuid& id);
    /** How many people there are, without reading them. */
    [[nodiscard]] Result<qint64> count(std::optional<Role> role = std::nullopt);

private:
    Store& m_store;
};

} // namespace rapport
