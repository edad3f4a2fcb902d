#pragma once

#include "common/Error.h"
#include "domain/Person.h"

namespace rapport {

class Store;

/**
 * The professionals a client keeps on their own computer (*My professionals*): adding one creates the professional
 * and connects them with the client in one transaction (the client's own connection, so it is accepted); renaming
 * corrects the name of one of the client's professionals; removing ends the connection, and the client's surveys
 * about them stay with the client.
 */
class ClientProfessionals
{
public:
    explicit ClientProfessionals(Store& store);

    [[nodiscard]] Result<Person> add(const QUuid& clientId, const QString& name);
    /** NotFound unless `professionalId` is connected with the client. */
    [[nodiscard]] Result<Person> rename(const QUuid& clientId, const QUuid& professionalId, const QString& name);
    [[nodiscard]] Result<void> remove(const QUuid& clientId, const QUuid& professionalId);

private:
    Store& m_store;
};

} // namespace rapport
